import {
  all,
  any,
  answerIs,
  isYes,
  present,
  scoreAtLeast,
  storedAnswerIs,
  subjectIs,
  withdrawn,
  yesNo,
} from './conditions';
import { NA_BABY_DIED } from './baby-situation';
import { selfPresent } from './gates';
import type { FlagRule, ItemGroup, Option, RecommendationRule } from './schema';

// Red flags and item-level risk (reference §3). Always run (§2.0 H). They act whatever the total
// and whatever else is answered: each rule reads one answer, never a score band.
//
// The itemised check (pathway 2026.4.0, issue 10 item 4): each MBRRACE red flag (S5, confirmed
// through S4, S6, S8), SIGN's severe sleep difficulty (S8), signs of possible postpartum psychosis
// (S9) and the three disclosures (self-harm thoughts, thoughts of harming the baby, imminent danger)
// is its own item for the birthing parent, answered seen / not seen / unsure, or "not asked" with a
// reason (not assessed), with who it came from (the parent, your observation, a partner or relative).
// One action records "not seen, from her own account and your observation" for every item still
// unanswered, so a contact with nothing to report stays quick; the stored facts stay itemised. The
// one-tap `red-flags.check` of 2026.3.0 is gone: its answer in an older stored contact is a question
// this version does not know (it counts as no answer, and the panel says so), so every item is asked.
//
// "Unsure" is not "not seen": it raises RF-UNSURE, a prompt to clarify before she leaves and, if it
// still cannot be ruled out, to discuss with a senior the same day. It is NOT an automatic E4: the
// red flags call for urgent senior assessment when present (S5), and matching help to the level of
// risk (CG192 1.6.5, S1) means an uncertainty is first resolved, not escalated by default; an
// automatic same-day psychiatric referral for every "unsure" would teach practitioners to avoid the
// answer (alert fatigue, hazard H51) and deter disclosure. The partner's own risk items stay behind
// their one-tap check. Partner risk items (self-harm, harm to the baby, imminent danger) follow the
// same urgency (§2.10 tool logic 3) and need no screening consent: a child's protection from harm
// takes priority over privacy (S27).

export const PARTNER_RISK_CHECK = 'red-flags.partner-check';
export const INFORMANT_QUESTION = 'informant.unlike-usual-self';

const partnerCheckSaysPresent = answerIs(PARTNER_RISK_CHECK, ['present-or-unsure']);
/** Every item is asked of her; the partner's follow-ups only after their check says present or unsure. */
const herOrAfterPartnerCheck = any(subjectIs('birthing-parent'), partnerCheckSaysPresent);

/**
 * The three disclosures (self-harm thoughts, thoughts of harming the baby, imminent danger): Yes / No /
 * Not sure (pathway 2026.5.0, H107; specialist review of H45). Before, only Yes or No: after the
 * partner's check said "one or more, or not sure", a practitioner who was not sure had to answer No,
 * and the uncertainty was lost. "Not sure" is never "No": it starts the step that makes it sure (the
 * risk enquiry, the harm-thoughts follow-up) or, for imminent danger, a same-day discussion.
 */
const yesNoUnsure: Option[] = [...yesNo, { id: 'unsure', label: 'Not sure' }];

/** Seen or reported / not seen / unsure. Option ids `yes` and `no` keep their 2026.3.0 meaning. */
export const seenNotSeenUnsure: Option[] = [
  { id: 'yes', label: 'Seen or reported' },
  { id: 'no', label: 'Not seen' },
  { id: 'unsure', label: 'Unsure' },
];

