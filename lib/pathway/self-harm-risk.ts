import {
  all,
  answerIs,
  any,
  isYes,
  not,
  notAskedBecause,
  responseMissing,
  scoreAtLeast,
  status,
  storedAnswerIs,
  storedScoreAtLeast,
  withdrawn,
} from './conditions';
import { selfPresent } from './gates';
import { SELF_HARM_HISTORY_QUESTION } from './history';
import type { Condition, FlagRule, ItemGroup, Option, RecommendationRule } from './schema';

// Self-harm and suicide risk (issue 10 items 1-3; reference §1.7, §3.3, §3.4; clinical review
// 2026-12 items 1-2). A positive risk item is a prompt for FURTHER ASSESSMENT, not an emergency:
// "any score above 0 always prompts further assessment" (EPDS item 10, S10; PHQ-9 item 9, S12 ◐),
// and only a CONCERNING enquiry result escalates (§3.4 E4 "concerning item-10/item-9 answers").
// CG192 rec 1.6.5 (S1 ✅): if there is a risk of self-harm or suicide, check support and whether
// she knows where to get help, arrange help matched to the level of risk, inform the GP and the
// professionals in the care plan, and advise her and her family to seek help if things get worse.
// SIGN (S8 ✅): a safety plan, manage immediate risk, urgent assessment where indicated.
//
// So the engine has three layers, all data:
// 1. The trigger (item 10 / item 9 above 0, a disclosure) raises a floor flag at E2 "GP informed"
//    that says "complete the risk enquiry now, before she leaves". Once any risk item is above 0 the
//    level never drops below it (S1 1.6.5: inform the GP), whatever the enquiry finds.
// 2. The structured risk enquiry (`risk-enquiry.*`, asked by the practitioner of the parent
//    concerned, birthing parent or partner) is due on any trigger, including an item declined or not
//    asked while the rest of the measure was answered (unknown is never none, §1.7).
// 3. The urgency table below reads the enquiry: E5 when she means to act soon (imminent danger),
//    E4 for a concerning result, E2 (GP informed, review, safety plan, safety-netting) otherwise.
//
// Over-escalation is itself a hazard (H40): E4 for "hardly ever" on item 10 sends families to
// crisis teams that do not need them, teaches practitioners to click through cards and deters
// disclosure. Under-escalation is the other hazard (H41). Where the brief's table leaves a gap
// (active thoughts with none of plan, intent, previous attempt or hopelessness; passive thoughts
// with one of them; a nature she or the practitioner is unsure of; plan or intent declined while
// thoughts are present) the SAFER reading is E4: §3.4 puts "concerning item-10/item-9 answers" at
// E4, and none of these can be called not concerning. The practitioner can always raise the level
// (choose a higher outcome); no rule here lowers the level another rule set.
//
// The baby is never counted as protective: no condition anywhere reads the baby to lower urgency,
// and the enquiry always asks about the risk to the baby (S21 COPE ◐: always ask about risk to the
// infant when assessing maternal suicide risk).

export const RISK_ENQUIRY_GROUP = 'risk-enquiry';
export const RISK_NATURE = 'risk-enquiry.nature';
export const RISK_PLAN = 'risk-enquiry.plan';
export const RISK_INTENT = 'risk-enquiry.intent';
export const RISK_MEANS = 'risk-enquiry.means';
export const RISK_PREVIOUS_ATTEMPT = 'risk-enquiry.previous-attempt';
export const RISK_HOPELESSNESS = 'risk-enquiry.hopelessness';
export const RISK_BABY = 'risk-enquiry.baby-risk';

export const HARM_THOUGHTS_GROUP = 'harm-thoughts';
export const HARM_KIND = 'harm-thoughts.kind';
export const HARM_UNUSUAL = 'harm-thoughts.unusual-beliefs';

// ---------------------------------------------------------------------------------------------
// Triggers

const item10Above0 = scoreAtLeast('epds.10', 1);
const item9Above0 = scoreAtLeast('phq-9.9', 1);
const disclosedSelfHarmThoughts = isYes('red-flags.harm-self-thoughts');
/**
 * Not sure whether thoughts of self-harm were disclosed (red-flag check follow-up, H107): the risk
 * enquiry is how it is made sure, so it is due; nothing is known yet, so no floor card (the enquiry's
 * answers set the level, as for an unsure violent self-harm item).
 */
const unsureSelfHarmDisclosure = any(
  answerIs('red-flags.harm-self-thoughts', ['unsure']),
  // Hidden by a later change to the partner's check, it still stands (as a hidden Yes does, H45).
  withdrawn(storedAnswerIs('red-flags.harm-self-thoughts', ['unsure'])),
);
/**
 * MBRRACE flag 2 (S5): new thoughts or acts of violent self-harm (its card is RF-VIOLENT-SELF-HARM).
 * "Unsure" starts the enquiry too: the enquiry is how it is made sure (clinical review of the merge).
 */
const violentSelfHarm = answerIs('red-flags.violent-self-harm', ['yes', 'unsure']);
/**
 * Item 10 / item 9 declined or not asked while the rest of the measure was answered (status
 * 'incomplete' = at least one item answered): the risk is not known and must be asked directly
 * before the parent leaves (S10). A measure declined as a whole is not a risk signal of its own.
 */
const item10Missing = all(responseMissing('epds.10'), status('epds', ['incomplete']));
const item9Missing = all(responseMissing('phq-9.9'), status('phq-9', ['incomplete']));
/**
 * The EPDS or PHQ-9 declined (or not asked) AS A WHOLE: no item answered, so the self-harm item is
 * not known either (issue 13, one "Declined (whole measure)" action; hazard H85). Sources: S10 says
 * score item 10 before the parent leaves and ask about the nature of any thoughts; it names no risk
 * signal in a refusal of the whole questionnaire, and S1 CG192 1.6.5 matches help to the level of
 * RISK, which a refusal does not show. So the SAFER-BUT-NOT-OVER-ESCALATING reading is:
 * - never "no risk": RN-EPDS-10 / RN-PHQ9-9 (below) still say "self-harm risk not known" at E0, and
 *   the outstanding item says the measure was declined as a whole and the risk is not known;
 * - the structured risk enquiry is OFFERED (suggested: shown, with the reason) so a direct question
 *   has a structured place to be recorded (clinical review 2026-12 item 2), but not made DUE: a
 *   due enquiry would force a second refusal at finish, and an E2 "GP informed" floor would need a
 *   risk signal the sources do not give (over-escalation, H40; deterred disclosure).
 */
const measureDeclinedAsWhole = any(
  all(responseMissing('epds.10'), status('epds', ['declined'])),
  all(responseMissing('phq-9.9'), status('phq-9', ['declined'])),
);

/**
 * A self-harm answer given earlier in this contact and hidden now by a later change of relevance or
 * consent (never privacy): item 10 / item 9 above 0, or a disclosed thought of self-harm. It did not
 * undo what was said, so it starts the enquiry and holds the E2 floor exactly as the visible answer
 * would (pathway 2026.5.0; H45). Until 2026.4.0 it raised a blanket E4 same-day card instead, a
 * level the visible answer never had: over-escalation (clinical review of the merge).
 */
const withdrawnSelfHarmAnswer = any(
  withdrawn(storedScoreAtLeast('epds.10', 1)),
  withdrawn(storedScoreAtLeast('phq-9.9', 1)),
  withdrawn(storedAnswerIs('red-flags.harm-self-thoughts', ['yes'])),
);
/** Thoughts of self-harm are known to be present (an answer above 0 or a disclosure, shown or hidden). */
const selfHarmThoughtsKnown = any(item10Above0, item9Above0, disclosedSelfHarmThoughts, withdrawnSelfHarmAnswer);

/** Anything that makes the structured risk enquiry due for the parent concerned. */
export const riskEnquiryTrigger: Condition = any(
  item10Above0,
  item9Above0,
  item10Missing,
  item9Missing,
  disclosedSelfHarmThoughts,
  unsureSelfHarmDisclosure,
  violentSelfHarm,
  measureDeclinedAsWhole,
  withdrawnSelfHarmAnswer,
);

