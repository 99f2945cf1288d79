import type { Instrument, Option, Question } from '../schema';
import { frequencyOptions } from './frequency-options';

// PHQ-9 (reference §1.5 ✅ items and bands, S12 LOINC 44249-1 / 44261-6). Bands 5/10/15/20 per
// LOINC (S12). Item 9 above 0 acts whatever the total (tool requirement, reference §1.5, §3.3).
// ⚠ The NG222 "less/more severe" cut of 16 is not encoded (reference §6.9).

const items: Array<[number, string, string]> = [
  [1, 'Little interest or pleasure in doing things', '44250-9'],
  [2, 'Feeling down, depressed, or hopeless', '44255-8'],
  [3, 'Trouble falling or staying asleep, or sleeping too much', '44259-0'],
  [4, 'Feeling tired or having little energy', '44254-1'],
  [5, 'Poor appetite or overeating', '44251-7'],
  [6, 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down', '44258-2'],
  [7, 'Trouble concentrating on things, such as reading the newspaper or watching television', '44252-5'],
  [
    8,
    'Moving or speaking so slowly that other people could have noticed. Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    '44253-3',
  ],
  [9, 'Thoughts that you would be better off dead, or of hurting yourself in some way', '44260-8'],
];

const scoredItems: Question[] = items.map(([n, text, loinc]) => ({
  id: `phq-9.${n}`,
  text,
  wording: 'exact',
  options: frequencyOptions,
  scored: true,
  codes: { loinc },
  sources: ['S12'],
}));

/** The closing functional item of the PHQ-9 and GAD-7 forms (public domain, Pfizer). */
/** The answers of the functional item that ends both the PHQ-9 and the GAD-7 forms (LOINC LL359-1). */
export const difficultyOptions: Option[] = [
  { id: 'not-difficult-at-all', label: 'Not difficult at all' },
  { id: 'somewhat-difficult', label: 'Somewhat difficult' },
  { id: 'very-difficult', label: 'Very difficult' },
  { id: 'extremely-difficult', label: 'Extremely difficult', loinc: 'LA6574-3' },
];

export const DIFFICULTY_ITEM_TEXT =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';

export const phq9: Instrument = {
  id: 'phq-9',
  name: 'Patient Health Questionnaire 9-item (PHQ-9)',
  shortName: 'PHQ-9',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  stemWording: 'exact',
  recallWindow: { days: 14, text: 'the last 2 weeks' },
  items: [
    ...scoredItems,
    {
      // The functional item in the public-domain form's own words (pathway 2026.4.0; the same
      // sentence ends the PHQ-9 and GAD-7 forms, checked in several public copies of the Pfizer
      // forms, S12/S13). Unscored; not needed for a total.
      id: 'phq-9.difficulty',
      text: DIFFICULTY_ITEM_TEXT,
      wording: 'exact',
      options: difficultyOptions,
      scored: false,
      sources: ['S12'],
    },
  ],
  maxTotal: 27,
  bands: {
    default: [
      { id: 'none-minimal', label: 'None or minimal (0–4)', from: { value: 0 }, sources: ['S12'] },
      { id: 'mild', label: 'Mild (5–9)', from: { value: 5 }, sources: ['S12'] },
      { id: 'moderate', label: 'Moderate (10–14)', from: { value: 10 }, sources: ['S12'] },
      { id: 'moderately-severe', label: 'Moderately severe (15–19)', from: { value: 15 }, sources: ['S12'] },
      { id: 'severe', label: 'Severe (20–27)', from: { value: 20 }, sources: ['S12'] },
    ],
  },
  // 10 is the outcome table's "PHQ-9 ≥ 10" (reference §2.0) and the moderate band's lower bound.
  positiveFrom: { default: { value: 10 } },
  positiveLabel: 'PHQ-9 10 or more (moderate or above)',
  riskItems: ['phq-9.9'],
  codes: {
    loincPanel: '44249-1',
    loincTotal: '44261-6',
    snomedScore: '720433000',
    notEncoded:
      'LL382-3 interpretation (its term 44262-4 is deprecated); SNOMED 715252007 and 112011000119102 are ◐ (reference §5).',
  },
  copyright: 'Pfizer: “No permission required to reproduce, translate, display or distribute” (S12, S13).',
  sources: ['S12', 'S13'],
};
