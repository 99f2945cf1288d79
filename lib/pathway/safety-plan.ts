import type { Evaluation } from './evaluation';
import type { FlagKind, SourceId } from './schema';

// When a safety plan is offered (issue 10 item 8). SIGN (S8): when there is a risk of suicide, make a
// safety plan together: warning signs, actions to protect herself and the infant, coping strategies,
// people to call, professional contacts. CG192 1.6.5 (S1): check she knows where to get help, and
// advise her and her family to seek help if things get worse. This reads the engine's flags; it adds
// no rule of its own: any item-level self-harm risk flag (item 10 or 9 above 0, a disclosure, a risk
// answer withdrawn by a later change, thoughts of harming the baby) and MBRRACE flag 2 (new thoughts
// or acts of violent self-harm) make it due. The structured risk enquiry's own urgency flags (issue
// 10 items 1-2, another branch) are item-level risk flags too, so they are covered when they land.
// For the birthing parent: the parent copy is hers (a partner's plan is left for later work).

export const safetyPlanOffer: {
  flagKinds: readonly FlagKind[];
  flagRules: readonly string[];
  notForRules: readonly string[];
  sources: readonly SourceId[];
} = {
  flagKinds: ['item-risk'],
  // Thoughts of harming the baby that are wished or intended, or come with unusual beliefs, are
  // safeguarding-kind flags; SIGN's plan includes "actions to protect herself and the infant" (S8).
  flagRules: ['RF-VIOLENT-SELF-HARM', 'IR-HARM-THOUGHTS-INTENT', 'IR-HARM-THOUGHTS-PSYCHOTIC'],
  // Intrusive, unwanted thoughts with no intent (perinatal OCD) are not a risk to the baby: a plan to
  // "keep the baby safe" would contradict the card's reassurance and deter disclosure (S4, S1).
  notForRules: ['IR-HARM-THOUGHTS-INTRUSIVE'],
  sources: ['S8', 'S1'],
};

/** Whether a safety plan is due for the birthing parent, and the flags that make it so. */
export function safetyPlanDue(evaluation: Pick<Evaluation, 'flags'>): { due: boolean; because: string[] } {
  const because = evaluation.flags
    .filter((f) => f.subject === 'birthing-parent' && !safetyPlanOffer.notForRules.includes(f.ruleId))
    .filter((f) => safetyPlanOffer.flagKinds.includes(f.kind) || safetyPlanOffer.flagRules.includes(f.ruleId))
    .map((f) => f.id);
  return { due: because.length > 0, because };
}
