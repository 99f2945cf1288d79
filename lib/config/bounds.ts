import type { BoundedNumber } from '../pathway/settings';

// The configuration's version and the bounds of its local (non-clinical) knobs, apart from the
// schemas (schema.ts), so the national defaults and the services on a red-flag card can be read
// without building the validation (issue 17: the contact screen shows them; schema.ts builds Zod
// schemas when it loads).

export const CONFIG_VERSION = 1;

/** Bounds for the knobs that are not clinical thresholds. `source` says who chose them and why. */
export const configBounds = {
  completedContactHours: {
    min: 1,
    max: 72,
    defaultValue: 24,
    source: 'local choice',
    why: 'The record is the record: a completed contact is kept only long enough to paste the summary and hand over (a day by default, never more than three).',
  },
  draftDays: {
    min: 1,
    max: 14,
    defaultValue: 7,
    source: 'local choice',
    why: 'An unfinished contact is kept so it can be finished after an interruption, but not indefinitely: a week by default, two at most.',
  },
  idleLockMinutes: {
    min: 1,
    max: 60,
    defaultValue: 15,
    source: 'local choice',
    why: 'The panel locks when the laptop is left in a family home; 15 minutes by default, never longer than an hour.',
  },
  confirmFamilyAfterHours: {
    min: 1,
    max: 72,
    defaultValue: 12,
    source: 'local choice',
    why: 'Wrong-family guard: the summary of a contact started more than this many hours ago needs an extra confirmation before it is copied or inserted (12 hours lets a morning contact be finished in the afternoon).',
  },
  summaryLineWidth: {
    min: 60,
    max: 120,
    defaultValue: 80,
    source: 'local choice',
    why: 'Characters per line of the pasted summary. 80 is a common plain-text width; match it to the text box of your record system.',
  },
  compactLimitChars: {
    min: 300,
    max: 5000,
    defaultValue: 1000,
    source: 'local choice',
    why: 'Some record fields only take short text, and the compact summary has to fit them.',
  },
} as const satisfies Record<string, BoundedNumber>;
