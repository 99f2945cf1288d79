import { all, always, answerIs, babySituation, isYes, not, subjectIs } from './conditions';
import { NA_BABY_DIED, babyDied, babyWithParents, observationNotApplicable } from './baby-situation';
import { ownConsent, selfPresent } from './gates';
import type { FlagRule, ItemGroup, RecommendationRule } from './schema';

// Parent–infant relationship (reference §2.12). Conversation prompts and observations are
// paraphrased from non-UK practice resources (S21 ◐: PIRI, Mothers Matter) and sit inside the
// mental health flow, as NG194 covers helping parents form strong relationships with their babies
// (S18 scope ✅). Outcomes run from universal support (NBO-style conversation, ICON crying messages
// to all carers, infant massage, groups) through health visitor support to a parent–infant service
// (O11). New and persistent estrangement is an MBRRACE red flag (S5, red-flags.ts).
// ⚠ The CG192 clinical recommendation on assessing the mother–baby relationship was not retrieved.

const relationshipBase: Pick<
  ItemGroup,
  'module' | 'subjects' | 'section' | 'enableWhen' | 'askableWhen' | 'hiddenReason' | 'notAskableReason' | 'suggested' | 'sources'
> = {
  module: 'relationship-postnatal',
  subjects: ['birthing-parent', 'partner'],
  section: 'baby-and-relationship',
  enableWhen: ownConsent,
  askableWhen: selfPresent,
  hiddenReason: 'Needs the partner’s own agreement first',
  notAskableReason: 'Not in the room',
  suggested: [],
  sources: ['S21', 'S18'],
};

export const relationshipAntenatalGroup: ItemGroup = {
  ...relationshipBase,
  kind: 'questions',
  id: 'relationship-antenatal',
  title: 'Relationship with the baby (pregnancy)',
  module: 'relationship-antenatal',
  subjects: ['birthing-parent', 'partner'],
  suggested: [],
  respondent: 'self',
  due: [
    {
      id: 'DUE-RELATIONSHIP-ANTENATAL',
      when: always,
      because: 'Talk about feelings about the pregnancy and the baby, and the transition to parenthood.',
      sources: ['S16', 'S18'],
    },
  ],
  sources: ['S16', 'S18', 'S21'],
  questions: [
    {
      id: 'relationship-antenatal.feelings',
      text: 'How do you feel about the pregnancy and the baby?',
      wording: 'prompt',
      options: [
        { id: 'positive', label: 'Mostly positive' },
        { id: 'mixed', label: 'Mixed feelings or worries' },
        { id: 'negative-or-detached', label: 'Negative, or feels detached from the baby' },
      ],
      scored: false,
      sources: ['S16', 'S21'],
    },
  ],
};

export const relationshipConversationGroup: ItemGroup = {
  ...relationshipBase,
  kind: 'questions',
  id: 'relationship-conversation',
  title: 'You and your baby',
  subjects: ['birthing-parent', 'partner'],
  respondent: 'self',
  // After a death there are no baby prompts at all (baby-situation.ts); with the baby in foster
  // care, adopted or with surrogate parents the conversation is available, not due.
  notApplicableWhen: [NA_BABY_DIED],
  due: [
    {
      id: 'DUE-RELATIONSHIP',
      when: all(subjectIs('birthing-parent'), not(babySituation('not-in-parents-care'))),
      because: 'The parent–infant relationship is part of every postnatal contact.',
      sources: ['S18', 'S21', 'S16'],
    },
  ],
  suggested: [
    {
      id: 'SUG-RELATIONSHIP-PARTNER',
      when: subjectIs('partner'),
      because: 'Partner: ask how things are going with the baby when there is time (reference §2.9: ask or leave information).',
      sources: ['S16', 'S21'],
    },
  ],
  questions: [
    {
      id: 'relationship.conversation',
      text: 'How are things going between you and your baby?',
      wording: 'prompt',
      hint: 'Ask what they enjoy most about the baby (difficulty answering is a warning sign), what the baby likes and how the baby tells them, and whether the baby makes them anxious.',
      options: [
        { id: 'warm', label: 'Talks warmly and enjoys the baby' },
        { id: 'mixed', label: 'Some worries or mixed feelings' },
        { id: 'struggles', label: 'Finds it hard to say what they enjoy, or cannot tell what the baby needs' },
      ],
      scored: false,
      sources: ['S21'],
    },
  ],
};