// Other answers that raise the same red flag as a check item. Each is read both by the item
// (alsoRaisedBy: it then reads as seen) and by the flag rule, so the two cannot drift apart.
/** A partner or relative reporting marked out-of-character change (S7 Humber ◐) is red flag 1 (S5). */
const mentalStateChangeRaisedBy = isYes(INFORMANT_QUESTION);
/** The relationship observation of new and persistent estrangement is red flag 3 (reference §2.12, S5). */
const estrangementRaisedBy = answerIs('relationship.observation', ['estranged']);
/** An EPDS item 10 or PHQ-9 item 9 above 0 is itself a disclosure of self-harm thoughts (S10, S12). */
const selfHarmThoughtsRaisedBy = any(scoreAtLeast('epds.10', 1), scoreAtLeast('phq-9.9', 1));
/**
 * The partner's one-tap check answered "none" cannot stand beside their own item-level risk answer,
 * or beside a follow-up "Yes" that a later change to the check hid (still acted on:
 * IR-RISK-ANSWER-WITHDRAWN…). Either overrides it in the record.
 */
const partnerCheckRaisedBy = any(
  selfHarmThoughtsRaisedBy,
  withdrawn(storedAnswerIs('red-flags.harm-self-thoughts', ['yes'])),
  withdrawn(storedAnswerIs('red-flags.harm-baby-thoughts', ['yes'])),
  withdrawn(storedAnswerIs('red-flags.imminent-danger', ['yes'])),
  // A hidden "Not sure" stands too (H107; specialist review): a later "none" does not undo it.
  withdrawn(storedAnswerIs('red-flags.harm-self-thoughts', ['unsure'])),
  withdrawn(storedAnswerIs('red-flags.harm-baby-thoughts', ['unsure'])),
  withdrawn(storedAnswerIs('red-flags.imminent-danger', ['unsure'])),
);
/** Imminent danger marked "Not sure", shown or hidden by a later change to the partner's check. */
export const imminentDangerUnsure = any(
  answerIs('red-flags.imminent-danger', ['unsure']),
  withdrawn(storedAnswerIs('red-flags.imminent-danger', ['unsure'])),
);

const RED_FLAG_ITEMS = [
  'red-flags.mental-state-change',
  'red-flags.violent-self-harm',
  'red-flags.incompetence-estrangement',
  'red-flags.severe-sleep',
  'red-flags.psychosis-signs',
] as const;

/** A red-flag item other than psychosis, or the informant's "unlike her usual self", marked "Unsure" (RF-UNSURE; H112). */
export const redFlagItemUnsure = any(
  ...RED_FLAG_ITEMS.filter((question) => question !== 'red-flags.psychosis-signs').map((question) => answerIs(question, ['unsure'])),
  answerIs(INFORMANT_QUESTION, ['unsure']),
  // An "Unsure" on MBRRACE flag 3 given before the baby's death was recorded, now hidden as not
  // applicable (NA-BABY-DIED, H119): it still stands as given, as a hidden "Seen" does (H34), so the
  // card and the handed-over item (OS-RED-FLAG-UNSURE, H112) do not vanish (specialist review of
  // H119, must-fix 2; S5, S8). Only while the rule that hid it holds: a practitioner's own change
  // of the check to "none" is not this.
  all(NA_BABY_DIED.when, withdrawn(storedAnswerIs('red-flags.incompetence-estrangement', ['unsure']))),
);
/** Signs of possible psychosis marked "Unsure" (RF-UNSURE-PSYCHOSIS; H112). */
export const psychosisSignsUnsure = answerIs('red-flags.psychosis-signs', ['unsure']);

