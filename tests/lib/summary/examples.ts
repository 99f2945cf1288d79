import { applyChanges } from '../../../lib/contact/contact-change';
import type { Contact } from '../../../lib/contact/contact';
import { decodeHandoverBlock } from '../../../lib/handover/handover-block';
import { acceptStorySoFar } from '../../../lib/handover/handover-preview';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { summaryText } from '../../../lib/summary/summary-text';
import { scenarios } from '../pathway/scenarios/fixtures';
import { scenarioInput, type ScenarioInput } from './support';
import { noRedFlagsSeen } from '../pathway/support/red-flag-answers';

// Whole contacts beyond the pathway scenarios, for golden summaries: a finished contact with the
// practitioner's decisions and free text, and a second contact that loads the first one's story.

const scenario = (id: string) => {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`No scenario ${id}`);
  return found;
};

/** Scenario 02 finished: flags acknowledged, decisions made, consent, typed text with typography. */
export const finishedContact: ScenarioInput = scenarioInput(scenario('02-booking-partner-present-positive-whooley'), (contact) =>
  applyChanges(contact, [
    {
      type: 'outcome-decision',
      decision: { code: 'O5', subject: 'birthing-parent', status: 'done', decidedAt: '2026-03-02T10:25:00.000Z' },
    },
    {
      type: 'outcome-decision',
      decision: { code: 'O4', subject: 'birthing-parent', status: 'offered', decidedAt: '2026-03-02T10:26:00.000Z' },
    },
    {
      type: 'outcome-decision',
      decision: { code: 'O1', subject: 'partner', status: 'done', decidedAt: '2026-03-02T10:27:00.000Z' },
    },
    { type: 'share-with', shareWith: { gp: true, midwife: false, healthVisitor: true, specialistTeam: false, socialCare: false }, at: '2026-03-02T10:28:00.000Z' },
    {
      type: 'text',
      field: 'familyWords',
      value: '“We’re finding the nights hard — but we’re a team.”\n\nShe’d like the GP to call after 3pm…',
      at: '2026-03-02T10:29:00.000Z',
    },
    { type: 'text', field: 'plan', value: 'GP appointment booked for Thursday; EPDS again in 2–4 weeks.', at: '2026-03-02T10:30:00.000Z' },
    { type: 'text', field: 'nextContact', value: 'Midwife antenatal contact at 16 weeks', at: '2026-03-02T10:31:00.000Z' },
  ]),
);

/**
 * The next contact of the family in scenario 04 (past severe mental illness, partner not seen):
 * the health visitor's new birth visit loads the block pasted from the first summary, confirms
 * the SMI history, changes the family history, and screens again.
 */
export function secondContact(): { first: ScenarioInput; second: ScenarioInput; block: string } {
  const first = scenarioInput(scenario('04-hv-antenatal-partner-absent-smi-history'));
  const firstSummary = summaryText({ contact: first.contact, evaluation: first.evaluation, options: { lineWidth: 80 } });
  const decoded = decodeHandoverBlock(firstSummary);
  if (!decoded.ok) throw new Error(decoded.message);
  const base: Contact = buildContact({
    contactType: 'hv-new-birth',
    id: 'contact-second',
    now: '2026-04-20T09:30:00.000Z',
    answers: {
      'birthing-parent': {
        'wellbeing.feelings': 'no-concerns',
        'whooley.1': 'no',
        'whooley.2': 'no',
        'gad-2.1': 'not-at-all',
        'gad-2.2': 'not-at-all',
        'history.severe-mental-illness': 'past',
        'history.family-perinatal': 'yes',
        ...noRedFlagsSeen,
        'concern.clinical': 'no',
        'postnatal.baby-blues': 'resolved',
        'postnatal.birth-experience': 'positive',
      },
    },
  });
  const loaded = applyChanges(base, [acceptStorySoFar(decoded.facts, '2026-04-20T09:31:00.000Z')]);
  const evaluation = evaluateForRecord(pathway, loaded);
  return { first, second: { scenario: first.scenario, contact: loaded, evaluation, settings: first.settings }, block: firstSummary };
}

/**
 * Issue 11: a day-3 midwife postnatal visit (Whooley and GAD-2 asked) and the day-5 visit that loads
 * its summary. Inside their recall windows (past month, past 2 weeks) the screens are known with
 * date and role and not due again (reference §1.1).
 */
export function dayFiveAfterDayThree(): { first: ScenarioInput; second: ScenarioInput; block: string } {
  const firstContact = buildContact({
    contactType: 'midwife-postnatal',
    id: 'contact-day-3',
    now: '2026-03-02T10:00:00.000Z',
    situation: { babySituation: 'with-parents', babyAgeDays: 3 },
    answers: {
      'birthing-parent': {
        'wellbeing.feelings': 'no-concerns',
        'whooley.1': 'no',
        'whooley.2': 'no',
        'gad-2.1': 'several-days',
        'gad-2.2': 'not-at-all',
        'postnatal.baby-blues': 'ongoing',
        'postnatal.birth-experience': 'positive',
        ...noRedFlagsSeen,
        'concern.clinical': 'no',
        'relationship.conversation': 'warm',
        'relationship.angry-feelings': 'no',
        'relationship.observation': 'reassuring',
      },
    },
  });
  const first: ScenarioInput = { scenario: scenario('15-midwife-postnatal-early-blues-severe-sleep'), contact: firstContact, evaluation: evaluateForRecord(pathway, firstContact), settings: defaultPathwaySettings };
  const block = summaryText({ contact: first.contact, evaluation: first.evaluation, options: { lineWidth: 80 } });
  const decoded = decodeHandoverBlock(block);
  if (!decoded.ok) throw new Error(decoded.message);
  const base = buildContact({
    contactType: 'midwife-postnatal',
    id: 'contact-day-5',
    now: '2026-03-04T11:00:00.000Z',
    situation: { babySituation: 'with-parents', babyAgeDays: 5 },
    answers: {
      'birthing-parent': {
        'wellbeing.feelings': 'no-concerns',
        'postnatal.baby-blues': 'resolved',
        'postnatal.birth-experience': 'positive',
        ...noRedFlagsSeen,
        'concern.clinical': 'no',
        'relationship.conversation': 'warm',
        'relationship.angry-feelings': 'no',
        'relationship.observation': 'reassuring',
      },
    },
  });
  const loaded = applyChanges(base, [acceptStorySoFar(decoded.facts, '2026-03-04T11:01:00.000Z')]);
  return { first, second: { scenario: first.scenario, contact: loaded, evaluation: evaluateForRecord(pathway, loaded), settings: defaultPathwaySettings }, block };
}
