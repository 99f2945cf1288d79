import { plainInline } from '../output/plain-text';

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
  /** Wording for the short version when it differs from `short` (the compact wording). */
  brief?: string;
  /** An outstanding item from the engine: the short version keeps it whatever its tier. */
  outstanding?: true;
  /** The line carries the practitioner's note on an answer: both versions keep it (issue 13). */
  noted?: true;
  /**
   * "Not asked, and why" lines of one person and topic share a group: the short version writes
   * them as one line (`groupLabel`: the tag and the topic).
   */
  group?: { key: string; label: string };
  /**
   * The headline writes this line's short wording (issue 13, H82): the contact facts ('seen'), an
   * instrument's result ('result'), the level and the risk state ('risk'), the next contact ('next').
   * The short version then does not repeat it in its section; it is still kept (the headline is part
   * of the text), and the "nothing lost" property reads the headline with the sections.
   */
  headline?: 'seen' | 'result' | 'risk' | 'next';
  /** The short version writes this line at the end of the line above (an outcome's one-line reason). */
  joinAbove?: true;
}

/**
 * Lines the short version must keep (issue 13, "nothing lost"): every tier-0 line (the contact, risk
 * lines, red flags, risk not known, outcomes and decisions) and every outstanding item.
 */
export function isEssential(l: SummaryLine): boolean {
  return l.tier === 0 || l.outstanding === true;
}

export function line(full: string, short: string, tier: Tier, depth: 0 | 1 = 0): SummaryLine {
  return { full: plainInline(full), short: plainInline(short), tier, depth };
}
