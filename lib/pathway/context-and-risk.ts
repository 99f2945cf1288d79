import { all, answerIs, any, babyAgeDays, babyAgeRecorded, contactType, firstContact, isYes, not, phase, yesNo } from './conditions';
import { prefersPrivate, selfPresent } from './gates';
import type { Condition, ItemGroup, RecommendationRule } from './schema';

// Context and risk factors. The reference names past loss, traumatic birth and fear of birth
// (§2.0 A, S2 st.4 ✅), the maternity-experience conditions for the Maternal Mental Health Service
// (S23 ✅), substance use and social support at booking (§2.1), young age (S17 ✅, S19, S6 ✅) and
// baby blues unresolved at 10-14 days (S18 QS37 st.10 ✅). Childhood trauma, socioeconomic stress,
// unplanned pregnancy and migration come from the seed documents (../shared/seeds, 001 and 003),
// not from a reference source: they only SUGGEST a fuller measure ("at risk", §2.0 E, S1) and never
// make anything due or raise the escalation level.
//
// Domestic abuse is deliberately NOT asked here: it is asked only in private (domestic-abuse.ts).

export const contextGroup: ItemGroup = {
  kind: 'questions',
  id: 'context',
  title: 'Context and risk factors',
  module: 'context',
  subjects: ['birthing-parent'],
  section: 'context-and-history',
  respondent: 'self',
  askableWhen: selfPresent,
  hiddenReason: 'Not part of this contact',
  notAskableReason: 'Not in the room',
  due: [],
  suggested: [
    {
      id: 'SUG-CONTEXT-FIRST-CONTACT',
      when: firstContact,
      because: 'First contact: record context that may put her at risk (so a fuller measure can be considered).',
      sources: ['S1', 'S2'],
    },
  ],
  defer: prefersPrivate,
  sources: ['S1', 'S2'],
  questions: [
    {
      id: 'context.previous-loss',
      text: 'Previous pregnancy or baby loss (miscarriage, stillbirth, neonatal death, or loss through safeguarding separation)',
      wording: 'prompt',
      options: yesNo,
      scored: false,
      sources: ['S2', 'S23'],
    },
    {
      id: 'context.fear-of-birth',
      text: 'Fear of childbirth',
      wording: 'prompt',
      options: [
        { id: 'no', label: 'No' },
        { id: 'some', label: 'Some worries' },
        { id: 'severe-impact', label: 'Yes, with a moderate or severe impact on her' },
      ],
      scored: false,
      enableWhen: phase('antenatal'),
      hiddenReason: 'Asked in pregnancy',
      sources: ['S2', 'S23'],
    },
    {
      id: 'context.childhood-trauma',
      text: 'Traumatic experiences in childhood',
      wording: 'prompt',
      options: yesNo,
      scored: false,
      sources: ['S1'],
    },
    {
      id: 'context.socioeconomic-stress',
      text: 'Money, housing or work worries (for example poverty or insecure housing)',
      wording: 'prompt',
      options: yesNo,
      scored: false,
      sources: ['S1'],
    },
    {
      id: 'context.unplanned-pregnancy',
      text: 'Unplanned or unwanted pregnancy',
      wording: 'prompt',
      options: yesNo,
      scored: false,
      sources: ['S1'],
    },
    {
      id: 'context.migration-isolation',
      text: 'Recent migration, or little family or social support',
      wording: 'prompt',
      options: yesNo,
      scored: false,
      sources: ['S1', 'S18'],
    },
    {
      id: 'context.substance-use',
      text: 'Alcohol or drug use',
      wording: 'prompt',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes-no-concern', label: 'Yes, not a concern' },
        { id: 'yes-concern', label: 'Yes, and it is a concern' },
      ],
      scored: false,
      sources: ['S1', 'S6'],
    },
    {
      id: 'context.young-parent',
      text: 'Parent’s age',
      wording: 'prompt',
      hint: 'Young mothers (25 or under) are at particular risk for up to 3 years after birth.',
      options: [
        { id: 'under-16', label: 'Under 16' },
        { id: '16-to-25', label: '16 to 25' },
        { id: '26-or-over', label: '26 or over' },
      ],
      scored: false,
      sources: ['S17', 'S19', 'S6'],
    },
  ],
};

