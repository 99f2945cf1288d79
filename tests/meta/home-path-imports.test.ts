import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { staticallyReached } from '../support/import-graph';

// Issue 17, H113/H114: what the side panel compiles before its home screen. Follows the run-time
// imports of the source (`import … from`, side-effect imports, `export … from`; not `import type`,
// not import()) from the panel's entry. The configuration schemas load with import() only when the
// validated copy cannot be used (lib/config/config-in-force.ts), and the entry module, which starts
// the panel's reads before the panel's code has loaded (early-reads.ts), stays small.

/** Who imports zod on the home path. Each is the contact model or the store reading it, not the configuration. */
const ZOD_ON_HOME_PATH = new Set([
  // Turns zod's compiled validators off under the extension's CSP; imported first by panel.tsx (H100-c).
  'lib/platform/zod-jitless.ts',
  // The contact model and its story so far: the store lists and decodes contacts with these schemas
  // (lib/storage/contact-store.ts, contact-codec.ts) and the start form builds a new contact.
  // Loading them on demand was measured in session 7 and not landed: the resumed question then
  // waited for them (docs/runtime.md, "Where start-up time still goes").
  'lib/contact/contact.ts',
  'lib/contact/contact-change.ts',
  'lib/contact/handover-facts.ts',
  'lib/contact/id-schemas.ts',
  'lib/contact/story-so-far.ts',
  'lib/storage/contact-codec.ts',
  // The store checks the retention periods it is given before it lists drafts against them.
  'lib/storage/retention.ts',
  // A message from the background asking the panel to insert a summary, checked when it arrives.
  'lib/platform/insert-requests.ts',
]);

describe('[H114-e] what the side panel compiles before its home screen', () => {
  // The entry, and the panel it imports at once (import(), modulepreloaded: compiled before home).
  const home = new Set([...staticallyReached('entrypoints/sidepanel/main.tsx'), ...staticallyReached('entrypoints/sidepanel/panel.tsx')]);

  it('follows the panel into the home screen (the walk is not empty)', () => {
    for (const file of ['entrypoints/sidepanel/panel.tsx', 'components/home/home-screen.tsx', 'lib/config/config-in-force.ts']) expect(home.has(file), file).toBe(true);
  });

  it.each([
    'lib/config/schema.ts',
    'lib/config/field-errors.ts',
    'lib/config/fields.ts',
    'lib/config/defaults.ts',
    'lib/config/resolve.ts',
    'lib/config/import.ts',
    'lib/config/changes.ts',
    'lib/config/local-settings.ts',
    'lib/config/config-store.ts',
    'lib/platform/browser-config-store.ts',
    'lib/pathway/settings-schema.ts',
  ])('does not import %s before the home screen (the schemas load only to validate)', (file) => {
    expect(home.has(file)).toBe(false);
  });

  it('the contact screen, which home prefetches when idle, reads the engine settings without the validation', () => {
    // (Its red-flag cards still reach the national defaults and schema.ts through services-for-outcome.ts.)
    const contact = staticallyReached('components/contact/contact-screen.tsx');
    for (const file of ['lib/config/resolve.ts', 'lib/config/field-errors.ts']) expect(contact.has(file), file).toBe(false);
  });

  it('imports zod only for the contact model, never for the configuration', () => {
    const importers = [...home].filter((file) => !file.startsWith('npm:') && /from\s+['"]zod(?:\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')));
    expect(importers.filter((file) => !ZOD_ON_HOME_PATH.has(file))).toEqual([]);
  });

  it('[H113-d] the entry module reaches no zod, no Dexie and no screen: only the reads it starts', () => {
    const entry = staticallyReached('entrypoints/sidepanel/early-reads.ts');
    const heavy = [...entry].filter((name) => name.startsWith('npm:zod') || name === 'npm:dexie' || name === 'lib/storage/database.ts' || name.startsWith('components/'));
    expect(heavy).toEqual([]);
  });
});