// ---------------------------------------------------------------------------------------------
// The structured risk enquiry

const noYesUnsure: Option[] = [
  { id: 'no', label: 'No' },
  { id: 'yes', label: 'Yes' },
  { id: 'unsure', label: 'Not sure' },
];

const THOUGHTS_PRESENT = ['passive', 'active', 'unsure'];
const thoughtsPresentOrUnsure = answerIs(RISK_NATURE, THOUGHTS_PRESENT);

export const riskEnquiryGroup: ItemGroup = {
  kind: 'questions',
  id: RISK_ENQUIRY_GROUP,
  title: 'Self-harm risk enquiry',
  module: 'risk-check',
  subjects: ['birthing-parent', 'partner'],
  section: 'subject',
  respondent: 'practitioner',
  // A risk answer needs no screening consent: a risk to life or to the baby comes first (S27), as
  // for the partner's red-flag check (reference §2.10 tool logic 3).
  enableWhen: riskEnquiryTrigger,
  askableWhen: selfPresent,
  hiddenReason: 'Asked when thoughts of self-harm are reported, or the self-harm item is not answered',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-RISK-ENQUIRY-EPDS-10',
      when: item10Above0,
      because: 'EPDS item 10 above 0: ask about the nature of the thoughts before the parent leaves.',
      sources: ['S10', 'S1'],
    },
    {
      id: 'DUE-RISK-ENQUIRY-PHQ9-9',
      when: item9Above0,
      because: 'PHQ-9 item 9 above 0: ask about the nature of the thoughts, whatever the total.',
      sources: ['S12', 'S1'],
    },
    {
      id: 'DUE-RISK-ENQUIRY-ITEM-MISSING',
      when: any(item10Missing, item9Missing),
      because: 'The self-harm item was declined or not asked: self-harm risk is not known until asked directly.',
      sources: ['S10', 'S1'],
    },
    {
      id: 'DUE-RISK-ENQUIRY-DISCLOSED',
      when: disclosedSelfHarmThoughts,
      because: 'Thoughts of self-harm disclosed: ask about their nature and the risk.',
      sources: ['S1', 'S8'],
    },
    {
      id: 'DUE-RISK-ENQUIRY-DISCLOSURE-UNSURE',
      when: unsureSelfHarmDisclosure,
      because: 'Not sure whether thoughts of self-harm were disclosed: ask directly; the enquiry is how it is made sure.',
      sources: ['S1', 'S8'],
    },
    {
      id: 'DUE-RISK-ENQUIRY-ANSWER-HIDDEN',
      when: withdrawnSelfHarmAnswer,
      because: 'A self-harm answer given earlier in this contact is hidden now by a later change: it still stands, so ask about the risk now.',
      sources: ['S10', 'S1', 'S27'],
    },
    {
      id: 'DUE-RISK-ENQUIRY-RED-FLAG-2',
      when: violentSelfHarm,
      because: 'New thoughts or acts of violent self-harm (MBRRACE red flag): ask about the risk now.',
      sources: ['S5', 'S8'],
    },
  ],
  suggested: [
    {
      id: 'SUG-RISK-ENQUIRY-MEASURE-DECLINED',
      when: measureDeclinedAsWhole,
      because:
        'The depression measure was declined or not asked as a whole: self-harm risk is not known. Offer to ask about thoughts of self-harm directly if she is willing (not required).',
      sources: ['S10', 'S1'],
    },
  ],
  riskNotKnownUntil: {
    question: RISK_NATURE,
    ruleId: 'RN-RISK-ENQUIRY',
    text: 'Self-harm risk not known',
    sources: ['S10', 'S1'],
  },
  sources: ['S1', 'S8', 'S10'],
  questions: [
    {
      id: RISK_NATURE,
      text: 'Ask about the thoughts: what are they like?',
      wording: 'prompt',
      hint: 'Ask directly and kindly; asking about suicide does not put the idea there. "On reflection" means the answer to the item did not mean thoughts of self-harm.',
      options: [
        { id: 'none-on-reflection', label: 'None on reflection' },
        { id: 'passive', label: 'A passive wish not to be here, without thoughts of acting' },
        { id: 'active', label: 'Active thoughts of suicide or self-harm' },
        { id: 'unsure', label: 'Not sure' },
      ],
      scored: false,
      sources: ['S10', 'S8', 'S1'],
    },
    {
      id: RISK_PLAN,
      text: 'Any plan or method?',
      wording: 'prompt',
      options: noYesUnsure,
      scored: false,
      enableWhen: thoughtsPresentOrUnsure,
      hiddenReason: 'Asked when there are thoughts of not being here or of self-harm',
      sources: ['S8', 'S1'],
    },
    {
      id: RISK_INTENT,
      text: 'Any intent to act on the thoughts?',
      wording: 'prompt',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes', label: 'Yes' },
        { id: 'imminent', label: 'Yes, and means to act soon: imminent danger' },
        { id: 'unsure', label: 'Not sure' },
      ],
      scored: false,
      enableWhen: thoughtsPresentOrUnsure,
      hiddenReason: 'Asked when there are thoughts of not being here or of self-harm',
      sources: ['S8', 'S1', 'S9'],
    },
    {
      id: RISK_MEANS,
      text: 'Access to means (for example stored medicines)?',
      wording: 'prompt',
      options: noYesUnsure,
      scored: false,
      enableWhen: thoughtsPresentOrUnsure,
      hiddenReason: 'Asked when there are thoughts of not being here or of self-harm',
      sources: ['S8'],
    },
    {
      id: RISK_PREVIOUS_ATTEMPT,
      text: 'Previous self-harm or suicide attempt?',
      wording: 'prompt',
      options: noYesUnsure,
      scored: false,
      sources: ['S8', 'S1'],
    },
    {
      id: RISK_HOPELESSNESS,
      text: 'Feels hopeless about the future?',
      wording: 'prompt',
      options: noYesUnsure,
      scored: false,
      sources: ['S7', 'S8'],
    },
    {
      id: 'risk-enquiry.substance-use',
      text: 'Alcohol or drug use that worries them or you?',
      wording: 'prompt',
      options: noYesUnsure,
      scored: false,
      sources: ['S8', 'S6'],
    },
    {
      id: 'risk-enquiry.recent-loss-or-crisis',
      text: 'A recent loss or crisis (for example a bereavement, a relationship ending, child-protection proceedings)?',
      wording: 'prompt',
      options: noYesUnsure,
      scored: false,
      sources: ['S23', 'S8'],
    },
    {
      id: 'risk-enquiry.support',
      text: 'Has support, and knows where to get help if things get worse?',
      wording: 'prompt',
      options: [
        { id: 'yes', label: 'Has support and knows where to get help' },
        { id: 'partly', label: 'One of the two only' },
        { id: 'no', label: 'Neither' },
        { id: 'unsure', label: 'Not sure' },
      ],
      scored: false,
      sources: ['S1'],
    },
    {
      id: RISK_BABY,
      text: 'Risk to the baby: any thoughts of harming the baby, or other concern for the baby’s safety?',
      wording: 'prompt',
      hint: 'Always ask about the baby when assessing self-harm risk. The baby is never counted as a reason the risk is lower.',
      options: [
        { id: 'no-concern', label: 'No concern for the baby' },
        { id: 'thoughts-of-harm', label: 'Thoughts of harming the baby' },
        { id: 'other-concern', label: 'Other concern for the baby’s safety' },
        { id: 'unsure', label: 'Not sure' },
      ],
      scored: false,
      sources: ['S21', 'S8', 'S27'],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Urgency: one table, read from the enquiry

/**
 * "Previous self-harm or suicide attempt", by person: the enquiry's own item and, for the birthing
 * parent, the first-contact history's answer (issue 11), so an attempt told at booking counts in
 * today's enquiry without her being asked again (S1 1.6.5 and S8: previous self-harm is a risk
 * factor). The partner's own history has no such item, so only the enquiry counts for them.
 */
export const previousAttempt = {
  'birthing-parent': any(isYes(RISK_PREVIOUS_ATTEMPT), isYes(SELF_HARM_HISTORY_QUESTION)),
  partner: isYes(RISK_PREVIOUS_ATTEMPT),
} as const satisfies Record<'birthing-parent' | 'partner', Condition>;

/**
 * A concerning enquiry result (§3.4 E4): thoughts present (or their nature unsure) AND any of:
 * active thoughts or an unsure nature; a plan or intent (yes, unsure, or declined / not asked while
 * thoughts are present: it cannot be ruled out); a previous attempt; hopelessness.
 */
const concerningEnquiryWith = (previous: Condition): Condition => all(
  thoughtsPresentOrUnsure,
  any(
    answerIs(RISK_NATURE, ['active', 'unsure']),
    answerIs(RISK_PLAN, ['yes', 'unsure']),
    responseMissing(RISK_PLAN),
    answerIs(RISK_INTENT, ['yes', 'unsure']),
    responseMissing(RISK_INTENT),
    previous,
    isYes(RISK_HOPELESSNESS),
  ),
);

/**
 * The nature of the thoughts declined or not asked while thoughts are known to be present (item 10 /
 * item 9 above 0, or disclosed, shown or hidden): the risk cannot be assessed, and help cannot be
 * matched to an unknown level (S1 1.6.5). Pathway 2026.5.0 (H45; clinical review of the merge, and
 * the specialist review of this change). Why it was not asked decides what comes first:
 * - declined, the parent distressed, or another reason: E4, a same-day assessment (as a declined
 *   plan or intent is already concerning); its own title, so the record never says "concerning
 *   thoughts" the parent did not describe (S27: shared information must be accurate);
 * - a practical reason on our side (out of time, not private, an interpreter needed, not the right
 *   moment): E4, but the first step is to complete the enquiry the same day (privately by phone,
 *   with an interpreter, or a same-day GP), not a psychiatric assessment;
 * - already known (held in a current care plan): the E2 floor stands; inform the professionals in
 *   the care plan the same day (S1 1.6.5). No extra card.
 * When the enquiry was started only because the item itself was declined, nothing says there are
 * thoughts: the risk stays "not known" (RN-*, E0 with an outstanding item), as before.
 */
const PRACTICAL_REASONS = ['out-of-time', 'not-private', 'interpreter-needed', 'not-appropriate-now'] as const;
const natureNotAskedForPracticalReason = all(notAskedBecause(RISK_NATURE, [...PRACTICAL_REASONS]), selfHarmThoughtsKnown);
const natureDeclinedWhileThoughtsKnown = all(
  responseMissing(RISK_NATURE),
  not(notAskedBecause(RISK_NATURE, [...PRACTICAL_REASONS, 'already-known'])),
  selfHarmThoughtsKnown,
);
/**
 * The self-harm item not known (item 10 / item 9 declined or not asked, the measure declined as a
 * whole, or not sure whether thoughts of self-harm were disclosed, H107) AND the direct question then declined by the parent (declined outright; "too distressed to be asked" is not a refusal, H117;
 * not a practical reason on our side), with nothing that says there are thoughts: the risk is still
 * not known after both ways of asking. Pathway 2026.5.0 (hazard H106; specialist review of H45: "at
 * least E1 with safety-netting"). E1, not higher: a refusal is not a risk signal the sources name
 * (S10 asks that item 10 be checked and the nature of any thoughts asked; S1 CG192 1.6.5 matches help
 * to the level of RISK), and escalating a refusal would deter disclosure and teach families that
 * saying no brings referrals (H40). Not E0 either: two refusals leave the practitioner with nothing
 * but safety-netting, so the record and the handover say "watch", the parent leaves knowing where to
 * get help at any hour, and the question is offered again at an early review (the E1 rung's 2-4
 * weeks, reference §3.4 tool default).
 */
// Declined outright: a missing response that is not "not asked" for any reason. "Not asked: the
// parent was distressed" is NOT a refusal (specialist review of H106, open item 13; H117): it has
// its own card below.
const enquiryDeclinedByParent = all(
  responseMissing(RISK_NATURE),
  not(notAskedBecause(RISK_NATURE, [...PRACTICAL_REASONS, 'already-known', 'parent-distressed', 'other'])),
);
/**
 * Not asked for a practical reason on our side (out of time, not private, an interpreter needed, not
 * the right moment) or another reason: nobody declined, so the refusal card's "do not press" would be
 * false; but left at E0 "routine" the question could wait until the next scheduled contact, months
 * away (specialist review of H106). E1: agree now how and when it will be asked.
 */
const enquiryNotYetAsked = notAskedBecause(RISK_NATURE, [...PRACTICAL_REASONS, 'other']);
const selfHarmItemNotKnown = any(item10Missing, item9Missing, measureDeclinedAsWhole, unsureSelfHarmDisclosure);
export const selfHarmDeclinedTwice: Condition = all(selfHarmItemNotKnown, enquiryDeclinedByParent, not(selfHarmThoughtsKnown));
export const selfHarmNotYetAsked: Condition = all(selfHarmItemNotKnown, enquiryNotYetAsked, not(selfHarmThoughtsKnown));
/**
 * The self-harm item not known AND the direct question not asked because the parent was too
 * distressed to be asked, with nothing that says there are thoughts (pathway 2026.5.0, H117;
 * specialist review, CSO open item 13). Nobody refused, so "respect the choice and do not press"
 * would be false; and distress at the moment of asking is a reason to find out TODAY, not in 2–4
 * weeks. Level E1, not E4/E5: no source names distress alone as a red flag (the MBRRACE red flags,
 * S5 via S4, are specific) or as a concerning enquiry result (reference §3.4 E4 needs an answer);
 * CG192 1.6.5 (S1) matches help to the level of RISK, which is what is not known yet. So the card
 * asks for what finds the level the same day, with no route of its own: stay with them, ask again
 * when they are calmer before the contact ends, and, if it cannot be asked today, discuss the level
 * the same day with a senior colleague or the mental health team (a discussion, not a referral:
 * over-escalating distress would deter disclosure, H40). SIGN (S8): manage immediate risk, so "do
 * not leave them alone if you are worried" and 999 for danger now stay on the card. NICE NG225
 * (self-harm) is about people who HAVE self-harmed and is not in S1–S29; it is not cited.
 */
export const selfHarmNotAskedDistressed: Condition = all(
  selfHarmItemNotKnown,
  notAskedBecause(RISK_NATURE, ['parent-distressed']),
  not(selfHarmThoughtsKnown),
);

export const concerningEnquiry = {
  'birthing-parent': concerningEnquiryWith(previousAttempt['birthing-parent']),
  partner: concerningEnquiryWith(previousAttempt.partner),
} as const;

/** Imminent danger from the enquiry: she means to act soon (§3.4 E5). */
export const imminentFromEnquiry: Condition = answerIs(RISK_INTENT, ['imminent']);

// Shared wording.
const completeEnquiryNow =
  'Complete the self-harm risk enquiry now, before the parent leaves: ask about the nature of the thoughts.';
const supportAndHelp =
  'Check their support and whether they know where to get help; arrange help matched to the level of risk.';
const informGp =
  'Inform the GP (and the professionals named in any care plan) and arrange a review.';
const safetyPlan =
  'Make a safety plan together: warning signs, coping, people and professionals to call, crisis numbers, keeping themselves and the baby safe.';
const safetyNet = 'Advise them and their family to seek help at once if things get worse (GP, NHS 111, A&E, 999).';
/** The specialist-reviewed line of RN-SELF-HARM-DECLINED-TWICE (H106), shared by the RN-* cards (H111). */
// Specialist review (H111): the cards show no numbers themselves, so the line says where they are.
const crisisNumbers =
  "Check their support and whether they know where to get help at any hour; give the crisis numbers (listed in the family copy under 'Help at any time of day or night').";
/** The "risk not known" prompts' line (H111): words for any parent, since a declined measure is not a risk signal. */
const helpAtAnyHour =
  "Make sure they know where to get help at any hour if they ever feel worse, as you would for any parent (the numbers are in the family copy under 'Help at any time of day or night').";
const askIfWilling = 'If they are willing, ask directly and kindly about thoughts of self-harm with the risk enquiry before they leave, and record the answer.';
const askAboutBaby = 'Ask about risk to the baby.';
const notLeftAlone =
  'Do not leave them alone: an adult stays with them and the baby until they are assessed. Call 999 if there is danger now.';
const recordWhatAndWho = [
  'What was said, in their words, and the risk enquiry.',
  'Who you contacted, when, and what was agreed.',
  'The safety plan.',
];

// Adult routes for a partner: partners are adults for adult services. The specialist perinatal
// team (O6), the Maternal Mental Health Service (O7) and mother and baby units (O8) see the birthing
// parent only (reference §4.1; S14: partners of women in specialist care get a check and
// signposting, not the team's own assessment). Urgent help for a partner is the GP the same day,
// the adult crisis or home treatment team, NHS 111 (mental health option where the area has one),
// A&E, or 999 (O9 and O5; S9 and S6 routes; S1).
const sameDayBirthingParent =
  'Arrange a same-day senior psychiatric assessment through the specialist perinatal mental health team or the crisis team.';
// "Offer and help arrange": an assessment cannot be arranged for an adult with capacity who refuses
// (specialist review of pathway 2026.5.0); crisis numbers and safety-netting go with it.
const sameDayPartner =
  'Offer, and help arrange, a same-day mental health assessment through adult services: the GP the same day, or the adult crisis or home treatment team; otherwise NHS 111 (mental health option where available) or A&E. Give crisis numbers either way.';

const floorRule = (id: string, when: Condition, title: string, sources: FlagRule['sources']): FlagRule => ({
  id,
  kind: 'item-risk',
  subjects: ['birthing-parent', 'partner'],
  when,
  level: 'E2',
  title,
  doNow: [completeEnquiryNow, supportAndHelp, informGp, safetyPlan, safetyNet, askAboutBaby],
  routes: ['O5'],
  record: ['The answer and the risk enquiry in their words.', ...recordWhatAndWho.slice(1)],
  timeframe: 'Enquiry before the parent leaves; GP informed',
  sources,
});

export const selfHarmFlagRules: FlagRule[] = [
  // Layer 1: the trigger alone. E2 "GP informed" is the floor (S1 1.6.5), and the card asks for the
  // enquiry now; it is NOT a same-day psychiatric assessment (clinical review 2026-12 item 1).
  // The floor card for item 10 / item 9 also lists a ticked disclosure among the answers that raised
  // it (any() keeps the keys of every part that holds), so the one card traces both answers.
  floorRule('IR-EPDS-10', any(item10Above0, all(item10Above0, disclosedSelfHarmThoughts)), 'EPDS item 10 above 0: thoughts of self-harm', ['S10', 'S1', 'S8']),
  floorRule('IR-PHQ9-9', any(item9Above0, all(item9Above0, disclosedSelfHarmThoughts)), 'PHQ-9 item 9 above 0: thoughts of being better off dead or of self-harm', ['S12', 'S1', 'S8']),
  // Not beside IR-EPDS-10 / IR-PHQ9-9: item 10 or 9 above 0 already raises the check's "disclosed"
  // item (red-flags.ts alsoRaisedBy), and ticking it as well must not give a second card.
  floorRule('IR-DISCLOSED-SELF-HARM', all(disclosedSelfHarmThoughts, not(any(item10Above0, item9Above0))), 'Disclosed thoughts of self-harm', ['S1', 'S8']),
  {
    // Passive thoughts (or more) found by the enquiry itself when no floor flag is raised yet (after
    // a declined item 10, or MBRRACE flag 2): the same floor, so the outcome never drops below "GP
    // informed" once a risk answer is above 0. Not raised beside another floor flag: one card, not two.
    ...floorRule('IR-ENQUIRY-THOUGHTS', all(thoughtsPresentOrUnsure, not(selfHarmThoughtsKnown)), 'Risk enquiry: thoughts of not wanting to be here or of self-harm', ['S1', 'S8']),
    doNow: [supportAndHelp, informGp, safetyPlan, safetyNet, askAboutBaby],
    timeframe: 'GP informed; review arranged',
  },
  {
    // A self-harm answer hidden by a later change (relevance or consent): the same floor as the
    // visible answer, naming the hidden answer (Flag.hiddenAnswers), and the enquiry made due above.
    // Only when no visible answer holds a floor card already: one card for one finding.
    ...floorRule(
      'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM',
      all(withdrawnSelfHarmAnswer, not(any(item10Above0, item9Above0, disclosedSelfHarmThoughts))),
      'A self-harm answer given earlier in this contact is now hidden by a later change: act on it as given',
      ['S10', 'S1', 'S27'],
    ),
    doNow: [
      'A later change hid the question of a self-harm answer given earlier in this contact; it did not undo what was said. Act on the answer as it was given (it is listed with this card).',
      'If the change followed worry about what happens next, explain what will be shared and with whom, and that a mental health difficulty alone does not mean a baby is removed.',
      completeEnquiryNow,
      supportAndHelp,
      // Consent may just have been withdrawn: share with consent, or without it only where the
      // risk justifies it, and record the decision either way (S27, S15, §4.3).
      'Seek consent to inform the GP; share without consent only where the risk justifies it, and record the decision and the reasons either way.',
      safetyPlan,
      safetyNet,
      askAboutBaby,
      'If the answer was recorded by mistake, correct that answer itself (open its question again); otherwise record why the later answer changed.',
    ],
    record: ['The answer as it was given, and why the later answer changed.', 'The risk enquiry in their words.', ...recordWhatAndWho.slice(1)],
  },
  // Layer 3: a concerning result (E4) and imminent danger (E5), by person.
  {
    id: 'IR-ENQUIRY-CONCERNING',
    kind: 'item-risk',
    subjects: ['birthing-parent'],
    when: concerningEnquiry['birthing-parent'],
    level: 'E4',
    title: 'Risk enquiry: concerning thoughts of suicide or self-harm',
    doNow: [sameDayBirthingParent, safetyPlan, askAboutBaby, 'Do not leave her alone if she is unsafe; call 999 if there is danger now.', informGp, safetyNet],
    routes: ['O6', 'O9', 'O5'],
    record: recordWhatAndWho,
    timeframe: 'Same day',
    sources: ['S1', 'S8', 'S10'],
  },
  {
    id: 'IR-ENQUIRY-CONCERNING-PARTNER',
    kind: 'item-risk',
    subjects: ['partner'],
    when: concerningEnquiry.partner,
    level: 'E4',
    title: 'Risk enquiry: concerning thoughts of suicide or self-harm (partner: adult services)',
    doNow: [sameDayPartner, safetyPlan, askAboutBaby, 'Do not leave them alone if they are unsafe; call 999 if there is danger now.', informGp, safetyNet],
    routes: ['O9', 'O5'],
    record: recordWhatAndWho,
    timeframe: 'Same day',
    sources: ['S1', 'S8', 'S9', 'S14'],
  },
  {
    id: 'IR-ENQUIRY-NATURE-DECLINED',
    kind: 'item-risk',
    subjects: ['birthing-parent'],
    when: natureDeclinedWhileThoughtsKnown,
    level: 'E4',
    title: 'Thoughts of self-harm reported; what they are like was declined or not asked: the risk cannot be assessed',
    doNow: [sameDayBirthingParent, safetyPlan, askAboutBaby, 'Do not leave her alone if she is unsafe; call 999 if there is danger now.', informGp, safetyNet],
    routes: ['O6', 'O9', 'O5'],
    record: ['That thoughts of self-harm were reported and the enquiry into them was declined or not asked, and why.', ...recordWhatAndWho.slice(1)],
    timeframe: 'Same day',
    sources: ['S1', 'S8', 'S10', 'S27'],
  },
  {
    id: 'IR-ENQUIRY-NATURE-DECLINED-PARTNER',
    kind: 'item-risk',
    subjects: ['partner'],
    when: natureDeclinedWhileThoughtsKnown,
    level: 'E4',
    title: 'Thoughts of self-harm reported; what they are like was declined or not asked: the risk cannot be assessed (partner: adult services)',
    doNow: [sameDayPartner, safetyPlan, askAboutBaby, 'Do not leave them alone if they are unsafe; call 999 if there is danger now.', 'Seek consent to inform their GP; share without consent only where the risk justifies it, and record the decision and the reasons either way.', safetyNet],
    routes: ['O9', 'O5'],
    record: ['That thoughts of self-harm were reported and the enquiry into them was declined or not asked, and why.', ...recordWhatAndWho.slice(1)],
    timeframe: 'Same day',
    sources: ['S1', 'S8', 'S10', 'S27', 'S15'],
  },
  {
    // Not asked for a practical reason on our side: finish the enquiry today, by another way.
    id: 'IR-ENQUIRY-NATURE-NOT-YET-ASKED',
    kind: 'item-risk',
    subjects: ['birthing-parent', 'partner'],
    when: natureNotAskedForPracticalReason,
    level: 'E4',
    title: 'Thoughts of self-harm reported; the risk enquiry could not be completed here: complete it today',
    doNow: [
      'Complete the risk enquiry today by another way: privately by phone, with a professional interpreter, or at a same-day GP appointment.',
      'If it cannot be completed today, or anything suggests danger, arrange a same-day mental health assessment; call 999 if there is danger now.',
      supportAndHelp,
      safetyPlan,
      safetyNet,
    ],
    routes: ['O5', 'O9'],
    record: ['Why the enquiry could not be completed here, and how and when it was completed.', ...recordWhatAndWho.slice(1)],
    timeframe: 'Same day',
    sources: ['S1', 'S10', 'S8'],
  },
  {
    id: 'IR-ENQUIRY-IMMINENT',
    kind: 'item-risk',
    subjects: ['birthing-parent'],
    when: imminentFromEnquiry,
    level: 'E5',
    title: 'Risk enquiry: means to act soon (imminent danger)',
    doNow: [notLeftAlone, 'Call 999, or the crisis team if it can respond now; keep the baby safe.', 'Then inform the GP and the specialist perinatal team.'],
    routes: ['O9', 'O6'],
    record: recordWhatAndWho,
    timeframe: 'Immediately',
    sources: ['S9', 'S6', 'S8'],
  },
  {
    id: 'IR-ENQUIRY-IMMINENT-PARTNER',
    kind: 'item-risk',
    subjects: ['partner'],
    when: imminentFromEnquiry,
    level: 'E5',
    title: 'Risk enquiry: means to act soon (imminent danger; partner: adult services)',
    doNow: [notLeftAlone, 'Call 999, or the adult crisis team if it can respond now; keep the baby safe.', 'Then inform the partner’s GP.'],
    routes: ['O9', 'O5'],
    record: recordWhatAndWho,
    timeframe: 'Immediately',
    sources: ['S9', 'S6', 'S8'],
  },
  {
    id: 'RN-SELF-HARM-DECLINED-TWICE',
    kind: 'risk-not-known',
    subjects: ['birthing-parent', 'partner'],
    when: selfHarmDeclinedTwice,
    level: 'E1',
    title: 'Self-harm risk still not known: the direct question was declined',
    doNow: [
      'Respect the choice and do not press. Say it is a question you ask every parent, that you will ask again, and that they can raise it with you or their GP at any time. If it helps, say what would happen with an answer: having thoughts like these does not by itself mean a baby is taken away.',
      'If someone else was in the room, offer a private chance to answer (another visit or a phone call).',
      crisisNumbers,
      'Advise them, and with their agreement someone close to them, to seek help at once if things get worse (GP, NHS 111, A&E, 999).',
      'A refusal is not a finding, but what you see still counts: if their distress, hopelessness, a change from their usual self or the baby’s care worries you, act on that and raise the level.',
      'Ask whether they would like their GP to know, so the GP can follow up; share only with their agreement, and record it.',
      'Offer an early review and ask again then: at your next visit, and within 2–4 weeks at the latest. If your care ends before then, hand it over.',
    ],
    routes: [],
    record: [
      'That the self-harm question was not answered (or was unclear) and the direct question was declined, and any reason given.',
      'The help and crisis numbers given, the GP decision, and when you will ask again.',
    ],
    timeframe: 'Before the parent leaves; ask again within 2–4 weeks at the latest',
    sources: ['S10', 'S1', 'S15'],
  },
  {
    // Too distressed to be asked (H117; see selfHarmNotAskedDistressed for the level and sources).
    // Its own outstanding and handover item: OS-SELF-HARM-NOT-ASKED-DISTRESSED (outstanding.ts).
    id: 'RN-SELF-HARM-NOT-ASKED-DISTRESSED',
    kind: 'risk-not-known',
    subjects: ['birthing-parent', 'partner'],
    when: selfHarmNotAskedDistressed,
    level: 'E1',
    title: 'Self-harm risk not known: the parent was too distressed to be asked',
    doNow: [
      'Their distress is not a refusal. Stay with them and give them time; do not leave them alone if you are worried about their safety (call 999 if there is danger now).',
      'When they are calmer, ask again, gently, before you leave: say it is a question you ask every parent.',
      'If it cannot be asked before you leave, discuss the level of risk today with a senior colleague or the mental health team (the specialist perinatal team for the birthing parent, adult services for a partner), and record what was agreed.',
      crisisNumbers,
      'Advise them, and with their agreement someone close to them, to seek help at once if things get worse (GP, NHS 111, A&E, 999).',
      'What you see still counts: if their distress, hopelessness or a change from their usual self worries you (or, where a baby is in their care, the baby’s care), act on that and raise the level.',
    ],
    routes: [],
    record: [
      'That the self-harm question could not be asked because the parent was too distressed, and what you saw.',
      'Whether it was asked again before you left and what was found; if not, who you discussed it with today and what was agreed.',
      'The help and crisis numbers given.',
    ],
    timeframe: 'Ask again before you leave; if it cannot be asked, discuss it today',
    sources: ['S1', 'S8', 'S10'],
  },
  {
    // "Not sure" whether thoughts of self-harm were disclosed (H107), until the enquiry is answered,
    // declined or not asked: a prompt to ask now, as RF-UNSURE is for the MBRRACE items (E1), so the
    // record never reads "no red flags" while it is open.
    id: 'RN-SELF-HARM-DISCLOSURE-UNSURE',
    kind: 'risk-not-known',
    subjects: ['birthing-parent', 'partner'],
    when: all(unsureSelfHarmDisclosure, not(answerIs(RISK_NATURE, ['none-on-reflection', 'passive', 'active', 'unsure'])), not(responseMissing(RISK_NATURE)), not(selfHarmThoughtsKnown)),
    level: 'E1',
    title: 'Not sure whether thoughts of self-harm were disclosed: ask directly now',
    doNow: [
      'Ask directly and kindly with the risk enquiry before they leave: asking about suicide does not put the idea there.',
      'If they are not in the room now, agree how and when you will ask today (privately by phone, or at a same-day GP appointment).',
      safetyNet,
    ],
    routes: [],
    record: ['What was said or seen that made you unsure, and what the direct question found.'],
    timeframe: 'Before they leave',
    sources: ['S1', 'S8'],
  },
  {
    // Nobody declined: the direct question could not be asked here (specialist review of H106).
    id: 'RN-SELF-HARM-NOT-YET-ASKED',
    kind: 'risk-not-known',
    subjects: ['birthing-parent', 'partner'],
    when: selfHarmNotYetAsked,
    level: 'E1',
    title: 'Self-harm risk not known: the direct question could not be asked here',
    doNow: [
      'Nobody declined. Agree with them now how and when you will ask: privately by phone, or with a professional interpreter (never a family member). Do it as soon as it can be done.',
      'Check their support and that they know where to get help at any hour; give the crisis numbers.',
      safetyNet,
      'If it was a possible disclosure ("Not sure"), complete the enquiry today.',
    ],
    routes: [],
    record: ['Why the direct question could not be asked here, and how and when it will be asked.'],
    timeframe: 'Agree how and when before they leave; at the latest at an early review (2–4 weeks)',
    sources: ['S10', 'S1', 'S20'],
  },
  // Unknown is never 0 (reference §1.7: score item 10 before the parent leaves). These stay at E0
  // with no route; the enquiry they make due is what finds the level, and while it is not done the
  // contact cannot be finished without a recorded reason (minimal-finish.ts finishNeedsReason).
  // Crisis numbers (pathway 2026.5.0, H111): when the measure is declined AS A WHOLE the direct
  // question is only offered (H85), so RN-SELF-HARM-DECLINED-TWICE, whose card gives the crisis
  // numbers, may never follow, and this E0 card is all the practitioner sees. CG192 1.6.5 (S1,
  // paraphrased in reference §3.3) asks to check support and that she knows where to get help where
  // there is a risk of self-harm; applying it while the risk is NOT KNOWN is this tool's own reading
  // (◐, the safer one), worded as for any parent (specialist review: a declined measure is not a
  // risk signal). Words only: no level, no route, no referral (H40, H85). Also for the item alone declined or not asked, where the
  // direct question follows: the line costs nothing there and the parent may still leave first.
  {
    id: 'RN-EPDS-10',
    kind: 'risk-not-known',
    subjects: ['birthing-parent', 'partner'],
    when: responseMissing('epds.10'),
    level: 'E0',
    title: 'EPDS item 10 not answered: self-harm risk not known',
    doNow: [askIfWilling, helpAtAnyHour],
    routes: [],
    record: ['That item 10 was not answered, why, and what the direct enquiry found.'],
    timeframe: 'Before the parent leaves',
    sources: ['S10', 'S1'],
  },
  {
    id: 'RN-PHQ9-9',
    kind: 'risk-not-known',
    subjects: ['birthing-parent', 'partner'],
    when: responseMissing('phq-9.9'),
    level: 'E0',
    title: 'PHQ-9 item 9 not answered: self-harm risk not known',
    doNow: [askIfWilling, helpAtAnyHour],
    routes: [],
    record: ['That item 9 was not answered, why, and what the direct enquiry found.'],
    timeframe: 'Before the parent leaves',
    sources: ['S12', 'S1'],
  },
];

export const selfHarmRecommendationRules: RecommendationRule[] = [
  {
    // "Other concern for the baby's safety" in the enquiry: a judgement for local safeguarding
    // procedures, offered for consideration (it does not raise the level by itself).
    id: 'REC-RISK-ENQUIRY-BABY-CONCERN',
    subjects: ['birthing-parent', 'partner'],
    when: answerIs(RISK_BABY, ['other-concern']),
    outcomes: [{ code: 'O10', strength: 'consider' }],
    level: 'E2',
    because: 'A concern for the baby’s safety was raised in the risk enquiry: consider local safeguarding procedures.',
    sources: ['S27', 'S21'],
  },
];

// ---------------------------------------------------------------------------------------------
// Thoughts of harming the baby (issue 10 item 5; clinical review 2026-12 item 4)
//
// Intrusive thoughts of harm are common in new parents and are unwanted, distressing and avoided;
// people with perinatal OCD do not act on them (PATH perinatal OCD page, the same professional site
// as S4; BMJ 2019;367:l6574; seed 004 §2.7 names OCD among perinatal anxiety disorders). NICE CG31
// (OCD) is not in S1-S29: the Talking Therapies route is cited through S1, S4 and S24 instead.
// Treating them as intent deters disclosure (seed 004 §3.4: fear of child-protection investigation)
// and causes harmful safeguarding referrals. Thoughts that are wished or intended, or that come
// with unusual beliefs or perceptions (possible psychosis), are different and urgent (§3.4 E4/E5,
// S27). Until the enquiry is done the trigger stays at E2 "complete the enquiry now": not automatic
// E4 plus safeguarding.

/** Thoughts of harming the baby disclosed (the check's item, or the risk enquiry's baby item). */
const harmDisclosed: Condition = any(
  isYes('red-flags.harm-baby-thoughts'),
  answerIs(RISK_BABY, ['thoughts-of-harm']),
  // Hidden by a later change, the disclosure still stands: ask how the thoughts are experienced, as
  // for the visible answer (pathway 2026.5.0; H45). Until 2026.4.0 it raised E4 with safeguarding.
  withdrawn(storedAnswerIs('red-flags.harm-baby-thoughts', ['yes'])),
);
/**
 * POSSIBLE thoughts of harming the baby: a "Not sure" (the check's item, H107, or the risk enquiry's
 * baby item), shown or hidden by a later change, with nothing disclosed. Asking is how it is made
 * sure, so the follow-up is due; but the record must not say "disclosed" (S27: shared information
 * must be accurate), asking may find none ("none on asking" closes it), and two uncertain answers
 * are discussed today with safeguarding to CONSIDER, not an intent card with safeguarding
 * recommended (specialist review of H107).
 */
const harmPossible: Condition = all(
  any(
    answerIs('red-flags.harm-baby-thoughts', ['unsure']),
    answerIs(RISK_BABY, ['unsure']),
    withdrawn(storedAnswerIs('red-flags.harm-baby-thoughts', ['unsure'])),
  ),
  not(harmDisclosed),
);
const harmThoughtsTrigger: Condition = any(harmDisclosed, harmPossible);

export const harmThoughtsGroup: ItemGroup = {
  kind: 'questions',
  id: HARM_THOUGHTS_GROUP,
  title: 'Thoughts of harming the baby',
  module: 'risk-check',
  subjects: ['birthing-parent', 'partner'],
  section: 'subject',
  respondent: 'practitioner',
  enableWhen: harmThoughtsTrigger,
  askableWhen: selfPresent,
  hiddenReason: 'Asked when thoughts of harming the baby are disclosed',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-HARM-THOUGHTS',
      when: harmThoughtsTrigger,
      because: 'Thoughts of harming the baby disclosed: ask how they are experienced before deciding what to do.',
      sources: ['S4', 'S27', 'S8'],
    },
  ],
  suggested: [],
  sources: ['S4', 'S27', 'S8', 'S9'],
  questions: [
    {
      id: HARM_KIND,
      text: 'How are the thoughts experienced?',
      wording: 'prompt',
      hint: 'Many new parents have unwanted thoughts of harm coming to the baby. Say that it is common and that telling you is the right thing to do.',
      options: [
        { id: 'intrusive', label: 'Unwanted, distressing, and avoided (intrusive)' },
        { id: 'wished-or-intended', label: 'Wished or intended' },
        { id: 'unsure', label: 'Not sure' },
        // After a "Not sure" only does this close the follow-up (H107); after a disclosure the card
        // stays and asks for the first answer to be corrected if it was recorded by mistake.
        { id: 'none-on-asking', label: 'No thoughts of harming the baby, on asking' },
      ],
      scored: false,
      sources: ['S4', 'S8'],
    },
    {
      id: HARM_UNUSUAL,
      text: 'Do they come with unusual beliefs or perceptions (for example that the baby is evil or must be saved, or voices)?',
      wording: 'prompt',
      options: noYesUnsure,
      scored: false,
      sources: ['S9', 'S4'],
    },
  ],
};

