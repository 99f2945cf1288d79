import { always, any, positive, present } from './conditions';
import { TALK_WITH_OTHERS_QUESTION, ownConsent, prefersPrivate, selfPresent } from './gates';
import type { ItemGroup, RecommendationRule } from './schema';

// Step A (reference §2.0 A, S2 st.4 ✅): ask about emotional wellbeing at every contact, giving
// room for concerns. Before that, when others are in the room, her agreement to talk with them
// there (§2.11; S20, S15). And the practitioner's own clinical judgement, which can make the fuller
// measures due whatever the screens show (§1.1 ◐, S1 "…or there is clinical concern").

export const SEVERITY_QUESTION = 'concern.severity';

export const talkWithOthersGroup: ItemGroup = {
  kind: 'questions',
  id: 'talk-with-others',
  title: 'Talking with others in the room',
  module: 'wellbeing',
  subjects: ['birthing-parent'],
  section: 'subject',
  respondent: 'self',
  // Only meaningful while others are present; when she is alone the answer is not needed.
  enableWhen: present('others-present'),
  askableWhen: selfPresent,
  hiddenReason: 'Only needed when others are in the room',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-OTHERS-PRESENT',
      when: always,
      because: 'Others are in the room: ask mental health questions with them there only if she agrees.',
      sources: ['S20', 'S15'],
    },
  ],
  suggested: [],
  sources: ['S20', 'S15'],
  questions: [
    {
      id: TALK_WITH_OTHERS_QUESTION,
      text: 'Others are in the room. Is she happy to talk about how she has been feeling with them here?',
      wording: 'prompt',
      hint: 'Offer a private opportunity as well: disclosure can be inhibited when others are present.',
      options: [
        { id: 'yes', label: 'Yes, happy to talk now' },
        { id: 'prefers-private', label: 'Would rather talk in private' },
      ],
      scored: false,
      sources: ['S20', 'S15'],
    },
  ],
};

export const wellbeingGroup: ItemGroup = {
  kind: 'questions',
  id: 'wellbeing',
  title: 'Emotional wellbeing',
  module: 'wellbeing',
  subjects: ['birthing-parent', 'partner'],
  section: 'subject',
  respondent: 'self',
  enableWhen: ownConsent,
  askableWhen: selfPresent,
  hiddenReason: 'Needs the partner’s own agreement first',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-WELLBEING-EVERY-CONTACT',
      when: always,
      because: 'Ask about emotional wellbeing at every routine antenatal and postnatal contact.',
      sources: ['S2'],
    },
  ],
  suggested: [],
  defer: prefersPrivate,
  sources: ['S2'],
  questions: [
    {
      id: 'wellbeing.feelings',
      text: 'How have you been feeling emotionally?',
      wording: 'prompt',
      hint: 'Give room for concerns, for example fear of birth, a multiple pregnancy, past loss or a traumatic birth.',
      options: [
        { id: 'no-concerns', label: 'No concerns raised' },
        { id: 'concerns-raised', label: 'Raised worries about how they are feeling' },
      ],
      scored: false,
      sources: ['S2'],
    },
  ],
};

export const clinicalConcernGroup: ItemGroup = {
  kind: 'questions',
  id: 'clinical-concern',
  title: 'Your clinical judgement',
  module: 'clinical-concern',
  subjects: ['birthing-parent', 'partner'],
  section: 'subject',
  respondent: 'practitioner',
  enableWhen: ownConsent,
  askableWhen: selfPresent,
  hiddenReason: 'Needs the partner’s own agreement first',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-CLINICAL-JUDGEMENT',
      when: always,
      because: 'Clinical judgement overrides any score: a low score with clinical concern still triggers assessment.',
      sources: ['S1', 'S10'],
    },
  ],
  suggested: [],
  sources: ['S1', 'S10'],
  questions: [
    {
      id: 'concern.clinical',
      text: 'Are you concerned about this parent’s mental health, whatever any score shows?',
      wording: 'prompt',
      hint: 'Yes makes a fuller measure (EPDS or PHQ-9, and GAD-7) due even when screens are negative.',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes', label: 'Yes' },
      ],
      scored: false,
      sources: ['S1', 'S10'],
    },
    {
      // Severity is a practitioner judgement, not a new number (reference §2.0 table: "consider O6
      // specialist PMH if moderate–severe or complex"; §3.4 E3). Asked after a positive measure.
      // Not for the partner: specialist perinatal teams do not see partners (review 2026-12 item 3).
      id: SEVERITY_QUESTION,
      text: 'In your judgement, is this moderate–severe or complex illness?',
      wording: 'prompt',
      hint: 'Yes offers the specialist perinatal mental health team for consideration; it never replaces a score.',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes', label: 'Yes, moderate–severe or complex' },
        { id: 'not-sure', label: 'Not sure' },
      ],
      scored: false,
      subjects: ['birthing-parent'],
      enableWhen: any(positive('whooley'), positive('gad-2'), positive('epds'), positive('phq-9'), positive('gad-7')),
      hiddenReason: 'Asked after a positive measure',
      sources: ['S1', 'S6'],
    },
  ],
};

export const severityRecommendationRules: RecommendationRule[] = [
  {
    id: 'REC-SEVERITY-JUDGEMENT',
    subjects: ['birthing-parent'],
    when: { kind: 'answer-is', question: SEVERITY_QUESTION, options: ['yes'] },
    outcomes: [{ code: 'O6', strength: 'consider' }],
    level: 'E3',
    because: 'In the practitioner’s judgement the illness is moderate–severe or complex: consider the specialist perinatal mental health team.',
    sources: ['S1', 'S6'],
  },
];
