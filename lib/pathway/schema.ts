import { z } from 'zod';
import {
  babySituationSchema,
  contactTypeIdSchema,
  interpreterSchema,
  notAskedReasonSchema,
  outcomeCodeSchema,
  reportSourceSchema,
  subjectSchema,
  type BabySituation,
  type ContactTypeId,
  type Interpreter,
  type NotAskedReason,
  type Subject,
} from '../contact/contact';
import { escalationLevelSchema, instrumentIdSchema } from '../contact/id-schemas';
import { OUTSTANDING_KINDS, type InstrumentId } from '../shared/ids';

// The shape of the pathway definition: rules as data (conventions.md, after lhncbc/lforms).
// The definition is validated once when it is loaded (pathway.ts) and never mutated: the engine
// (evaluate.ts) reads it and returns a fresh Evaluation. Clinical facts live in the data files
// (instruments/*, history.ts, red-flags.ts, ...) and each cites its source ids from
// ../shared/clinical/pathway-reference.md (S1…S29).

/** Source ids of the pathway reference's source key (S1…S29). */
export const sourceIdSchema = z.enum([
  'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10',
  'S11', 'S12', 'S13', 'S14', 'S15', 'S16', 'S17', 'S18', 'S19', 'S20',
  'S21', 'S22', 'S23', 'S24', 'S25', 'S26', 'S27', 'S28', 'S29',
]);
export type SourceId = z.infer<typeof sourceIdSchema>;
export const sourcesSchema = z.array(sourceIdSchema).min(1);

/** Escalation levels of the reference §3.4 matrix (tool default, confirmed locally): lib/shared/ids.ts. */
export type { EscalationLevel } from '../shared/ids';

/** Panel sections. The UI renders one per id, in this order. */
export const sectionIdSchema = z.enum([
  'birthing-parent',
  'partner',
  'baby-and-relationship',
  'context-and-history',
  'outcome',
]);
export type SectionId = z.infer<typeof sectionIdSchema>;

/** Parts of the pathway a contact type switches on (reference §2.9). */
export const moduleIdSchema = z.enum([
  'wellbeing',
  'screening',
  'further-assessment',
  'history',
  'context',
  'early-postnatal',
  'partner',
  'relationship-antenatal',
  'relationship-postnatal',
  'private-enquiry',
  'risk-check',
  'clinical-concern',
]);
export type ModuleId = z.infer<typeof moduleIdSchema>;

export type { InstrumentId } from '../shared/ids';

export const instrumentStatusSchema = z.enum(['not-started', 'incomplete', 'declined', 'complete']);
export type InstrumentStatus = z.infer<typeof instrumentStatusSchema>;

/** Settings a threshold may come from (lib/pathway/settings.ts bounds them). */
export const thresholdSettingSchema = z.enum(['epdsPossibleFrom', 'epdsProbableFrom', 'partnerEpdsFrom']);

/** A cut-point: a fixed number from the reference, or an organisation setting within bounds. */
export const thresholdSchema = z.union([
  z.object({ value: z.number().int().min(0) }).strict(),
  z.object({ setting: thresholdSettingSchema }).strict(),
]);
export type Threshold = z.infer<typeof thresholdSchema>;

/** Whose answer a condition reads: the subject being evaluated ('self'), or a named one. */
export const subjectRefSchema = z.enum(['self', 'birthing-parent', 'partner']);
export type SubjectRef = z.infer<typeof subjectRefSchema>;

/**
 * Presence tests. 'private' is the routine-enquiry test (S20: no partner, relative, friend or
 * family interpreter; children from settings.childPresentFromAgeYears count as present; a
 * professional interpreter does not break privacy).
 */
export const presenceTestSchema = z.enum([
  'birthing-parent-present',
  'partner-present',
  'partner-absent',
  'private',
  'others-present',
  /** No adult other than the birthing parent: no partner, other adult or family interpreter (a professional interpreter does not count). */
  'no-other-adult',
  /** A partner or another adult (a relative or friend) is in the room: someone who can say whether she seems her usual self. */
  'partner-or-relative-present',
]);
export type PresenceTest = z.infer<typeof presenceTestSchema>;

export const phaseSchema = z.enum(['antenatal', 'postnatal']);
export type Phase = z.infer<typeof phaseSchema>;

/**
 * Conditions: a small discriminated union (lforms-style skip logic). The type is written out
 * because it is recursive (all/any/not); the schema below is checked against it.
 */