// Each outcome below also reads the disclosure itself (harmThoughtsTrigger), so its card traces the
// answer that started the follow-up as well as the follow-up's own (H34-e: no risk answer untraced).
/** Intrusive thoughts with no intent and no unusual beliefs or perceptions (both answered). */
export const intrusiveWithoutIntent: Condition = all(harmThoughtsTrigger, answerIs(HARM_KIND, ['intrusive']), answerIs(HARM_UNUSUAL, ['no']));
/**
 * Wished or intended thoughts, or (after a disclosure) not sure which: urgent, with safeguarding under
 * local procedures. After a "Not sure" trigger, a second "Not sure" is harmPossibleNotClarified.
 */
export const harmIntentOrUnsure: Condition = all(
  harmThoughtsTrigger,
  any(answerIs(HARM_KIND, ['wished-or-intended']), all(harmDisclosed, answerIs(HARM_KIND, ['unsure']))),
);
/** Unusual beliefs or perceptions with the thoughts: possible psychosis, an emergency (§3.2, §3.4 E5). */
export const harmWithPsychoticFeatures: Condition = all(harmThoughtsTrigger, answerIs(HARM_UNUSUAL, ['yes', 'unsure']));
/**
 * The disclosure not explored: how the thoughts are experienced declined or not asked, or "intrusive"
 * with the unusual-beliefs question declined or not asked. Until 2026.4.0 this stayed at the E2
 * disclosure card for good; the specialist review of 2026.5.0 found it under-escalated: §3.4 puts
 * thoughts of harming the baby at E4 and only thoughts shown to be intrusive are carved out (review
 * item 4); a child's protection comes before privacy (S27). E4, with safeguarding to CONSIDER.
 */