export const BABY_BLUES_QUESTION = 'postnatal.baby-blues';
/** Before the 6–8 week review (S16): the "first weeks" in which the since-birth items are due. */
export const FIRST_WEEKS_DAYS = 42;
/** QS37 st.10 (S18 ✅): blues not resolved by 10–14 days → assess. The earlier end is used: safer. */
export const BLUES_ASSESS_FROM_DAYS = 10;
export const BIRTH_EXPERIENCE_QUESTION = 'postnatal.birth-experience';

export const earlyPostnatalGroup: ItemGroup = {
  kind: 'questions',
  id: 'early-postnatal',
  title: 'Since the birth',
  module: 'early-postnatal',
  subjects: ['birthing-parent'],
  section: 'birthing-parent',
  respondent: 'self',
  askableWhen: selfPresent,
  hiddenReason: 'Not part of this contact',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-EARLY-POSTNATAL',
      when: contactType('midwife-postnatal', 'hv-new-birth'),
      because: 'Early postnatal contact: ask whether the baby blues have passed and how she feels about the birth.',
      sources: ['S18', 'S16'],
    },
    {
      // "Since the birth" at ANY contact in the first weeks, whatever its type (an FNP infancy visit
      // at 12 days included; review 2026-12 item 9). "First weeks" = before the 6–8 week review
      // (S16 schedule: 42 days), the span of the midwife and new birth contacts that ask these
      // items (reference §2.2, §2.4). A schedule boundary, not a clinical threshold.
      id: 'DUE-EARLY-POSTNATAL-FIRST-WEEKS',
      when: babyAgeDays({ below: FIRST_WEEKS_DAYS }),
      because: 'The baby is under 6 weeks old: ask whether the baby blues have passed and how she feels about the birth.',
      sources: ['S18', 'S16'],
    },
  ],
  suggested: [],
  defer: prefersPrivate,
  sources: ['S18', 'S16', 'S23'],
  questions: [
    {
      id: BABY_BLUES_QUESTION,
      text: 'Low mood, tearfulness or anxiety since the birth (“baby blues”)',
      wording: 'prompt',
      // QS37 st.10: not resolved by 10-14 days → assess. The earlier end (10 days) is used: safer.
      // With the baby's age recorded at the start, one "still there" option and the recorded age
      // decide (pathway 2026.4.0); without it, the options that carry the age are offered.
      options: [
        { id: 'none', label: 'None' },
        { id: 'resolved', label: 'Had them, now passed' },
        { id: 'ongoing', label: 'Still there', enableWhen: babyAgeRecorded },
        { id: 'ongoing-under-10-days', label: 'Still there, baby under 10 days old', enableWhen: not(babyAgeRecorded) },
        { id: 'ongoing-10-days-or-more', label: 'Still there, baby 10 days old or more', enableWhen: not(babyAgeRecorded) },
      ],
      scored: false,
      sources: ['S18'],
    },
    {
      id: BIRTH_EXPERIENCE_QUESTION,
      text: 'How does she feel about the birth?',
      wording: 'prompt',
      options: [
        { id: 'positive', label: 'Positive or all right' },
        { id: 'difficult', label: 'Difficult' },
        { id: 'traumatic', label: 'Traumatic, or distressing memories of the birth' },
      ],
      scored: false,
      sources: ['S23', 'S16'],
    },
  ],
};

/**
 * Blues still there at 10 days or more. The recorded age wins over an age-encoded option that
 * contradicts it, in the safer direction: "under 10 days" with a recorded age of 10 or more is
 * unresolved; "10 days or more" stays unresolved whatever the recorded age; "still there" whose age
 * was removed afterwards is unresolved too (the age is then unknown).
 */
