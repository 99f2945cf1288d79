import { always, answerIs, isYes, storedAnswerIs, withdrawn } from './conditions';
import { selfPresent } from './gates';
import type { FlagRule, ItemGroup, RecommendationRule } from './schema';

// Routine enquiry about domestic abuse (reference §2.11; S20 ✅). Trained staff in antenatal and
// postnatal services ask as routine, even with no indicators, in private, one-to-one; never through
// a family interpreter. The group has privacy 'private': it is asked and displayed only when the
// birthing parent is alone (lib/pathway/privacy.ts; children from settings.childPresentFromAgeYears
// count as present, ⚠ §6.15). While she is not alone, nothing on screen names the topic: the engine
// shows one neutral item, PRIVATE_ITEM_TEXT, whatever was answered in private (still to ask, asked
// with no disclosure, a disclosure that needs follow-up), so that its presence tells an onlooker
// nothing. Answers given in private are kept, never discarded.
//
// ⚠ NICE NG201's own enquiry wording was not retrieved (§6.15), so the question is a practitioner
// prompt, not a script; local IDVA/MARAC routes are not in the sources (map O10 locally).

/** The only thing shown about this topic while she is not alone (also the handover wording). */
export const PRIVATE_ITEM_TEXT = 'Private question outstanding';
/**
 * Why it is shown, in words that are true whatever was answered: still to ask, asked with nothing to
 * follow up, or something to follow up (pathway 2026.3.0: the item no longer depends on the answer).
 */
export const PRIVATE_ITEM_REASON = 'Ask it, or review it, only when she is alone';
/** The outstanding item's text, for the summary and the handover (true in every case, as above). */
export const PRIVATE_OUTSTANDING_TEXT = `${PRIVATE_ITEM_TEXT}: ask it, or review it, only when she is alone.`;

/**
 * How a flag from the private question reads ON SCREEN, even while she is alone (issue 10 item 9):
 * someone can walk in before the panel is told, so a card or banner never names the topic. The
 * specifics stay in the outcome the practitioner opens (O10 with its reasons) and in the record
 * evaluation. The words are true of every private flag; E5 keeps "call 999".
 */
export const PRIVATE_FLAG_TITLE = 'Private question: follow it up';
export const PRIVATE_FLAG_DO_NOW = ['Follow it up today, while she is alone: open the outcome for what to do.'];
export const PRIVATE_FLAG_DO_NOW_EMERGENCY = ['Call 999 if anyone is in immediate danger.', ...PRIVATE_FLAG_DO_NOW];
export const PRIVATE_FLAG_RECORD = ['In the record under local procedures, never in a summary others might see.'];

export const ENQUIRY_QUESTION = 'domestic-abuse.enquiry';
export const DANGER_QUESTION = 'domestic-abuse.immediate-danger';

export const routineEnquiryGroup: ItemGroup = {
  kind: 'questions',
  id: 'routine-enquiry',
  title: 'Routine enquiry (in private)',
  module: 'private-enquiry',
  subjects: ['birthing-parent'],
  section: 'birthing-parent',
  respondent: 'self',
  askableWhen: selfPresent,
  privacy: 'private',
  hiddenReason: PRIVATE_ITEM_TEXT,
  notAskableReason: PRIVATE_ITEM_TEXT,
  due: [
    {
      id: 'DUE-ROUTINE-ENQUIRY',
      when: always,
      because: 'Ask about domestic abuse as a routine part of antenatal and postnatal care, even with no indicators, in private.',
      sources: ['S20'],
    },
  ],
  suggested: [],
  sources: ['S20'],
  questions: [
    {
      id: ENQUIRY_QUESTION,
      text: 'Routine enquiry about domestic abuse, asked in private in the way your training sets out.',
      wording: 'prompt',
      hint: 'Only when she is alone: no partner, relative, friend or family interpreter (a professional interpreter is fine).',
      options: [
        { id: 'no-disclosure', label: 'Asked: no disclosure' },
        { id: 'disclosure', label: 'Asked: disclosure made' },
        { id: 'concern-no-disclosure', label: 'Asked: no disclosure, but you have concerns' },
      ],
      scored: false,
      sources: ['S20'],
    },
    {
      id: DANGER_QUESTION,
      text: 'Is she or the baby in immediate danger?',
      wording: 'prompt',
      options: [
        { id: 'no', label: 'No' },
        { id: 'yes', label: 'Yes' },
      ],
      scored: false,
      enableWhen: answerIs(ENQUIRY_QUESTION, ['disclosure', 'concern-no-disclosure']),
      hiddenReason: 'Asked after a disclosure or a concern',
      sources: ['S20', 'S27'],
    },
  ],
};