export const harmNotExplored: Condition = all(
  harmDisclosed,
  any(responseMissing(HARM_KIND), all(answerIs(HARM_KIND, ['intrusive']), responseMissing(HARM_UNUSUAL))),
  not(any(harmIntentOrUnsure, harmWithPsychoticFeatures)),
);

/**
 * Possible thoughts (a "Not sure") that asking did not clarify: how they are experienced "not sure",
 * declined or not asked, or "intrusive" with the unusual-beliefs question unanswered (H107). E4,
 * discussed today, safeguarding to consider (S27, S8).
 */
export const harmPossibleNotClarified: Condition = all(
  harmPossible,
  any(
    answerIs(HARM_KIND, ['unsure']),
    responseMissing(HARM_KIND),
    all(answerIs(HARM_KIND, ['intrusive']), responseMissing(HARM_UNUSUAL)),
  ),
  not(any(harmIntentOrUnsure, harmWithPsychoticFeatures)),
);
const harmNoneOnAsking = answerIs(HARM_KIND, ['none-on-asking']);

const babySafeNow =
  'Make sure the baby is safe now; follow local safeguarding procedures (a child’s protection from harm takes priority over privacy).';

const possibleNotClarifiedRecord = [
  'That it was not clear whether thoughts of harming the baby were disclosed, what was said or seen, and what asking found.',
  'Who you contacted, when, and what was agreed.',
  'The information-sharing decision and the reasons, whether you share or not.',
];

