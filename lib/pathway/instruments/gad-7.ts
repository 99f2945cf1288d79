import type { Instrument, Question } from '../schema';
import { frequencyOptions } from './frequency-options';
import { DIFFICULTY_ITEM_TEXT, difficultyOptions } from './phq-9';

// GAD-7 (reference §1.6 ✅, S13; S12 LOINC 70274-6 total). Bands 5/10/15; 10 or more is the usual
// threshold for further assessment or referral (S13). Items 1-2 are the GAD-2 items: an answer
// given in GAD-2 is used here unless GAD-7 has its own (carryFrom), so the parent is not asked twice.

const items: Array<[number, string, string | undefined, string | undefined]> = [
  [1, 'Feeling nervous, anxious, or on edge', '69725-0', 'gad-2.1'],
  [2, 'Not being able to stop or control worrying', '68509-9', 'gad-2.2'],
  [3, 'Worrying too much about different things', '69733-4', undefined],
  [4, 'Trouble relaxing', '69734-2', undefined],
  [5, 'Being so restless that it is hard to sit still', '69735-9', undefined],
  // 69689-8 is labelled with a 4-week window in one LOINC list: "check before use" (reference §5.2).
  [6, 'Becoming easily annoyed or irritable', undefined, undefined],
  [7, 'Feeling afraid, as if something awful might happen', '69736-7', undefined],
];

const gad7Items: Question[] = items.map(([n, text, loinc, carryFrom]) => ({
  id: `gad-7.${n}`,
  text,
  wording: 'exact',
  options: frequencyOptions,
  scored: true,
  ...(loinc ? { codes: { loinc } } : {}),
  ...(carryFrom ? { carryFrom } : {}),
  sources: ['S13'],
}));

export const gad7: Instrument = {
  id: 'gad-7',
  name: 'Generalised Anxiety Disorder 7-item (GAD-7)',
  shortName: 'GAD-7',
  // As published (Spitzer et al. 2006; review 2026-12 item 13): "by the following problems", without
  // the "any of" of the PHQ-9 stem. Checked in several public copies of the form (S13).
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  stemWording: 'exact',
  recallWindow: { days: 14, text: 'the last 2 weeks' },
  items: [
    ...gad7Items,
    {
      id: 'gad-7.difficulty',
      text: DIFFICULTY_ITEM_TEXT,
      wording: 'exact',
      options: difficultyOptions,
      scored: false,
      sources: ['S13'],
    },
  ],
  maxTotal: 21,
  bands: {
    default: [
      { id: 'minimal', label: 'Minimal (0–4)', from: { value: 0 }, sources: ['S13'] },
      { id: 'mild', label: 'Mild (5–9)', from: { value: 5 }, sources: ['S13'] },
      { id: 'moderate', label: 'Moderate (10–14)', from: { value: 10 }, sources: ['S13'] },
      { id: 'severe', label: 'Severe (15–21)', from: { value: 15 }, sources: ['S13'] },
    ],
  },
  positiveFrom: { default: { value: 10 } },
  positiveLabel: 'GAD-7 10 or more',
  riskItems: [],
  codes: {
    loincTotal: '70274-6',
    snomedScore: '445455005',
    notEncoded:
      'Panel 69737-5 is ◐; item 6 LOINC 69689-8 needs checking; SNOMED 717440006 is unverified (reference §5.1, §5.2, §6.11).',
  },
  copyright: 'Public domain (S13).',
  sources: ['S13', 'S12'],
};
