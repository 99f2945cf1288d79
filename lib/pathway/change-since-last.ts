import { any, bandRiseSinceLast, flagNewSinceLast, scoreRiseSinceLast } from './conditions';
import { redFlagRules } from './red-flags';
import type { Condition, InstrumentId, PromptRule } from './schema';

// Change since the last contact (issue 14; review 2026-12 "what none of today's tools do"): the
// first MBRRACE red flag is a *recent significant change in mental state* (S5, reference §3.3 item
// 1). A rise in a parent's scores since the previous contact in the story so far (the handover
// history) is shown and PROMPTS the red-flag check's "recent significant change" question
// (red-flags.mental-state-change). It is a prompt, never an escalation: it answers nothing, raises
// no card, sets no level and recommends no outcome. Urgency follows what the practitioner finds
// when she asks (H93: over-escalation from a trend would deter disclosure and cause alert fatigue).
//
// What counts as a rise:
// - EPDS: a rise of at least 4 points, the EPDS Reliable Change Index (Matthey S. Calculating
//   clinically significant change in postnatal depression studies using the Edinburgh Postnatal
//   Depression Scale. J Affect Disord 2004;78:269-272, doi:10.1016/S0165-0327(02)00313-0: "The RCI
//   for the EPDS is calculated to be four points", the difference needed to be 95% confident it
//   reflects real change, not measurement error). Verified in the paper's abstract. The reference
//   has no source id for it (S10 is the EPDS itself): cited as S10 here, with this comment; the
//   lead is asked to add it to pathway-reference.md.
// - PHQ-9 and GAD-7: NO reliable-change figure could be verified in a primary source (the NHS
//   Talking Therapies manual's figures were found only quoted second-hand), so no number is
//   encoded: a move into a higher band only, as for every instrument. Never an invented number.
// - Every instrument (EPDS, PHQ-9, GAD-7, Whooley, GAD-2): a move into a higher band than at the
//   previous score (the instrument's own band order; thresholds are organisation settings, so the
//   band recorded then is compared, not the number).
// The safer reading where ambiguous: a rise by EITHER test prompts (a prompt costs a question);
// a fall or a stable score prompts nothing (it does not mean she is well: the usual questions are
// asked as at any contact).

/** The EPDS reliable change index (Matthey 2004, see above). */
export const EPDS_RELIABLE_CHANGE = 4;

const INSTRUMENTS: readonly InstrumentId[] = ['epds', 'phq-9', 'gad-7', 'whooley', 'gad-2'];

/** Her scores rose since the last contact: a reliable EPDS rise, or any instrument into a higher band. */
export const risenSinceLastContact: Condition = any(
  scoreRiseSinceLast('epds', EPDS_RELIABLE_CHANGE),
  ...INSTRUMENTS.map((instrument) => bandRiseSinceLast(instrument)),
);

/**
 * A red flag new since the last contact (issue 14): a red flag of the check (MBRRACE, S5; kind
 * 'red-flag') raised today that the story so far does not hold for her from an earlier contact.
 * The recent-change flag itself is left out: its answer IS the question this prompts. Like the rise,
 * a PROMPT to ask the recent-change question, never an escalation by itself: the red flag raised
 * today already carries its own card and level; this adds no card, level or outcome (H93). Flags
 * the handover did not carry (a story from before issue 14 has only its own contact's flags) cannot
 * be compared; an earlier flag not in the story makes today's look new: the safer reading for a
 * prompt (one question), said in docs/pathway.md §17.
 */
export const NEW_RED_FLAG_RULES: readonly string[] = redFlagRules
  .filter((rule) => rule.kind === 'red-flag' && rule.id !== 'RF-MENTAL-STATE-CHANGE')
  .map((rule) => rule.id);

export const redFlagNewSinceLastContact: Condition = flagNewSinceLast([...NEW_RED_FLAG_RULES]);

export const changeSinceLastPromptRules: PromptRule[] = [
  {
    id: 'PR-RISE-SINCE-LAST-CONTACT',
    kind: 'prompt',
    // The "recent significant change" question is asked of the birthing parent (red-flags.ts).
    subjects: ['birthing-parent'],
    when: risenSinceLastContact,
    text: 'Her scores have risen since the last contact. Ask about a recent significant change in her mental state or new symptoms (red-flag check). This is a prompt, not an escalation: act on what you find.',
    sources: ['S5', 'S10'],
  },
  {
    id: 'PR-RED-FLAG-NEW-SINCE-LAST-CONTACT',
    kind: 'prompt',
    subjects: ['birthing-parent'],
    when: redFlagNewSinceLastContact,
    text: 'A red flag is raised today that was not raised at an earlier contact. Ask about a recent significant change in her mental state or new symptoms (red-flag check). This is a prompt: act on the red flag itself as its card says.',
    sources: ['S5'],
  },
];