export const harmThoughtsFlagRules: FlagRule[] = [
  {
    // The disclosure alone, until the follow-up says what the thoughts are: E2 "GP informed", and
    // ask how they are experienced now. Kind 'safeguarding' (a risk to the baby not yet explored):
    // a partner's copy is shared into the family summary for safety (S27), but it routes to no
    // safeguarding referral by itself. Once the follow-up is answered, its own rule takes over.
    id: 'IR-DISCLOSED-HARM-TO-BABY',
    kind: 'safeguarding',
    subjects: ['birthing-parent', 'partner'],
    // Until one of the three outcomes below holds (not merely until the first follow-up is
    // answered): "intrusive" with the unusual-beliefs question blank or declined keeps this card.
    when: all(harmDisclosed, not(any(intrusiveWithoutIntent, harmIntentOrUnsure, harmWithPsychoticFeatures, harmNotExplored))),
    level: 'E2',
    title: 'Thoughts of harming the baby disclosed: ask how they are experienced',
    doNow: [
      'Ask now, before the parent leaves, whether the thoughts are unwanted and avoided, or wished or intended, and whether they come with unusual beliefs or perceptions.',
      'If you believe the baby is in danger now, act on it: call 999 and follow local safeguarding procedures.',
      informGp,
      'If the first answer was recorded by mistake, correct it and say why.',
    ],
    routes: ['O5'],
    record: ['What was said, in their words, and the answers to the follow-up questions.', 'Who you contacted, when, and what was agreed.'],
    timeframe: 'Before the parent leaves',
    neutralOnScreen: true,
    sources: ['S8', 'S27', 'S1', 'S4'],
  },
  {
    // A "Not sure" (H107): ask now; the record says "possible", never "disclosed".
    id: 'IR-POSSIBLE-HARM-TO-BABY',
    kind: 'item-risk',
    subjects: ['birthing-parent', 'partner'],
    when: all(harmPossible, not(any(harmNoneOnAsking, intrusiveWithoutIntent, harmIntentOrUnsure, harmWithPsychoticFeatures, harmPossibleNotClarified))),
    level: 'E2',
    title: 'Possible thoughts of harming the baby (not sure): ask about them now',
    doNow: [
      'Something said or seen might mean thoughts of harming the baby. Ask now, kindly: many new parents have unwanted thoughts of harm coming to the baby. If there are none, record that.',
      'If you believe the baby is in danger now, act on it: call 999 and follow local safeguarding procedures.',
    ],
    routes: ['O5'],
    record: ['What was said or seen that made you unsure, and what asking found.'],
    timeframe: 'Before the parent leaves',
    neutralOnScreen: true,
    sources: ['S8', 'S27', 'S4'],
  },
  {
    id: 'IR-POSSIBLE-HARM-NOT-CLARIFIED',
    kind: 'safeguarding',
    subjects: ['birthing-parent'],
    when: harmPossibleNotClarified,
    level: 'E4',
    title: 'Possible thoughts of harming the baby could not be clarified: discuss today',
    doNow: [
      'Make sure the baby is safe now.',
      'Discuss her today with the specialist perinatal mental health team and agree who assesses her and when.',
      'Consider local safeguarding procedures, and record the information-sharing decision and the reasons, whether you share or not.',
      'Call 999 if there is danger now.',
    ],
    routes: ['O6', 'O9', 'O5'],
    record: possibleNotClarifiedRecord,
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S8', 'S27', 'S4', 'S1'],
  },
  {
    id: 'IR-POSSIBLE-HARM-NOT-CLARIFIED-PARTNER',
    kind: 'safeguarding',
    subjects: ['partner'],
    when: harmPossibleNotClarified,
    level: 'E4',
    title: 'Possible thoughts of harming the baby could not be clarified: discuss today (partner: adult services)',
    doNow: [
      'Make sure the baby is safe now.',
      'Discuss them today with their GP or the adult crisis team and agree who assesses them and when.',
      'Consider local safeguarding procedures, and record the information-sharing decision and the reasons, whether you share or not.',
      'Call 999 if there is danger now.',
    ],
    routes: ['O9', 'O5'],
    record: possibleNotClarifiedRecord,
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S8', 'S27', 'S1', 'S15'],
  },
  {
    id: 'IR-HARM-THOUGHTS-INTRUSIVE',
    kind: 'item-risk',
    subjects: ['birthing-parent', 'partner'],
    when: intrusiveWithoutIntent,
    level: 'E2',
    title: 'Intrusive, unwanted thoughts of harm to the baby, without intent',
    doNow: [
      'Reassure: unwanted, distressing thoughts that are avoided are common and are not a wish to act; telling you was right.',
      'Offer NHS Talking Therapies (self-referral; possible perinatal OCD) and inform the GP.',
      'No safeguarding referral is needed for intrusive thoughts alone; use your judgement and local procedures if anything else worries you.',
      safetyNet,
    ],
    routes: ['O5', 'O4'],
    record: ['That the thoughts are intrusive (unwanted, distressing, avoided), with no intent and no unusual beliefs or perceptions, in their words.', 'What was offered and agreed.'],
    timeframe: 'GP informed; Talking Therapies offered',
    neutralOnScreen: true,
    sources: ['S4', 'S1', 'S24'],
  },
  {
    id: 'IR-HARM-THOUGHTS-INTENT',
    kind: 'safeguarding',
    subjects: ['birthing-parent'],
    when: harmIntentOrUnsure,
    level: 'E4',
    title: 'Thoughts of harming the baby that are wished or intended, or not clearly unwanted',
    doNow: [babySafeNow, sameDayBirthingParent, notLeftAlone, informGp],
    routes: ['O6', 'O9', 'O10'],
    record: [...recordWhatAndWho.slice(0, 2), 'The information-sharing decision and the reasons, whether you share or not.'],
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S8', 'S27', 'S1'],
  },
  {
    id: 'IR-HARM-THOUGHTS-INTENT-PARTNER',
    kind: 'safeguarding',
    subjects: ['partner'],
    when: harmIntentOrUnsure,
    level: 'E4',
    title: 'Thoughts of harming the baby that are wished or intended, or not clearly unwanted (partner: adult services)',
    doNow: [babySafeNow, sameDayPartner, notLeftAlone, informGp],
    routes: ['O9', 'O5', 'O10'],
    record: [...recordWhatAndWho.slice(0, 2), 'The information-sharing decision and the reasons, whether you share or not.'],
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S8', 'S27', 'S1'],
  },
  {
    id: 'IR-HARM-THOUGHTS-NOT-EXPLORED',
    kind: 'safeguarding',
    subjects: ['birthing-parent', 'partner'],
    when: harmNotExplored,
    level: 'E4',
    title: 'Thoughts of harming the baby disclosed; how they are experienced was declined or not asked: the risk to the baby cannot be assessed',
    doNow: [
      'Make sure the baby is safe now.',
      'Consider local safeguarding procedures, and record the information-sharing decision and the reasons, whether you share or not.',
      'Offer, and help arrange, a same-day mental health assessment (the GP the same day, or the crisis team); call 999 if there is danger now.',
      informGp,
      safetyNet,
    ],
    routes: ['O9', 'O5'],
    record: ['What was said, in their words, and that the follow-up questions were declined or not asked, and why.', 'Who you contacted, when, and what was agreed.', 'The information-sharing decision and the reasons, whether you share or not.'],
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S8', 'S27', 'S1', 'S4'],
  },
  {
    id: 'IR-HARM-THOUGHTS-PSYCHOTIC',
    kind: 'safeguarding',
    subjects: ['birthing-parent', 'partner'],
    when: harmWithPsychoticFeatures,
    level: 'E5',
    title: 'Thoughts of harming the baby with unusual beliefs or perceptions: possible psychosis, an emergency',
    doNow: [
      notLeftAlone,
      'Specialist or crisis assessment within 4 hours; call 999 if there is danger now.',
      babySafeNow,
    ],
    routes: ['O9', 'O10'],
    record: [...recordWhatAndWho.slice(0, 2), 'Who stays with them and the baby.', 'The information-sharing decision and the reasons.'],
    timeframe: 'Within 4 hours; immediately (999) if danger',
    neutralOnScreen: true,
    sources: ['S9', 'S4', 'S6', 'S27'],
  },
];

