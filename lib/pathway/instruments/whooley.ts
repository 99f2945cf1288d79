import { helpQuestionOn, positive } from '../conditions';
import type { Instrument, Option } from '../schema';

// Whooley depression identification questions (reference §1.2 ✅, S1 NICE Pathway copy; S29).
// Positive = "Yes" to either question. Stored as a 0-2 score (Yes = 1) so "Yes to either" is
// "total at least 1" and the SNOMED "Whooley depression screen score" (803351000000106 ✅) can be
// exported; the Yes/No answers themselves are what the summary shows.

const yesNoScored: Option[] = [
  { id: 'yes', label: 'Yes', score: 1 },
  { id: 'no', label: 'No', score: 0 },
];

export const whooley: Instrument = {
  id: 'whooley',
  name: 'Whooley depression identification questions',
  shortName: 'Whooley',
  stem: 'Ask as part of a general conversation about mental health and wellbeing.',
  stemWording: 'prompt',
  recallWindow: { days: 30, text: 'the past month' },
  items: [
    {
      id: 'whooley.1',
      text: 'During the past month, have you often been bothered by feeling down, depressed or hopeless?',
      wording: 'exact',
      options: yesNoScored,
      scored: true,
      sources: ['S1', 'S29'],
    },
    {
      id: 'whooley.2',
      text: 'During the past month, have you often been bothered by having little interest or pleasure in doing things?',
      wording: 'exact',
      options: yesNoScored,
      scored: true,
      sources: ['S1', 'S29'],
    },
    {
      // ⚠ CG45 help question (S3); not confirmed in CG192 (reference §1.2, §6.1). Off unless the
      // organisation turns it on (settings.helpQuestionEnabled). Unscored: a "No" never switches
      // off follow-up of a positive answer.
      id: 'whooley.help',
      text: 'Is this something you feel you need or want help with?',
      wording: 'exact',
      hint: 'Records the parent’s wish for help. A “No” does not change what a positive answer needs.',
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
      scored: false,
      enableWhen: { kind: 'all', conditions: [helpQuestionOn, positive('whooley')] },
      hiddenReason: 'Asked after a Yes, where your organisation uses it',
      sources: ['S3'],
    },
  ],
  maxTotal: 2,
  bands: {
    default: [
      { id: 'negative', label: 'Negative (No to both)', from: { value: 0 }, sources: ['S1'] },
      { id: 'positive', label: 'Positive (Yes to either)', from: { value: 1 }, sources: ['S1', 'S29'] },
    ],
  },
  positiveFrom: { default: { value: 1 } },
  positiveLabel: 'Positive Whooley (Yes to either question)',
  riskItems: [],
  codes: {
    snomedScore: '803351000000106',
    notEncoded: 'Per-question answer codes and the help question code were not found (reference §5.1).',
  },
  copyright: 'Whooley questions as given in NICE guidance (S1).',
  sources: ['S1', 'S29'],
};