export type Condition =
  | { kind: 'always' }
  /** The answer to a question is one of these option ids. A hidden question has no answer. */
  | { kind: 'answer-is'; question: string; of?: SubjectRef; options: string[] }
  /** The question has a recorded response of any kind (option, declined or not asked). */
  | { kind: 'responded'; question: string; of?: SubjectRef }
  /** The item was declined or not asked (never counted as 0). */
  | { kind: 'response-missing'; question: string; of?: SubjectRef }
  /** The item was recorded as not asked for one of these reasons (pathway 2026.5.0: why it was not asked can matter). */
  | { kind: 'not-asked-because'; question: string; of?: SubjectRef; reasons: NotAskedReason[] }
  /** The item's score is at least min (per-option score, never the option position). */
  | { kind: 'item-score-at-least'; question: string; of?: SubjectRef; min: number }
  | { kind: 'instrument-positive'; instrument: InstrumentId; of?: SubjectRef }
  | { kind: 'instrument-band'; instrument: InstrumentId; of?: SubjectRef; bands: string[] }
  | { kind: 'instrument-status'; instrument: InstrumentId; of?: SubjectRef; statuses: InstrumentStatus[] }
  /**
   * The STORED answer is one of these option ids, whether or not the question is shown now. Hidden
   * answers count as no answer everywhere else; these stored-answer kinds exist only so that a risk
   * answer already given cannot vanish when a later change hides its question (flag rules, paired
   * with 'hidden'), and so that a group with answers stays in play (appliesWhen). Meta-tested.
   */
  | { kind: 'stored-answer-is'; question: string; of?: SubjectRef; options: string[] }
  /** The STORED answer's score is at least min, whether or not the question is shown now (see above). */
  | { kind: 'stored-score-at-least'; question: string; of?: SubjectRef; min: number }
  /** A response of any kind is STORED for the question, whether or not it is shown now (see above). */
  | { kind: 'stored-responded'; question: string; of?: SubjectRef }
  /**
   * The question is asked of this subject but is hidden now: its own or its group's enableWhen
   * (including a consent gate) does not hold, or its group is not part of this contact. Never true
   * because of privacy alone (an item only masked while someone is in the room is not hidden).
   */
  | { kind: 'hidden'; question: string; of?: SubjectRef }
  | { kind: 'presence'; is: PresenceTest }
  | { kind: 'contact-type'; in: ContactTypeId[] }
  | { kind: 'phase'; is: Phase }
  | { kind: 'first-contact' }
  /**
   * Issue 14, the story over time: today's complete total of the instrument is at least `min` above
   * the previous complete score of the same parent in the story so far (the handover history).
   * False without an earlier score or without a complete result today.
   */
  | { kind: 'score-rise-since-last'; instrument: InstrumentId; of?: SubjectRef; min: number }
  /** Issue 14: today's band of the instrument is higher in its band order than the previous score's band. */
  | { kind: 'band-rise-since-last'; instrument: InstrumentId; of?: SubjectRef }
  /**
   * Issue 14: one of these flag rules holds today for the parent and was not raised for the same
   * parent at an earlier contact in the story so far (dated before this contact started). For
   * prompt rules only: a flag rule that used it would read its own output (checked by a test).
   */
  | { kind: 'flag-new-since-last'; rules: string[]; of?: SubjectRef }
  /** The contact type is in settings.whooleyGad2Contacts (reference §6.2: configurable). */
  | { kind: 'screening-scheduled' }
  | { kind: 'setting-on'; setting: 'helpQuestionEnabled' }
  /** The organisation's choice of fuller depression measure (settings.depressionMeasure, default EPDS). */
  | { kind: 'depression-measure-is'; measure: 'epds' | 'phq-9' }
  | { kind: 'subject-is'; subject: Subject }
  /**
   * The baby's situation recorded at the start of the contact (contact.situation). An unrecorded
   * situation counts as 'with-parents', so contacts without one behave as before (issue 11).
   */
  | { kind: 'baby-situation'; in: BabySituation[] }
  /**
   * The baby's age in days at the start of the contact is recorded and is at least `min` (default 0)
   * and below `below` (when given). Never holds when the age is not recorded.
   */
  | { kind: 'baby-age-days'; min?: number; below?: number }
  /** The interpreter recorded at the start of the contact is one of these ('none' when unrecorded). */
  | { kind: 'interpreter-is'; in: Interpreter[] }
  /**
   * The story so far (a loaded handover block) holds a COMPLETE result of this instrument for the
   * subject, dated within the instrument's own recall window (recallWindow.days) before this
   * contact started: "past month" for Whooley, "past 2 weeks" for GAD-2 (reference §1.1).
   */
  | { kind: 'asked-within-recall'; instrument: InstrumentId; of?: SubjectRef }
  /**
   * Outstanding rules only (issue 16, meta-tested): a due item of this group is still unanswered for
   * the subject, as the evaluation shows it (today's own response; a known fact from the story so
   * far covers it). Keys: those items. Elsewhere it never holds: it reads the evaluated items, which
   * depend on every other rule.
   */
  | { kind: 'due-unanswered'; group: string }
  /**
   * Outstanding rules only (issue 16, meta-tested): content with display privacy is part of this
   * contact but may not be shown with the people in the room now (the one neutral item stands in
   * for it, whatever was answered). Never names a key.
   */
  | { kind: 'privacy-masked' }
  | { kind: 'all'; conditions: Condition[] }
  | { kind: 'any'; conditions: Condition[] }
  | { kind: 'not'; condition: Condition };

