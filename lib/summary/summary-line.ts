import { plainInline } from './plain-text';

// One line of a summary, in full and short wording, with the tier that says whether the compact
// summary may leave it out (summary-model.ts explains the tiers).

export type Tier = 0 | 1 | 2 | 3;

export interface SummaryLine {
  full: string;
  short: string;
  tier: Tier;
  /** 0 = a line of its own; 1 = detail under the line above. */
  depth: 0 | 1;
  /** Free text kept as paragraphs (family's words, plan): wrapped without a hanging indent. */
  paragraph?: boolean;
}

export function line(full: string, short: string, tier: Tier, depth: 0 | 1 = 0): SummaryLine {
  return { full: plainInline(full), short: plainInline(short), tier, depth };
}