// ---------------------------------------------------------------------------------------------
// An enquiry answer given, then hidden by a later change (the trigger corrected or withdrawn): act
// on it as given, as for every other risk answer (red-flags.ts IR-RISK-ANSWER-WITHDRAWN, H34).
// The level follows the same table: thoughts alone E2; a concerning result E4 (by person).

const given = (question: string, options: string[]) => withdrawn(storedAnswerIs(question, options));
const givenThoughts = given(RISK_NATURE, THOUGHTS_PRESENT);
const givenConcerning: Condition = any(
  given(RISK_NATURE, ['active', 'unsure']),
  all(
    givenThoughts,
    any(
      given(RISK_PLAN, ['yes', 'unsure']),
      given(RISK_INTENT, ['yes', 'imminent', 'unsure']),
      given(RISK_PREVIOUS_ATTEMPT, ['yes']),
      given(RISK_HOPELESSNESS, ['yes']),
    ),
  ),
  given(HARM_KIND, ['wished-or-intended', 'unsure']),
  given(HARM_UNUSUAL, ['yes', 'unsure']),
);
const actAsGiven =
  'A later change hid the risk enquiry after it was answered; it did not undo what was said. Act on the answers as given (listed with this card). If the trigger was recorded by mistake, correct it and say why.';

export const withdrawnEnquiryRules: FlagRule[] = [
  {
    id: 'IR-RISK-ENQUIRY-WITHDRAWN',
    kind: 'item-risk',
    subjects: ['birthing-parent', 'partner'],
    when: any(givenThoughts, given(HARM_KIND, ['intrusive']), given(RISK_BABY, ['thoughts-of-harm', 'unsure'])),
    level: 'E2',
    title: 'A risk enquiry answer given earlier in this contact is now hidden by a later change: act on it as given',
    doNow: [actAsGiven, supportAndHelp, informGp, safetyPlan, safetyNet],
    routes: ['O5'],
    record: ['The answers as given, and why the later answer changed.', 'Who you contacted, when, and what was agreed.'],
    timeframe: 'GP informed; review arranged',
    sources: ['S1', 'S10', 'S27'],
  },
  {
    id: 'IR-RISK-ENQUIRY-WITHDRAWN-URGENT',
    kind: 'item-risk',
    subjects: ['birthing-parent'],
    when: givenConcerning,
    level: 'E4',
    title: 'A concerning risk enquiry answer given earlier in this contact is now hidden by a later change: act on it as given',
    doNow: [actAsGiven, sameDayBirthingParent, babySafeNow, safetyPlan, informGp],
    routes: ['O6', 'O9', 'O5'],
    record: ['The answers as given, and why the later answer changed.', 'Who you contacted, when, and what was agreed.'],
    timeframe: 'Same day',
    sources: ['S1', 'S8', 'S27'],
  },
  {
    id: 'IR-RISK-ENQUIRY-WITHDRAWN-URGENT-PARTNER',
    kind: 'item-risk',
    subjects: ['partner'],
    when: givenConcerning,
    level: 'E4',
    title: 'A concerning risk enquiry answer given earlier in this contact is now hidden by a later change: act on it as given (partner: adult services)',
    doNow: [actAsGiven, sameDayPartner, babySafeNow, safetyPlan, informGp],
    routes: ['O9', 'O5'],
    record: ['The answers as given, and why the later answer changed.', 'Who you contacted, when, and what was agreed.'],
    timeframe: 'Same day',
    sources: ['S1', 'S8', 'S27'],
  },
];

