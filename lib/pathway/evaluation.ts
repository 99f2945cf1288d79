import type {
  AnswerKey,
  ContactTypeId,
  NotAskedReason,
  OutcomeCode,
  OutcomeDecision,
  PractitionerRole,
  ReportSource,
  Subject,
} from '../contact/contact';
import type { KnownFactView } from './known-facts';
import type {
  EscalationLevel,
  FlagKind,
  InstrumentId,
  OutstandingKind,
  InstrumentStatus,
  Phase,
  Privacy,
  RecallWindow,
  RecommendationStrength,
  Respondent,
  SectionId,
  SourceId,
} from './schema';

// What `evaluate(pathway, contact, settings)` (the screen) and `evaluateForRecord(pathway, contact,
// settings)` (the written record) return: everything the side panel, the summary and the handover
// need, so none of them re-implements a rule. Show `evaluate` on screen; give every written output
// (lib/summary, lib/handover, lib/fhir) `evaluateForRecord`: the record must keep what the screen
// hides while someone is in the room (`scope` says which one an evaluation is).
//
// How to consume it:
// - Render `sections` in order. Each holds `items` (questions with exact wording, options with
//   labels and scores, state, whether due) and `hidden` (what is not shown, with a neutral reason).
//   Write an answer under `item.key` (`${subject}/${questionId}`, lib/contact answerKey).
// - Offer `nextQuestion` as the one-tap "ask this next" (null when nothing due can be asked now).
// - Show `flags` as action cards (sorted most urgent first); track acknowledgement by `flag.id`
//   (stable for a rule and subject, so it survives re-evaluation) in contact.acknowledgedFlags.
// - Show `instruments` as results (total only when complete), `escalation` as the overall level,
//   `outcomes` as the recommended stepped-care outcomes with reasons, and `outstanding` in the
//   handover block.
// - The summary and any export use `answers` only: it holds exactly the answers that count.
//   Answers to hidden items, and anything that may only be shown in private while privacy does
//   not hold, are never in this object (see `privacy`).
//
// Privacy (screen): while the birthing parent is not alone, nothing in an Evaluation names or hints
// at the private (routine-enquiry) topic, or at her account of the partner while the partner is in
// the room; one neutral item "Private question outstanding" is present, whatever was answered in
// private (so nothing observable depends on a private answer). Content given in private is kept in
// the contact and reappears when privacy holds. Items, counted answers, flags, outcomes and reasons
// derived from such answers carry `privacy` ('private' = routine enquiry; 'partner-absent' = her
// account of the partner) so the summary can keep them out of anything pasted where others may read
// it. The record scope holds them whoever is in the room, always marked.
//
// Builders for tests, demos and golden summaries: lib/pathway/contact-builder.ts (buildContact,
// scores, declined, notAsked); whole-contact fixtures: tests/lib/pathway/scenarios/fixtures.ts.

export type { AnswerKey, Subject };

/** Every rule-driven line carries the rule id and its sources so the summary can say why. */
export interface Reason {
  ruleId: string;
  text: string;
  sources: SourceId[];
  /** The answers that made the rule fire (stored answer keys). */
  triggeredBy: AnswerKey[];
  /** Set when derived from an answer that may only be shown in private. */
  privacy?: Privacy;
  /** Outcome reasons only: the level and strength this rule gives the outcome. */
  level?: EscalationLevel;
  strength?: RecommendationStrength;
}

export interface OptionView {
  id: string;
  label: string;
  /** Present for scored items; the score is defined on the option, never by its position. */
  score?: number;
}

/** due = ask at this contact; suggested = consider asking (shown, not counted as due); optional = available. */
export type Requirement = 'due' | 'suggested' | 'optional';

export type ItemState =
  | { status: 'unanswered' }
  | {
      status: 'answered';
      optionId: string;
      label: string;
      score?: number;
      answeredAt: string;
      /** Set when the answer was given to the same question in another instrument (GAD-2 → GAD-7). */
      carriedFrom?: AnswerKey;
      /** Who it came from, where the question records it (the red-flag check). */
      from?: ReportSource[];
    }
  | { status: 'declined'; answeredAt: string }
  | { status: 'not-asked'; reason: NotAskedReason; note?: string; answeredAt: string };