export const babyBluesUnresolved: Condition = any(
  answerIs(BABY_BLUES_QUESTION, ['ongoing-10-days-or-more'], 'birthing-parent'),
  all(answerIs(BABY_BLUES_QUESTION, ['ongoing'], 'birthing-parent'), not(babyAgeRecorded)),
  all(answerIs(BABY_BLUES_QUESTION, ['ongoing', 'ongoing-under-10-days'], 'birthing-parent'), babyAgeDays({ min: BLUES_ASSESS_FROM_DAYS })),
);

/** Blues still there and the baby under 10 days (by the recorded age, else by the option chosen). */
export const babyBluesEarly: Condition = any(
  all(answerIs(BABY_BLUES_QUESTION, ['ongoing-under-10-days'], 'birthing-parent'), not(babyAgeRecorded)),
  all(answerIs(BABY_BLUES_QUESTION, ['ongoing', 'ongoing-under-10-days'], 'birthing-parent'), babyAgeDays({ below: BLUES_ASSESS_FROM_DAYS })),
);

/** Context that puts her "at risk" (reference §2.0 E): suggests, never requires, a fuller measure. */
export const contextAtRisk: Condition = {
  kind: 'any',
  conditions: [
    isYes('context.previous-loss'),
    answerIs('context.fear-of-birth', ['severe-impact']),
    isYes('context.childhood-trauma'),
    isYes('context.socioeconomic-stress'),
    isYes('context.unplanned-pregnancy'),
    isYes('context.migration-isolation'),
    answerIs('context.substance-use', ['yes-concern']),
    answerIs('context.young-parent', ['under-16', '16-to-25']),
    answerIs(BIRTH_EXPERIENCE_QUESTION, ['difficult', 'traumatic']),
  ],
};

export const contextRecommendationRules: RecommendationRule[] = [
  {
    id: 'REC-MATERNITY-EXPERIENCE',
    subjects: ['birthing-parent'],
    when: {
      kind: 'any',
      conditions: [
        isYes('context.previous-loss'),
        answerIs('context.fear-of-birth', ['severe-impact']),
        answerIs(BIRTH_EXPERIENCE_QUESTION, ['traumatic']),
      ],
    },
    outcomes: [{ code: 'O7', strength: 'consider' }],
    level: 'E2',
    because:
      'Birth trauma, perinatal loss or fear of childbirth: if difficulties arising from the maternity experience are moderate to severe, consider the Maternal Mental Health Service.',
    sources: ['S23'],
  },
  {
    id: 'REC-BABY-BLUES-EARLY',
    subjects: ['birthing-parent'],
    when: babyBluesEarly,
    outcomes: [{ code: 'O2', strength: 'recommend' }],
    level: 'E1',
    because: 'Baby blues in the first 10–14 days: watch, and assess if they have not passed by 10–14 days.',
    sources: ['S18'],
  },
  {
    id: 'REC-BABY-BLUES-UNRESOLVED',
    subjects: ['birthing-parent'],
    when: babyBluesUnresolved,
    outcomes: [
      { code: 'O2', strength: 'recommend' },
      { code: 'O5', strength: 'consider' },
    ],
    level: 'E1',
    because: 'Baby blues not resolved by 10–14 days: assess for mental health problems (a fuller measure is due).',
    sources: ['S18'],
  },
  {
    id: 'REC-UNDER-16',
    subjects: ['birthing-parent'],
    when: answerIs('context.young-parent', ['under-16']),
    outcomes: [{ code: 'O13', strength: 'consider' }],
    level: 'E3',
    because: 'Under 16: if specialist mental health care is needed, CAMHS first.',
    sources: ['S6'],
  },
  {
    id: 'REC-SUBSTANCE-USE',
    subjects: ['birthing-parent'],
    when: answerIs('context.substance-use', ['yes-concern']),
    outcomes: [{ code: 'O13', strength: 'consider' }],
    level: 'E2',
    because: 'Substance or alcohol use of concern: where addiction is the primary problem, a substance misuse service.',
    sources: ['S6'],
  },
];
