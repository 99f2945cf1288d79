import { all, answerIs, any, firstContact, isYes, positive, present } from './conditions';
import {
  PARTNER_PREFERS_PRIVATE_QUESTION,
  ownConsent,
  PARTNER_AGREES_AND_SHARES,
  PARTNER_AGREES_KEEP_SEPARATE,
  PARTNER_CONSENT_QUESTION,
  PARTNER_INVOLVED_QUESTION,
  partnerNotSeen,
  prefersPrivate,
  selfPresent,
} from './gates';
import type { Condition, FlagRule, ItemGroup, PromptRule, RecommendationRule } from './schema';

// Partner / co-parent module (reference §2.10; S14 ✅, S15 ✅). The partner is a person with their
// own consent and record:
// - present: their own questions, only with their own consent, agreed in one step together with
//   whether what they say may be written in the birthing parent's record (S15 Idea #4: the
//   confidentiality approach is settled before asking; S27). Whooley and GAD-2 are offered, not
//   due, for the partner ("optionally", reference §2.10 tool logic 1);
// - absent: "partner not seen", the birthing parent's account of the partner kept as HER report
//   (subject 'birthing-parent', respondent 'birthing-parent-about-partner'), signposting and a plan
//   to ask next time.
// ⚠ No national mandate for universal partner screening was found (reference §6.14): partner
// screening follows the same schedule as the birthing parent's, behind the partner's consent.

export const partnerConsentGroup: ItemGroup = {
  kind: 'questions',
  id: 'partner-consent',
  title: 'Partner’s agreement',
  module: 'partner',
  subjects: ['partner'],
  section: 'partner',
  respondent: 'self',
  askableWhen: present('partner-present'),
  hiddenReason: 'Asked when the partner is in the room',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-PARTNER-CONSENT',
      when: present('partner-present'),
      because: 'Partner present: invite them, with their own consent, to talk about how they are feeling.',
      sources: ['S14', 'S15', 'S16'],
    },
  ],
  suggested: [],
  sources: ['S14', 'S15'],
  questions: [
    {
      id: PARTNER_CONSENT_QUESTION,
      text: 'Would you be happy for me to ask you some questions about how you have been feeling? It is your choice. If so, may what you tell me be written in the birthing parent’s maternity or health visiting record?',
      wording: 'prompt',
      options: [
        { id: PARTNER_AGREES_AND_SHARES, label: 'Yes, and it can go in that record' },
        { id: PARTNER_AGREES_KEEP_SEPARATE, label: 'Yes, but keep it out of that record' },
        { id: 'no', label: 'No' },
      ],
      scored: false,
      sources: ['S15', 'S27'],
    },
  ],
};

export const partnerInvolvedGroup: ItemGroup = {
  kind: 'questions',
  id: 'partner-involved',
  title: 'Partner or co-parent',
  module: 'partner',
  subjects: ['birthing-parent'],
  section: 'partner',
  respondent: 'self',
  askableWhen: { kind: 'all', conditions: [present('partner-absent'), selfPresent] },
  hiddenReason: 'Not needed while the partner is in the room',
  notAskableReason: 'Not needed while the partner is in the room',
  due: [
    {
      id: 'DUE-PARTNER-INVOLVED',
      when: present('partner-absent'),
      because: 'Partner not in the room: find out whether there is a partner or co-parent to plan for.',
      sources: ['S15', 'S16'],
    },
  ],
  suggested: [],
  sources: ['S15'],
  questions: [
    {
      id: PARTNER_INVOLVED_QUESTION,
      text: 'Is there a partner or co-parent involved with the baby?',
      wording: 'prompt',
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
      scored: false,
      sources: ['S15'],
    },
  ],
};

export const PARTNER_REPORT_WELLBEING = 'partner-report.wellbeing';
export const PARTNER_REPORT_RISK = 'partner-report.risk';