export const harmThoughtsRecommendationRules: RecommendationRule[] = [
  {
    // Thoughts of harming the baby not explored (IR-HARM-THOUGHTS-NOT-EXPLORED): safeguarding is a
    // judgement to consider under local procedures, not an automatic referral (S27; H40, H45).
    id: 'REC-HARM-THOUGHTS-NOT-EXPLORED',
    subjects: ['birthing-parent', 'partner'],
    when: harmNotExplored,
    outcomes: [{ code: 'O10', strength: 'consider' }],
    level: 'E4',
    because: 'Thoughts of harming the baby were disclosed and how they are experienced is not known: consider local safeguarding procedures.',
    sources: ['S27', 'S8'],
  },
  {
    // Possible thoughts that asking did not clarify (IR-POSSIBLE-HARM-NOT-CLARIFIED…, H107): consider,
    // never recommend, safeguarding (specialist review: two uncertain answers are not a finding of intent).
    id: 'REC-POSSIBLE-HARM-NOT-CLARIFIED',
    subjects: ['birthing-parent', 'partner'],
    when: harmPossibleNotClarified,
    outcomes: [{ code: 'O10', strength: 'consider' }],
    level: 'E4',
    because: 'It could not be made clear whether there are thoughts of harming the baby: consider local safeguarding procedures.',
    sources: ['S27', 'S8'],
  },
];
