import type { AnswerKey, Contact, OutcomeDecision, Subject } from '../contact/contact';
import { levelRank } from '../pathway/escalation';
import type {
  CountedAnswer,
  Evaluation,
  Flag,
  InstrumentResult,
  ItemView,
  OutstandingItem,
  Reason,
  RecommendedOutcome,
} from '../pathway/evaluation';
import { PARTNER_AGREES_AND_SHARES, PARTNER_AGREES_KEEP_SEPARATE, PARTNER_CONSENT_QUESTION } from '../pathway/gates';
import { outcomes as outcomeCatalogue } from '../pathway/outcomes';
import type { EscalationLevel, RecommendationStrength } from '../pathway/schema';
import type { OutcomeCode } from '../shared/ids';

/**
 * Outcomes never written where the partner may read them (outcome data `notForPartner`: safeguarding,
 * O10; H118, reference §4.3, S20, S27): not as an outcome, a decision, or a flag's route.
 */
const NOT_FOR_PARTNER: ReadonlySet<OutcomeCode> = new Set(outcomeCatalogue.filter((o) => o.notForPartner).map((o) => o.code));

// What may go into one written output, and for whom. Every output of issue 5 (summary text,
// compact summary, partner summary, handover block, FHIR export) reads the contact and the
// evaluation ONLY through this view, so the rules below are enforced in one place.
//
// The evaluation must be the RECORD evaluation (`evaluateForRecord`): the written record is not the
// screen, and what the screen hides while someone is in the room (her account of the partner, with
// its same-day flag) belongs in the record. Given a screen evaluation while she is not alone, the
// view says so (`madeFromScreen`) and the summary prints a warning rather than claim completeness.
//
// 1. Only counted answers (`evaluation.answers`). Hidden answers are never there (H08); a risk
//    answer hidden by a later change reaches the record only through its flag
//    (IR-RISK-ANSWER-WITHDRAWN…, `flag.hiddenAnswers`), which says it is to be acted on as given.
// 2. Nothing derived from the private routine enquiry, in ANY output, even when she was alone:
//    a summary is pasted into a record the alleged perpetrator could see (reference §4.3; the
//    disclosure flag itself says "never record or paste anything about this where the person she
//    is afraid of could see it"). Private answers, flags, outcome reasons and outstanding items are
//    left out; the summary says only the neutral "Private question: asked in private" (identical
//    whatever was said) when she is alone as the summary is made, or the engine's neutral
//    "Private question outstanding" item (identical whatever was said or not yet asked) while she
//    is not alone, since the summary is then on screen in front of the others. Escalation levels and
//    outcome levels are recomputed without them, so the level cannot hint at a disclosure either.
//    The record evaluation holds private content whoever is in the room (marked 'private'): this
//    view is what keeps it out of every output.
// 3. The partner's own answers (their screening, wellbeing, relationship answers, the practitioner's
//    observations of them) go into the family record only with the partner's own consent to share
//    into it (S15 Idea #4, S27). Otherwise they go into a separate partner summary for the
//    partner's own record. The partner's consent answers themselves, and her account of the
//    partner (her report, not a finding), belong to the family record.
//    Exception, for the baby's safety: a partner flag whose routes include safeguarding (O10, e.g.
//    thoughts of harming the baby, imminent danger) stays in the family record without consent,
//    marked as shared for safety (S27: a child's protection from harm takes priority over privacy).

export type Audience = 'family-record' | 'partner-record';

export type PartnerShare = 'yes' | 'no' | 'not-asked';

export interface ViewOutcome {
  id: string;
  code: RecommendedOutcome['code'];
  subject: Subject;
  title: string;
  /** Recomputed from the reasons kept. */
  level: EscalationLevel;
  strength: RecommendationStrength;
  reasons: Reason[];
  decision?: OutcomeDecision;
  /**
   * Family record only: a safeguarding outcome (data `notForPartner`) recommended from the partner's
   * own answers, kept here without their consent to share (S27 rule 1, reference §4.3; H118-c).
   */
  sharedForSafety?: true;
}

export interface ViewFlag extends Flag {
  /** A partner's safeguarding flag kept in the family record without their consent to share (S27). */
  sharedForSafety: boolean;
}

