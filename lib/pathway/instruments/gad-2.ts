import type { Instrument } from '../schema';
import { frequencyOptions } from './frequency-options';

// GAD-2 (reference §1.3 ✅ items S13, S12). Positive = 3 or more (S13: sensitivity 86%,
// specificity 83% for GAD, Kroenke 2007). The items are GAD-7 items 1-2 (same stem, options and
// window), so GAD-7 reuses these answers (instruments/gad-7.ts carryFrom).
// ⚠ The CG192 supplementary "avoiding places or activities" question is not encoded (reference §1.3, §6.3).

export const gad2: Instrument = {
  id: 'gad-2',
  name: 'Generalised Anxiety Disorder 2-item (GAD-2)',
  shortName: 'GAD-2',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  stemWording: 'exact',
  recallWindow: { days: 14, text: 'the last 2 weeks' },
  items: [
    {
      id: 'gad-2.1',
      text: 'Feeling nervous, anxious or on edge',
      wording: 'exact',
      options: frequencyOptions,
      scored: true,
      codes: { loinc: '69725-0' },
      sources: ['S13', 'S12'],
    },
    {
      id: 'gad-2.2',
      text: 'Not being able to stop or control worrying',
      wording: 'exact',
      options: frequencyOptions,
      scored: true,
      codes: { loinc: '68509-9' },
      sources: ['S13', 'S12'],
    },
  ],
  maxTotal: 6,
  bands: {
    default: [
      { id: 'negative', label: 'Below 3 (negative)', from: { value: 0 }, sources: ['S13'] },
      { id: 'positive', label: '3 or more (positive)', from: { value: 3 }, sources: ['S13'] },
    ],
  },
  positiveFrom: { default: { value: 3 } },
  positiveLabel: 'Positive GAD-2 (3 or more)',
  riskItems: [],
  codes: {
    notEncoded:
      'No GAD-2 total LOINC exists in the reference; the GAD-2 SNOMED candidates 908501000000101 and 836571000000106 are unverified (reference §5.1, §6.12).',
  },
  copyright: 'Public domain (S13).',
  sources: ['S13', 'S12', 'S1'],
};
