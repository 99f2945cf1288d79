import { describe, expect, it } from 'vitest';
import { checkChunkGroups, chunkGroups, type ChunkGroup, type ModuleGraph } from '../../scripts/build/panel-chunks';

// Issue 17: the side panel's code in few files, and never a chunk another page loads that imports
// one only the panel loads (that page would run the panel's entry). A small module graph shaped like
// the real one; the built files are checked in tests/e2e/panel-preload.e2e.ts.

type Graph = Record<string, { imports: string[]; dynamic?: string[]; entry?: boolean }>;

function moduleGraph(graph: Graph): ModuleGraph {
  return {
    getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
    getModuleInfo: (id: string) =>
      graph[id] ? ({ id, importedIds: graph[id].imports, dynamicallyImportedIds: graph[id].dynamic ?? [], isEntry: graph[id].entry ?? false } as never) : null,
  };
}

const APP: Graph = {
  '/x/entrypoints/sidepanel/index.html': { entry: true, imports: ['/x/entrypoints/sidepanel/main.tsx'] },
  '/x/entrypoints/sidepanel/main.tsx': { imports: ['/x/early-reads.ts', 'preact', '/x/styles.css'] },
  '/x/early-reads.ts': { imports: ['/x/vault.ts', '/x/config-in-force.ts'] },
  '/x/vault.ts': { imports: [] },
  '/x/config-in-force.ts': { imports: ['polyfill'] },
  '/x/entrypoints/sidepanel/panel.tsx': { imports: ['/x/home.tsx', '/x/vault.ts', 'preact'] },
  '/x/home.tsx': { imports: ['/x/contact.ts', '/x/version.ts', '/x/help-text.ts'] },
  '/x/help-text.ts': { imports: [] },
  '/x/options-help.tsx': { imports: ['/x/help-text.ts'] },
  '/x/contact.ts': { imports: ['zod'] },
  '/x/components/contact/contact-screen.tsx': { imports: ['/x/pathway.ts', '/x/in-force.ts', '/x/home.tsx'] },
  '/x/pathway.ts': { imports: ['/x/version.ts'] },
  '/x/in-force.ts': { imports: ['/x/defaults.ts'] },
  '/x/defaults.ts': { imports: [] },
  '/x/entrypoints/options/index.html': { entry: true, imports: ['/x/entrypoints/options/main.tsx'] },
  '/x/entrypoints/options/main.tsx': { imports: ['preact', '/x/config-in-force.ts', '/x/contact.ts', '/x/in-force.ts', '/x/styles.css'], dynamic: ['/x/options-help.tsx'] },
  '/x/entrypoints/privacy/index.html': { entry: true, imports: ['/x/version.ts', 'preact'] },
  '/x/version.ts': { imports: [] },
  '/x/summary.tsx': { imports: ['/x/pathway.ts'] },
  preact: { imports: [] },
  polyfill: { imports: [] },
  zod: { imports: [] },
  '/x/styles.css': { imports: [] },
};

describe('[H102-n] chunkGroups: the side panel in few files (issue 17)', () => {
  const groups = chunkGroups(moduleGraph(APP));
  it.each<[string, ChunkGroup | undefined, string]>([
    ['/x/entrypoints/sidepanel/main.tsx', 'sidepanel', 'only the panel paints its frame'],
    ['/x/early-reads.ts', 'sidepanel', 'only the panel starts these reads'],
    ['/x/vault.ts', 'sidepanel', 'the entry needs it; the panel takes it from there'],
    ['/x/config-in-force.ts', 'page-common', 'the entry and the options page both load it'],
    ['polyfill', 'page-common', 'the entry and the options page both load it'],
    ['preact', 'page-common', 'every page'],
    ['/x/styles.css', 'page-common', 'every page'],
    ['/x/entrypoints/sidepanel/panel.tsx', 'panel', 'the home screen'],
    ['/x/home.tsx', 'panel', 'the home screen'],
    ['/x/contact.ts', 'contact-model', 'the panel and the options page, not the entry'],
    ['zod', 'contact-model', 'the panel and the options page, not the entry'],
    ['/x/in-force.ts', 'contact-model', 'the contact screen and the options page'],
    ['/x/version.ts', 'page-common', 'the privacy page loads it too'],
    ['/x/components/contact/contact-screen.tsx', 'contact-screen', 'a resumed question'],
    ['/x/pathway.ts', 'contact-screen', 'a resumed question, in the same file as its screen'],
    ['/x/help-text.ts', 'contact-model', 'the home screen, and the options page on demand'],
    ['/x/summary.tsx', undefined, 'not on either path: left to Rollup'],
  ])('%s goes in %s (%s)', (id, group) => {
    expect(groups.get(id)).toBe(group);
  });

  it('never lets a chunk another page loads import one only the side panel loads', () => {
    const otherPageGroups = new Set<ChunkGroup>(['page-common', 'contact-model']);
    for (const [id, group] of groups) {
      if (!otherPageGroups.has(group)) continue;
      for (const imported of APP[id]!.imports) {
        const target = groups.get(imported);
        if (target) expect(otherPageGroups.has(target), `${id} (${group}) imports ${imported} (${target})`).toBe(true);
      }
    }
  });

  it('refuses groups where a module another page can load, even on demand, is the panel\'s only', () => {
    const graph = moduleGraph(APP);
    const bad = new Map(groups);
    bad.set('/x/help-text.ts', 'panel');
    expect(() => checkChunkGroups(graph, bad, new Set(['/x/help-text.ts']))).toThrow(/help-text\.ts is in "panel" but another page can load it/);
  });

  it('refuses a side panel build whose panel or contact screen it cannot find (the paths moved)', () => {
    const renamed = Object.fromEntries(Object.entries(APP).filter(([id]) => !id.endsWith('contact-screen.tsx')));
    expect(() => chunkGroups(moduleGraph(renamed))).toThrow(/update the paths/);
  });

  it('leaves a build without the side panel (the background) to Rollup', () => {
    expect(chunkGroups(moduleGraph({ '/x/entrypoints/background.ts': { entry: true, imports: ['polyfill'] }, polyfill: { imports: [] } })).size).toBe(0);
  });

  it('refuses groups where a chunk another page loads imports the panel entry', () => {
    const bad = new Map<string, ChunkGroup>([
      ['/x/contact.ts', 'contact-model'],
      ['/x/vault.ts', 'sidepanel'],
    ]);
    const graph = moduleGraph({ '/x/contact.ts': { imports: ['/x/vault.ts'] }, '/x/vault.ts': { imports: [] } });
    expect(() => checkChunkGroups(graph, bad)).toThrow(/contact\.ts in "contact-model" imports \/x\/vault\.ts in "sidepanel"/);
  });
});