export interface SummaryView {
  audience: Audience;
  /**
   * Made from a screen evaluation while she was not alone: content shown only in private may be
   * missing, so the summary warns instead of claiming completeness (callers must pass
   * `evaluateForRecord`).
   */
  madeFromScreen: boolean;
  contact: Contact;
  evaluation: Evaluation;
  partnerShare: PartnerShare;
  /** The partner gave answers of their own (they were seen and agreed to questions). */
  partnerHasOwnAnswers: boolean;
  /** Family record only: the partner's own answers (or flags from them) exist but are kept out of it. */
  partnerWithheld: boolean;
  /** A flag from the partner's own answers exists (it may be one whose question is now hidden). */
  partnerHasOwnFlags: boolean;
  /**
   * The routine enquiry was asked in private and she is alone now (only this neutral fact is ever
   * shown; while she is not alone the neutral outstanding item stands instead, whatever happened).
   */
  privateQuestionAsked: boolean;
  answers: CountedAnswer[];
  instruments: InstrumentResult[];
  flags: ViewFlag[];
  outcomes: ViewOutcome[];
  /** Decisions recorded without a recommendation (the practitioner's own choice). */
  chosen: OutcomeDecision[];
  /** The practitioner chose a safeguarding outcome (O10) without a recommendation: never itemised. */
  chosenSafeguarding: boolean;
  outstanding: OutstandingItem[];
  /** Due items with no response yet, in layout order. */
  dueUnanswered: ItemView[];
  level: EscalationLevel;
  items: ReadonlyMap<AnswerKey, ItemView>;
}

const CONSENT_QUESTIONS: readonly string[] = [PARTNER_CONSENT_QUESTION];

function questionOf(key: string): string {
  return key.slice(key.indexOf('/') + 1);
}

/** The partner's own content: their answers (or observations of them), not their consent answers. */
export function isPartnerOwnKey(key: string): boolean {
  return key.startsWith('partner/') && !CONSENT_QUESTIONS.includes(questionOf(key));
}

function maxLevel(levels: readonly EscalationLevel[]): EscalationLevel {
  return levels.reduce<EscalationLevel>((a, b) => (levelRank(b) > levelRank(a) ? b : a), 'E0');
}

export function partnerShareOf(evaluation: Evaluation): PartnerShare {
  // The partner's agreement to be asked and to share into this record is one answer (gates.ts).
  const consent = evaluation.answers.find((a) => a.key === `partner/${PARTNER_CONSENT_QUESTION}`);
  if (consent?.state.status !== 'answered') return 'not-asked';
  if (consent.state.optionId === PARTNER_AGREES_AND_SHARES) return 'yes';
  if (consent.state.optionId === PARTNER_AGREES_KEEP_SEPARATE) return 'no';
  return 'not-asked';
}

