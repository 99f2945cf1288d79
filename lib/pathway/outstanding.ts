import { always, dueUnanswered, privacyMasked } from './conditions';
import { PRIVATE_OUTSTANDING_TEXT } from './domestic-abuse';
import { partnerNotSeen, prefersPrivate } from './gates';
import { imminentDangerUnsure, psychosisSignsUnsure, redFlagItemUnsure } from './red-flags';
import { selfHarmNotAskedDistressed } from './self-harm-risk';
import type { OutstandingRule } from './schema';

// What is handed over as outstanding (issue 16: outstanding items are pathway data, one hop from
// their id; before 2026.5.0 they were hand-written branches of evaluate.ts that no meta-test saw).
// evaluate.ts only interprets these rules, in this order. A rule with `each` lists one item per
// evaluated entity the selector names (schema.ts outstandingEachSchema); a rule without lists one
// item per subject its `when` holds for, with the keys that made it hold. `text` is the engine's
// (and the summary's) wording; `handoverText` is what a later contact's preview shows for the kind
// (absent for the two kinds the handover block never carries: a flag or an outcome still open is
// this contact's business, handover-facts.ts).

/** Shared by the per-subject wording: the partner's items say whose they are. */
const who = { 'who-partner': ' (partner)' };

export const outstandingRules: OutstandingRule[] = [
  {
    // Reference §2.10 tool logic 2 (partner absent: do not infer; record "partner not seen"; plan to
    // ask at the next contact), derived from S14 (LTP: checks and signposting for partners) and S15.
    // The signposting itself is the outcome rule REC-PARTNER-NOT-SEEN (partner.ts), the one rule of
    // that name: until 2026.5.0 these items also carried its id with other sources (issue 16).
    id: 'OS-PARTNER-NOT-SEEN',
    kind: 'partner-not-seen',
    subjects: ['partner'],
    when: partnerNotSeen,
    text: 'Partner not seen at this contact.',
    handoverText: 'Partner not seen.',
    sources: ['S15', 'S14'],
  },
  {
    id: 'OS-ASK-PARTNER-NEXT-TIME',
    kind: 'ask-partner-next-time',
    subjects: ['partner'],
    when: partnerNotSeen,
    text: 'Ask the partner about their own wellbeing at the next contact.',
    handoverText: 'Ask the partner about their own wellbeing at the next contact.',
    sources: ['S15', 'S14'],
  },
  {
    // Reference §2.1: if she is not alone, the enquiry is outstanding for the next contact (S20).
    // While she is not alone the item is there whatever was answered in private (nothing observable
    // depends on a private answer: H05, H09); when she is alone, only while the question is to ask.
    // Emitted neutral: no subject, keys, rule id or sources.
    id: 'OS-PRIVATE-QUESTION',
    kind: 'private-question-outstanding',
    subjects: ['birthing-parent'],
    when: { kind: 'any', conditions: [privacyMasked, dueUnanswered('routine-enquiry')] },
    text: PRIVATE_OUTSTANDING_TEXT,
    handoverText: 'Private question outstanding.',
    neutral: true,
    sources: ['S20'],
  },
  {
    // "Offer a private opportunity as well" (reference §2.11; S20, S15): each parent's own choice
    // (DEFER-PREFERS-PRIVATE defers their own items; this hands the offer over).
    id: 'OS-PRIVATE-TIME-TO-TALK',
    kind: 'private-time-to-talk',
    subjects: ['birthing-parent'],
    when: prefersPrivate.when,
    text: 'Offer a private opportunity to talk about how she has been feeling.',
    handoverText: 'Offer a private opportunity to talk about how she has been feeling.',
    sources: ['S20', 'S15'],
  },
  {
    id: 'OS-PRIVATE-TIME-TO-TALK-PARTNER',
    kind: 'private-time-to-talk',
    subjects: ['partner'],
    when: prefersPrivate.when,
    text: 'Offer the partner a private opportunity to talk about how they have been feeling.',
    handoverText: 'Offer the partner a private opportunity to talk about how they have been feeling.',
    sources: ['S20', 'S15'],
  },
  {
    // Step B history at first contacts (reference §2.0 B; S1, S4). A known fact from the story so
    // far covers a question (still offered to confirm, but not missing).
    id: 'OS-HISTORY-INCOMPLETE',
    kind: 'history-incomplete',
    subjects: ['birthing-parent'],
    when: dueUnanswered('history'),
    text: 'Mental health history not complete at this first contact.',
    handoverText: 'Mental health history not complete.',
    sources: ['S1', 'S4'],
  },
  {
    // A measure due and not finished, with the rule that made it due (its id and sources are the
    // item's: DUE-DEPRESSION-MEASURE-WHOOLEY…). S1: stepped care acts on completed measures.
    id: 'OS-MEASURE-NOT-COMPLETE',
    kind: 'measure-not-complete',
    subjects: ['birthing-parent', 'partner'],
    when: always,
    each: 'due-measure-not-complete',
    text: '{measure}{who} due but not complete ({status}).',
    handoverText: '{measure}{who} was due but not completed.',
    words: { ...who, 'status-not-started': 'not started', 'status-incomplete': 'incomplete', 'status-declined': 'declined' },
    blocksMinimalFinish: true,
    sources: ['S1'],
  },
  {
    // SINGLE OWNER of "the self-harm item has no answer" in the outstanding list and the handover
    // (issue 16). It overlaps the flags RN-EPDS-10 / RN-PHQ9-9 (self-harm-risk.ts), which say the
    // same thing as an E0 card on screen. This rule owns it, not the flags, because it is the wider
    // of the two: it also lists an item simply not reached yet in a started measure (the flags read
    // only declined or not asked, since a blank item mid-measure is not yet a finding), and it is the
    // kind the handover block carries and finishing checks (minimal-finish.ts). So OS-FLAG-NOT-
    // ACKNOWLEDGED leaves 'risk-not-known' flags out: one line, not two, for one unknown.
    // Reference §1.7: score item 10 before the parent leaves (S10); PHQ-9 item 9 likewise (S12 ◐, S1).
    // The item's sources are its instrument's.
    id: 'OS-RISK-ITEM-NOT-ANSWERED',
    kind: 'risk-item-not-answered',
    subjects: ['birthing-parent', 'partner'],
    when: always,
    each: 'risk-item-unknown',
    text: '{measure}{who}: the self-harm item {what}; ask directly before the parent leaves.',
    // Declined or not asked as a whole (no item answered, issue 13): the risk is not known, never
    // "none" (self-harm-risk.ts measureDeclinedAsWhole; hazard H85).
    wholeMeasureText: '{measure}{who} {what}: self-harm risk not known; ask about thoughts of self-harm directly if she is willing.',
    handoverText: '{measure}{who}: the self-harm item was not answered; ask directly.',
    words: {
      ...who,
      'missing-declined': 'was declined',
      'missing-not-asked': 'was not asked',
      'missing-unanswered': 'has not been answered',
      'whole-declined': 'declined as a whole',
      'whole-not-asked': 'not asked as a whole',
      'whole-mixed': 'declined or not asked as a whole',
    },
    blocksMinimalFinish: true,
    sources: ['S10', 'S12', 'S1'],
  },
  {
    // A due risk enquiry whose key question has no option answer (the groups and questions are the
    // data's riskNotKnownUntil, with its own rule id and sources, RN-RISK-ENQUIRY): the risk is NOT
    // KNOWN, never "none" (reference §1.7, S10). Nothing recorded at all: finishing needs a reason
    // (minimal-finish.ts finishNeedsReason).
    id: 'OS-RISK-NOT-KNOWN',
    kind: 'risk-not-known',
    subjects: ['birthing-parent', 'partner'],
    when: always,
    each: 'risk-enquiry-not-answered',
    text: '{what}{who}: {why}.',
    handoverText: 'Self-harm risk not known{who}: the risk enquiry was not completed; ask directly.',
    words: {
      ...who,
      'why-declined': 'the parent declined the risk enquiry',
      'why-not-asked': 'the risk enquiry was not asked ({reason})',
      'why-unanswered': 'the risk enquiry has not been done yet',
      // Neutral words for a not-asked reason (the summary has its own labels).
      'reason-not-private': 'others were present',
      'reason-parent-distressed': 'the parent was distressed',
      'reason-not-appropriate-now': 'not appropriate at this time',
      'reason-interpreter-needed': 'an interpreter was needed',
      'reason-out-of-time': 'out of time',
      'reason-already-known': 'already known',
      'reason-other': 'other reason',
    },
    blocksMinimalFinish: true,
    sources: ['S10', 'S1'],
  },
  {
    // Imminent danger marked "Not sure" and not clarified when the contact ends (pathway 2026.5.0,
    // H110). Its card (RF-UNSURE-IMMINENT-DANGER…, E4, H107) says what to do today, but a card is
    // this contact's business: once acknowledged, or when the contact is finished, nothing told the
    // next professional that the question was still open. This hands the open question over, for
    // as long as the answer stays "Not sure" (hidden by a later change to the partner's check, it
    // still stands: the card's own condition). It raises no level and routes nowhere (H40): the
    // card already set the level and routes, and what was done today is in the record. The words
    // are the specialist's (review of H110): the written record states the same-day duty and never
    // says "someone who may be the source of the danger" (the partner's own summary and the family
    // record can be read by that person; the screen card keeps that caution). S9, S6: emergency
    // routes when danger is present; S27: the child first.
    id: 'OS-IMMINENT-DANGER-UNSURE',
    kind: 'imminent-danger-unsure',
    subjects: ['birthing-parent'],
    when: imminentDangerUnsure,
    text: 'Imminent danger to her or the baby was marked "not sure" and was not ruled out before the contact ended: discuss it today with the crisis team or the specialist perinatal mental health team (999 if there is danger now); record who was contacted and what was agreed.',
    handoverText: 'At the last contact, imminent danger to her or the baby was marked "not sure" and was not ruled out: check the record for the same-day plan, and ask about it in private early in this contact.',
    neutralOnScreen: true,
    sources: ['S9', 'S6', 'S27'],
  },
  {
    id: 'OS-IMMINENT-DANGER-UNSURE-PARTNER',
    kind: 'imminent-danger-unsure',
    subjects: ['partner'],
    when: imminentDangerUnsure,
    text: 'Imminent danger to the partner or the baby was marked "not sure" and was not ruled out before the contact ended: discuss it today with the adult crisis team or their GP (999 if there is danger now); record who was contacted and what was agreed.',
    handoverText: 'At the last contact, imminent danger to the partner or the baby was marked "not sure" and was not ruled out: check the record for the same-day plan, and ask about it in private early in this contact.',
    neutralOnScreen: true,
    sources: ['S9', 'S6', 'S27'],
  },
  {
    // A red-flag item (or the informant's "unlike her usual self") still marked "Unsure" when the
    // contact ends (pathway 2026.5.0, H112; specialist review of H109). RF-UNSURE (E1) asks to
    // clarify it before she leaves and to discuss it today if it cannot be ruled out; until this
    // rule, nothing handed the open question over. It raises no level and routes nowhere (H40).
    id: 'OS-RED-FLAG-UNSURE',
    kind: 'red-flag-item-unsure',
    subjects: ['birthing-parent'],
    when: redFlagItemUnsure,
    text: 'A red-flag item was still marked unsure at the end of the contact: discuss it today with a senior colleague or the specialist perinatal mental health team, and record who and what was agreed.',
    handoverText: 'A red-flag item was left unsure at the last contact: check the record for what was agreed and ask about it early in this contact.',
    sources: ['S5', 'S1', 'S6'],
  },
  {
    // Signs of possible psychosis still marked "Unsure" when the contact ends (H112): the card
    // (RF-UNSURE-PSYCHOSIS, E4) asks for a same-day discussion with the specialist or crisis team;
    // this hands the open question over. No level, no route of its own (the card has them).
    id: 'OS-PSYCHOSIS-SIGNS-UNSURE',
    kind: 'psychosis-signs-unsure',
    subjects: ['birthing-parent'],
    when: psychosisSignsUnsure,
    text: 'Signs of possible psychosis were marked "unsure" and not ruled out before the contact ended: discuss her today with the specialist perinatal or crisis team; record who and what was agreed.',
    handoverText: 'Signs of possible psychosis were marked "unsure" at the last contact and not ruled out: check the record for the same-day plan and ask how she is now.',
    sources: ['S4', 'S9', 'S6'],
  },
  {
    // The direct self-harm question not asked because the parent was too distressed (H117;
    // specialist review, CSO open item 13). OS-RISK-NOT-KNOWN still lists the risk as not known
    // (the kind finishing and the summary read); this item says what is owed today and hands the
    // open question over, worded so the parent can read it. No level, no route of its own (the
    // card RN-SELF-HARM-NOT-ASKED-DISTRESSED is E1 with none): S1 1.6.5, S8, S10.
    id: 'OS-SELF-HARM-NOT-ASKED-DISTRESSED',
    kind: 'self-harm-not-asked-distressed',
    subjects: ['birthing-parent', 'partner'],
    when: selfHarmNotAskedDistressed,
    text: 'The self-harm question could not be asked because the parent was too distressed: ask again, gently, when they are calmer, before you leave; if it cannot be asked before you leave, discuss the level of risk today with a senior colleague or the mental health team, and record what was agreed.',
    handoverText: 'At the last contact the parent was too distressed to be asked about thoughts of self-harm: check the record for what was agreed that day, and ask gently, in private, early in this contact.',
    // At the next contact this one line, not also OS-RISK-NOT-KNOWN's "ask directly" (specialist
    // review of H117: two wordings of one open question).
    handoverReplaces: ['risk-not-known'],
    sources: ['S1', 'S8', 'S10'],
  },
  {
    // Every card is acknowledged before the contact ends (reference §3.5 escalation; S5, S10). The
    // item carries the flag's own rule id and sources. Not carried in the handover block.
    id: 'OS-FLAG-NOT-ACKNOWLEDGED',
    kind: 'flag-not-acknowledged',
    subjects: ['birthing-parent', 'partner'],
    when: always,
    each: 'flag-not-acknowledged',
    text: 'Not yet acknowledged: {title}.',
    // OS-RISK-ITEM-NOT-ANSWERED owns RN-EPDS-10 / RN-PHQ9-9 (see above). The same kind also leaves
    // out RF-UNSURE (E1, "a red-flag item is marked unsure: clarify it before she leaves"), whose
    // open question OS-RED-FLAG-UNSURE lists and hands over (H112).
    exceptFlagKinds: ['risk-not-known'],
    sources: ['S5', 'S10'],
  },
  {
    // A stepped-care outcome recommended outright needs a decision (offered, accepted, declined…;
    // S1 stepped care). The item carries the outcome's first reason. Not carried in the handover.
    id: 'OS-OUTCOME-NOT-DECIDED',
    kind: 'outcome-not-decided',
    subjects: ['birthing-parent', 'partner'],
    when: always,
    each: 'outcome-not-decided',
    text: 'No decision recorded: {code} {title}.',
    sources: ['S1'],
  },
];