/**
 * Angry feelings towards the baby, and whether they were acted on, are asked of each parent in the
 * room: shaking is most often by men (ICON, S21 ◐), so this stays due for the partner too.
 */
export const relationshipFeelingsGroup: ItemGroup = {
  ...relationshipBase,
  kind: 'questions',
  id: 'relationship-feelings',
  title: 'Difficult feelings towards the baby',
  subjects: ['birthing-parent', 'partner'],
  suggested: [],
  respondent: 'self',
  notApplicableWhen: [NA_BABY_DIED],
  due: [
    {
      // Due while the baby is with the parents (or the situation is not recorded); available, not
      // due, while the baby is in the neonatal unit or not in their care.
      id: 'DUE-RELATIONSHIP-FEELINGS',
      when: babyWithParents,
      because: 'Ask each parent in the room about angry feelings towards the baby, and whether they have acted on them.',
      sources: ['S21', 'S27'],
    },
  ],
  questions: [
    {
      id: 'relationship.angry-feelings',
      text: 'Do you ever feel angry with the baby, wish they would go away, or feel like shaking or shouting?',
      wording: 'paraphrase',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes', label: 'Yes' },
      ],
      scored: false,
      sources: ['S21'],
    },
    {
      id: 'relationship.acted-on',
      text: 'Has it happened?',
      wording: 'paraphrase',
      options: [
        { id: 'no', label: 'No' },
        // Harm to the baby acted on is risk content in the summary (S27).
        { id: 'yes', label: 'Yes', summaryRisk: true },
      ],
      scored: false,
      enableWhen: isYes('relationship.angry-feelings'),
      hiddenReason: 'Asked after a Yes to the previous question',
      sources: ['S21', 'S27'],
    },
  ],
};

export const relationshipObservationGroup: ItemGroup = {
  ...relationshipBase,
  kind: 'questions',
  id: 'relationship-observation',
  title: 'Your observation of parent and baby',
  subjects: ['birthing-parent', 'partner'],
  // Observation needs the baby there: not applicable, with the reason, when the baby is in the
  // neonatal unit, not in the parents' care, or has died (review 2026-12 item 8).
  notApplicableWhen: observationNotApplicable,
  suggested: [
    {
      id: 'SUG-RELATIONSHIP-OBSERVATION-PARTNER',
      when: subjectIs('partner'),
      because: 'Partner: observe them with the baby when you can.',
      sources: ['S21'],
    },
  ],
  respondent: 'practitioner',
  due: [
    {
      id: 'DUE-RELATIONSHIP-OBSERVATION',
      when: subjectIs('birthing-parent'),
      because: 'Observe parent and baby together (NBO-style) at postnatal contacts.',
      sources: ['S21'],
    },
  ],
  questions: [
    {
      id: 'relationship.observation',
      text: 'Parent and baby together',
      wording: 'prompt',
      options: [
        {
          id: 'reassuring',
          label: 'Reassuring: responds to the baby’s cues promptly and warmly, some eye contact and enjoyment; the baby settles when comforted',
        },
        { id: 'some-concerns', label: 'Some concerning signs' },
        {
          id: 'persistent-concerns',
          label: 'Marked or persistent concerns: cannot soothe the baby, they avoid each other’s gaze, rough or intrusive handling, no joy or reciprocity, persistent feeding problems, trouble keeping the baby in mind',
        },
        { id: 'estranged', label: 'New and persistent estrangement from the baby, or says they are not competent as a parent' },
      ],
      scored: false,
      sources: ['S21', 'S5'],
    },
  ],
};

