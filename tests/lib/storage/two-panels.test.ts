import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, type ContactChange } from '../../../lib/contact/contact-change';
import { createAutosave } from '../../../lib/storage/autosave';
import { createContactStore, type ContactStore } from '../../../lib/storage/contact-store';
import { StorageError } from '../../../lib/storage/errors';
import { T0, at, fakeBrowserProfile, sampleContact, settle, unlockedVault, waitFor } from './helpers';

// Issue 6: "two panels concurrent answers all kept". Two panels (two database connections, two
// stores, two autosave queues) on one contact make random changes, interleaved at random, with
// random write failures and retries. Whatever the interleaving, the stored contact must equal
// the contact model's own replay of every change in the order they were made, and both panels
// must end up showing it.

type Step = {
  panel: 0 | 1;
  kind: 'answer' | 'clear' | 'text' | 'flag' | 'presence';
  question: 'q1' | 'q2' | 'q3';
  subject: 'birthing-parent' | 'partner';
  option: string;
  gap: number;
  failNext: boolean;
};

const stepArb: fc.Arbitrary<Step> = fc.record({
  panel: fc.constantFrom(0 as const, 1 as const),
  kind: fc.constantFrom('answer' as const, 'answer' as const, 'clear' as const, 'text' as const, 'flag' as const, 'presence' as const),
  question: fc.constantFrom('q1' as const, 'q2' as const, 'q3' as const),
  subject: fc.constantFrom('birthing-parent' as const, 'partner' as const),
  option: fc.constantFrom('a', 'b', 'c'),
  gap: fc.nat({ max: 3 }),
  failNext: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

function toChange(step: Step, when: number): ContactChange {
  const time = at(when);
  switch (step.kind) {
    case 'answer':
      return {
        type: 'answer',
        answer: { questionId: step.question, subject: step.subject, response: { kind: 'option', optionId: step.option }, answeredAt: time },
      };
    case 'clear':
      return { type: 'clear-answer', questionId: step.question, subject: step.subject, at: time };
    case 'text':
      return { type: 'text', field: step.question === 'q1' ? 'familyWords' : 'plan', value: `${step.panel}:${step.option}:${when}`, at: time };
    case 'flag':
      return { type: 'acknowledge-flag', flagId: step.question, at: time };
    case 'presence':
      return {
        type: 'presence',
        presence: {
          birthingParent: true,
          partner: step.option !== 'a',
          otherAdults: false,
          familyInterpreter: false,
          professionalInterpreter: step.option === 'c',
          childrenAges: [],
          olderChildPresent: false,
        },
        at: time,
      };
  }
}

/** A store whose next write fails when asked, to mix retries into the interleaving. */
function sometimesFailing(inner: ContactStore) {
  let failures = 0;
  const store: ContactStore = {
    ...inner,
    saveChanges: async (id, changes) => {
      if (failures > 0) {
        failures -= 1;
        throw new StorageError('unknown', 'injected');
      }
      return inner.saveChanges(id, changes);
    },
  };
  return { store, failNextWrite: () => (failures += 1) };
}

describe('two panels editing one contact', () => {
  it('[H29-e] keep every latest-per-slot answer, whatever the interleaving', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 20 }), async (steps) => {
        const profile = fakeBrowserProfile();
        const dbs = [profile.open(), profile.open()] as const;
        const stores: ContactStore[] = [];
        for (const db of dbs) stores.push(createContactStore({ db, vault: await unlockedVault(db) }));
        const base = sampleContact();
        await stores[0]!.create(base);
        const panels = await Promise.all(
          stores.map(async (store) => {
            const flaky = sometimesFailing(store);
            const autosave = createAutosave({
              store: flaky.store,
              initial: await store.load(base.id),
              retry: { firstDelayMs: 1, maxDelayMs: 4 },
            });
            return { autosave, flaky };
          }),
        );

        const made: ContactChange[] = [];
        for (const [index, step] of steps.entries()) {
          // One clock for both windows: each change is later than the one before (ties are tested separately).
          const change = toChange(step, T0 + (index + 1) * 1000);
          made.push(change);
          const panel = panels[step.panel]!;
          if (step.failNext) panel.flaky.failNextWrite();
          panel.autosave.save(change);
          await settle(step.gap);
        }
        await Promise.all(panels.map((panel) => panel.autosave.flush()));

        const expected = applyChanges(base, made);
        expect((await stores[1]!.load(base.id)).contact).toEqual(expected);
        // Key order may differ (replay order vs typing order); the contents may not.
        await waitFor(() => panels.every((panel) => isDeepStrictEqual(panel.autosave.contact(), expected)));
        for (const panel of panels) panel.autosave.dispose();
        for (const db of dbs) db.close();
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  }, 60_000);

  it('keeps both answers when two panels answer different questions in the same millisecond', async () => {
    const profile = fakeBrowserProfile();
    const [dbA, dbB] = [profile.open(), profile.open()];
    const a = createContactStore({ db: dbA, vault: await unlockedVault(dbA) });
    const b = createContactStore({ db: dbB, vault: await unlockedVault(dbB) });
    await a.create(sampleContact());
    const same = at(T0 + 1000);
    await Promise.all([
      a.saveChange('contact-1', { type: 'answer', answer: { questionId: 'q1', subject: 'birthing-parent', response: { kind: 'declined' }, answeredAt: same } }),
      b.saveChange('contact-1', { type: 'answer', answer: { questionId: 'q1', subject: 'partner', response: { kind: 'declined' }, answeredAt: same } }),
      a.saveChange('contact-1', { type: 'text', field: 'plan', value: 'from A', at: same }),
      b.saveChange('contact-1', { type: 'text', field: 'familyWords', value: 'from B', at: same }),
    ]);
    const { contact, seq } = await b.load('contact-1');
    expect(Object.keys(contact.answers).sort()).toEqual(['birthing-parent/q1', 'partner/q1']);
    expect(contact.plan).toBe('from A');
    expect(contact.familyWords).toBe('from B');
    expect(seq).toBe(4);
    await settle();
  });
});