export const redFlagGroup: ItemGroup = {
  kind: 'questions',
  id: 'red-flag-check',
  title: 'Red-flag check',
  module: 'risk-check',
  subjects: ['birthing-parent', 'partner'],
  section: 'subject',
  respondent: 'practitioner',
  askableWhen: selfPresent,
  hiddenReason: 'Shown when a red flag is present or you are not sure',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-RED-FLAG-CHECK',
      when: any(subjectIs('birthing-parent'), present('partner-present')),
      because: 'Always run the red-flag check.',
      sources: ['S5', 'S8', 'S1'],
    },
  ],
  suggested: [],
  allClear: {
    label: 'None of these seen or reported',
    optionId: 'no',
    from: ['parent', 'practitioner'],
    subjects: ['birthing-parent'],
  },
  sources: ['S5', 'S4', 'S6', 'S8', 'S9'],
  questions: [
    {
      id: PARTNER_RISK_CHECK,
      subjects: ['partner'],
      text: 'Partner: any thoughts of harming themselves or the baby, or imminent danger?',
      wording: 'prompt',
      options: [
        { id: 'none', label: 'None seen or reported' },
        { id: 'present-or-unsure', label: 'One or more, or not sure' },
      ],
      scored: false,
      alsoRaisedBy: partnerCheckRaisedBy,
      summaryRisk: true,
      sources: ['S15', 'S27'],
    },
    {
      id: 'red-flags.mental-state-change',
      subjects: ['birthing-parent'],
      text: 'Recent significant change in mental state, or emergence of new symptoms',
      wording: 'paraphrase',
      hint: 'Often noticed first by a partner or relative: "she is not herself". Sudden change in late pregnancy or soon after birth must always be taken seriously.',
      options: seenNotSeenUnsure,
      scored: false,
      recordsWhoReported: true,
      alsoRaisedBy: mentalStateChangeRaisedBy,
      sources: ['S5', 'S4', 'S6', 'S7'],
    },
    {
      id: 'red-flags.violent-self-harm',
      subjects: ['birthing-parent'],
      text: 'New thoughts or acts of violent self-harm',
      wording: 'paraphrase',
      options: seenNotSeenUnsure,
      scored: false,
      recordsWhoReported: true,
      sources: ['S5', 'S4', 'S6'],
    },
    {
      id: 'red-flags.incompetence-estrangement',
      subjects: ['birthing-parent'],
      // MBRRACE's words (S5 via S4, S6): "expressions of incompetency", not "feelings of incompetence".
      text: 'New and persistent expressions of incompetency as a mother, or estrangement from the infant',
      wording: 'paraphrase',
      options: seenNotSeenUnsure,
      scored: false,
      recordsWhoReported: true,
      alsoRaisedBy: estrangementRaisedBy,
      // Not asked after the baby has died (H119, perinatal specialist review): the item is MBRRACE's
      // one sentence (incompetency as a mother, or estrangement from the infant) and cannot be split
      // without changing its words (S5). No source says how it applies after a death; the safer
      // reading for a bereaved mother is not to ask about estrangement from a baby who has died.
      // The other red flags stay, with PR-BABY-DIED-SUICIDE-AWARENESS. Recorded as not applicable.
      notApplicableWhen: [NA_BABY_DIED],
      sources: ['S5', 'S4', 'S6'],
    },
    {
      id: 'red-flags.severe-sleep',
      subjects: ['birthing-parent'],
      // SIGN (S8) adds "severe difficulties with sleeping" (its wording, checked in the clinical
      // verification of December 2026). The clinical review's "even when the baby sleeps" is not SIGN's
      // text, so it is the hint, not the item: it keeps the ordinary broken sleep of caring for a
      // newborn from raising the flag, and "does not feel the need to sleep" (an early sign of mania or
      // psychosis, S9) is named so it is not missed.
      text: 'Severe difficulties with sleeping',
      wording: 'paraphrase',
      hint: 'Not the ordinary broken sleep of caring for a baby: for example she cannot sleep even when the baby is asleep and she has the chance to, or she does not feel the need to sleep.',
      options: seenNotSeenUnsure,
      scored: false,
      recordsWhoReported: true,
      sources: ['S8'],
    },
    {
      id: 'red-flags.psychosis-signs',
      subjects: ['birthing-parent'],
      text: 'Signs of possible postpartum psychosis',
      wording: 'prompt',
      hint: 'Sudden onset in the days or weeks after birth, rapidly changing symptoms: high mood (mania), depression, confusion, hallucinations, delusions, loss of inhibitions, suspicion or fear, restlessness, behaving out of character. About half have no previous history.',
      options: seenNotSeenUnsure,
      scored: false,
      recordsWhoReported: true,
      sources: ['S9', 'S4'],
    },
    {
      id: 'red-flags.harm-self-thoughts',
      text: 'Has disclosed thoughts of harming themselves',
      wording: 'prompt',
      hint: '"Not sure" means something said or seen might mean this and it is not clear yet. It is not for "not asked": ask, or record "not asked" with the reason.',
      options: yesNoUnsure,
      scored: false,
      recordsWhoReported: true,
      alsoRaisedBy: selfHarmThoughtsRaisedBy,
      enableWhen: herOrAfterPartnerCheck,
      hiddenReason: 'Shown when a red flag is present or you are not sure',
      sources: ['S1', 'S8'],
    },
    {
      id: 'red-flags.harm-baby-thoughts',
      text: 'Has disclosed thoughts of harming the baby',
      wording: 'prompt',
      hint: '"Not sure" means something said or seen might mean this and it is not clear yet. It is not for "not asked": ask, or record "not asked" with the reason. If the baby has died, use this for thoughts of harming a surviving baby or other children in the family; never ask about the baby who has died.',
      options: yesNoUnsure,
      scored: false,
      recordsWhoReported: true,
      enableWhen: herOrAfterPartnerCheck,
      hiddenReason: 'Shown when a red flag is present or you are not sure',
      // Never not applicable (specialist review of H119, must-fix 4): the item is the practitioner's
      // own record ("Has disclosed…"), never read out, and after one twin has died it is the only
      // question about harm to a surviving baby or other children (S27: the child's protection
      // first; S21). Its hint's last sentence says how to use it after a death (worded to hold
      // for every contact, so the hint needs no rule of its own).
      sources: ['S8', 'S27'],
    },
    {
      id: 'red-flags.imminent-danger',
      text: 'Imminent danger to the parent or the baby',
      wording: 'prompt',
      hint: '"Not sure" means something said or seen might mean this and it is not clear yet. It is not for "not asked": ask, or record "not asked" with the reason.',
      options: yesNoUnsure,
      scored: false,
      recordsWhoReported: true,
      enableWhen: herOrAfterPartnerCheck,
      hiddenReason: 'Shown when a red flag is present or you are not sure',
      sources: ['S9', 'S6'],
    },
  ],
};

