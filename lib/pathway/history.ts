import { answerIs, firstContact, isYes } from './conditions';
import { prefersPrivate, selfPresent } from './gates';
import type { Condition, FlagRule, ItemGroup, Option, PromptRule, RecommendationRule } from './schema';

// First-contact history (reference §2.0 B and C; S1 IFP ✅, S4 p=591 ✅): at the first contact in
// pregnancy and the first postnatal contact, ask about (i) past or present severe mental illness,
// (ii) past or present specialist treatment including inpatient care, (iii) severe perinatal mental
// illness in a first-degree relative. Elsewhere the history is available (and can be recorded as
// "not asked: already known" when the record holds it).

export const SMI_QUESTION = 'history.severe-mental-illness';
export const SPECIALIST_QUESTION = 'history.specialist-treatment';
export const FAMILY_QUESTION = 'history.family-perinatal';
// Pathway 2026.4.0 (review 2026-12 item 7): more of what a first contact needs to know.
export const SELF_HARM_HISTORY_QUESTION = 'history.self-harm-or-suicide-attempt';
export const PERINATAL_HISTORY_QUESTION = 'history.perinatal-depression-anxiety';
export const PERSONALITY_TRAUMA_QUESTION = 'history.personality-disorder-or-trauma';
export const MEDICATION_QUESTION = 'history.psychiatric-medication';

const noYesNotKnown: Option[] = [
  { id: 'no', label: 'No' },
  { id: 'yes', label: 'Yes' },
  { id: 'not-known', label: 'Not known' },
];

export const historyGroup: ItemGroup = {
  kind: 'questions',
  id: 'history',
  title: 'Mental health history',
  module: 'history',
  subjects: ['birthing-parent'],
  section: 'context-and-history',
  respondent: 'self',
  askableWhen: selfPresent,
  hiddenReason: 'Not part of this contact',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-HISTORY-FIRST-CONTACT',
      when: firstContact,
      because: 'First contact in pregnancy or first postnatal contact: ask about mental health history.',
      sources: ['S1', 'S4'],
    },
  ],
  suggested: [],
  defer: prefersPrivate,
  sources: ['S1', 'S4'],
  // Issue 13 (lead's product decision, H89): the history is a checklist; when she says none of them
  // applies, one explicit action records "No" for each item listed, each its own answer marked as
  // recorded with "none of these". Previous self-harm or suicide attempt is NOT in it: it is a risk
  // item (the risk enquiry reads it, S8 and S1 1.6.5) and is asked on its own, with care.
  allClear: {
    label: 'None of these: No to each',
    optionId: 'no',
    subjects: ['birthing-parent'],
    items: [SMI_QUESTION, SPECIALIST_QUESTION, PERINATAL_HISTORY_QUESTION, PERSONALITY_TRAUMA_QUESTION, MEDICATION_QUESTION, FAMILY_QUESTION],
    sources: ['S1', 'S4'],
  },
  questions: [
    {
      id: SMI_QUESTION,
      text: 'Past or present severe mental illness, such as schizophrenia, bipolar disorder, psychosis after having a baby, or severe depression',
      wording: 'paraphrase',
      options: [
        { id: 'no', label: 'No' },
        { id: 'past', label: 'Yes, in the past' },
        { id: 'current', label: 'Yes, now' },
        { id: 'suspected', label: 'Not confirmed, but suspected' },
      ],
      scored: false,
      sources: ['S1', 'S4'],
    },
    {
      id: SPECIALIST_QUESTION,
      text: 'Past or present treatment by specialist mental health services, including inpatient care',
      wording: 'paraphrase',
      options: [
        { id: 'no', label: 'No' },
        { id: 'community', label: 'Yes, community or outpatient' },
        { id: 'inpatient', label: 'Yes, including inpatient care' },
      ],
      scored: false,
      sources: ['S1', 'S4'],
    },
    {
      // Seed 003: women with a history of depression or antenatal depression are at higher risk.
      id: PERINATAL_HISTORY_QUESTION,
      text: 'Depression or anxiety in or after an earlier pregnancy',
      wording: 'prompt',
      options: noYesNotKnown,
      scored: false,
      sources: ['S1', 'S2'],
    },
    {
      id: SELF_HARM_HISTORY_QUESTION,
      text: 'Previous self-harm or suicide attempt',
      wording: 'prompt',
      hint: 'Ask with care. A Yes is followed by a direct, kind question about any thoughts of self-harm now.',
      options: noYesNotKnown,
      scored: false,
      sources: ['S8', 'S1'],
    },
    {
      id: PERSONALITY_TRAUMA_QUESTION,
      text: 'Personality disorder or complex trauma',
      wording: 'prompt',
      options: noYesNotKnown,
      scored: false,
      sources: ['S1', 'S26'],
    },
    {
      // Store only what the pathway needs (yes / no / stopped recently): no drug names. If the
      // family name a medicine, it goes in their own words, typed by the practitioner.
      id: MEDICATION_QUESTION,
      text: 'Medication for her mental health',
      wording: 'prompt',
      hint: 'Record only whether she takes it now or stopped it recently. A medicine’s name only as the family’s own words.',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes-current', label: 'Yes, taking it now' },
        { id: 'stopped-recently', label: 'Stopped recently (for example on learning of the pregnancy)' },
      ],
      scored: false,
      sources: ['S1', 'S2'],
    },
    {
      // Any first-degree relative, not only mother or sister (review 2026-12 item 7; S4: first-degree
      // family history). A Danish register study found no notable difference by the relative's sex
      // (Bauer et al., Am J Psychiatry 2018). Widening is the safer choice: it only adds Yes answers.
      id: FAMILY_QUESTION,
      text: 'Bipolar disorder or postpartum psychosis (or other severe perinatal mental illness) in a first-degree relative: mother, father, sister, brother or child',
      wording: 'paraphrase',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes', label: 'Yes' },
        { id: 'not-known', label: 'Not known' },
      ],
      scored: false,
      sources: ['S1', 'S4'],
    },
  ],
};

