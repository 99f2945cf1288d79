// The "what's new" note (issue 15) reads CHANGELOG.md, written in the Keep a Changelog style:
// `## [version] - date` (or `## Pathway [version] - date`, or `## [Unreleased]`), then `### Added`
// style headings with `- ` items that may wrap onto indented lines. Pure, so it is tested in Node.

export type ChangelogBlock = { heading: string; items: string[] };

export type ChangelogEntry = {
  kind: 'extension' | 'pathway' | 'unreleased';
  /** '0.1.0', '2026.4.0-draft', or 'Unreleased'. */
  version: string;
  date: string | null;
  /** The heading as a practitioner reads it: "Version 0.1.0", "Pathway 2026.4.0-draft". */
  title: string;
  intro: string[];
  blocks: ChangelogBlock[];
};

const ENTRY_HEADING = /^(Pathway )?\[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/;

/** Markdown emphasis and links read as plain words. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let entry: ChangelogEntry | null = null;
  let block: ChangelogBlock | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (entry && paragraph.length) entry.intro.push(plain(paragraph.join(' ')));
    paragraph = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.startsWith('## ')) {
      flush();
      const match = ENTRY_HEADING.exec(line.slice(3));
      if (!match) {
        entry = null;
        continue;
      }
      const [, pathwayWord, version = '', date] = match;
      const kind = version === 'Unreleased' ? 'unreleased' : pathwayWord ? 'pathway' : 'extension';
      entry = {
        kind,
        version,
        date: date ?? null,
        title: kind === 'unreleased' ? 'Not yet released' : kind === 'pathway' ? `Pathway ${version}` : `Version ${version}`,
        intro: [],
        blocks: [],
      };
      entries.push(entry);
      block = null;
    } else if (!entry || /^\[[^\]]+\]:/.test(line)) {
      continue;
    } else if (line.startsWith('### ')) {
      flush();
      block = { heading: plain(line.slice(4)), items: [] };
      entry.blocks.push(block);
    } else if (line.startsWith('- ') && block) {
      block.items.push(plain(line.slice(2)));
    } else if (/^\s+\S/.test(line) && block && block.items.length) {
      block.items[block.items.length - 1] = plain(`${block.items[block.items.length - 1] ?? ''} ${line}`);
    } else if (line.trim() === '') {
      flush();
    } else if (!block) {
      paragraph.push(line);
    }
  }
  flush();
  return entries;
}

/**
 * What the note shows for this build: the extension version's entry (the unreleased one for a
 * development build, which has no released entry yet) and the entry for the pathway it carries.
 */
export function whatsNewFor(entries: readonly ChangelogEntry[], extensionVersion: string, pathwayVersion: string): ChangelogEntry[] {
  const own = entries.find((e) => e.kind === 'extension' && e.version === extensionVersion) ?? entries.find((e) => e.kind === 'unreleased');
  const pathway = entries.find((e) => e.kind === 'pathway' && e.version === pathwayVersion);
  return [own, pathway].filter((e): e is ChangelogEntry => e !== undefined);
}

/**
 * Whether to show the note at the home screen. A first run (nothing stored) records the version
 * silently: there is nothing "new" to someone who has just installed it, and About always has it.
 */
export function whatsNewDue(seenVersion: string | null, currentVersion: string): 'show' | 'record-silently' | 'nothing' {
  if (seenVersion === null) return 'record-silently';
  return seenVersion === currentVersion ? 'nothing' : 'show';
}