const questionRef = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('always') }).strict(),
    z.object({ kind: z.literal('answer-is'), question: questionRef, of: subjectRefSchema.optional(), options: z.array(z.string()).min(1) }).strict(),
    z.object({ kind: z.literal('responded'), question: questionRef, of: subjectRefSchema.optional() }).strict(),
    z.object({ kind: z.literal('response-missing'), question: questionRef, of: subjectRefSchema.optional() }).strict(),
    z.object({ kind: z.literal('not-asked-because'), question: questionRef, of: subjectRefSchema.optional(), reasons: z.array(notAskedReasonSchema).min(1) }).strict(),
    z.object({ kind: z.literal('item-score-at-least'), question: questionRef, of: subjectRefSchema.optional(), min: z.number().int().min(0) }).strict(),
    z.object({ kind: z.literal('instrument-positive'), instrument: instrumentIdSchema, of: subjectRefSchema.optional() }).strict(),
    z.object({ kind: z.literal('instrument-band'), instrument: instrumentIdSchema, of: subjectRefSchema.optional(), bands: z.array(z.string()).min(1) }).strict(),
    z.object({ kind: z.literal('instrument-status'), instrument: instrumentIdSchema, of: subjectRefSchema.optional(), statuses: z.array(instrumentStatusSchema).min(1) }).strict(),
    z.object({ kind: z.literal('stored-answer-is'), question: questionRef, of: subjectRefSchema.optional(), options: z.array(z.string()).min(1) }).strict(),
    z.object({ kind: z.literal('stored-score-at-least'), question: questionRef, of: subjectRefSchema.optional(), min: z.number().int().min(0) }).strict(),
    z.object({ kind: z.literal('stored-responded'), question: questionRef, of: subjectRefSchema.optional() }).strict(),
    z.object({ kind: z.literal('hidden'), question: questionRef, of: subjectRefSchema.optional() }).strict(),
    z.object({ kind: z.literal('presence'), is: presenceTestSchema }).strict(),
    z.object({ kind: z.literal('contact-type'), in: z.array(contactTypeIdSchema).min(1) }).strict(),
    z.object({ kind: z.literal('phase'), is: phaseSchema }).strict(),
    z.object({ kind: z.literal('first-contact') }).strict(),
    z.object({ kind: z.literal('score-rise-since-last'), instrument: instrumentIdSchema, of: subjectRefSchema.optional(), min: z.number().int().min(1) }).strict(),
    z.object({ kind: z.literal('band-rise-since-last'), instrument: instrumentIdSchema, of: subjectRefSchema.optional() }).strict(),
    z
      .object({ kind: z.literal('flag-new-since-last'), rules: z.array(z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/)).min(1), of: subjectRefSchema.optional() })
      .strict(),
    z.object({ kind: z.literal('screening-scheduled') }).strict(),
    z.object({ kind: z.literal('setting-on'), setting: z.literal('helpQuestionEnabled') }).strict(),
    z.object({ kind: z.literal('depression-measure-is'), measure: z.enum(['epds', 'phq-9']) }).strict(),
    z.object({ kind: z.literal('subject-is'), subject: subjectSchema }).strict(),
    z.object({ kind: z.literal('baby-situation'), in: z.array(babySituationSchema).min(1) }).strict(),
    z
      .object({ kind: z.literal('baby-age-days'), min: z.number().int().min(0).optional(), below: z.number().int().min(1).optional() })
      .strict(),
    z.object({ kind: z.literal('interpreter-is'), in: z.array(interpreterSchema).min(1) }).strict(),
    z.object({ kind: z.literal('asked-within-recall'), instrument: instrumentIdSchema, of: subjectRefSchema.optional() }).strict(),
    z.object({ kind: z.literal('due-unanswered'), group: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/) }).strict(),
    z.object({ kind: z.literal('privacy-masked') }).strict(),
    z.object({ kind: z.literal('all'), conditions: z.array(conditionSchema).min(1) }).strict(),
    z.object({ kind: z.literal('any'), conditions: z.array(conditionSchema).min(1) }).strict(),
    z.object({ kind: z.literal('not'), condition: conditionSchema }).strict(),
  ]),
);