const smiPresentOrSuspected = answerIs(SMI_QUESTION, ['past', 'current', 'suspected']);
const familyHistory = isYes(FAMILY_QUESTION);
/** "Previous attempt" read as one condition, so the risk enquiry can extend it (shared decisions). */
export const previousAttempt: Condition = isYes(SELF_HARM_HISTORY_QUESTION);
const previousPerinatalIllness = isYes(PERINATAL_HISTORY_QUESTION);
const medicationStopped = answerIs(MEDICATION_QUESTION, ['stopped-recently']);
const medicationCurrent = answerIs(MEDICATION_QUESTION, ['yes-current']);

/** History that puts her "at risk" (reference §2.0 E) — used to suggest a fuller measure. */
export const historyAtRisk: Condition = {
  kind: 'any',
  conditions: [
    smiPresentOrSuspected,
    familyHistory,
    answerIs(SPECIALIST_QUESTION, ['community', 'inpatient']),
    previousAttempt,
    previousPerinatalIllness,
    isYes(PERSONALITY_TRAUMA_QUESTION),
    medicationCurrent,
    medicationStopped,
  ],
};

export const historyRecommendationRules: RecommendationRule[] = [
  {
    id: 'REC-HISTORY-SMI',
    subjects: ['birthing-parent'],
    when: smiPresentOrSuspected,
    outcomes: [
      { code: 'O6', strength: 'recommend' },
      { code: 'O5', strength: 'recommend' },
    ],
    level: 'E3',
    because:
      'Past, present or suspected severe mental illness: refer to secondary mental health services (preferably specialist perinatal) and make sure the GP knows.',
    sources: ['S1', 'S4', 'S26'],
  },
  {
    id: 'REC-HISTORY-FAMILY',
    subjects: ['birthing-parent'],
    when: familyHistory,
    outcomes: [
      { code: 'O6', strength: 'recommend' },
      { code: 'O5', strength: 'recommend' },
    ],
    level: 'E3',
    because:
      'Severe perinatal mental illness in a first-degree relative: high risk of postpartum illness; specialist perinatal team (GP informed).',
    sources: ['S1', 'S4', 'S26'],
  },
  {
    // Past specialist treatment is not mapped to an outcome in the reference (§2.0 C names only
    // (i) and (iii)); the safer choice is to tell the GP and offer the specialist team for judgement.
    id: 'REC-HISTORY-SPECIALIST-TREATMENT',
    subjects: ['birthing-parent'],
    when: answerIs(SPECIALIST_QUESTION, ['community', 'inpatient']),
    outcomes: [
      { code: 'O5', strength: 'recommend' },
      { code: 'O6', strength: 'consider' },
    ],
    level: 'E2',
    because:
      'Past or present specialist mental health treatment: make sure the GP knows; consider the specialist perinatal team if the illness was severe.',
    sources: ['S1', 'S4'],
  },
  {
    // O6 eligibility includes moderate–complex or severe perinatal illness (reference §4.1, S1 ✅,
    // S26 ✅): an earlier perinatal illness is offered for judgement, not referred by default.
    id: 'REC-HISTORY-PERINATAL-ILLNESS',
    subjects: ['birthing-parent'],
    when: previousPerinatalIllness,
    outcomes: [{ code: 'O6', strength: 'consider' }],
    level: 'E3',
    because:
      'Depression or anxiety in or after an earlier pregnancy: information on how it might affect her now; consider the specialist perinatal team if it was moderate–severe or complex.',
    sources: ['S1', 'S2', 'S26'],
  },
  {
    // Stopping psychiatric medication abruptly on learning of a pregnancy is common and needs prompt
    // advice (reference §2.1 ◐: "do not stop psychotropics abruptly"; seed 004 §3.5 on reluctance
    // to take medication). The GP reviews medication (O5, S1 ✅); the specialist perinatal team
    // gives psychotropic medication advice (O6, S1 ✅).
    id: 'REC-HISTORY-MEDICATION-STOPPED',
    subjects: ['birthing-parent'],
    when: medicationStopped,
    outcomes: [
      { code: 'O5', strength: 'recommend' },
      { code: 'O6', strength: 'consider' },
    ],
    level: 'E2',
    because: 'Psychiatric medication stopped recently: prompt advice from her prescriber or GP; consider the specialist perinatal team for medication advice.',
    sources: ['S1', 'S26'],
  },
];

