import { describe, expect, it } from 'vitest';
import { staticallyReached } from '../support/import-graph';

// Issue 17, H102: what the panel loads on demand and what it must never wait for. Follows the static
// (run-time) imports of the source from an entry: a file reached only through import() is loaded
// on demand, in its own chunk. The current question, red flags and their cards, and what blocks
// finishing must be in the contact screen's own code, shown with the question; the screens and parts
// not on screen at home or at a resumed question must not be in the first path.

describe('[H102] what is loaded on demand, and what never is', () => {
  const contactScreen = staticallyReached('components/contact/contact-screen.tsx');
  const panel = staticallyReached('entrypoints/sidepanel/panel.tsx');

  it.each(['components/contact/question-card.tsx', 'components/contact/red-flags.tsx', 'components/contact/section-nav.tsx', 'components/contact/save-status.tsx', 'lib/pathway/evaluate.ts'])(
    '[H102-m] the contact screen shows %s with the question (its own code, never loaded later)',
    (file) => expect(contactScreen.has(file)).toBe(true),
  );

  it.each([
    'components/outcome/outcome-step.tsx',
    'components/contact/story-parts.tsx',
    'lib/handover/handover-preview.ts',
    'components/summary/summary-screen.tsx',
    // The summary's short labels (issue 17): the question shows only who asks (role-labels.ts).
    'lib/output/labels.ts',
    // The configuration's validation (issue 17): a red-flag card's services need the national
    // defaults and the bounds (bounds.ts), not the Zod schemas built when schema.ts loads.
    'lib/config/schema.ts',
    'lib/config/fields.ts',
  ])('the contact screen loads %s on demand', (file) => expect(contactScreen.has(file)).toBe(false));

  it.each([
    'components/contact/contact-screen.tsx',
    'components/settings/settings-screen.tsx',
    'components/about/about-screen.tsx',
    'components/about/about-facts.ts',
    'components/about/whats-new.tsx',
    'components/lock/unlock-screen.tsx',
    'components/lock/set-passphrase-screen.tsx',
    'lib/platform/record-insertion.ts',
    'content/insert-at-caret.ts',
  ])('the panel before home loads %s on demand', (file) => expect(panel.has(file)).toBe(false));

  it('the panel before home has the home screen, the start form and the lock gate', () => {
    for (const file of ['components/home/home-screen.tsx', 'components/start/start-contact-form.tsx', 'components/lock/lock-gate.tsx']) expect(panel.has(file), file).toBe(true);
  });
});