export const partnerReportGroup: ItemGroup = {
  kind: 'questions',
  id: 'partner-report',
  title: 'Her account of the partner (her report, not a finding)',
  module: 'partner',
  subjects: ['birthing-parent'],
  section: 'partner',
  respondent: 'birthing-parent-about-partner',
  enableWhen: isYes(PARTNER_INVOLVED_QUESTION),
  askableWhen: selfPresent,
  // Her account of the partner is asked and shown only while the partner is out of the room.
  privacy: 'partner-absent',
  hiddenReason: 'Asked when there is a partner or co-parent',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-PARTNER-REPORT',
      when: partnerNotSeen,
      because: 'Partner not seen: record her account of how the partner is (as her report, not a finding).',
      sources: ['S15'],
    },
  ],
  suggested: [],
  sources: ['S15'],
  questions: [
    {
      id: PARTNER_REPORT_WELLBEING,
      text: 'How does she think her partner has been feeling?',
      wording: 'prompt',
      options: [
        { id: 'seems-well', label: 'Seems well' },
        { id: 'some-worries', label: 'Some worries' },
        { id: 'very-worried', label: 'Very worried about them' },
        { id: 'does-not-know', label: 'Does not know' },
      ],
      scored: false,
      sources: ['S15'],
    },
    {
      id: PARTNER_REPORT_RISK,
      text: 'Has her partner said or done anything that makes her worry they might harm themselves or the baby?',
      wording: 'prompt',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes', label: 'Yes' },
      ],
      scored: false,
      summaryRisk: true,
      sources: ['S15', 'S27'],
    },
  ],
};

/**
 * The partner's own history, alcohol and substance use (pathway 2026.4.0; review 2026-12 item 11):
 * fathers may self-medicate with alcohol, masking their mood (seed 004 §3.3); partners of women in
 * specialist care are more vulnerable and may show distress differently (S15 ✅). Asked of the
 * partner, with their own consent, never of her about them. Due at first contacts (like her own
 * history), available at any contact.
 */
export const partnerHistoryGroup: ItemGroup = {
  kind: 'questions',
  id: 'partner-history',
  title: 'Partner’s own history',
  module: 'partner',
  subjects: ['partner'],
  section: 'partner',
  respondent: 'self',
  enableWhen: ownConsent,
  askableWhen: selfPresent,
  hiddenReason: 'Needs the partner’s own agreement first',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-PARTNER-HISTORY-FIRST-CONTACT',
      when: firstContact,
      because: 'First contact: ask the partner, with their agreement, about their own mental health history and alcohol or drug use.',
      sources: ['S15', 'S14'],
    },
  ],
  suggested: [],
  defer: prefersPrivate,
  sources: ['S15', 'S14'],
  // Issue 13 (lead's product decision, H89): the partner's own history as a checklist, like hers.
  allClear: {
    label: 'None of these: No to each',
    optionId: 'no',
    subjects: ['partner'],
    items: ['partner-history.mental-health', 'partner-history.alcohol-drugs'],
    sources: ['S15', 'S14'],
  },
  questions: [
    {
      id: 'partner-history.mental-health',
      text: 'Have you had mental health problems in the past, or now, or treatment for them?',
      wording: 'prompt',
      options: [
        { id: 'no', label: 'No' },
        { id: 'past', label: 'Yes, in the past' },
        { id: 'current', label: 'Yes, now' },
      ],
      scored: false,
      sources: ['S15', 'S14'],
    },
    {
      id: 'partner-history.alcohol-drugs',
      text: 'Do you use alcohol or drugs, including to cope or to help you sleep?',
      wording: 'prompt',
      hint: 'Some parents, fathers especially, use alcohol to cope, which can hide low mood.',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes-no-concern', label: 'Yes, not a concern' },
        { id: 'yes-concern', label: 'Yes, and it is a concern' },
      ],
      scored: false,
      sources: ['S15', 'S6'],
    },
  ],
};

/**
 * The partner's own privacy choice (S15 Idea #4: a confidentiality approach for each family
 * member): while the birthing parent or anyone else is in the room, are they happy to talk there?
 * "Rather in private" makes the partner's own due items optional for now (prefersPrivate).
 */
export const partnerPrivacyGroup: ItemGroup = {
  kind: 'questions',
  id: 'partner-privacy',
  title: 'Partner: talking with others in the room',
  module: 'partner',
  subjects: ['partner'],
  section: 'partner',
  respondent: 'self',
  enableWhen: all(ownConsent, any(present('birthing-parent-present'), present('others-present'))),
  askableWhen: selfPresent,
  hiddenReason: 'Needs the partner’s own agreement first',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-PARTNER-PRIVACY-CHOICE',
      when: present('partner-present'),
      because: 'Others are in the room with the partner: ask their questions there only if they agree.',
      sources: ['S15', 'S20'],
    },
  ],
  suggested: [],
  sources: ['S15', 'S20'],
  questions: [
    {
      id: PARTNER_PREFERS_PRIVATE_QUESTION,
      text: 'Is the partner happy to talk about how they have been feeling with others here?',
      wording: 'prompt',
      hint: 'Offer them a private opportunity as well.',
      options: [
        { id: 'yes', label: 'Yes, happy to talk now' },
        { id: 'prefers-private', label: 'Would rather talk in private' },
      ],
      scored: false,
      sources: ['S15', 'S20'],
    },
  ],
};