export function summaryView(contact: Contact, evaluation: Evaluation, audience: Audience = 'family-record'): SummaryView {
  const items = new Map<AnswerKey, ItemView>();
  for (const section of evaluation.sections) for (const item of section.items) items.set(item.key, item);

  const privateKeys = new Set<string>();
  for (const item of items.values()) if (item.privacy === 'private') privateKeys.add(item.key);
  for (const answer of evaluation.answers) if (answer.privacy === 'private') privateKeys.add(answer.key);
  const touchesPrivate = (keys: readonly string[]) => keys.some((k) => privateKeys.has(k));

  const partnerShare = partnerShareOf(evaluation);
  const partnerHasOwnAnswers = evaluation.answers.some((a) => isPartnerOwnKey(a.key));
  // A partner flag can stand on a stored answer whose question is hidden now (consent withdrawn
  // after a risk answer): it must still reach a record, so it counts as the partner's own content.
  const partnerHasOwnFlags = evaluation.flags.some((f) => f.privacy !== 'private' && f.triggeredBy.some(isPartnerOwnKey));
  const shareIntoFamily = partnerShare === 'yes';

  /**
   * Whether content triggered by these keys belongs in this audience's output. A partner's outcome
   * with no triggering answer at all is treated as the partner's own (fail safe: it cannot be shown
   * to belong to the family record), so it is in the partner's own record.
   */
  const keysBelong = (keys: readonly string[], subject?: Subject): boolean => {
    if (touchesPrivate(keys)) return false;
    const partnerOwn = keys.some(isPartnerOwnKey) || (keys.length === 0 && subject === 'partner');
    if (audience === 'family-record') return !partnerOwn || shareIntoFamily;
    // The partner's own record: their own answers, and a partner outcome that no answer triggered
    // (the situation, e.g. the baby has died: H108 specialist review), which the family record also
    // treats as the partner's own.
    return keys.length > 0 ? keys.every((k) => k.startsWith('partner/')) : subject === 'partner';
  };

  const answers = evaluation.answers.filter((a) => {
    if (a.privacy === 'private') return false;
    if (audience === 'family-record') return !isPartnerOwnKey(a.key) || shareIntoFamily;
    return a.subject === 'partner' && a.respondent !== 'birthing-parent-about-partner';
  });

  const instruments = evaluation.instruments.filter((r) =>
    audience === 'family-record' ? r.subject === 'birthing-parent' || shareIntoFamily : r.subject === 'partner',
  );

  /**
   * The partner's answers behind a safeguarding outcome (data `notForPartner`), per subject: a card
   * standing on the same answers is the reason for it (RF-UNSURE-IMMINENT-DANGER-PARTNER beside
   * REC-UNSURE-IMMINENT-DANGER). Both are kept in the family record "shared for safety" when the
   * partner keeps their answers separate: the partner's own summary never has them (H118), so the
   * family record and the block must (S27 rule 1: a child's protection from harm comes first;
   * reference §4.3; specialist review of H118, H118-c).
   */
  const safeguardingKeys = new Set<string>();
  for (const outcome of evaluation.outcomes) {
    if (!NOT_FOR_PARTNER.has(outcome.code)) continue;
    for (const r of outcome.reasons) {
      if (r.privacy === 'private' || touchesPrivate(r.triggeredBy)) continue;
      for (const k of r.triggeredBy) if (isPartnerOwnKey(k)) safeguardingKeys.add(k);
    }
  }
  const forSafety = (keys: readonly string[]) => audience === 'family-record' && keys.some((k) => safeguardingKeys.has(k));

  const flags: ViewFlag[] = [];
  for (const flag of evaluation.flags) {
    if (flag.privacy === 'private' || touchesPrivate(flag.triggeredBy)) continue;
    if (keysBelong(flag.triggeredBy)) {
      // The partner's own record keeps the partner's own card, without a route the partner may not read (H118).
      const routes = audience === 'partner-record' ? flag.routes.filter((code) => !NOT_FOR_PARTNER.has(code)) : flag.routes;
      flags.push({ ...flag, routes, sharedForSafety: false });
    } else if (
      audience === 'family-record' &&
      // Safeguarding routes, or a risk to the baby not yet explored (issue 10: thoughts of harming the
      // baby before the follow-up questions are answered are E2, with no automatic safeguarding route).
      (flag.routes.includes('O10') || flag.kind === 'safeguarding' || forSafety(flag.triggeredBy)) &&
      flag.triggeredBy.some(isPartnerOwnKey)
    ) {
      flags.push({ ...flag, sharedForSafety: true });
    }
  }
  const keptFlagRules = new Set(flags.map((f) => `${f.subject}/${f.ruleId}`));

  const outcomes: ViewOutcome[] = [];
  for (const outcome of evaluation.outcomes) {
    if (audience === 'partner-record' && (outcome.subject !== 'partner' || NOT_FOR_PARTNER.has(outcome.code))) continue;
    const safetyReason = (r: Reason) => NOT_FOR_PARTNER.has(outcome.code) && forSafety(r.triggeredBy);
    const reasons = outcome.reasons.filter(
      (r) =>
        r.privacy !== 'private' &&
        !touchesPrivate(r.triggeredBy) &&
        (keysBelong(r.triggeredBy, outcome.subject) || keptFlagRules.has(`${outcome.subject}/${r.ruleId}`) || safetyReason(r)),
    );
    if (reasons.length === 0) continue;
    const sharedForSafety = reasons.some(safetyReason) && !reasons.some((r) => keysBelong(r.triggeredBy, outcome.subject));
    outcomes.push({
      id: outcome.id,
      code: outcome.code,
      subject: outcome.subject,
      title: outcome.title,
      level: maxLevel(reasons.map((r) => r.level ?? outcome.level)),
      strength: reasons.some((r) => (r.strength ?? outcome.strength) === 'recommend') ? 'recommend' : 'consider',
      reasons,
      ...(outcome.decision ? { decision: outcome.decision } : {}),
      ...(sharedForSafety ? { sharedForSafety: true as const } : {}),
    });
  }
  // Same order as the engine: highest level first, birthing parent first, then by code.
  outcomes.sort((a, b) => levelRank(b.level) - levelRank(a.level));

  // Decisions on outcomes the engine did not recommend (or recommended only for reasons that are
  // left out here) are the practitioner's own choice. A decision on an outcome recommended only for
  // left-out reasons is left out with them.
  const recommendedIds = new Set(evaluation.outcomes.map((o) => o.id));
  const chosen: OutcomeDecision[] = [];
  let chosenSafeguarding = false;
  for (const decision of Object.values(contact.outcomeDecisions)) {
    const id = `${decision.subject}/${decision.code}`;
    if (recommendedIds.has(id)) continue;
    const forPartner = decision.subject === 'partner';
    const partnerOwn = partnerHasOwnAnswers || partnerHasOwnFlags;
    const belongs = audience === 'family-record' ? !forPartner || shareIntoFamily || !partnerOwn : forPartner && partnerOwn;
    if (!belongs) continue;
    // Never in the partner's own record, not even as "a safeguarding decision was recorded" (H118).
    if (audience === 'partner-record' && NOT_FOR_PARTNER.has(decision.code)) continue;
    // A safeguarding decision without a visible reason may follow a private disclosure: never itemised.
    if (decision.code === 'O10') {
      chosenSafeguarding = true;
      continue;
    }
    chosen.push(decision);
  }
  chosen.sort((a, b) => (a.subject === b.subject ? codeOrder(a.code) - codeOrder(b.code) : a.subject === 'birthing-parent' ? -1 : 1));

  const outstanding = evaluation.outstanding.filter((o) => {
    if (touchesPrivate(o.keys)) return false;
    // Regenerated from the kept flags and outcomes by the writers, so nothing left out can return.
    if (o.kind === 'flag-not-acknowledged' || o.kind === 'outcome-not-decided') return false;
    if (o.kind === 'private-question-outstanding' || o.kind === 'private-time-to-talk') return audience === 'family-record';
    // A parent's own risk item: the partner's goes where the partner's own flag goes (H110 for
    // imminent danger not ruled out, as RF-UNSURE-IMMINENT-DANGER-PARTNER is kept).
    if (
      o.kind === 'measure-not-complete' ||
      o.kind === 'risk-item-not-answered' ||
      o.kind === 'risk-not-known' ||
      o.kind === 'imminent-danger-unsure' ||
      o.kind === 'self-harm-not-asked-distressed'
    ) {
      if (o.subject !== 'partner') return audience === 'family-record';
      return audience === 'partner-record' || shareIntoFamily;
    }
    return audience === 'family-record';
  });

  const dueUnanswered = [...items.values()].filter(
    (item) =>
      item.requirement === 'due' &&
      item.state.status === 'unanswered' &&
      item.privacy !== 'private' &&
      !item.known &&
      (audience === 'family-record'
        ? !isPartnerOwnKey(item.key) || shareIntoFamily
        : item.subject === 'partner' && item.respondent !== 'birthing-parent-about-partner'),
  );

  const level = maxLevel([
    ...flags.map((f) => f.level),
    ...outcomes.filter((o) => o.strength === 'recommend').map((o) => o.level),
  ]);

  return {
    audience,
    madeFromScreen: evaluation.scope !== 'record' && !evaluation.presence.privateNow,
    contact,
    evaluation,
    partnerShare,
    partnerHasOwnAnswers,
    partnerHasOwnFlags,
    partnerWithheld: audience === 'family-record' && (partnerHasOwnAnswers || partnerHasOwnFlags) && !shareIntoFamily,
    privateQuestionAsked: evaluation.presence.privateNow && evaluation.answers.some((a) => a.privacy === 'private'),
    answers,
    instruments,
    flags,
    outcomes,
    chosen,
    chosenSafeguarding,
    outstanding,
    dueUnanswered,
    level,
    items,
  };
}

const CODE_ORDER = ['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10', 'O11', 'O12', 'O13', 'O14'];
function codeOrder(code: string): number {
  return CODE_ORDER.indexOf(code);
}
