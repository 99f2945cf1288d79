import type { Rollup } from 'vite';

type ManualChunkMeta = Rollup.ManualChunkMeta;

// How the side panel's code is split into files (issue 17). Left to itself Rollup makes a chunk for
// every set of pages and on-demand screens that share modules: six files before the home screen is
// interactive and four more fetched when Resume is clicked, three of them under 10 KB. Each file a
// page fetches costs the main thread 1–2 ms to start and arrives 15–25 ms later (a trace, session
// 7), so the panel's two paths are grouped here into as few files as is safe:
// - `sidepanel`: the entry, which paints the frame and starts the reads (only the side panel);
// - `page-common`: what the entry needs that another page loads too (Preact, the browser API, the
//   configuration's reads) and what the panel shares with the privacy page;
// - `contact-model`: what the panel shares with the options page only (zod, the contact model, the
//   configuration's defaults);
// - `panel`: the home screen, the lock and the store (only the side panel);
// - `contact-screen`: everything a resumed question needs that home does not, pathway included,
//   so Resume fetches one file.
// The rule that keeps this safe: another page never loads a file that only the side panel should
// (it would run the panel's entry, main.tsx, on that page). What another page can reach, with
// static or dynamic imports, goes only in page-common or contact-model, and a file in those never
// imports a panel-only one; checkChunkGroups() checks both, apart from how the groups were made.
// tests/build/panel-chunks.test.ts and tests/e2e/panel-preload.e2e.ts test it.

export const SIDE_PANEL_PAGE = 'entrypoints/sidepanel/index.html';
export const OPTIONS_PAGE = 'entrypoints/options/index.html';
const PANEL = 'entrypoints/sidepanel/panel.tsx';
const CONTACT_SCREEN = 'components/contact/contact-screen.tsx';

export type ChunkGroup = 'sidepanel' | 'page-common' | 'contact-model' | 'panel' | 'contact-screen';
/** What a group may import: a group loaded by other pages never imports one that only the panel loads. */
const MAY_IMPORT: Record<ChunkGroup, readonly ChunkGroup[]> = {
  'page-common': ['page-common'],
  'contact-model': ['page-common', 'contact-model'],
  sidepanel: ['page-common', 'sidepanel'],
  panel: ['page-common', 'contact-model', 'sidepanel', 'panel'],
  'contact-screen': ['page-common', 'contact-model', 'sidepanel', 'panel', 'contact-screen'],
};

/** The module graph as Rollup's manualChunks sees it (only what is used here). */
export type ModuleGraph = Pick<ManualChunkMeta, 'getModuleIds' | 'getModuleInfo'>;

const normalise = (id: string) => id.replace(/\\/g, '/');

/** Every module `root` loads with static imports (and with dynamic ones too when `dynamic`), itself included. */
function reached(root: string, graph: ModuleGraph, { dynamic = false } = {}): Set<string> {
  const seen = new Set<string>([root]);
  const queue = [root];
  while (queue.length > 0) {
    const info = graph.getModuleInfo(queue.pop()!);
    for (const next of [...(info?.importedIds ?? []), ...(dynamic ? (info?.dynamicallyImportedIds ?? []) : [])]) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/**
 * The group of every module on the side panel's home and resume paths. Empty for a build without
 * the side panel (the background, the content scripts): those are left to Rollup.
 */
export function chunkGroups(graph: ModuleGraph): Map<string, ChunkGroup> {
  const ids = [...graph.getModuleIds()];
  const find = (suffix: string) => ids.find((id) => normalise(id).endsWith(suffix));
  const sidePanel = find(SIDE_PANEL_PAGE);
  const panel = find(PANEL);
  const contactScreen = find(CONTACT_SCREEN);
  const groups = new Map<string, ChunkGroup>();
  if (!sidePanel) return groups;
  if (!panel || !contactScreen) throw new Error(`Chunk groups (scripts/build/panel-chunks.ts): ${PANEL} or ${CONTACT_SCREEN} is not in the side panel's build; update the paths.`);
  const otherPages = ids.filter((id) => id !== sidePanel && graph.getModuleInfo(id)?.isEntry);
  const options = otherPages.find((id) => normalise(id).endsWith(OPTIONS_PAGE));
  // What another page can load at all: what it imports, and what those import on demand.
  const fromOptions = options ? reached(options, graph, { dynamic: true }) : new Set<string>();
  const fromOtherPages = new Set(otherPages.filter((id) => id !== options).flatMap((id) => [...reached(id, graph, { dynamic: true })]));
  const fromEntry = reached(sidePanel, graph);
  const fromPanel = reached(panel, graph);
  const fromContactScreen = reached(contactScreen, graph);
  // Every module on these paths is named: Rollup moves a manual chunk's unnamed imports into it,
  // which could put an entry-only module in a chunk another page loads.
  for (const id of new Set([...fromEntry, ...fromPanel, ...fromContactScreen])) {
    if (fromOtherPages.has(id) || (fromEntry.has(id) && fromOptions.has(id))) groups.set(id, 'page-common');
    else if (fromOptions.has(id)) groups.set(id, 'contact-model');
    else if (fromEntry.has(id)) groups.set(id, 'sidepanel');
    else if (fromPanel.has(id)) groups.set(id, 'panel');
    else groups.set(id, 'contact-screen');
  }
  checkChunkGroups(graph, groups, new Set([...fromOptions, ...fromOtherPages]));
  return groups;
}

const PANEL_ONLY: ReadonlySet<ChunkGroup> = new Set(['sidepanel', 'panel', 'contact-screen']);

/**
 * Throws if a module another page can reach (`fromOtherPages`) is in a panel-only group, or a group
 * imports one it may not (MAY_IMPORT): that build could run the panel's entry on another page.
 */
export function checkChunkGroups(graph: ModuleGraph, groups: ReadonlyMap<string, ChunkGroup>, fromOtherPages: ReadonlySet<string> = new Set()): void {
  for (const id of fromOtherPages) {
    const group = groups.get(id);
    if (group && PANEL_ONLY.has(group)) throw new Error(`Chunk groups (scripts/build/panel-chunks.ts): ${normalise(id)} is in "${group}" but another page can load it.`);
  }
  for (const [id, group] of groups) {
    for (const imported of graph.getModuleInfo(id)?.importedIds ?? []) {
      const target = groups.get(imported);
      if (target && !MAY_IMPORT[group].includes(target)) {
        throw new Error(`Chunk groups (scripts/build/panel-chunks.ts): ${normalise(id)} in "${group}" imports ${normalise(imported)} in "${target}".`);
      }
    }
  }
}

/** Rollup's manualChunks for the pages' build: the groups above, computed once per build. */
export function panelManualChunks(): (id: string, meta: ManualChunkMeta) => string | undefined {
  let groups: Map<string, ChunkGroup> | undefined;
  return (id, meta) => (groups ??= chunkGroups(meta)).get(id);
}