/** Codes are attached only where the reference marks them ✅ verified (§5). */
export const itemCodesSchema = z
  .object({
    loinc: z.string().regex(/^\d{4,6}-\d$/).optional(),
  })
  .strict();

export const optionSchema = z
  .object({
    /** Semantic, stable id ('yes', 'hardly-ever'); never a position. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    label: z.string().min(1),
    /** Score for scored items. Scores live on options (lforms), so reverse scoring is data. */
    score: z.number().int().min(0).max(3).optional(),
    /** LOINC answer code (LL358-3 answers, reference §5.2 ✅). */
    loinc: z.string().regex(/^LA\d{4,5}-\d$/).optional(),
    /**
     * The option is offered only while this holds (e.g. "still there, baby under 10 days" only when
     * the baby's age is not recorded). A stored answer with an option no longer offered still counts.
     * Reads only the contact's situation, never answers (meta-tested).
     */
    enableWhen: z.lazy(() => conditionSchema).optional(),
    /**
     * This answer is a risk line in the summary (tier 0: never left out of the short or compact
     * version), although other answers to the question are not: "Yes" to having acted on angry
     * feelings towards the baby (issue 16: the tier is data, not a regex on the rendered text).
     */
    summaryRisk: z.literal(true).optional(),
  })
  .strict();
export type Option = z.infer<typeof optionSchema>;

/**
 * How the text may be used: 'exact' is quoted word for word from the reference (instrument items);
 * 'paraphrase' follows the reference but the authoritative wording was not retrieved;
 * 'prompt' is a practitioner prompt written for the tool (not read aloud verbatim).
 */
export const wordingSchema = z.enum(['exact', 'paraphrase', 'prompt']);

export const questionSchema = z
  .object({
    id: questionRef,
    text: z.string().min(1),
    wording: wordingSchema,
    /** Practitioner guidance shown under the question. */
    hint: z.string().min(1).optional(),
    options: z.array(optionSchema).min(2),
    /** Scored items contribute to the instrument total; every option then has a score. */
    scored: z.boolean(),
    /** Only these subjects are asked this question (default: the group's subjects). */
    subjects: z.array(subjectSchema).min(1).optional(),
    /** Relevance: when false the item is hidden and any answer to it counts as no answer. */
    enableWhen: conditionSchema.optional(),
    /** Neutral reason shown when this question is hidden by its own enableWhen. */
    hiddenReason: z.string().min(1).optional(),
    /**
     * Why this one question does not apply to this contact (the group's own `notApplicableWhen`, for
     * one item): hidden, recorded as not applicable with the reason, never as "No" (H119: the
     * red-flag check does not ask about a baby who has died).
     */
    notApplicableWhen: z.array(z.lazy(() => notApplicableRuleSchema)).optional(),
    /**
     * The same question (same wording, options and recall window) in another instrument: an
     * answer there is used here unless this item has its own (GAD-2 items are GAD-7 items 1-2).
     */
    carryFrom: questionRef.optional(),
    codes: itemCodesSchema.optional(),
    /**
     * Ask who the answer came from (the parent, your observation, a partner or relative) and store
     * it with the answer (Answer.from). The red-flag check items (pathway 2026.4.0).
     */
    recordsWhoReported: z.literal(true).optional(),
    /**
     * Other answers that raise the same red flag as this check item (its flag rule reads
     * any(this item seen, alsoRaisedBy)). When it holds, the item reads as seen whatever it was
     * answered, naming the answers that raised it, so the record never says "not seen" beside a
     * raised flag (issue 10 item 9).
     */
    alsoRaisedBy: conditionSchema.optional(),
    /**
     * Every answer to this question is a risk line in the summary (tier 0: never left out of the
     * short or compact version), e.g. the partner risk check (issue 16: tiers are data, not id
     * prefixes). The red-flag check items (recordsWhoReported) and instrument risk items are risk
     * lines by their kind already.
     */
    summaryRisk: z.literal(true).optional(),
    sources: sourcesSchema,
  })
  .strict();
export type Question = z.infer<typeof questionSchema>;

/** Why a group does not apply to this contact (see notApplicableWhen). */
export const notApplicableRuleSchema = z
  .object({
    id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
    when: conditionSchema,
    /** Neutral, shown on screen and in the summary: "not applicable: <reason>". */
    reason: z.string().min(1),
    sources: sourcesSchema,
  })
  .strict();
