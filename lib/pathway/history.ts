import { answerIs, firstContact, isYes } from './conditions';
import { prefersPrivate, selfPresent } from './gates';
import type { Condition, FlagRule, ItemGroup, RecommendationRule } from './schema';

// First-contact history (reference §2.0 B and C; S1 IFP ✅, S4 p=591 ✅): at the first contact in
// pregnancy and the first postnatal contact, ask about (i) past or present severe mental illness,
// (ii) past or present specialist treatment including inpatient care, (iii) severe perinatal mental
// illness in a first-degree relative. Elsewhere the history is available (and can be recorded as
// "not asked: already known" when the record holds it).

export const SMI_QUESTION = 'history.severe-mental-illness';
export const SPECIALIST_QUESTION = 'history.specialist-treatment';
export const FAMILY_QUESTION = 'history.family-perinatal';

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
      id: FAMILY_QUESTION,
      text: 'Severe perinatal mental illness in a first-degree relative (mother or sister), such as postpartum psychosis or bipolar disorder',
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

/** History that puts her "at risk" (reference §2.0 E) — used to suggest a fuller measure. */
export const historyAtRisk: Condition = {
  kind: 'any',
  conditions: [smiPresentOrSuspected, familyHistory, answerIs(SPECIALIST_QUESTION, ['community', 'inpatient'])],
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