export const domesticAbuseFlagRules: FlagRule[] = [
  {
    // Level: the reference gives no urgency for a disclosure; same day is the safer choice (docs/pathway.md).
    id: 'SG-DA-DISCLOSURE',
    kind: 'safeguarding',
    subjects: ['birthing-parent'],
    when: answerIs(ENQUIRY_QUESTION, ['disclosure']),
    level: 'E4',
    title: 'Domestic abuse disclosed',
    doNow: [
      'Thank her and assess her safety and the baby’s now, in private.',
      'Offer referral to specialist domestic abuse support (your local route).',
      'Consider safeguarding for the baby and other children under local procedures.',
      'Never record or paste anything about this where the person she is afraid of could see it.',
    ],
    routes: ['O10'],
    record: [
      'In the record, not in a summary that others might see: what she said, the safety assessment, the referral offered.',
      'The information-sharing decision and the reasons, whether you share or not.',
    ],
    timeframe: 'Same day',
    neutralOnScreen: true,
    sources: ['S20', 'S27'],
  },
  {
    id: 'SG-DA-IMMEDIATE-DANGER',
    kind: 'safeguarding',
    subjects: ['birthing-parent'],
    when: isYes(DANGER_QUESTION),
    level: 'E5',
    title: 'Immediate danger',
    doNow: ['Call 999.', 'Follow local safeguarding procedures for her and the baby.'],
    routes: ['O9', 'O10'],
    record: ['What happened, who you contacted and when.', 'The information-sharing decision and the reasons.'],
    timeframe: 'Immediately',
    neutralOnScreen: true,
    sources: ['S20', 'S27'],
  },
  {
    // As IR-RISK-ANSWER-WITHDRAWN (red-flags.ts) for the private question's danger answer: a
    // "Yes" hidden by a later change to the first answer is still acted on. Shown only in private,
    // like everything derived from this group; the wording names no topic.
    id: 'SG-RISK-ANSWER-WITHDRAWN',
    kind: 'safeguarding',
    subjects: ['birthing-parent'],
    when: withdrawn(storedAnswerIs(DANGER_QUESTION, ['yes'])),
    level: 'E5',
    title: 'A safety answer given earlier in this contact is now hidden by a later change: act on it as given',
    doNow: [
      'A later change hid the question of a safety answer given earlier; it did not undo what was said. Act on it as it was given.',
      'Call 999 if there is immediate danger; follow local safeguarding procedures.',
      'If the answer was recorded by mistake, correct that answer itself; otherwise record why the later answer changed.',
    ],
    routes: ['O9', 'O10'],
    record: ['The answer as it was given, and why it changed.', 'The information-sharing decision and the reasons.'],
    timeframe: 'Immediately',
    neutralOnScreen: true,
    sources: ['S20', 'S27'],
  },
];

export const domesticAbuseRecommendationRules: RecommendationRule[] = [
  {
    id: 'REC-DA-DISCLOSURE',
    subjects: ['birthing-parent'],
    when: answerIs(ENQUIRY_QUESTION, ['disclosure']),
    outcomes: [{ code: 'O10', strength: 'recommend' }],
    level: 'E4',
    because: 'Disclosure: safety assessment, specialist domestic abuse support and safeguarding consideration for the baby.',
    sources: ['S20', 'S27'],
  },
  {
    id: 'REC-DA-CONCERN',
    subjects: ['birthing-parent'],
    when: answerIs(ENQUIRY_QUESTION, ['concern-no-disclosure']),
    outcomes: [{ code: 'O10', strength: 'consider' }],
    level: 'E1',
    because: 'Concerns without disclosure: offer another private opportunity and follow local safeguarding procedures.',
    sources: ['S20', 'S27'],
  },
];