export type NotApplicableRule = z.infer<typeof notApplicableRuleSchema>;

/** A requirement rule: when it holds, the group is due (or suggested) for the subject, and why. */
export const requirementRuleSchema = z
  .object({
    id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
    when: conditionSchema,
    because: z.string().min(1),
    sources: sourcesSchema,
  })
  .strict();
export type RequirementRule = z.infer<typeof requirementRuleSchema>;

/**
 * Display privacy. 'private': asked and displayed only when the birthing parent is alone
 * (routine enquiry, S20). 'partner-absent': the birthing parent's own account of the partner (S15),
 * asked and displayed only when no adult other than her is in the room: not the partner, nor another
 * adult or a family interpreter (pathway 2026.4.0; before, only the partner counted). Answers given in private are
 * kept; while privacy does not hold, everything derived from them is replaced by one neutral item.
 */
export const privacySchema = z.enum(['private', 'partner-absent']);
export type Privacy = z.infer<typeof privacySchema>;

/**
 * Who gives the answer: the parent about themselves, the practitioner, one parent about the other,
 * or an informant (a partner or relative in the room, about the birthing parent: their report, not hers).
 */
export const respondentSchema = z.enum(['self', 'practitioner', 'birthing-parent-about-partner', 'informant']);
export type Respondent = z.infer<typeof respondentSchema>;

const groupBase = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  module: moduleIdSchema,
  /** Subjects whose answers this group holds (answer keys `${subject}/${questionId}`). */
  subjects: z.array(subjectSchema).min(1),
  /** The section a subject's items appear in; 'subject' = that subject's own section. */
  section: z.union([sectionIdSchema, z.literal('subject')]),
  respondent: respondentSchema,
  /**
   * Whether the group is part of this organisation's pathway at all: when it does not hold, the
   * group is left out like a module the contact type does not use. It reads settings, and may read
   * STORED answers (stored-responded) so that a configuration change mid-contact never drops an
   * answer already given; never visible answers (that would make the group depend on itself).
   */
  appliesWhen: conditionSchema.optional(),
  /** Relevance for the whole group (hides, and answers count as no answer). */
  enableWhen: conditionSchema.optional(),
  /**
   * The contact's situation makes the group not applicable, with a reason the summary shows in
   * "not asked, and why" (e.g. the baby is in the neonatal unit, or has died). The first rule that
   * holds hides the group like enableWhen, and its answers count as no answer.
   */
  notApplicableWhen: z.array(z.lazy(() => notApplicableRuleSchema)).optional(),
  /** Presence needed to ask an unanswered item now. Answers already given are kept. */
  askableWhen: conditionSchema.optional(),
  /** Neutral practitioner-facing text shown when the item is hidden or cannot be asked now. */
  hiddenReason: z.string().min(1),
  notAskableReason: z.string().min(1).optional(),
  privacy: privacySchema.optional(),
  due: z.array(requirementRuleSchema),
  suggested: z.array(requirementRuleSchema),
  /** When this holds, due items become optional (e.g. the parent would rather talk in private). */
  defer: requirementRuleSchema.optional(),
  /**
   * Groups sharing a oneOf name are alternatives (EPDS or PHQ-9, reference §2.0 E): when due,
   * only one is due (the one started, else the organisation's preference).
   */
  oneOf: z.string().min(1).optional(),
  /**
   * While this group is due for a subject and `question` has no option answer (unanswered,
   * declined or not asked), that subject's risk is NOT KNOWN: listed as outstanding
   * ('risk-not-known', with why), carried in the handover, and the contact is finished only with a
   * recorded reason (minimal-finish.ts). Unknown is never "none" (reference §1.7, S10).
   */
  riskNotKnownUntil: z
    .object({
      question: questionRef,
      ruleId: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
      text: z.string().min(1),
      sources: sourcesSchema,
    })
    .strict()
    .optional(),
  /**
   * One action that answers every unanswered item of the group that has this option, for these
   * subjects, with who it came from ("None of these seen or reported": the red-flag check). The
   * stored facts stay itemised: one answer per item.
   */
  allClear: z
    .object({
      label: z.string().min(1),
      optionId: z.string().min(1),
      /** Who it came from, for check items that record it (Answer.from); omitted for a history checklist. */
      from: z.array(reportSourceSchema).min(1).optional(),
      subjects: z.array(subjectSchema).min(1),
      /**
       * Issue 13 (fewer taps; lib/pathway/group-answer.ts): the items it covers, by question id (each
       * records its own `optionId` answer). Omitted: every item of the group with the option (the
       * red-flag check). A history checklist names its items so an item whose answer matters to a
       * risk rule stays asked on its own; group-answer.ts checks no forbidden kind is ever covered.
       */
      items: z.array(questionRef).min(2).optional(),
      /** Issue 13: why a "None of these" is acceptable for these items (sources S1…S29). */
      sources: sourcesSchema.optional(),
    })
    .strict()
    .optional(),
  sources: sourcesSchema,
};