// Shared action text (reference §3.3-3.4; S1 rec 1.6.5, S8, S10).
const sameDayAssessment =
  'Arrange a same-day senior psychiatric assessment through the specialist perinatal mental health team or the crisis team.';
const safetyPlan =
  'Make a safety plan together: warning signs, how to keep themselves and the baby safe, coping strategies, people and professionals to call.';
const dontLeave = 'Do not leave them alone if they are unsafe; call 999 if there is imminent danger.';
const informProfessionals =
  'Inform the GP and the professionals named in any care plan; advise them and their family to seek help if things get worse.';
const askAboutBaby = 'Ask about risk to the baby.';
const recordWhatAndWho = [
  'What was said or observed, in their words, and when it started.',
  'Who you contacted, when, and what was agreed.',
  'The safety plan.',
];

const redFlag = (
  id: string,
  question: string,
  title: string,
  sources: FlagRule['sources'],
): FlagRule => ({
  id,
  kind: 'red-flag',
  subjects: ['birthing-parent'],
  when: isYes(question),
  level: 'E4',
  title,
  doNow: [sameDayAssessment, safetyPlan, dontLeave, informProfessionals],
  routes: ['O6', 'O9', 'O5'],
  record: recordWhatAndWho,
  timeframe: 'Same day',
  sources,
});

// "Not sure" about imminent danger (H107; wording from the specialist review): never ask someone who
// may be the source of the danger (domestic abuse; the product's privacy rule), and a worry for the
// baby is a safeguarding discussion today (S27).
const unsureDangerClarify = [
  'Clarify now: what makes you unsure, what has been said or done, and since when. Ask someone else who is here only if it is safe: never someone who may be the source of the danger.',
];
const unsureDangerRest = [
  'If the worry is for the baby’s safety, discuss it today with your safeguarding lead or children’s social care under local procedures; record the information-sharing decision and the reasons.',
  'If danger is confirmed, change the answer to "Yes": the emergency card then applies. A later change to the check does not undo this answer: correct the answer itself if it was recorded by mistake.',
  'Keep the baby safe; do not leave them alone with the baby while this is unresolved if you are worried.',
];
const unsureDangerRecord = ['What made you unsure, what was said or observed, by whom, and since when.', 'Whom you discussed it with, when, and what was agreed.', 'The information-sharing decision and the reasons.'];