export const historyPromptRules: PromptRule[] = [
  {
    id: 'PR-MEDICATION-STOPPED',
    kind: 'prompt',
    subjects: ['birthing-parent'],
    when: medicationStopped,
    text: 'Stopped recently: stopping psychiatric medication abruptly needs prompt advice from her prescriber or GP. Ask when she stopped and how she has been since; help her get that advice today if you can.',
    sources: ['S1', 'S2'],
  },
  {
    id: 'PR-MEDICATION-CURRENT',
    kind: 'prompt',
    subjects: ['birthing-parent'],
    when: medicationCurrent,
    text: 'Taking medication for her mental health: she should not stop it without advice. Make sure her prescriber or GP knows about the pregnancy or the birth, and offer information on how the treatment might affect her and the baby.',
    sources: ['S2', 'S1'],
  },
  {
    // The lead links this answer to the structured risk enquiry after merging (shared decisions).
    id: 'PR-PREVIOUS-ATTEMPT',
    kind: 'prompt',
    subjects: ['birthing-parent'],
    when: previousAttempt,
    text: 'Previous self-harm or suicide attempt: ask directly and kindly about any thoughts of self-harm now, and keep it in mind at every contact.',
    sources: ['S8', 'S1'],
  },
];

export const historyFlagRules: FlagRule[] = [
  {
    id: 'HR-POSTPARTUM-PSYCHOSIS-RISK',
    kind: 'high-risk-history',
    subjects: ['birthing-parent'],
    when: { kind: 'any', conditions: [smiPresentOrSuspected, familyHistory] },
    level: 'E3',
    title: 'High risk of postpartum psychosis',
    doNow: [
      'If severe mental illness is present, past or suspected: refer to secondary mental health services, preferably the specialist perinatal team, and make sure the GP knows.',
      'Plan more frequent contact and heightened alertness, especially in the first weeks after birth.',
      'Make sure she and her family know the early signs of postpartum psychosis and whom to call.',
    ],
    routes: ['O6', 'O5'],
    record: [
      'The history as she described it, and who holds her care plan.',
      'The referral made (or why not) and that the GP was informed.',
    ],
    timeframe: 'Local urgency; written care plan',
    sources: ['S1', 'S4'],
  },
];
