import type { Instrument, Option, Question } from '../schema';

// Edinburgh Postnatal Depression Scale (Cox, Holden & Sagovsky 1987; reference §1.7 ✅, S10).
// Items 3 and 5-10 are reverse-scored (the top option scores 3). Scores live on the options, so
// the stored fact is the option id and the score always comes from here, never from a position.
// Bands come from settings (epdsPossibleFrom / epdsProbableFrom, S10; partnerEpdsFrom, S11), because
// the reference lists more than one cut-off in use (§6.4).
// ⚠ Reproduction permission (RCPsych notice vs US-form notice) must be cleared before release (§6.5).
// ◐ The EPDS-3A anxiety subscale is optional in the reference and is not encoded.

type Row = [id: string, label: string, score: number];

function item(n: number, text: string, rows: Row[]): Question {
  const options: Option[] = rows.map(([id, label, score]) => ({ id, label, score }));
  return { id: `epds.${n}`, text, wording: 'exact', options, scored: true, sources: ['S10'] };
}

export const epdsItems: Question[] = [
  item(1, 'I have been able to laugh and see the funny side of things', [
    ['as-much-as-i-always-could', 'As much as I always could', 0],
    ['not-quite-so-much-now', 'Not quite so much now', 1],
    ['definitely-not-so-much-now', 'Definitely not so much now', 2],
    ['not-at-all', 'Not at all', 3],
  ]),
  item(2, 'I have looked forward with enjoyment to things', [
    ['as-much-as-i-ever-did', 'As much as I ever did', 0],
    ['rather-less-than-i-used-to', 'Rather less than I used to', 1],
    ['definitely-less-than-i-used-to', 'Definitely less than I used to', 2],
    ['hardly-at-all', 'Hardly at all', 3],
  ]),
  item(3, 'I have blamed myself unnecessarily when things went wrong', [
    ['yes-most-of-the-time', 'Yes, most of the time', 3],
    ['yes-some-of-the-time', 'Yes, some of the time', 2],
    ['not-very-often', 'Not very often', 1],
    ['no-never', 'No, never', 0],
  ]),
  item(4, 'I have been anxious or worried for no good reason', [
    ['no-not-at-all', 'No, not at all', 0],
    ['hardly-ever', 'Hardly ever', 1],
    ['yes-sometimes', 'Yes, sometimes', 2],
    ['yes-very-often', 'Yes, very often', 3],
  ]),
  item(5, 'I have felt scared or panicky for no very good reason', [
    ['yes-quite-a-lot', 'Yes, quite a lot', 3],
    ['yes-sometimes', 'Yes, sometimes', 2],
    ['no-not-much', 'No, not much', 1],
    ['no-not-at-all', 'No, not at all', 0],
  ]),
  item(6, 'Things have been getting on top of me', [
    ['yes-most-of-the-time-not-coping', "Yes, most of the time I haven't been able to cope at all", 3],
    ['yes-sometimes-not-coping-as-well', "Yes, sometimes I haven't been coping as well as usual", 2],
    ['no-mostly-coped-quite-well', 'No, most of the time I have coped quite well', 1],
    ['no-coping-as-well-as-ever', 'No, I have been coping as well as ever', 0],
  ]),
  item(7, 'I have been so unhappy that I have had difficulty sleeping', [
    ['yes-most-of-the-time', 'Yes, most of the time', 3],
    ['yes-sometimes', 'Yes, sometimes', 2],
    ['not-very-often', 'Not very often', 1],
    ['no-not-at-all', 'No, not at all', 0],
  ]),
  item(8, 'I have felt sad or miserable', [
    ['yes-most-of-the-time', 'Yes, most of the time', 3],
    ['yes-quite-often', 'Yes, quite often', 2],
    ['not-very-often', 'Not very often', 1],
    ['no-not-at-all', 'No, not at all', 0],
  ]),
  item(9, 'I have been so unhappy that I have been crying', [
    ['yes-most-of-the-time', 'Yes, most of the time', 3],
    ['yes-quite-often', 'Yes, quite often', 2],
    ['only-occasionally', 'Only occasionally', 1],
    ['no-never', 'No, never', 0],
  ]),
  item(10, 'The thought of harming myself has occurred to me', [
    ['yes-quite-often', 'Yes, quite often', 3],
    ['sometimes', 'Sometimes', 2],
    ['hardly-ever', 'Hardly ever', 1],
    ['never', 'Never', 0],
  ]),
];

/** Items whose top option scores 3 (reference §1.7: "3, 5, 6, 7, 8, 9, 10"). */
export const EPDS_REVERSE_SCORED_ITEMS: readonly number[] = [3, 5, 6, 7, 8, 9, 10];

export const epds: Instrument = {
  id: 'epds',
  name: 'Edinburgh Postnatal Depression Scale (EPDS)',
  shortName: 'EPDS',
  // The reference paraphrases the instructions (§1.7); the RCPsych and US-form copies differ.
  stem: 'Please choose the answer that comes closest to how you have felt in the past 7 days, not just how you feel today.',
  stemWording: 'paraphrase',
  recallWindow: { days: 7, text: 'the past 7 days' },
  items: epdsItems,
  maxTotal: 30,
  bands: {
    default: [
      { id: 'below-threshold', label: 'Below the “possible depression” threshold', from: { value: 0 }, sources: ['S10'] },
      { id: 'possible-depression', label: 'Possible depression', from: { setting: 'epdsPossibleFrom' }, sources: ['S10'] },
      { id: 'probable-depression', label: 'Probable depression', from: { setting: 'epdsProbableFrom' }, sources: ['S10'] },
    ],
    // No UK guideline fixes a partner cut-off (S11, reference §1.7, §6.4): one organisation-chosen
    // threshold within the documented bounds, described without a diagnostic label.
    partner: [
      { id: 'below-partner-threshold', label: 'Below the partner threshold', from: { value: 0 }, sources: ['S11'] },
      { id: 'at-or-above-partner-threshold', label: 'At or above the partner threshold', from: { setting: 'partnerEpdsFrom' }, sources: ['S11'] },
    ],
  },
  positiveFrom: { default: { setting: 'epdsPossibleFrom' }, partner: { setting: 'partnerEpdsFrom' } },
  positiveLabel: 'EPDS at or above threshold',
  riskItems: ['epds.10'],
  codes: {
    loincPanel: '71354-5',
    snomedScore: '450320001',
    notEncoded: 'EPDS total LOINC 99046-5 is ◐ (seen only in code; reference §5.2, §6.18).',
  },
  copyright:
    'Cox, Holden & Sagovsky 1987. RCPsych notice requires written permission to reproduce; the US-form notice allows reproduction with citation. Clear before release (reference §1.7, §6.5).',
  sources: ['S10'],
};