export const relationshipRecommendationRules: RecommendationRule[] = [
  {
    id: 'REC-RELATIONSHIP-UNIVERSAL',
    subjects: ['birthing-parent', 'partner'],
    // Never after the baby has died (H108): its items are not applicable then (NA-BABY-DIED), and the
    // rule says so itself, so that the exclusion does not rest on which items apply (O1 names infant
    // massage and groups; REC-UNIVERSAL in screening.ts).
    when: all(
      {
        kind: 'any',
        conditions: [
          answerIs('relationship.conversation', ['warm']),
          answerIs('relationship.observation', ['reassuring']),
          answerIs('relationship-antenatal.feelings', ['positive']),
        ],
      },
      not(babyDied),
    ),
    outcomes: [{ code: 'O1', strength: 'recommend' }],
    level: 'E0',
    because: 'Universal relationship support: NBO-style conversation, ICON crying messages for all carers, infant massage or groups.',
    sources: ['S21'],
  },
  {
    id: 'REC-RELATIONSHIP-SUPPORT',
    subjects: ['birthing-parent', 'partner'],
    when: {
      kind: 'any',
      conditions: [
        answerIs('relationship.conversation', ['mixed', 'struggles']),
        answerIs('relationship.observation', ['some-concerns']),
        isYes('relationship.angry-feelings'),
        answerIs('relationship-antenatal.feelings', ['mixed', 'negative-or-detached']),
      ],
    },
    outcomes: [
      { code: 'O3', strength: 'consider' },
      { code: 'O2', strength: 'recommend' },
    ],
    level: 'E1',
    because: 'Some relationship difficulties: health visitor support and review at the next contact.',
    sources: ['S21'],
  },
  {
    // Estrangement is also the MBRRACE red flag for the birthing parent (red-flags.ts); for the
    // partner, who has no such red flag in the sources, this keeps it from going unanswered.
    id: 'REC-RELATIONSHIP-SERVICE',
    subjects: ['birthing-parent', 'partner'],
    when: answerIs('relationship.observation', ['persistent-concerns', 'estranged']),
    outcomes: [{ code: 'O11', strength: 'recommend' }],
    level: 'E2',
    because: 'Persistent relationship difficulties or estrangement: parent–infant relationship service.',
    sources: ['S21'],
  },
];

export const relationshipFlagRules: FlagRule[] = [
  {
    // The reference says only "if yes, ask whether it has happened" (§2.12); harm that has
    // happened is a risk to the baby (S27), treated at the "thoughts of harming the baby" level (E4).
    id: 'SG-BABY-HARMED',
    kind: 'safeguarding',
    // The partner's copy below routes to adult services, never the perinatal team (issue 10 item 6).
    subjects: ['birthing-parent'],
    when: isYes('relationship.acted-on'),
    level: 'E4',
    title: 'The parent says they have acted on angry feelings towards the baby',
    doNow: [
      'Check the baby now; call 999 if the baby is injured or in immediate danger.',
      'Follow local safeguarding procedures (a child’s protection from harm takes priority over privacy).',
      'Arrange same-day support for the parent through the GP or the specialist perinatal team.',
    ],
    routes: ['O10', 'O9', 'O6'],
    record: ['What the parent said, in their words.', 'Who you contacted, when, and the information-sharing decision with its reasons.'],
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S27', 'S21'],
  },
  {
    id: 'SG-BABY-HARMED-PARTNER',
    kind: 'safeguarding',
    subjects: ['partner'],
    when: isYes('relationship.acted-on'),
    level: 'E4',
    title: 'The parent says they have acted on angry feelings towards the baby',
    doNow: [
      'Check the baby now; call 999 if the baby is injured or in immediate danger.',
      'Follow local safeguarding procedures (a child’s protection from harm takes priority over privacy).',
      'Arrange same-day support for the partner through adult services: the GP the same day or the adult crisis team.',
    ],
    routes: ['O10', 'O9', 'O5'],
    record: ['What the parent said, in their words.', 'Who you contacted, when, and the information-sharing decision with its reasons.'],
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S27', 'S21', 'S1'],
  },
];
