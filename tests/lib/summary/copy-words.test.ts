import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BabySituation, Contact } from '../../../lib/contact/contact';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { copyWordsData, copyWordsFor } from '../../../lib/summary/copy-words';
import { copyWordsDataSchema } from '../../../lib/summary/copy-words-schema';
import { applyChange } from '../../../lib/contact/contact-change';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { outcomes } from '../../../lib/pathway/outcomes';
import { pathway } from '../../../lib/pathway/pathway';
import { familyCopy } from '../../../lib/summary/family-copy';
import { BABY_SITUATIONS } from '../../../lib/shared/ids';

// H119 (session 7, CSO open item 12): the copies' after-death words are data keyed by the baby's
// situation (lib/summary/copy-words.ts), not an `if` in the copies' code, so this test sees them:
// they parse, cite their sources, never speak of the baby after a death, and the situation alone
// chooses them (perinatal specialist review of H108/H119; S23 ◐ and S2 ◐ say nothing about copy
// wording: no source gives these words; NBCP, to be S30, is the source to cite).

const ROOT = join(__dirname, '../../..');
const contactIn = (babySituation?: BabySituation): Contact => {
  const contact = buildContact({ contactType: 'hv-6-8-weeks', now: '2026-03-02T10:00:00.000Z' });
  return babySituation ? { ...contact, situation: { ...contact.situation, babySituation } } : contact;
};

describe('[H119-f] the copies’ words about keeping safe are data keyed by the baby’s situation', () => {
  it('parse (schema), and every variant is for a known situation and cites its sources', () => {
    expect(copyWordsDataSchema.safeParse(copyWordsData).success).toBe(true);
    for (const [situation, variant] of Object.entries(copyWordsData.bySituation)) {
      expect(BABY_SITUATIONS).toContain(situation);
      expect(variant.sources.length).toBeGreaterThan(0);
    }
  });

  type Row = [situation: BabySituation | undefined, words: 'default' | 'COPY-BABY-DIED', source: string];
  const rows: Row[] = [
    [undefined, 'default', 'not recorded: as before 2026.4.0'],
    ['with-parents', 'default', 'tool rule'],
    ['neonatal-unit', 'default', 'tool rule'],
    ['not-in-parents-care', 'default', 'tool rule'],
    ['died', 'COPY-BABY-DIED', 'specialist review of H119; S23 ◐, S2 ◐ (no source gives these words)'],
  ];
  it.each(rows)('situation %s: %s words (%s)', (situation, expected) => {
    const words = copyWordsFor(contactIn(situation));
    expect(words).toEqual(expected === 'default' ? copyWordsData.default : { ...copyWordsData.default, ...copyWordsData.bySituation.died?.words });
  });

  it('after a death no word speaks of the baby, and "You and your baby" is never a topic; with the baby they do', () => {
    const died = copyWordsFor(contactIn('died'));
    for (const [field, text] of Object.entries(died)) if (field !== 'familyTopicsLeftOut') expect(JSON.stringify(text), field).not.toMatch(/baby/i);
    expect(died.familyTopicsLeftOut).toContain('baby-and-relationship');
    expect(copyWordsData.default.familyDangerNow).toMatch(/your baby/);
  });

  // Specialist review of H119, should-fix 9: a surviving twin or older children stay in the safety
  // lines after a death, without naming the baby who has died.
  type WordsRow = [field: keyof ReturnType<typeof copyWordsFor>, words: string, source: string];
  const diedRows: WordsRow[] = [
    ['familyDangerNow', 'Call 999 if you or anyone with you is in danger now.', 'specialist review of H119'],
    ['planKeepingSafeHeading', 'Keeping myself and anyone in my care safe', 'specialist review of H119'],
    ['planGetHelp', 'If I feel unsafe, or cannot keep myself or anyone in my care safe, I will get help now:', 'specialist review of H119'],
    ['planDangerNow', 'Call 999 if I or anyone with me is in danger right now.', 'specialist review of H119'],
    ['recordKeepingSafeHeading', 'Keeping herself and any children in her care safe', 'specialist review of H119'],
  ];
  it.each(diedRows)('after a death, %s includes anyone else in her care: "%s" (%s)', (field, words) => {
    expect(copyWordsFor(contactIn('died'))[field]).toBe(words);
  });

  // Specialist review of H119, should-fix 11: an outcome agreed after a death whose own words speak
  // of the baby (O8 "you and your baby are cared for together", O11 "you and your baby").
  it.each([
    ['O8', 'A stay in a specialist unit, to care for you.', 'tool words; specialist review of H119'],
    ['O11', 'Help for you and your child, with how you get on together.', 'tool words; specialist review of H119'],
  ] as const)('after a death, an agreed %s reads "%s" in the family copy, not its own words (%s)', (code, words, _source) => {
    const own = outcomes.find((o) => o.code === code)!.familyWords!;
    expect(own).toMatch(/your baby/);
    const agreed = (contact: Contact) =>
      familyCopy({ contact, evaluation: evaluateForRecord(pathway, contact), config: nationalDefaultConfig }).replace(/\n/g, ' ');
    const decide = (contact: Contact) =>
      applyChange(contact, { type: 'outcome-decision', decision: { code, subject: 'birthing-parent', status: 'done', decidedAt: contact.startedAt } });
    const died = agreed(decide(contactIn('died')));
    expect(died).toContain(words);
    expect(died).not.toMatch(/baby/i);
    expect(agreed(decide(contactIn('with-parents')))).toContain(own);
  });

  it('a situation never gives words to an outcome that has none (O10 is never in a copy; H118)', () => {
    for (const variant of Object.values(copyWordsData.bySituation)) {
      for (const code of Object.keys(variant.words.outcomeFamilyWords ?? {})) expect(outcomes.find((o) => o.code === code)?.familyWords, code).toBeTruthy();
    }
  });

  it('the data decides: without the variant, a bereaved contact gets the default words', () => {
    expect(copyWordsFor(contactIn('died'), { ...copyWordsData, bySituation: {} })).toEqual(copyWordsData.default);
  });

  it('the copies name no situation in code (a rule in code is a rule no meta-test sees)', () => {
    for (const file of ['lib/summary/family-copy.ts', 'lib/summary/safety-plan-copy.ts']) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect(source, file).not.toMatch(/babySituation|'died'|Call 999|keep myself|Keeping herself/);
    }
  });
});