export interface ItemView {
  /** Where the answer is stored: `${subject}/${questionId}`. */
  key: AnswerKey;
  /** Whose answer this is (the answer's subject). */
  subject: Subject;
  /** Who answers: the parent, the practitioner (observation), or the birthing parent about the partner. */
  respondent: Respondent;
  /** Who the question is about. A 'birthing-parent-about-partner' item is HER report, not a finding. */
  about: Subject | 'baby';
  section: SectionId;
  groupId: string;
  groupTitle: string;
  questionId: string;
  instrumentId?: InstrumentId;
  /** The instrument stem, repeated on each item so an item renders on its own. */
  stem?: string;
  recallWindow?: RecallWindow;
  text: string;
  /** 'exact' = quote verbatim; 'paraphrase' = authoritative wording not retrieved; 'prompt' = practitioner prompt. */
  wording: 'exact' | 'paraphrase' | 'prompt';
  hint?: string;
  /** Shared and frozen: do not mutate. */
  options: readonly OptionView[];
  scored: boolean;
  requirement: Requirement;
  requirementReasons: Reason[];
  /** Set when a due item became optional for now (e.g. she would rather talk in private). */
  deferredBecause?: Reason;
  /** False when this cannot be asked now (e.g. the person is not in the room). */
  askableNow: boolean;
  notAskableReason?: string;
  state: ItemState;
  /**
   * A fact known from the story so far (a previous contact's handover): show "known from <date>,
   * <role>" and offer "still true" (store `known.confirmOptionId`) or "changed". Until today's
   * answer replaces it, the known fact counts in the rules; it is never in `answers`.
   */
  known?: KnownFactView;
  /** Set on items that may only be displayed in private (they appear only while privacy holds). */
  privacy?: Privacy;
  /**
   * Screening asked at an earlier contact within its own recall window (from the story so far):
   * shown as known with its date and role; not due again, and still available on concern.
   */
  recentlyAsked?: { at: string; role: PractitionerRole; recallText: string };
  /** Ask who the answer came from (the parent, your observation, a partner or relative). */
  recordsWhoReported?: true;
  /**
   * The answers (option ids) that are risk lines in the summary, from the data's `summaryRisk`
   * markers on the question (every option) or on single options (issue 16).
   */
  summaryRiskOptions?: readonly string[];
  /**
   * Other answers raised the red flag this check item stands for (an informant's report, the
   * relationship observation…): the item reads as SEEN whatever it was answered. Show it so; never
   * "not seen" beside the raised flag.
   */
  raisedBy?: RaisingAnswer[];
  /** One action that answers the group's unanswered items at once ("None of these seen or reported"). */
  allClear?: AllClearView;
}

/** An answer (elsewhere in the contact) that raised the red flag a check item stands for. */
export interface RaisingAnswer {
  key: AnswerKey;
  subject: Subject;
  respondent: Respondent;
  questionId: string;
  text: string;
  /** The option label given. */
  answer: string;
}

export interface AllClearView {
  label: string;
  optionId: string;
  /** Who it came from, for check items that record it; absent for a history checklist. */
  from?: ReportSource[];
  /** The unanswered items it answers (each stored as its own fact). */
  keys: AnswerKey[];
  /**
   * Issue 13 (H89): each item it answers, as the panel asks it, with the answer it records, so the
   * action shows everything it covers before it is used.
   */
  items: AllClearItem[];
}

export interface AllClearItem {
  key: AnswerKey;
  text: string;
  /** The label of the option recorded for this item ("No", "Not seen"). */
  answer: string;
}

export interface HiddenEntry {
  /** Answer keys concerned; empty for the neutral private entry (it never names a question). */
  keys: AnswerKey[];
  subject?: Subject;
  /** Short neutral title for the UI. */
  title: string;
  /** Neutral reason, safe to show to anyone in the room. */
  reason: string;
  /**
   * 'not-relevant': answers here count as no answer. 'not-applicable': the contact's situation makes
   * it not applicable (the reason says why, e.g. the baby is in the neonatal unit; the summary lists
   * it under "not asked, and why"). 'not-askable-now': nothing to ask yet. 'private': see Evaluation docs.
   */
  why: 'not-relevant' | 'not-applicable' | 'not-askable-now' | 'private';
  /** For 'not-applicable': the rule and its sources. */
  ruleId?: string;
  sources?: SourceId[];
  /** For 'not-applicable': the items do not apply one by one (a question's own rule, H119), not the whole group. */
  itemLevel?: true;
  /**
   * True when an answer stored under one of `keys` is being ignored because the item is hidden
   * (relevance or consent): show "an earlier answer here no longer counts". Always false for the
   * neutral private entry and for 'not-askable-now'.
   */
  ignoresStoredAnswer: boolean;
  /**
   * True when such an ignored answer is a risk answer that still raises a flag
   * (IR-RISK-ANSWER-WITHDRAWN…): show "an earlier risk answer here is still acted on" rather than
   * "no longer counts".
   */
  keepsRiskAnswer: boolean;
}

export interface SectionProgress {
  /** Items due at this contact. */
  due: number;
  /** Due items with a response (answered, declined or not asked with a reason). */
  dueResponded: number;
  answered: number;
  declined: number;
  notAsked: number;
}

