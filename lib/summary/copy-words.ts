import type { Contact } from '../contact/contact';
import type { CopyWords, CopyWordsData } from './copy-words-schema';

// The copies' words about keeping safe, as data keyed by the baby's situation (H119, perinatal
// specialist review; moved here from the code in session 7): the family copy (lib/summary/
// family-copy.ts), the parent's safety-plan copy and the record's safety-plan heading
// (lib/summary/safety-plan-copy.ts), and the safety-plan form's hint on screen (specialist review of
// H119, should-fix 10: the form said "the baby" after a death). The situation recorded at the start of the contact chooses
// the words, the same fact the pathway's `babyDied` reads (lib/pathway/baby-situation.ts; the
// situation is recorded at postnatal contacts only), so a copy made without an evaluation agrees.
// Validated, and read for meaning (no "baby" after a death), by tests/lib/summary/copy-words.test.ts.

export const copyWordsData: CopyWordsData = {
  default: {
    familyDangerNow: 'Call 999 if you or your baby are in danger now.',
    familyTopicsLeftOut: [],
    planKeepingSafeHeading: 'Keeping myself and my baby safe',
    planGetHelp: 'If I feel unsafe, or cannot keep myself or my baby safe, I will get help now:',
    planDangerNow: 'Call 999 if my baby or I are in danger right now.',
    recordKeepingSafeHeading: 'Keeping herself and the baby safe',
    formKeepingSafeHint: 'How she keeps herself and the baby safe, and who can help with the baby.',
    outcomeFamilyWords: {},
  },
  bySituation: {
    died: {
      id: 'COPY-BABY-DIED',
      // After a stillbirth or a baby's death the safety lines speak of the parent's own safety,
      // never of keeping the baby who has died safe: the specialist review's choice (H108/H119),
      // not a source's words. S23 ◐ (the MMHS / baby-loss services page) and S2 ◐ (QS115) say
      // nothing about copy wording; the National Bereavement Care Pathway (NBCP) uses "baby"
      // throughout and asks professionals to use the parent's own words. Cite NBCP (S30) once it
      // is in the reference (CSO open item 12). "You and your baby" is never a topic then: those
      // questions are not asked (NA-BABY-DIED). A surviving twin or older children stay in the safety
      // lines ("anyone in my care", "anyone with you"), without naming the baby (specialist review
      // of H119, should-fix 9).
      why: "After the baby has died, the safety lines speak of the parent's own safety, never of keeping the baby who has died safe (specialist review of H119; no source gives these words).",
      words: {
        familyDangerNow: 'Call 999 if you or anyone with you is in danger now.',
        familyTopicsLeftOut: ['baby-and-relationship'],
        planKeepingSafeHeading: 'Keeping myself and anyone in my care safe',
        planGetHelp: 'If I feel unsafe, or cannot keep myself or anyone in my care safe, I will get help now:',
        planDangerNow: 'Call 999 if I or anyone with me is in danger right now.',
        recordKeepingSafeHeading: 'Keeping herself and any children in her care safe',
        formKeepingSafeHint: 'How she keeps herself safe, and anyone in her care.',
        // O8 stays routed by RF-POSTPARTUM-PSYCHOSIS after a death, and O11 may be agreed for a
        // surviving child: their own words ("you and your baby") would reach the family copy
        // (specialist review of H119, should-fix 11). The tool's words, for the specialist to confirm.
        outcomeFamilyWords: {
          O8: 'A stay in a specialist unit, to care for you.',
          O11: 'Help for you and your child, with how you get on together.',
        },
      },
      sources: ['S23', 'S2'],
    },
  },
};

/** The words for this contact: its situation's where the data gives them, else the default. */
export function copyWordsFor(contact: Contact, data: CopyWordsData = copyWordsData): CopyWords {
  const situation = contact.situation?.babySituation;
  const variant = situation ? data.bySituation[situation] : undefined;
  return variant ? { ...data.default, ...variant.words } : data.default;
}