const anyPositive = (of: 'birthing-parent' | 'partner'): Condition =>
  any(positive('whooley', of), positive('gad-2', of), positive('epds', of), positive('phq-9', of), positive('gad-7', of));

export const partnerRecommendationRules: RecommendationRule[] = [
  {
    // Both parents positive is a family signal (seed 003: maternal and paternal depression are
    // linked; review 2026-12 item 11): couple or family support (O12; S14 ✅ couples therapy or
    // family interventions; S15 ✅).
    id: 'REC-BOTH-PARENTS-POSITIVE',
    subjects: ['partner'],
    when: all(anyPositive('birthing-parent'), anyPositive('partner')),
    outcomes: [{ code: 'O12', strength: 'recommend' }],
    level: 'E1',
    because: 'Both parents screened positive: think of the family as a whole; couple or family support alongside each parent’s own assessment.',
    sources: ['S14', 'S15'],
  },
  {
    id: 'REC-PARTNER-NOT-SEEN',
    subjects: ['partner'],
    when: partnerNotSeen,
    outcomes: [
      { code: 'O12', strength: 'recommend' },
      { code: 'O4', strength: 'recommend' },
      { code: 'O14', strength: 'recommend' },
    ],
    level: 'E0',
    because:
      'Partner not seen: give her written signposting for the partner (NHS Talking Therapies self-referral, GP, third sector) and plan to ask at the next contact.',
    sources: ['S14', 'S15', 'S24'],
  },
  {
    id: 'REC-PARTNER-REPORTED-WORRIES',
    subjects: ['partner'],
    when: answerIs(PARTNER_REPORT_WELLBEING, ['some-worries', 'very-worried'], 'birthing-parent'),
    outcomes: [
      { code: 'O12', strength: 'recommend' },
      { code: 'O4', strength: 'consider' },
      { code: 'O5', strength: 'consider' },
    ],
    level: 'E1',
    because: 'The birthing parent reports worries about the partner (her report, not a finding): partner support and signposting.',
    sources: ['S15', 'S14'],
  },
  {
    id: 'REC-PARTNER-DECLINED',
    subjects: ['partner'],
    when: answerIs(PARTNER_CONSENT_QUESTION, ['no']),
    outcomes: [{ code: 'O12', strength: 'consider' }],
    level: 'E0',
    because: 'The partner preferred not to answer questions: offer written information and signposting.',
    sources: ['S15'],
  },
  {
    id: 'REC-PARTNER-POSITIVE',
    subjects: ['partner'],
    when: {
      kind: 'any',
      conditions: [
        { kind: 'instrument-positive', instrument: 'whooley' },
        { kind: 'instrument-positive', instrument: 'gad-2' },
        { kind: 'instrument-positive', instrument: 'epds' },
        { kind: 'instrument-positive', instrument: 'phq-9' },
        { kind: 'instrument-positive', instrument: 'gad-7' },
      ],
    },
    outcomes: [{ code: 'O12', strength: 'recommend' }],
    level: 'E1',
    because: 'Positive screen in the partner: partner support and signposting alongside any assessment.',
    sources: ['S14', 'S15'],
  },
];

export const partnerPromptRules: PromptRule[] = [
  {
    id: 'PR-BOTH-PARENTS-POSITIVE',
    kind: 'prompt',
    subjects: ['birthing-parent'],
    when: all(anyPositive('birthing-parent'), anyPositive('partner')),
    text: 'Both parents screened positive: a family signal. Consider couple or family support as well as each parent’s own assessment.',
    sources: ['S14', 'S15'],
  },
];

export const partnerFlagRules: FlagRule[] = [
  {
    id: 'IR-PARTNER-REPORTED-RISK',
    kind: 'item-risk',
    subjects: ['partner'],
    when: isYes(PARTNER_REPORT_RISK, 'birthing-parent'),
    level: 'E4',
    title: 'She is worried the partner might harm themselves or the baby (her report)',
    doNow: [
      'Talk with her about what happened and whether she and the baby are safe now.',
      'Follow local safeguarding procedures for the baby (a child’s protection from harm takes priority over privacy).',
      'Arrange same-day help for the partner through the GP or the crisis team where their own risk is raised.',
      'Call 999 if there is imminent danger.',
    ],
    // O5, not O12: O12's access route is the specialist perinatal team, which does not see partners
    // for their own risk; the card already sends them to the GP or crisis team (adult services).
    routes: ['O10', 'O9', 'O5'],
    record: [
      'Her account, in her words, attributed to her.',
      'Who you contacted, when, and the information-sharing decision with its reasons.',
    ],
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S15', 'S27'],
  },
];