export interface SectionView {
  id: SectionId;
  title: string;
  items: ItemView[];
  hidden: HiddenEntry[];
  progress: SectionProgress;
  /** Every due item has a response. */
  complete: boolean;
}

export interface NextQuestion {
  key: AnswerKey;
  subject: Subject;
  respondent: Respondent;
  section: SectionId;
  item: ItemView;
}

export interface BandView {
  id: string;
  label: string;
  /** Inclusive lower bound, resolved from settings where the band is configurable. */
  from: number;
  /** Inclusive upper bound. */
  to: number;
  sources: SourceId[];
}

export interface ItemRiskView {
  key: AnswerKey;
  questionId: string;
  /** positive = score above 0; unknown = declined, not asked or not yet answered. */
  status: 'positive' | 'negative' | 'unknown';
  score?: number;
  optionLabel?: string;
}

export interface MissingItem {
  key: AnswerKey;
  questionId: string;
  status: 'unanswered' | 'declined' | 'not-asked';
  reason?: NotAskedReason;
}

export interface InstrumentResult {
  instrumentId: InstrumentId;
  subject: Subject;
  name: string;
  shortName: string;
  status: InstrumentStatus;
  /** Only when complete. A declined or not-asked item never counts as 0. */
  total: number | null;
  /** The sum of the items answered so far (a lower bound while incomplete; never presented as a total). */
  answeredSum: number;
  maxTotal: number;
  answeredCount: number;
  itemCount: number;
  /** Only when complete. */
  band: BandView | null;
  /**
   * While incomplete: the band the answered items alone already reach, when above the lowest
   * band (the final band can only be this or higher). Rules act on it; it is never a total.
   */
  bandAtLeast: BandView | null;
  /**
   * true: at or above the positive cut-off (or already there on the items answered alone);
   * false: complete and below it; null: not known (not started, or incomplete and below).
   */
  positive: boolean | null;
  /** True when positive was reached on the answered items of an incomplete instrument. */
  positiveOnAnsweredItems: boolean;
  positiveLabel: string;
  /** The cut-off used, resolved from settings (e.g. the partner EPDS threshold). */
  positiveFrom: number;
  recallWindow: RecallWindow;
  itemRisk: ItemRiskView[];
  missing: MissingItem[];
  requirement: Requirement;
  requirementReasons: Reason[];
  codes: { loincPanel?: string; loincTotal?: string; snomedScore?: string };
  sources: SourceId[];
}

export interface Flag {
  /** Stable per rule and subject (`${ruleId}/${subject}`): use it to record acknowledgement. */
  id: string;
  ruleId: string;
  kind: FlagKind;
  level: EscalationLevel;
  subject: Subject;
  title: string;
  /** What to do now, in order. */
  doNow: string[];
  /** Outcome codes that are the routes (map to local services via configuration). */
  routes: OutcomeCode[];
  /** What to record. */
  record: string[];
  timeframe: string;
  sources: SourceId[];
  triggeredBy: AnswerKey[];
  /**
   * Answers that raised this flag although their question is hidden now (a later change hid it:
   * IR-RISK-ANSWER-WITHDRAWN…). Show them on the card and in the record: they are to be acted on
   * as given. Absent when every trigger is visible.
   */
  hiddenAnswers?: HiddenRiskAnswer[];
  acknowledgedAt?: string;
  /**
   * Whether the card is one to acknowledge: the pathway's 'flag-not-acknowledged' outstanding rule
   * (outstanding.ts) lists it while it is not acknowledged. False for the kinds that rule leaves out
   * ("risk not known" prompts: another outstanding rule owns what they say), which have nothing to
   * acknowledge, so no output may call them "not acknowledged" (H109).
   */
  needsAcknowledgement: boolean;
  /** Set when derived from a private answer (shown only while privacy holds). */
  privacy?: Privacy;
  /**
   * Screen only: a flag from the private question, shown in the neutral private-question wording
   * (title, what to do, what to record; no routes). Never show its rule id or sources on screen.
   */
  neutral?: true;
}

export interface HiddenRiskAnswer {
  key: AnswerKey;
  subject: Subject;
  /** Who gave it (the parent, the practitioner's observation, or her report about the partner). */
  respondent: Respondent;
  questionId: string;
  /** The question as asked. */
  text: string;
  /** The option label given, with its score where the item is scored ("Sometimes (2)"). */
  answer: string;
}

export interface EscalationView {
  level: EscalationLevel;
  label: string;
  action: string;
  timeframe: string;
  /** Flag ids and `${subject}/${code}` outcome ids that set this level. */
  because: string[];
}