export const redFlagRules: FlagRule[] = [
  {
    ...redFlag('RF-MENTAL-STATE-CHANGE', 'red-flags.mental-state-change', 'Recent significant change in mental state or new symptoms', ['S5', 'S4', 'S6', 'S7']),
    // A partner or relative reporting marked out-of-character change raises it too (S7 Humber ◐).
    when: any(isYes('red-flags.mental-state-change'), mentalStateChangeRaisedBy),
  },
  redFlag('RF-VIOLENT-SELF-HARM', 'red-flags.violent-self-harm', 'New thoughts or acts of violent self-harm', ['S5', 'S4', 'S6']),
  {
    ...redFlag(
      'RF-INCOMPETENCE-ESTRANGEMENT',
      'red-flags.incompetence-estrangement',
      'New and persistent expressions of incompetency as a mother or estrangement from the infant',
      ['S5', 'S4', 'S6'],
    ),
    // The relationship observation can raise the same red flag (reference §2.12).
    when: any(isYes('red-flags.incompetence-estrangement'), estrangementRaisedBy),
    doNow: [sameDayAssessment, askAboutBaby, safetyPlan, informProfessionals],
  },
  redFlag('RF-SEVERE-SLEEP', 'red-flags.severe-sleep', 'Severe difficulties with sleeping', ['S8']),
  {
    // "Unsure" is not "not seen" (issue 10 item 4): clarify, and discuss with a senior if it cannot be
    // ruled out. Not an automatic E4 (see the comment at the top of this file); E1 keeps it on the
    // record and in the handover without the urgent-referral wording of a red flag.
    id: 'RF-UNSURE',
    kind: 'risk-not-known',
    subjects: ['birthing-parent'],
    // Signs of psychosis marked unsure have their own, urgent card (RF-UNSURE-PSYCHOSIS below).
    when: redFlagItemUnsure,
    level: 'E1',
    title: 'A red-flag item is marked unsure: clarify it before she leaves',
    doNow: [
      'Unsure is not "not seen". Clarify it now: ask her what has changed and since when, ask the partner or a relative if one is here, and note what you observe.',
      'If you still cannot rule it out, discuss it with a senior colleague or the specialist perinatal mental health team today, and agree who reviews her and when.',
      'If it is confirmed, change the answer to "Seen or reported": the red flag then applies.',
      'Advise her and her family to seek help the same day if things get worse.',
    ],
    routes: [],
    record: ['Which item was unsure, and why.', 'How you clarified it, whom you discussed it with, and what was agreed.'],
    timeframe: 'Before she leaves; discuss today if still unsure',
    sources: ['S5', 'S1', 'S6', 'S7'],
  },
  {
    // Possible psychosis that cannot be ruled out is not a matter for a 2-4 week review: suspected
    // psychosis is an emergency (§3.2, S4, S9), so an unsure answer is discussed with the specialist
    // perinatal or crisis team today (clinical review of the merged pathway). It is not yet the E5
    // card: that follows when the signs are confirmed ("Seen or reported").
    id: 'RF-UNSURE-PSYCHOSIS',
    kind: 'red-flag',
    subjects: ['birthing-parent'],
    when: psychosisSignsUnsure,
    level: 'E4',
    title: 'Signs of possible psychosis cannot be ruled out: discuss today',
    doNow: [
      'Clarify now: what has changed and since when; ask the partner or a relative if one is here; note what you observe.',
      'Discuss her today with the specialist perinatal mental health team or the crisis team, and agree who assesses her and when.',
      'If the signs are confirmed, change the answer to "Seen or reported": the emergency card then applies (assessment within 4 hours).',
      'Do not leave her alone with the baby while this is unresolved if you are worried about her safety or the baby’s; call 999 if there is danger now.',
    ],
    routes: ['O6', 'O9', 'O5'],
    record: ['What was observed or reported, by whom, and since when.', 'Whom you discussed it with, when, and what was agreed.'],
    timeframe: 'Same day',
    sources: ['S9', 'S4', 'S6'],
  },
  {
    id: 'RF-POSTPARTUM-PSYCHOSIS',
    kind: 'red-flag',
    subjects: ['birthing-parent'],
    when: isYes('red-flags.psychosis-signs'),
    level: 'E5',
    title: 'Suspected postpartum psychosis: a psychiatric emergency',
    // Card wording (issue 10 item 7, clinical review 2026-12 item 6): suspected psychosis is unsafe by
    // definition, so she is not left alone, with no "if unsafe" (S9 routes; "someone stays with her"
    // is the safer reading, ◐: the S9 page text on staying with her was not retrieved). Onset in
    // pregnancy as well as after birth: S9 and S4 describe onset in the days or weeks after birth;
    // psychosis starting in pregnancy is reported in the literature but not in S1-S29 (⚠), and acting
    // on the signs at any stage is the safer reading (docs/pathway.md §5a, H44).
    doNow: [
      'She is not left alone: an adult stays with her and the baby until she is assessed.',
      'Professional route: specialist perinatal or crisis assessment within 4 hours.',
      'Use the crisis numbers in her care plan if she has one.',
      'Otherwise she should see a GP the same day; if that is not possible, NHS 111, out-of-hours or A&E.',
      'Call 999 if there is imminent danger.',
      'Postpartum psychosis usually starts suddenly in the days or weeks after birth; psychosis can also start or come back in pregnancy: act on these signs at any stage. If told it is not psychosis but symptoms worsen, she should be seen again.',
    ],
    routes: ['O9', 'O6', 'O8'],
    record: [
      'The signs observed and when they started.',
      'Who you contacted, when, and how quickly they responded.',
      'The plan agreed, and which adult stays with her and the baby until she is assessed.',
    ],
    timeframe: 'Within 4 hours; immediately (999) if danger',
    sources: ['S9', 'S4', 'S6', 'S25'],
  },
  {
    id: 'RF-IMMINENT-DANGER',
    kind: 'red-flag',
    subjects: ['birthing-parent', 'partner'],
    when: isYes('red-flags.imminent-danger'),
    level: 'E5',
    title: 'Imminent danger to the parent or the baby',
    doNow: ['Call 999.', 'Stay with them if it is safe to do so; keep the baby safe.', 'Then inform the crisis team, the GP and safeguarding as local procedures require.'],
    routes: ['O9', 'O10'],
    record: recordWhatAndWho,
    timeframe: 'Immediately',
    neutralOnScreen: true,
    sources: ['S9', 'S6', 'S27'],
  },
  {
    // Imminent danger that cannot be ruled out (H107). As for signs of psychosis (RF-UNSURE-PSYCHOSIS):
    // an unsure answer to an E5 item is discussed with the crisis team today (E4), and becomes the E5
    // card when confirmed. Not E5 by default: 999 for every uncertainty would deter the answer (H51)
    // and is not what the sources ask (S9: emergency routes when danger is present); not E1 either:
    // danger to life or to the baby cannot wait for a 2-4 week review (S27: the child comes first).
    // Both parents; routes any adult can use (crisis team, GP), never a perinatal-only service.
    id: 'RF-UNSURE-IMMINENT-DANGER',
    kind: 'red-flag',
    subjects: ['birthing-parent'],
    when: imminentDangerUnsure,
    level: 'E4',
    title: 'Imminent danger to the parent or the baby cannot be ruled out: clarify now, discuss today',
    doNow: [...unsureDangerClarify, 'If there is danger now, call 999. Otherwise discuss her today with the crisis team or the specialist perinatal mental health team, and agree who assesses her and when.', ...unsureDangerRest],
    routes: ['O9', 'O6', 'O5'],
    record: unsureDangerRecord,
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S9', 'S6', 'S27'],
  },
  {
    id: 'RF-UNSURE-IMMINENT-DANGER-PARTNER',
    kind: 'red-flag',
    subjects: ['partner'],
    when: imminentDangerUnsure,
    level: 'E4',
    title: 'Imminent danger to the partner or the baby cannot be ruled out: clarify now, discuss today (partner: adult services)',
    doNow: [...unsureDangerClarify, 'If there is danger now, call 999. Otherwise discuss them today with the adult crisis team or their GP, and agree who assesses them and when.', ...unsureDangerRest],
    routes: ['O9', 'O5'],
    record: unsureDangerRecord,
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S9', 'S6', 'S27'],
  },
  // Item-level self-harm risk (IR-EPDS-10, IR-PHQ9-9, IR-DISCLOSED-SELF-HARM, RN-*) and thoughts of
  // harming the baby (IR-DISCLOSED-HARM-TO-BABY) live in self-harm-risk.ts (issue 10).
];

