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

/** True when `incoming` should replace `existing` in the same slot. */
export function supersedes(incoming: ChangeOrder, existing: ChangeOrder | undefined): boolean {
  return existing === undefined || compareOrder(incoming, existing) > 0;
}
