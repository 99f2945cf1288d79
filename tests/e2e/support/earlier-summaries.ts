import { encodeHandoverBlock } from '../../../lib/handover/handover-block';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { buildContact, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import type { ContactTypeId } from '../../../lib/contact/contact';

// Earlier contacts for the story-over-time spec (issue 14): handover blocks made by the real
// encoder from contacts built in Node, dated relative to the moment the spec runs (the panel's
// clock is the real one, and an earlier score must be dated before today's contact started).

const DAY = 24 * 60 * 60 * 1000;

export interface EarlierContact {
  contactType: ContactTypeId;
  daysAgo: number;
  epds: number;
  /** NHS Talking Therapies (O4) referred ("done") for her at this contact. */
  referredToTalkingTherapies?: boolean;
}

/** The handover block a summary of this contact carried, as the practitioner would paste it. */
export function earlierHandoverBlock(earlier: EarlierContact, now = Date.now()): string {
  const at = new Date(now - earlier.daysAgo * DAY).toISOString();
  const contact = buildContact({
    contactType: earlier.contactType,
    now: at,
    id: `earlier-${earlier.daysAgo}`,
    answers: { 'birthing-parent': { 'whooley.1': 'yes', 'whooley.2': 'no', ...scoresTotalling('epds', earlier.epds) } },
    outcomeDecisions: earlier.referredToTalkingTherapies ? [{ code: 'O4', subject: 'birthing-parent', status: 'done', decidedAt: at }] : [],
    situation: { babySituation: 'with-parents' },
  });
  return encodeHandoverBlock(handoverFactsFrom(contact, evaluateForRecord(pathway, contact)), { lineWidth: 72 });
}
