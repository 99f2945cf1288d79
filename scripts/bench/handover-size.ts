import { applyChange } from '../../lib/contact/contact-change';
import type { Contact, ContactTypeId, OutcomeDecision } from '../../lib/contact/contact';
import { decodeHandoverBlocks, encodeHandoverBlock } from '../../lib/handover/handover-block';
import type { HandoverFacts } from '../../lib/contact/handover-facts';
import { handoverFactsFrom } from '../../lib/handover/handover-facts-from';
import { buildContact, scoresTotalling } from '../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../lib/pathway/evaluate';
import { pathway } from '../../lib/pathway/pathway';

// Handover block size for a family with a year of contacts (issue 14): eight contacts from booking
// to the 12-month review, each loading the previous block, with Whooley, GAD-2 and EPDS or PHQ-9
// answered where due and a referral made at 6-8 weeks. The block carries the whole story forward,
// so its size grows with the history; the history lists are bounded (48 scores, 30 flags, 24
// referrals), which bounds the block. Budget stated: under 8,000 characters with nothing dropped.

export const HANDOVER_SIZE_BUDGET_CHARS = 8000;

const YEAR: Array<{ type: ContactTypeId; at: string; epds: number; referral?: boolean }> = [
  { type: 'midwife-booking', at: '2026-01-05T10:00:00.000Z', epds: 4 },
  { type: 'midwife-antenatal', at: '2026-03-02T10:00:00.000Z', epds: 6 },
  { type: 'hv-antenatal', at: '2026-04-06T10:00:00.000Z', epds: 7 },
  { type: 'midwife-postnatal', at: '2026-06-01T10:00:00.000Z', epds: 9 },
  { type: 'hv-new-birth', at: '2026-06-08T10:00:00.000Z', epds: 10 },
  { type: 'hv-6-8-weeks', at: '2026-07-13T10:00:00.000Z', epds: 14, referral: true },
  { type: 'hv-3-4-months', at: '2026-09-07T10:00:00.000Z', epds: 11 },
  { type: 'hv-12-months', at: '2027-05-24T10:00:00.000Z', epds: 8 },
];

export interface HandoverSize {
  contacts: number;
  chars: number;
  lines: number;
  scores: number;
  referrals: number;
  dropped: number;
}

export function handoverSizeForAYear(lineWidth = 80): HandoverSize {
  let earlier: HandoverFacts | undefined;
  let block = '';
  for (const visit of YEAR) {
    const decisions: OutcomeDecision[] = visit.referral ? [{ code: 'O4', subject: 'birthing-parent', status: 'done', decidedAt: visit.at }] : [];
    let contact: Contact = buildContact({
      contactType: visit.type,
      now: visit.at,
      id: `year-${visit.at}`,
      answers: {
        'birthing-parent': { 'whooley.1': 'yes', 'whooley.2': 'no', 'gad-2.1': 'several-days', 'gad-2.2': 'several-days', ...scoresTotalling('epds', visit.epds) },
      },
      outcomeDecisions: decisions,
      situation: visit.type.startsWith('hv-') && visit.type !== 'hv-antenatal' ? { babySituation: 'with-parents' } : {},
    });
    if (earlier) contact = applyChange(contact, { type: 'load-story-so-far', facts: earlier, at: visit.at });
    block = encodeHandoverBlock(handoverFactsFrom(contact, evaluateForRecord(pathway, contact)), { lineWidth });
    const decoded = decodeHandoverBlocks(block);
    if (!decoded.ok) throw new Error(decoded.message);
    earlier = decoded.facts;
  }
  return {
    contacts: YEAR.length,
    chars: block.length,
    lines: block.split('\n').length,
    scores: earlier?.scores?.length ?? 0,
    referrals: earlier?.referrals?.length ?? 0,
    dropped: earlier?.dropped ?? 0,
  };
}
