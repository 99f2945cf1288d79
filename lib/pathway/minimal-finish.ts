import type { Evaluation, OutstandingItem, RecommendedOutcome } from './evaluation';

// The one-tap finish ("Universal information given: write the summary") is offered only for a
// contact with nothing to act on. The UI asks this instead of deciding for itself, so the rule is
// tested in one place (tests/lib/pathway/minimal-finish.test.ts).

/** Universal information (O1) recommended and not yet decided: what "mark as given" may record in one tap. */
export function undecidedUniversalInformation(evaluation: Evaluation): RecommendedOutcome[] {
  return evaluation.outcomes.filter((o) => o.code === 'O1' && !o.decision);
}

/**
 * True when the contact needs nothing but universal information (O1, reference §2.0 severity table:
 * "Whooley negative, GAD-2 < 3, no concern"):
 * - nothing due is left unanswered that could be asked now (no next question, no due, askable,
 *   unanswered item), and no due measure or risk item is left incomplete, even one that cannot be
 *   asked now (the person left the room): that is handed over, not finished in one tap;
 * - no flag at all (a red flag, a risk answer, "risk not known", a history flag);
 * - at least one outcome, and every outcome the engine offers (recommended or to consider) is O1
 *   with no decision recorded yet.
 *
 * Pass the SCREEN evaluation (`evaluate`): while she is not alone it holds nothing that may only be
 * shown in private, so the answer, like everything else on screen, never depends on a private
 * answer (H05). What was withheld stays in the record evaluation and the summary, and the neutral
 * "Private question outstanding" item stays outstanding.
 */
export function universalInformationOnly(evaluation: Evaluation): boolean {
  if (evaluation.nextQuestion !== null) return false;
  const dueAskable = evaluation.sections.some((section) =>
    section.items.some((item) => item.requirement === 'due' && item.askableNow && item.state.status === 'unanswered'),
  );
  if (dueAskable) return false;
  // A measure or a risk answer not known: never a minimal contact (outstanding rules' blocksMinimalFinish).
  if (evaluation.outstanding.some((o) => o.blocksMinimalFinish)) return false;
  if (evaluation.flags.length > 0) return false;
  return evaluation.outcomes.length > 0 && undecidedUniversalInformation(evaluation).length === evaluation.outcomes.length;
}

/**
 * Unknown risk is outstanding, never "none" (issue 10 item 3): while a due risk enquiry has nothing
 * recorded for its key question, the contact is finished only with a recorded reason. The panel
 * records it as the question's own response (declined, or not asked with a reason), so the reason
 * is stored with the answer, shown in the summary ("self-harm risk not known: ...") and carried in
 * the handover as outstanding. Pass the SCREEN evaluation (it only ever names what may be shown).
 */
export function finishNeedsReason(evaluation: Evaluation): OutstandingItem[] {
  return evaluation.outstanding.filter((o) => o.kind === 'risk-not-known' && o.needsReason === true);
}
