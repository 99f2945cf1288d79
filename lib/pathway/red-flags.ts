import {
  all,
  any,
  answerIs,
  isYes,
  present,
  storedAnswerIs,
  storedScoreAtLeast,
  subjectIs,
  withdrawn,
  yesNo,
} from './conditions';
import { selfPresent } from './gates';
import type { FlagRule, ItemGroup } from './schema';

// Red flags and item-level risk (reference §3). Always run (§2.0 H). They act whatever the total
// and whatever else is answered: each rule reads one answer, never a score band.
//
// One tap for the usual contact: a check question ("none seen or reported" / "one or more, or not
// sure"); the detail questions appear only when something is present or the practitioner is unsure.
// Partner risk items (self-harm, harm to the baby, imminent danger) follow the same urgency
// (§2.10 tool logic 3) and need no screening consent: a child's protection from harm takes priority
// over privacy (S27).

export const RED_FLAG_CHECK = 'red-flags.check';
export const PARTNER_RISK_CHECK = 'red-flags.partner-check';

const birthingParentCheckSaysPresent = answerIs(RED_FLAG_CHECK, ['present-or-unsure']);
const checkSaysPresent = any(birthingParentCheckSaysPresent, answerIs(PARTNER_RISK_CHECK, ['present-or-unsure']));

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
  sources: ['S5', 'S4', 'S6', 'S8', 'S9'],
  questions: [
    {
      id: RED_FLAG_CHECK,
      subjects: ['birthing-parent'],
      text: 'Red flags: a recent significant change in mental state or new symptoms; new thoughts or acts of violent self-harm; new and persistent feelings of incompetence as a mother or estrangement from the baby; severe difficulty sleeping; signs of possible postpartum psychosis; thoughts of harming herself or the baby.',
      wording: 'paraphrase',
      options: [
        { id: 'none', label: 'None seen or reported' },
        { id: 'present-or-unsure', label: 'One or more, or not sure' },
      ],
      scored: false,
      sources: ['S5', 'S4', 'S8', 'S9'],
    },
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
      sources: ['S15', 'S27'],
    },
    {
      id: 'red-flags.mental-state-change',
      subjects: ['birthing-parent'],
      text: 'Recent significant change in mental state, or emergence of new symptoms',
      wording: 'paraphrase',
      options: yesNo,
      scored: false,
      enableWhen: birthingParentCheckSaysPresent,
      hiddenReason: 'Shown when a red flag is present or you are not sure',
      sources: ['S5', 'S4', 'S6'],
    },
    {
      id: 'red-flags.violent-self-harm',
      subjects: ['birthing-parent'],
      text: 'New thoughts or acts of violent self-harm',
      wording: 'paraphrase',
      options: yesNo,
      scored: false,
      enableWhen: birthingParentCheckSaysPresent,
      hiddenReason: 'Shown when a red flag is present or you are not sure',
      sources: ['S5', 'S4', 'S6'],
    },
    {
      id: 'red-flags.incompetence-estrangement',
      subjects: ['birthing-parent'],
      text: 'New and persistent expressions of incompetency as a mother, or estrangement from the baby',
      wording: 'paraphrase',
      options: yesNo,
      scored: false,
      enableWhen: birthingParentCheckSaysPresent,
      hiddenReason: 'Shown when a red flag is present or you are not sure',
      sources: ['S5', 'S4', 'S6'],
    },
    {
      id: 'red-flags.severe-sleep',
      subjects: ['birthing-parent'],
      text: 'Severe difficulties with sleeping',
      wording: 'paraphrase',
      options: yesNo,
      scored: false,
      enableWhen: birthingParentCheckSaysPresent,
      hiddenReason: 'Shown when a red flag is present or you are not sure',
      sources: ['S8'],
    },
    {
      id: 'red-flags.psychosis-signs',
      subjects: ['birthing-parent'],
      text: 'Signs of possible postpartum psychosis',
      wording: 'prompt',
      hint: 'Sudden onset in the days or weeks after birth, rapidly changing symptoms: high mood (mania), depression, confusion, hallucinations, delusions, loss of inhibitions, suspicion or fear, restlessness, behaving out of character. About half have no previous history.',
      options: yesNo,
      scored: false,
      enableWhen: birthingParentCheckSaysPresent,
      hiddenReason: 'Shown when a red flag is present or you are not sure',
      sources: ['S9', 'S4'],
    },
    {
      id: 'red-flags.harm-self-thoughts',
      text: 'Has disclosed thoughts of harming themselves',
      wording: 'prompt',
      options: yesNo,
      scored: false,
      enableWhen: checkSaysPresent,
      hiddenReason: 'Shown when a red flag is present or you are not sure',
      sources: ['S1', 'S8'],
    },
    {
      id: 'red-flags.harm-baby-thoughts',
      text: 'Has disclosed thoughts of harming the baby',
      wording: 'prompt',
      options: yesNo,
      scored: false,
      enableWhen: checkSaysPresent,
      hiddenReason: 'Shown when a red flag is present or you are not sure',
      sources: ['S8', 'S27'],
    },
    {
      id: 'red-flags.imminent-danger',
      text: 'Imminent danger to the parent or the baby',
      wording: 'prompt',
      options: yesNo,
      scored: false,
      enableWhen: checkSaysPresent,
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

export const redFlagRules: FlagRule[] = [
  redFlag('RF-MENTAL-STATE-CHANGE', 'red-flags.mental-state-change', 'Recent significant change in mental state or new symptoms', ['S5', 'S4', 'S6']),
  redFlag('RF-VIOLENT-SELF-HARM', 'red-flags.violent-self-harm', 'New thoughts or acts of violent self-harm', ['S5', 'S4', 'S6']),
  {
    ...redFlag('RF-INCOMPETENCE-ESTRANGEMENT', 'red-flags.incompetence-estrangement', 'New and persistent incompetence as a mother or estrangement from the baby', ['S5', 'S4', 'S6']),
    // The relationship observation can raise the same red flag (reference §2.12).
    when: any(isYes('red-flags.incompetence-estrangement'), answerIs('relationship.observation', ['estranged'])),
    doNow: [sameDayAssessment, askAboutBaby, safetyPlan, informProfessionals],
  },
  redFlag('RF-SEVERE-SLEEP', 'red-flags.severe-sleep', 'Severe difficulties with sleeping', ['S8']),
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
      'It usually starts suddenly in the days or weeks after birth, and can start in pregnancy: act on these signs at any stage. If told it is not psychosis but symptoms worsen, she should be seen again.',
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
    // The partner has their own copy below: adult routes, never the perinatal team (issue 10 item 6).
    subjects: ['birthing-parent'],
    when: any(
      withdrawn(storedScoreAtLeast('epds.10', 1)),
      withdrawn(storedScoreAtLeast('phq-9.9', 1)),
      withdrawn(storedAnswerIs('red-flags.harm-self-thoughts', ['yes'])),
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
    id: `${RISK_ANSWER_WITHDRAWN}-PARTNER`,
    kind: 'item-risk',
    subjects: ['partner'],
    when: any(
      withdrawn(storedScoreAtLeast('epds.10', 1)),
      withdrawn(storedScoreAtLeast('phq-9.9', 1)),
      withdrawn(storedAnswerIs('red-flags.harm-self-thoughts', ['yes'])),
    ),
    level: 'E4',
    title: 'A risk answer given earlier in this contact is now hidden by a later change: act on it as given (partner: adult services)',
    doNow: [
      actAsGiven,
      'Arrange a same-day mental health assessment through adult services: the GP the same day, or the adult crisis or home treatment team; otherwise NHS 111 (mental health option where available) or A&E.',
      safetyPlan,
      dontLeave,
      informProfessionals,
      correctOrRecord,
    ],
    routes: ['O9', 'O5'],
    record: recordWithdrawn,
    timeframe: 'Same day',
    sources: ['S10', 'S1', 'S9', 'S27'],
  },
  {
    id: `${RISK_ANSWER_WITHDRAWN}-BABY`,
    kind: 'item-risk',
    // The partner's copy below: adult routes in its words (issue 10 item 6).
    subjects: ['birthing-parent'],
    when: any(
      withdrawn(storedAnswerIs('red-flags.harm-baby-thoughts', ['yes'])),
      withdrawn(storedAnswerIs('relationship.acted-on', ['yes'])),
    ),
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
    sources: ['S27', 'S5', 'S15'],
  },
  {
    id: `${RISK_ANSWER_WITHDRAWN}-BABY-PARTNER`,
    kind: 'item-risk',
    subjects: ['partner'],
    when: any(
      withdrawn(storedAnswerIs('red-flags.harm-baby-thoughts', ['yes'])),
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
    sources: ['S9', 'S6', 'S5', 'S27'],
  },
];