// A risk answer must not vanish because a later change hid its question (pathway 2026.3.0).
// Hidden answers count as no answer for scores and outcomes, but a positive risk answer that was
// given still has to be acted on: "item 10 > 0 always prompts further assessment" (reference §1.7,
// S10); red flags act whatever else is answered (§3.1, S5); partner risk items follow §3 with the
// same urgency (§2.10.3) and a child's protection from harm comes first (S27). Examples: the
// red-flag check changed to "none" after "thoughts of harming themselves: Yes"; the partner's
// consent changed to "No" after their EPDS item 10 scored above 0; a Whooley changed to No after
// an EPDS with item 10 above 0 (the EPDS itself then stays due because it was started). Each rule
// fires only when the question is hidden by relevance or consent (`hidden`), never when it is only
// masked by privacy; the answer is then listed on the flag (Flag.hiddenAnswers). The wording never
// names a topic: one rule per urgency and route, as the answer's own flag would have had.

const correctOrRecord =
  'If the answer was recorded by mistake, correct that answer itself (open its question again); otherwise record why the later answer changed.';
const actAsGiven =
  'A later change hid the question of a risk answer given earlier in this contact; it did not undo what was said. Act on the answer as it was given (it is listed with this card).';
const recordWithdrawn = [
  'The answer as it was given, and when.',
  'Why the later answer changed: a correction, or what the parent said.',
  'Who you contacted, when, and what was agreed.',
];