export interface RecommendedOutcome {
  /** `${subject}/${code}`: the key of contact.outcomeDecisions. */
  id: string;
  code: OutcomeCode;
  subject: Subject;
  title: string;
  route: string;
  level: EscalationLevel;
  /** 'recommend' raises the escalation level; 'consider' is offered for judgement and does not. */
  strength: RecommendationStrength;
  reasons: Reason[];
  decision?: OutcomeDecision;
  privacy?: Privacy;
}

/** The kinds of outstanding item (pathway data: schema.ts outstandingKindSchema). */
export type { OutstandingKind };

export interface OutstandingItem {
  kind: OutstandingKind;
  subject?: Subject;
  /** Neutral, handover-safe text. */
  text: string;
  instrumentId?: InstrumentId;
  keys: AnswerKey[];
  ruleId?: string;
  sources: SourceId[];
  /** 'risk-not-known' only: nothing at all is recorded yet, so finishing needs a recorded reason. */
  needsReason?: boolean;
  /**
   * The outstanding rule (pathway data, lib/pathway/outstanding.ts `OS-…`) that listed this item.
   * Absent on the neutral private item (nothing on it may hint at the topic).
   */
  outstandingRuleId?: string;
  /** From the rule's data: the one-tap "universal information given" finish is not offered (minimal-finish.ts). */
  blocksMinimalFinish?: true;
  /** From the rule's data: in the handover block this item takes the place of the subject's items of these kinds. */
  handoverReplaces?: OutstandingKind[];
}

/** Guidance shown while its condition holds (pathway promptRules); never an escalation. */
export interface Prompt {
  /** `${ruleId}/${subject}`. */
  id: string;
  ruleId: string;
  /** 'information': from a secondary source (◐), shown only as information. */
  kind: 'prompt' | 'information';
  subject: Subject;
  text: string;
  sources: SourceId[];
  triggeredBy: AnswerKey[];
}

/** An answer that counts. The summary and exports use only these. */
export interface CountedAnswer {
  key: AnswerKey;
  subject: Subject;
  questionId: string;
  respondent: Respondent;
  about: Subject | 'baby';
  instrumentId?: InstrumentId;
  /** The question text as asked. */
  text: string;
  state: Exclude<ItemState, { status: 'unanswered' }>;
  privacy?: Privacy;
  /** As ItemView.raisedBy: this check item reads as seen, raised by these answers. */
  raisedBy?: RaisingAnswer[];
}

export interface EvaluationWarning {
  /** The answer key concerned, or 'pathwayVersion'. */
  key: string;
  problem:
    | 'unknown-question'
    | 'unknown-option'
    | 'key-mismatch'
    | 'not-in-this-contact'
    /** The contact was answered against another pathway version: wording or rules may differ. */
    | 'pathway-version-mismatch';
}

export interface LevelWords {
  action: string;
  timeframe?: string;
}
export type LevelActions = Partial<Record<Subject, Partial<Record<EscalationLevel, LevelWords>>>>;

export interface Evaluation {
  /**
   * 'screen' (evaluate): what may be shown with the people now in the room. 'record'
   * (evaluateForRecord): for written outputs; everything, each item marked with its privacy.
   */
  scope: 'screen' | 'record';
  pathwayVersion: string;
  /**
   * Which contact this evaluation is of, so a summary or handover can be stamped and checked
   * against the contact open in the panel (wrong-family guard) and against staleness (updatedAt).
   */
  contact: { id: string; label: string; updatedAt: string; pathwayVersion: string };
  contactType: { id: ContactTypeId; label: string; phase: Phase; firstContactHistory: boolean };
  presence: {
    birthingParentPresent: boolean;
    partnerPresent: boolean;
    /** Others (partner, adults, family interpreter, children from the configured age) are present. */
    othersPresent: boolean;
    /** The birthing parent is alone (a professional interpreter does not count): private questions may be asked. */
    privateNow: boolean;
    /** A partner or another adult is in the room (an informant can be asked). */
    partnerOrRelativePresent: boolean;
  };
  sections: SectionView[];
  nextQuestion: NextQuestion | null;
  instruments: InstrumentResult[];
  /** Most urgent first. */
  flags: Flag[];
  escalation: { overall: EscalationView; bySubject: Record<Subject, EscalationView> };
  /**
   * A level's words (action, and timeframe where the rule gives one) where one of the ladder's
   * `actionWhen` rules holds for a subject (H119: after the baby has died, E0 does not say "universal
   * information"; H117: a parent too distressed to be asked, E1 "today"). Only the levels that
   * differ, per subject; the summary reads them for the level it recomputes and the subjects it shows.
   */
  levelActions?: LevelActions;
  /** Highest level first. */
  outcomes: RecommendedOutcome[];
  outstanding: OutstandingItem[];
  /** Prompts for the practitioner (bereavement support, medication advice, timing information…). */
  prompts: Prompt[];
  answers: CountedAnswer[];
  warnings: EvaluationWarning[];
}