export const questionGroupSchema = z
  .object({ kind: z.literal('questions'), ...groupBase, questions: z.array(questionSchema).min(1) })
  .strict();
export const instrumentGroupSchema = z
  .object({ kind: z.literal('instrument'), ...groupBase, instrument: instrumentIdSchema })
  .strict();
export const itemGroupSchema = z.discriminatedUnion('kind', [questionGroupSchema, instrumentGroupSchema]);
export type ItemGroup = z.infer<typeof itemGroupSchema>;

export const recallWindowSchema = z
  .object({ days: z.number().int().positive(), text: z.string().min(1) })
  .strict();
export type RecallWindow = z.infer<typeof recallWindowSchema>;

export const bandSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    label: z.string().min(1),
    /** Inclusive lower bound. */
    from: thresholdSchema,
    sources: sourcesSchema,
  })
  .strict();
export type Band = z.infer<typeof bandSchema>;

export const instrumentSchema = z
  .object({
    id: instrumentIdSchema,
    name: z.string().min(1),
    shortName: z.string().min(1),
    /** The stem or instructions read before the items. */
    stem: z.string().min(1),
    stemWording: wordingSchema,
    recallWindow: recallWindowSchema,
    items: z.array(questionSchema).min(2),
    maxTotal: z.number().int().positive(),
    /**
     * Bands by total, ascending by lower bound; 'partner' replaces 'default' for the partner where
     * the reference gives a different cut-off (EPDS in fathers/partners, S11).
     */
    bands: z.object({ default: z.array(bandSchema).min(1), partner: z.array(bandSchema).min(1).optional() }).strict(),
    /** Positive screen: total (or, while incomplete, the answered items alone) at or above. */
    positiveFrom: z.object({ default: thresholdSchema, partner: thresholdSchema.optional() }).strict(),
    positiveLabel: z.string().min(1),
    /** Items whose score above 0 acts whatever the total (EPDS 10, PHQ-9 9). */
    riskItems: z.array(questionRef),
    codes: z
      .object({
        loincPanel: z.string().optional(),
        loincTotal: z.string().optional(),
        snomedScore: z.string().optional(),
        /** Codes seen in the reference but not verified, kept out of exports on purpose. */
        notEncoded: z.string().min(1),
      })
      .strict(),
    copyright: z.string().min(1),
    sources: sourcesSchema,
  })
  .strict();
export type Instrument = z.infer<typeof instrumentSchema>;

export const flagKindSchema = z.enum([
  'red-flag',
  'item-risk',
  'risk-not-known',
  'high-risk-history',
  'safeguarding',
]);
export type FlagKind = z.infer<typeof flagKindSchema>;

export const flagRuleSchema = z
  .object({
    id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
    kind: flagKindSchema,
    subjects: z.array(subjectSchema).min(1),
    when: conditionSchema,
    level: escalationLevelSchema,
    title: z.string().min(1),
    doNow: z.array(z.string().min(1)).min(1),
    /** Outcome codes that are the routes for this flag (mapped to local services by configuration). */
    routes: z.array(outcomeCodeSchema),
    record: z.array(z.string().min(1)).min(1),
    timeframe: z.string().min(1),
    /**
     * The card is about harm or danger to the baby or to another person, safeguarding or domestic
     * abuse (H121). On a screen someone else in the room may read at a later contact (the handover
     * preview of "load story so far"), an earlier card of this rule is shown in the neutral words of
     * lib/pathway/on-screen-words.ts, which send the practitioner to the record; the record and the
     * handover block keep the title (the next professional must still know). A parent's own mood or
     * self-harm card reads plainly: hiding it would itself be a hazard. Meta-tested: every
     * 'safeguarding' card and every card routed to an outcome marked `notForPartner` carries it.
     */
    neutralOnScreen: z.literal(true).optional(),
    sources: sourcesSchema,
  })
  .strict();
export type FlagRule = z.infer<typeof flagRuleSchema>;

/**
 * A prompt: guidance the practitioner sees while a condition holds, never an escalation (it sets
 * no level, raises no card and recommends no outcome). 'information' marks guidance from a
 * secondary source (◐) shown only as information.
 */