export const RISK_ANSWER_WITHDRAWN = 'IR-RISK-ANSWER-WITHDRAWN';

export const withdrawnRiskRules: FlagRule[] = [
  {
    id: RISK_ANSWER_WITHDRAWN,
    kind: 'item-risk',
    // Birthing parent only: the partner's check has none of these items; their hidden self-harm
    // answers make their own risk enquiry due (self-harm-risk.ts), with adult routes (issue 10 item 6).
    subjects: ['birthing-parent'],
    // Not item 10 / item 9 / a disclosed thought of self-harm: those make the risk enquiry due at
    // the E2 floor, as the visible answer would (self-harm-risk.ts IR-RISK-ANSWER-WITHDRAWN-SELF-HARM,
    // pathway 2026.5.0; H45). The urgency then follows what the enquiry finds, not a blanket E4.
    when: any(
      withdrawn(storedAnswerIs('red-flags.violent-self-harm', ['yes'])),
      withdrawn(storedAnswerIs('red-flags.mental-state-change', ['yes'])),
      withdrawn(storedAnswerIs('red-flags.incompetence-estrangement', ['yes'])),
      withdrawn(storedAnswerIs('red-flags.severe-sleep', ['yes'])),
    ),
    level: 'E4',
    title: 'A risk answer given earlier in this contact is now hidden by a later change: act on it as given',
    doNow: [actAsGiven, sameDayAssessment, safetyPlan, dontLeave, informProfessionals, correctOrRecord],
    routes: ['O6', 'O9', 'O5'],
    record: recordWithdrawn,
    timeframe: 'Same day',
    sources: ['S10', 'S5', 'S27'],
  },
  {
    id: `${RISK_ANSWER_WITHDRAWN}-BABY`,
    kind: 'item-risk',
    // The partner's copy below: adult routes in its words (issue 10 item 6).
    subjects: ['birthing-parent'],
    // A hidden "thoughts of harming the baby" makes the harm-thoughts follow-up due at E2 instead,
    // as the visible answer does (self-harm-risk.ts harmThoughtsTrigger; H45): an act is different.
    when: withdrawn(storedAnswerIs('relationship.acted-on', ['yes'])),
    level: 'E4',
    title: 'A safeguarding risk answer given earlier in this contact is now hidden by a later change: act on it as given',
    doNow: [
      actAsGiven,
      'Make sure the baby is safe now; follow local safeguarding procedures (a child’s protection from harm takes priority over privacy).',
      sameDayAssessment,
      dontLeave,
      correctOrRecord,
    ],
    routes: ['O10', 'O9'],
    record: [...recordWithdrawn, 'The information-sharing decision and the reasons, whether you share or not.'],
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S27', 'S5', 'S15'],
  },
  {
    id: `${RISK_ANSWER_WITHDRAWN}-BABY-PARTNER`,
    kind: 'item-risk',
    subjects: ['partner'],
    when: any(
      withdrawn(storedAnswerIs('relationship.acted-on', ['yes'])),
      // Her report that the partner might harm themselves or the baby: a flag for the partner.
      all(subjectIs('partner'), withdrawn(storedAnswerIs('partner-report.risk', ['yes'], 'birthing-parent'))),
    ),
    level: 'E4',
    title: 'A safeguarding risk answer given earlier in this contact is now hidden by a later change: act on it as given (partner: adult services)',
    doNow: [
      actAsGiven,
      'Make sure the baby is safe now; follow local safeguarding procedures (a child’s protection from harm takes priority over privacy).',
      'Arrange a same-day mental health assessment for the partner through adult services: the GP the same day, or the adult crisis or home treatment team.',
      dontLeave,
      correctOrRecord,
    ],
    routes: ['O10', 'O9'],
    record: [...recordWithdrawn, 'The information-sharing decision and the reasons, whether you share or not.'],
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S27', 'S5', 'S15'],
  },
  {
    id: `${RISK_ANSWER_WITHDRAWN}-EMERGENCY`,
    kind: 'item-risk',
    subjects: ['birthing-parent', 'partner'],
    when: any(
      withdrawn(storedAnswerIs('red-flags.psychosis-signs', ['yes'])),
      withdrawn(storedAnswerIs('red-flags.imminent-danger', ['yes'])),
    ),
    level: 'E5',
    title: 'An emergency risk answer given earlier in this contact is now hidden by a later change: act on it as given',
    doNow: [
      actAsGiven,
      'Imminent danger: call 999. Signs of possible postpartum psychosis: specialist or crisis assessment within 4 hours; otherwise a GP the same day, NHS 111, out-of-hours or A&E.',
      'Do not leave them alone if they are unsafe; keep the baby safe.',
      correctOrRecord,
    ],
    routes: ['O9', 'O10'],
    record: recordWithdrawn,
    timeframe: 'Within 4 hours; immediately (999) if danger',
    neutralOnScreen: true,
    sources: ['S9', 'S6', 'S5', 'S27'],
  },
];

/** Imminent danger that cannot be ruled out: safeguarding is a judgement to CONSIDER today (S27; H107). */
export const redFlagRecommendationRules: RecommendationRule[] = [
  {
    id: 'REC-UNSURE-IMMINENT-DANGER',
    subjects: ['birthing-parent', 'partner'],
    when: imminentDangerUnsure,
    outcomes: [{ code: 'O10', strength: 'consider' }],
    level: 'E4',
    because: 'Imminent danger to the parent or the baby cannot be ruled out: if the worry is for the baby, consider local safeguarding procedures today.',
    sources: ['S27', 'S9'],
  },
];
