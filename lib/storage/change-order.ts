import type { ContactChange } from '../contact/contact-change';

// The order in which stored changes are replayed, and which of two writes to one slot wins:
// the change's own time first (what the practitioner did last), then the sequence number the
// database gave it (commit order), which breaks ties between two panels in the same millisecond.

export type ChangeOrder = { readonly at: number; readonly seq: number };

/** Epoch ms of a change's own timestamp (mirrors changeTime in lib/contact/contact-change.ts). */
export function changeTimestamp(change: ContactChange): number {
  switch (change.type) {
    case 'answer':
      return Date.parse(change.answer.answeredAt);
    case 'outcome-decision':
      return Date.parse(change.decision.decidedAt);
    default:
      return Date.parse(change.at);
  }
}

export function compareOrder(a: ChangeOrder, b: ChangeOrder): number {
  return a.at !== b.at ? a.at - b.at : a.seq - b.seq;
}

/**
 * Which write to a slot the contact model keeps. Most slots keep the latest; an acknowledged red
 * flag keeps its first acknowledgement (applyChange ignores a repeat), so storage keeps the
 * earliest, and a reload shows the same time as the panel did.
 */
export type SlotRule = 'latest' | 'earliest';

export function slotRule(change: ContactChange): SlotRule {
  return change.type === 'acknowledge-flag' ? 'earliest' : 'latest';
}

/** True when `incoming` should replace `existing` in the same slot. */
export function supersedes(incoming: ChangeOrder, existing: ChangeOrder | undefined, rule: SlotRule = 'latest'): boolean {
  if (existing === undefined) return true;
  const order = compareOrder(incoming, existing);
  return rule === 'latest' ? order > 0 : order < 0;
}