export const promptRuleSchema = z
  .object({
    id: z.string().regex(/^PR(-[A-Z0-9]+)+$/),
    kind: z.enum(['prompt', 'information']),
    subjects: z.array(subjectSchema).min(1),
    when: conditionSchema,
    text: z.string().min(1),
    sources: sourcesSchema,
  })
  .strict();
export type PromptRule = z.infer<typeof promptRuleSchema>;

/** What an outstanding item is about: lib/shared/ids.ts (the handover block carries a subset). */
export type { OutstandingKind } from '../shared/ids';
export const outstandingKindSchema = z.enum(OUTSTANDING_KINDS);

/**
 * Per-entity outstanding rules (issue 16): one item for each entity of the evaluation that the
 * selector names, when the rule's `when` holds for that entity's subject. The selector only says
 * WHICH evaluated things to look at; the wording, kind, subjects and sources are the rule's data.
 * - 'due-measure-not-complete': an instrument due for the subject and not complete.
 * - 'risk-item-unknown': a started instrument's risk item (Instrument.riskItems) with no answer.
 * - 'risk-enquiry-not-answered': a due group's `riskNotKnownUntil` question with no option answer.
 * - 'flag-not-acknowledged': a flag not yet acknowledged.
 * - 'outcome-not-decided': an outcome recommended outright with no decision recorded.
 */
export const outstandingEachSchema = z.enum([
  'due-measure-not-complete',
  'risk-item-unknown',
  'risk-enquiry-not-answered',
  'flag-not-acknowledged',
  'outcome-not-decided',
]);
export type OutstandingEach = z.infer<typeof outstandingEachSchema>;

/**
 * An outstanding rule (issue 16: outstanding items are pathway data, lib/pathway/outstanding.ts):
 * what the handover carries forward, and what finishing checks. `text` is the engine's (and the
 * summary's) wording; `handoverText` the wording a later contact's preview shows for the kind.
 * Texts may hold {placeholders} that the selector fills from `words` and the entity (meta-tested).
 */
export const outstandingRuleSchema = z
  .object({
    id: z.string().regex(/^OS(-[A-Z0-9]+)+$/),
    kind: outstandingKindSchema,
    subjects: z.array(subjectSchema).min(1),
    when: conditionSchema,
    each: outstandingEachSchema.optional(),
    text: z.string().min(1),
    /** 'risk-item-unknown' only: the wording when the whole measure was declined or not asked. */
    wholeMeasureText: z.string().min(1).optional(),
    /** Absent for the kinds the handover block never carries (a flag or outcome still open; meta-tested). */
    handoverText: z.string().min(1).optional(),
    /** Words the placeholders are filled from (e.g. `who-partner`, `missing-declined`). */
    words: z.record(z.string(), z.string()).optional(),
    /**
     * While an item of this rule is outstanding, the one-tap "universal information given" finish is
     * not offered (minimal-finish.ts): a measure or a risk answer is not known.
     */
    blocksMinimalFinish: z.literal(true).optional(),
    /** Flags of these kinds are never listed by 'flag-not-acknowledged' (another rule owns them). */
    exceptFlagKinds: z.array(flagKindSchema).optional(),
    /**
     * In the handover block, an item of this rule takes the place of the same subject's items of
     * these kinds: one open question, one wording at the next contact (H117: "ask gently" and not
     * also "ask directly"; specialist review). The record still lists both.
     */
    handoverReplaces: z.array(outstandingKindSchema).optional(),
    /**
     * The neutral private item: emitted with no subject, keys, rule id or sources, so that nothing
     * observable hints at the topic (H05, H09). The data still cites its sources for reviewers.
     */
    neutral: z.literal(true).optional(),
    /**
     * Its `handoverText` names harm or danger to the baby or to another person (H121): the handover
     * preview on screen at the next contact shows the neutral words of lib/pathway/on-screen-words.ts
     * instead; the next contact's record ("Already known") keeps the handover text.
     */
    neutralOnScreen: z.literal(true).optional(),
    sources: sourcesSchema,
  })
  .strict();
export type OutstandingRule = z.infer<typeof outstandingRuleSchema>;

export const recommendationStrengthSchema = z.enum(['recommend', 'consider']);
export type RecommendationStrength = z.infer<typeof recommendationStrengthSchema>;

export const recommendationRuleSchema = z
  .object({
    id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
    subjects: z.array(subjectSchema).min(1),
    when: conditionSchema,
    outcomes: z
      .array(z.object({ code: outcomeCodeSchema, strength: recommendationStrengthSchema }).strict())
      .min(1),
    level: escalationLevelSchema,
    because: z.string().min(1),
    sources: sourcesSchema,
  })
  .strict();
