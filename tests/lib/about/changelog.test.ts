import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChangelog, whatsNewDue, whatsNewFor } from '../../../lib/about/changelog';
import { createWhatsNewFlag, WHATS_NEW_SEEN_KEY } from '../../../lib/about/whats-new-flag';
import { PATHWAY_VERSION } from '../../../lib/pathway/version';

const changelog = readFileSync(resolve(__dirname, '../../../CHANGELOG.md'), 'utf8');
const packageVersion = (JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string }).version;
const entries = parseChangelog(changelog);

describe('CHANGELOG.md, as the what\'s new note reads it', () => {
  it('has an entry for the package version and for the pathway version this build carries', () => {
    expect(entries.find((e) => e.kind === 'extension' && e.version === packageVersion)?.blocks.length).toBeGreaterThan(0);
    expect(entries.find((e) => e.kind === 'pathway' && e.version === PATHWAY_VERSION)?.blocks.length).toBeGreaterThan(0);
  });

  it('reads headings, dates, wrapped items and plain words (no Markdown left)', () => {
    const parsed = parseChangelog(
      '# Changelog\n\nIntro.\n\n## [1.2.0] - 2026-12-31\n\nA `short` note.\n\n### Added\n- One item that\n  wraps onto a second line.\n- [A link](https://x) item.\n\n## Pathway [2026.9.0-draft] - 2026-12-30\n\n### Changed\n- Wording.\n\n[1.2.0]: #x\n',
    );
    expect(parsed).toEqual([
      { kind: 'extension', version: '1.2.0', date: '2026-12-31', title: 'Version 1.2.0', intro: ['A short note.'], blocks: [{ heading: 'Added', items: ['One item that wraps onto a second line.', 'A link item.'] }] },
      { kind: 'pathway', version: '2026.9.0-draft', date: '2026-12-30', title: 'Pathway 2026.9.0-draft', intro: [], blocks: [{ heading: 'Changed', items: ['Wording.'] }] },
    ]);
  });

  it('shows the version\'s own entry and its pathway\'s; a development build shows the unreleased changes', () => {
    expect(whatsNewFor(entries, packageVersion, PATHWAY_VERSION).map((e) => e.version)).toEqual([packageVersion, PATHWAY_VERSION]);
    expect(whatsNewFor(entries, 'development', PATHWAY_VERSION).map((e) => e.version)).toEqual(['Unreleased', PATHWAY_VERSION]);
  });
});

describe('when the what\'s new note is due', () => {
  it.each([
    { seen: null, current: '0.2.0', due: 'record-silently' },
    { seen: '0.1.0', current: '0.2.0', due: 'show' },
    { seen: '0.2.0', current: '0.2.0', due: 'nothing' },
  ] as const)('seen $seen, running $current: $due', ({ seen, current, due }) => {
    expect(whatsNewDue(seen, current)).toBe(due);
  });

  it('keeps one version string in extension storage, nothing else', async () => {
    const data: Record<string, unknown> = {};
    const flag = createWhatsNewFlag({ get: async (key) => (key in data ? { [key]: data[key] } : {}), set: async (items) => void Object.assign(data, items) });
    expect(await flag.seenVersion()).toBeNull();
    await flag.markSeen('0.2.0');
    expect(data).toEqual({ [WHATS_NEW_SEEN_KEY]: '0.2.0' });
    expect(await flag.seenVersion()).toBe('0.2.0');
  });
});
