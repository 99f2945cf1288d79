import { applyChange } from '../../../lib/contact/contact-change';
import type { Contact, OutcomeDecision } from '../../../lib/contact/contact';
import { encodeHandoverBlock } from '../../../lib/handover/handover-block';
import type { HandoverFacts } from '../../../lib/contact/handover-facts';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { buildContact, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';

// Contacts over time for the story tests (issue 14).

/** A health-visiting contact with an EPDS total, optionally loading the earlier story first. */
export function visit(
  contactType: 'hv-new-birth' | 'hv-6-8-weeks' | 'hv-3-4-months' | 'hv-12-months',
  now: string,
  epds: number,
  earlier?: HandoverFacts,
  outcomeDecisions: OutcomeDecision[] = [],
): Contact {
  const contact = buildContact({
    contactType,
    now,
    id: `c-${now}`,
    answers: { 'birthing-parent': { 'whooley.1': 'yes', 'whooley.2': 'no', ...scoresTotalling('epds', epds) } },
    outcomeDecisions,
    situation: { babySituation: 'with-parents' },
  });
  return earlier ? applyChange(contact, { type: 'load-story-so-far', facts: earlier, at: now }) : contact;
}

export function blockOf(contact: Contact): string {
  return encodeHandoverBlock(handoverFactsFrom(contact, evaluateForRecord(pathway, contact)), { lineWidth: 80 });
}