export type RecommendationRule = z.infer<typeof recommendationRuleSchema>;

export const outcomeSchema = z
  .object({
    code: outcomeCodeSchema,
    title: z.string().min(1),
    /** The outcome in a few words, for the short and compact summaries (issue 16: one title table). */
    shortTitle: z.string().min(1).max(40),
    /**
     * What the outcome means for the family, in plain words, for their own copy (issue 13). Absent
     * means never written in a family copy: safeguarding (O10) could reveal a private disclosure.
     */
    familyWords: z.string().min(1).max(120).optional(),
    /**
     * Never written in an output the partner may read (H118): the partner's own summary, the
     * partner's copy, and the handover preview shown on screen at the next contact. For
     * safeguarding and domestic-abuse routes: the partner may be the person the concern is about
     * (reference §4.3: never in a summary the alleged perpetrator could see; S20, S27). The family
     * record keeps them.
     */
    notForPartner: z.literal(true).optional(),
    who: z.string().min(1),
    route: z.string().min(1),
    /** The escalation level at which this outcome sits on the §3.4 ladder (tool default). */
    level: escalationLevelSchema,
    note: z.string().optional(),
    /**
     * A national waiting-time standard for this outcome (issue 14, the referral loop): days from
     * referral to assessment and to the start of treatment. Only where a source sets one.
     */
    waitingStandard: z
      .object({
        id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
        name: z.string().min(1),
        assessmentWithinDays: z.number().int().min(1),
        treatmentWithinDays: z.number().int().min(1),
        sources: sourcesSchema,
      })
      .strict()
      .optional(),
    sources: sourcesSchema,
  })
  .strict();
export type Outcome = z.infer<typeof outcomeSchema>;

export const escalationSchema = z
  .object({
    level: escalationLevelSchema,
    label: z.string().min(1),
    trigger: z.string().min(1),
    action: z.string().min(1),
    /**
     * The action in other words where the contact's situation makes them wrong (H119: after the baby
     * has died no universal baby-care information is offered, H108, so the E0 words must not say
     * so). The first rule whose condition holds for a subject gives that subject's words; otherwise
     * `action` (and `timeframe`) stand.
     */
    actionWhen: z
      .array(
        z
          .object({
            id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
            when: conditionSchema,
            action: z.string().min(1),
            /** The level's timeframe in other words, where the rule needs it (H117: "Today"). */
            timeframe: z.string().min(1).optional(),
            sources: sourcesSchema,
          })
          .strict(),
      )
      .optional(),
    timeframe: z.string().min(1),
    sources: sourcesSchema,
  })
  .strict();
export type Escalation = z.infer<typeof escalationSchema>;

export const contactTypeSchema = z
  .object({
    id: contactTypeIdSchema,
    label: z.string().min(1),
    practitioner: z.enum(['midwife', 'health-visitor', 'fnp-nurse']),
    phase: phaseSchema,
    /** Step B history (reference §2.0 B) is due at first contacts. */
    firstContactHistory: z.boolean(),
    modules: z.array(moduleIdSchema).min(1),
    note: z.string().optional(),
    sources: sourcesSchema,
  })
  .strict();
export type ContactType = z.infer<typeof contactTypeSchema>;

/** Where one subject's copy of a group sits in the ask order. */
export const layoutEntrySchema = z.object({ group: z.string().min(1), subject: subjectSchema }).strict();
export type LayoutEntry = z.infer<typeof layoutEntrySchema>;

export const pathwaySchema = z
  .object({
    version: z.string().min(1),
    instruments: z.array(instrumentSchema).min(1),
    groups: z.array(itemGroupSchema).min(1),
    /** The ask order (nextQuestion) and the order within each section. */
    layout: z.array(layoutEntrySchema).min(1),
    flagRules: z.array(flagRuleSchema).min(1),
    recommendationRules: z.array(recommendationRuleSchema).min(1),
    promptRules: z.array(promptRuleSchema),
    /** What is handed over as outstanding, in this order (issue 16). */
    outstandingRules: z.array(outstandingRuleSchema).min(1),
    outcomes: z.array(outcomeSchema).length(14),
    escalation: z.array(escalationSchema).length(6),
    contactTypes: z.array(contactTypeSchema).min(1),
    sections: z.array(z.object({ id: sectionIdSchema, title: z.string().min(1) }).strict()).length(5),
  })
  .strict();
export type Pathway = z.infer<typeof pathwaySchema>;
