import { answerKey } from '../contact/answer-key';
import type { AnswerKey, Contact, Subject } from '../contact/contact';
import { checkCondition, type ConditionContext, type EvaluatedItems } from './check-condition';
import { PRIVATE_ITEM_REASON, PRIVATE_ITEM_TEXT } from './domestic-abuse';
import { escalationLadder, higherLevel, levelRank, levelWordsFor } from './escalation';
import type {
  CountedAnswer,
  EscalationView,
  Evaluation,
  EvaluationWarning,
  Flag,
  HiddenEntry,
  InstrumentResult,
  ItemState,
  ItemView,
  NextQuestion,
  OutstandingItem,
  Prompt,
  RaisingAnswer,
  RecommendedOutcome,
  SectionView,
} from './evaluation';
import { evaluateFlags } from './flags';
import { attachAllClear } from './group-answer';
import { knownFactView } from './known-facts';
import { indexPathway, type PathwayIndex } from './pathway-index';
import { recommendOutcomes } from './recommend';
import type { EffectiveResponse } from './responses';
import type { LevelActions, LevelWords } from './evaluation';
import type { EscalationLevel, ItemGroup, OutstandingEach, OutstandingRule, Pathway, Question, SectionId } from './schema';
import { defaultPathwaySettings, type PathwaySettings } from './settings';
import { createResolver, isPrivacyWithheld, privacyOfKey, type EvaluationScope, type Resolver } from './visibility';

/**
 * The pathway engine for the SCREEN: what may be shown with the people now in the room. Pure and
 * deterministic: no I/O, no clock, no randomness; it never mutates the pathway, the contact or
 * the settings. Given the same inputs it returns an equal Evaluation. It never throws for any
 * contact that matches the contact schema (property-tested).
 */
export function evaluate(
  pathway: Pathway,
  contact: Contact,
  settings: PathwaySettings = defaultPathwaySettings,
): Evaluation {
  return evaluateIn('screen', pathway, contact, settings);
}

/**
 * The pathway engine for the WRITTEN RECORD (summary, compact summary, partner summary, handover
 * block, FHIR export). The record is not the screen: what the screen hides while someone is in the
 * room (her account of the partner while the partner is there; the private question while she is
 * not alone) must not vanish from what is written, or a same-day flag is lost and the summary says
 * there is none. So privacy is treated as holding for every privacy kind: private and
 * partner-absent items, answers, flags and outcome reasons are in this evaluation, each marked with
 * its `privacy`, and lib/summary decides what each output may hold (nothing private ever goes into
 * any output). Presence is NOT changed: `presence` is who is really in the room, and what can be
 * asked now, deferral and the one neutral private item are exactly as on screen.
 */
export function evaluateForRecord(
  pathway: Pathway,
  contact: Contact,
  settings: PathwaySettings = defaultPathwaySettings,
): Evaluation {
  return evaluateIn('record', pathway, contact, settings);
}

function evaluateIn(scope: EvaluationScope, pathway: Pathway, contact: Contact, settings: PathwaySettings): Evaluation {
  const index = indexPathway(pathway);
  const warnings: EvaluationWarning[] = [];
  const contactType = pathway.contactTypes.find((t) => t.id === contact.contactType) ?? pathway.contactTypes[0];
  if (!contactType) throw new Error('The pathway defines no contact types');
  const resolver = createResolver(pathway, index, contact, contactType, settings, scope);

  collectWarnings(resolver, warnings);

  // Flags first: a hidden entry says whether an answer under it still raises a flag.
  const { flags, fired } = evaluateFlags(resolver);
  const flaggedKeys = new Set(flags.flatMap((f) => f.triggeredBy));

  // Items, hidden entries and instrument results, in layout order.
  const items: ItemView[] = [];
  const hidden: Array<HiddenEntry & { section: SectionId }> = [];
  const instruments: InstrumentResult[] = [];
  // Some content may not be shown with the people in the room now. The one neutral item is then
  // shown whenever such a group is part of this contact, WHATEVER was answered in private, so that
  // someone watching the screen cannot infer a disclosure from it appearing (H05, H09).
  let maskedNow = false;

  for (const entry of pathway.layout) {
    const group = index.groups.get(entry.group);
    const subject = entry.subject;
    if (!group || !resolver.groupApplies(group, subject)) continue;
    const section: SectionId = group.section === 'subject' ? subject : group.section;
    const questions = questionsAsked(index, group, subject);

    if (!resolver.privacyHoldsNow(group)) maskedNow = true;
    // Screen: nothing about this group is shown; it is covered by the one neutral item.
    if (!resolver.privacyHoldsFor(group)) continue;

    if (!resolver.groupEnabled(group, subject)) {
      const keys = questions.map((q) => answerKey(subject, q.id));
      const notApplicable = resolver.notApplicable(group, subject);
      hidden.push({
        section,
        keys,
        subject,
        title: group.title,
        reason: notApplicable ? notApplicable.reason : group.hiddenReason,
        why: notApplicable ? 'not-applicable' : 'not-relevant',
        ...(notApplicable ? { ruleId: notApplicable.id, sources: [...notApplicable.sources] } : {}),
        ignoresStoredAnswer: questions.some((q) => resolver.stored(subject, q.id) !== null),
        keepsRiskAnswer: keys.some((key) => flaggedKeys.has(key)),
      });
      continue;
    }

    const requirement = resolver.requirement(group, subject);
    const askable = resolver.askable(group, subject);
    const waiting: AnswerKey[] = [];
    const firstOfGroup = items.length;
    for (const question of questions) {
      const key = answerKey(subject, question.id);
      if (!resolver.enabled(subject, question.id)) {
        // Not applicable to this contact (H119), or hidden by its relevance: a not-applicable item
        // says why, with its rule, and never reads as "No".
        const notApplicable = resolver.questionNotApplicable(subject, question.id);
        hidden.push({
          section,
          keys: [key],
          subject,
          // The item itself, not its group: "Red-flag check: not applicable" would read as if the
          // whole check had not been done (H52).
          title: notApplicable ? question.text : group.title,
          reason: notApplicable ? notApplicable.reason : (question.hiddenReason ?? group.hiddenReason),
          why: notApplicable ? 'not-applicable' : 'not-relevant',
          ...(notApplicable ? { ruleId: notApplicable.id, sources: [...notApplicable.sources], itemLevel: true as const } : {}),
          ignoresStoredAnswer: resolver.stored(subject, question.id) !== null,
          keepsRiskAnswer: flaggedKeys.has(key),
        });
        continue;
      }
      const effective = resolver.effective(subject, question.id);
      // Known facts count in the rules, but the item shows today's own response (or none).
      const state = stateOf(effective?.kind === 'option' && effective.known ? resolver.stored(subject, question.id) : effective);
      if (state.status === 'unanswered' && !askable && requirement.requirement !== 'due') {
        waiting.push(key);
        continue;
      }
      items.push(itemView(resolver, group, question, subject, section, state, askable));
    }
    attachAllClear(group, subject, items.slice(firstOfGroup));
    if (waiting.length) {
      hidden.push({
        section,
        keys: waiting,
        subject,
        title: group.title,
        reason: group.notAskableReason ?? group.hiddenReason,
        why: 'not-askable-now',
        ignoresStoredAnswer: false,
        keepsRiskAnswer: false,
      });
    }

    if (group.kind === 'instrument') {
      const scored = resolver.instrument(subject, group.instrument);
      if (scored) {
        const { contributingKeys: _c, answeredKeys: _a, respondedKeys: _r, ...rest } = scored;
        // The rest is already a copy: add to it rather than spread it into another (issue 17).
        const result: InstrumentResult = Object.assign(rest, { requirement: requirement.requirement, requirementReasons: requirement.reasons });
        instruments.push(result);
      }
    }
  }

  const { outcomes } = recommendOutcomes(resolver, fired);
  const privateItem = maskedNow;
  if (privateItem) {
    hidden.push({
      section: 'birthing-parent',
      keys: [],
      title: PRIVATE_ITEM_TEXT,
      reason: PRIVATE_ITEM_REASON,
      why: 'private',
      ignoresStoredAnswer: false,
      keepsRiskAnswer: false,
    });
  }

  const sections = buildSections(pathway, items, hidden);
  const levelActions = levelActionsOf(resolver);
  return {
    scope,
    pathwayVersion: pathway.version,
    contact: { id: contact.id, label: contact.label, updatedAt: contact.updatedAt, pathwayVersion: contact.pathwayVersion },
    contactType: {
      id: contactType.id,
      label: contactType.label,
      phase: contactType.phase,
      firstContactHistory: contactType.firstContactHistory,
    },
    presence: { ...resolver.presence },
    sections,
    nextQuestion: nextQuestionOf(items),
    instruments,
    flags,
    escalation: escalationOf(flags, outcomes, levelActions),
    ...(Object.keys(levelActions).length ? { levelActions } : {}),
    outcomes,
    outstanding: outstandingOf(resolver, items, instruments, flags, outcomes, privateItem),
    prompts: promptsOf(resolver),
    answers: countedAnswers(items),
    warnings,
  };
}

// Built once per pathway definition (immutable), not per evaluation: evaluate runs on every answer
// (issue 17) and these were recomputed for every item of every evaluation.
const questionsAskedCache = new WeakMap<PathwayIndex, Map<ItemGroup, Map<Subject, readonly Question[]>>>();

/** The group's questions asked of the subject, in order. */
function questionsAsked(index: PathwayIndex, group: ItemGroup, subject: Subject): readonly Question[] {
  let byGroup = questionsAskedCache.get(index);
  if (!byGroup) questionsAskedCache.set(index, (byGroup = new Map()));
  let bySubject = byGroup.get(group);
  if (!bySubject) byGroup.set(group, (bySubject = new Map()));
  let questions = bySubject.get(subject);
  if (!questions) {
    questions = (index.groupQuestions.get(group.id) ?? []).filter((q) => (q.subjects ?? group.subjects).includes(subject));
    bySubject.set(subject, questions);
  }
  return questions;
}

const optionWhenCache = new WeakMap<Question, boolean>();

/** Whether any of the question's options is offered only in some situations (option enableWhen). */
function hasOptionWhen(question: Question): boolean {
  let has = optionWhenCache.get(question);
  if (has === undefined) optionWhenCache.set(question, (has = question.options.some((o) => o.enableWhen)));
  return has;
}

const summaryRiskCache = new WeakMap<Question, readonly string[]>();

function stateOf(response: EffectiveResponse | null): ItemState {
  if (!response) return { status: 'unanswered' };
  switch (response.kind) {
    case 'option':
      return {
        status: 'answered',
        optionId: response.option.id,
        label: response.option.label,
        ...(response.option.score !== undefined ? { score: response.option.score } : {}),
        answeredAt: response.answeredAt,
        ...(response.carried ? { carriedFrom: response.storedKey } : {}),
        ...(response.from ? { from: [...response.from] } : {}),
      };
    case 'declined':
      return { status: 'declined', answeredAt: response.answeredAt };
    case 'not-asked':
      return {
        status: 'not-asked',
        reason: response.reason,
        ...(response.note !== undefined ? { note: response.note } : {}),
        answeredAt: response.answeredAt,
      };
  }
}

function aboutOf(group: ItemGroup, subject: Subject): Subject | 'baby' {
  if (group.respondent === 'birthing-parent-about-partner') return 'partner';
  if (group.module === 'relationship-antenatal' || group.module === 'relationship-postnatal') return 'baby';
  return subject;
}

function itemView(
  resolver: Resolver,
  group: ItemGroup,
  question: Question,
  subject: Subject,
  section: SectionId,
  state: ItemState,
  askable: boolean,
): ItemView {
  const requirement = resolver.requirement(group, subject);
  const instrument = group.kind === 'instrument' ? resolver.index.instruments.get(group.instrument) : undefined;
  const known = resolver.known(subject, question.id);
  const recent = instrument ? resolver.recentResult(subject, instrument.id) : null;
  const optionViews = resolver.index.questions.get(question.id)?.optionViews ?? [];
  // Options offered only in some situations (option enableWhen reads the contact's situation).
  const options = hasOptionWhen(question)
    ? optionViews.filter((view) => {
        const when = question.options.find((o) => o.id === view.id)?.enableWhen;
        return !when || resolver.check(when, subject).holds;
      })
    : optionViews;
  // Built by assignment in the same key order, not by spreading optional parts: itemView runs for
  // every item of every evaluation, and each spread copied the object so far (issue 17).
  const view = {
    key: answerKey(subject, question.id),
    subject,
    respondent: group.respondent,
    about: aboutOf(group, subject),
    section,
    groupId: group.id,
    groupTitle: group.title,
    questionId: question.id,
  } as ItemView;
  if (instrument) {
    view.instrumentId = instrument.id;
    view.stem = instrument.stem;
    view.recallWindow = { ...instrument.recallWindow };
  }
  view.text = question.text;
  view.wording = question.wording;
  if (question.hint) view.hint = question.hint;
  view.options = options;
  view.scored = question.scored;
  view.requirement = requirement.requirement;
  view.requirementReasons = requirement.reasons;
  if (requirement.deferredBecause) view.deferredBecause = requirement.deferredBecause;
  view.askableNow = askable;
  if (!askable) view.notAskableReason = group.notAskableReason ?? group.hiddenReason;
  view.state = state;
  if (known) view.known = knownFactView(known);
  if (group.privacy) view.privacy = group.privacy;
  if (recent && instrument) view.recentlyAsked = { at: recent.at, role: recent.role, recallText: instrument.recallWindow.text };
  if (question.recordsWhoReported) view.recordsWhoReported = true;
  const risk = summaryRiskView(question);
  if (risk.summaryRiskOptions) view.summaryRiskOptions = risk.summaryRiskOptions;
  const raised = raisedByView(resolver, question, subject);
  if (raised.raisedBy) view.raisedBy = raised.raisedBy;
  return view;
}

/** The answers that are risk lines in the summary (data markers, issue 16). */
function summaryRiskView(question: Question): { summaryRiskOptions?: readonly string[] } {
  let ids = summaryRiskCache.get(question);
  if (!ids) {
    const options = question.summaryRisk ? question.options : question.options.filter((o) => o.summaryRisk);
    summaryRiskCache.set(question, (ids = options.map((o) => o.id)));
  }
  // A copy: each evaluation's items are its own.
  return ids.length ? { summaryRiskOptions: [...ids] } : {};
}

/** Prompts whose condition holds, per subject; none derived from an answer the screen may not show now. */
function promptsOf(resolver: Resolver): Prompt[] {
  const prompts: Prompt[] = [];
  for (const rule of resolver.pathway.promptRules) {
    for (const subject of rule.subjects) {
      const result = resolver.check(rule.when, subject);
      if (!result.holds) continue;
      const keys = [...new Set(result.keys)];
      if (keys.some((key) => privacyOfKey(resolver, key))) continue;
      prompts.push({ id: `${rule.id}/${subject}`, ruleId: rule.id, kind: rule.kind, subject, text: rule.text, sources: [...rule.sources], triggeredBy: keys });
    }
  }
  return prompts;
}

/**
 * The answers elsewhere that raise the red flag a check item stands for (Question.alsoRaisedBy):
 * the item then reads as seen, so the check never says "not seen" beside the raised flag. An
 * answer that may not be shown now is never named (its flag is withheld on screen too).
 */
function raisedByView(resolver: Resolver, question: Question, subject: Subject): { raisedBy?: RaisingAnswer[] } {
  if (!question.alsoRaisedBy) return {};
  const result = resolver.check(question.alsoRaisedBy, subject);
  if (!result.holds) return {};
  const raisedBy = [...new Set(result.keys)].flatMap((key): RaisingAnswer[] => {
    if (isPrivacyWithheld(resolver, key)) return [];
    const slash = key.indexOf('/');
    const raisingSubject = key.slice(0, slash) as Subject;
    const questionId = key.slice(slash + 1);
    const entry = resolver.index.questions.get(questionId);
    // Stored, not effective: a follow-up "Yes" hidden by a later change still raises (withdrawn).
    const response = resolver.stored(raisingSubject, questionId);
    if (!entry || response?.kind !== 'option') return [];
    return [
      {
        key,
        subject: raisingSubject,
        respondent: entry.group.respondent,
        questionId,
        text: entry.question.text,
        answer: response.option.label,
      },
    ];
  });
  return raisedBy.length ? { raisedBy } : {};
}

function buildSections(
  pathway: Pathway,
  items: ItemView[],
  hidden: Array<HiddenEntry & { section: SectionId }>,
): SectionView[] {
  return pathway.sections.map(({ id, title }) => {
    const sectionItems = items.filter((item) => item.section === id);
    const due = sectionItems.filter((item) => item.requirement === 'due');
    const progress = {
      due: due.length,
      dueResponded: due.filter((item) => item.state.status !== 'unanswered').length,
      answered: sectionItems.filter((item) => item.state.status === 'answered').length,
      declined: sectionItems.filter((item) => item.state.status === 'declined').length,
      notAsked: sectionItems.filter((item) => item.state.status === 'not-asked').length,
    };
    return {
      id,
      title,
      items: sectionItems,
      hidden: mergeHidden(hidden.filter((entry) => entry.section === id)),
      progress,
      complete: progress.dueResponded === progress.due,
    };
  });
}

/** One entry per subject, reason and kind, so the UI can say "hidden: …, because …" once. */
function mergeHidden(entries: Array<HiddenEntry & { section: SectionId }>): HiddenEntry[] {
  const merged = new Map<string, HiddenEntry>();
  for (const { section: _section, ...entry } of entries) {
    const id = `${entry.subject ?? ''}|${entry.why}|${entry.reason}`;
    const existing = merged.get(id);
    if (!existing) {
      merged.set(id, { ...entry, keys: [...entry.keys] });
    } else {
      existing.keys.push(...entry.keys);
      if (!existing.title.split(', ').includes(entry.title)) existing.title = `${existing.title}, ${entry.title}`;
      existing.ignoresStoredAnswer ||= entry.ignoresStoredAnswer;
      existing.keepsRiskAnswer ||= entry.keepsRiskAnswer;
    }
  }
  return [...merged.values()];
}

function nextQuestionOf(items: ItemView[]): NextQuestion | null {
  const item = items.find((i) => i.requirement === 'due' && i.askableNow && i.state.status === 'unanswered');
  return item ? { key: item.key, subject: item.subject, respondent: item.respondent, section: item.section, item } : null;
}

/**
 * The levels whose words this contact words otherwise, per subject (the ladder's `actionWhen`, data:
 * H119 after the baby has died; H117 a parent too distressed to be asked). Only the levels that differ.
 */
function levelActionsOf(resolver: Resolver): LevelActions {
  const actions: LevelActions = {};
  for (const subject of ['birthing-parent', 'partner'] as const) {
    for (const rung of resolver.pathway.escalation) {
      const rule = rung.actionWhen?.find((r) => resolver.check(r.when, subject).holds);
      if (rule) (actions[subject] ??= {})[rung.level] = { action: rule.action, ...(rule.timeframe ? { timeframe: rule.timeframe } : {}) };
    }
  }
  return actions;
}

function escalationView(level: EscalationLevel, because: string[], words: LevelWords | undefined): EscalationView {
  const rung = escalationLadder.find((e) => e.level === level);
  return {
    level,
    label: rung?.label ?? level,
    action: words?.action ?? rung?.action ?? '',
    timeframe: words?.timeframe ?? rung?.timeframe ?? '',
    because,
  };
}

/**
 * The level is the highest of the flags and of the outcomes recommended outright; outcomes offered
 * only for consideration do not raise it (they are judgement calls, shown with their own level).
 */
function escalationOf(flags: Flag[], outcomes: RecommendedOutcome[], levelActions: LevelActions): Evaluation['escalation'] {
  const levelFor = (subject?: Subject) => {
    let level: EscalationLevel = 'E0';
    const contributors: Array<{ id: string; level: EscalationLevel }> = [];
    for (const flag of flags) {
      if (subject && flag.subject !== subject) continue;
      level = higherLevel(level, flag.level);
      contributors.push({ id: flag.id, level: flag.level });
    }
    for (const outcome of outcomes) {
      if (outcome.strength !== 'recommend' || (subject && outcome.subject !== subject)) continue;
      level = higherLevel(level, outcome.level);
      contributors.push({ id: outcome.id, level: outcome.level });
    }
    const because = levelRank(level) === 0 ? [] : contributors.filter((c) => c.level === level).map((c) => c.id);
    return escalationView(level, because, levelWordsFor(levelActions, level, subject ? [subject] : ['birthing-parent', 'partner']));
  };
  return {
    overall: levelFor(),
    bySubject: { 'birthing-parent': levelFor('birthing-parent'), partner: levelFor('partner') },
  };
}

/**
 * The outstanding items: the pathway's outstanding rules (lib/pathway/outstanding.ts), interpreted
 * in their order. A rule without `each` lists one item per subject its `when` holds for; a rule with
 * `each` lists one per evaluated entity the selector names. No clinical rule or wording lives here.
 */
function outstandingOf(
  resolver: Resolver,
  items: ItemView[],
  instruments: InstrumentResult[],
  flags: Flag[],
  outcomes: RecommendedOutcome[],
  privateItem: boolean,
): OutstandingItem[] {
  const evaluated: EvaluatedItems = {
    privacyMasked: privateItem,
    dueUnanswered: (subject, groupId) =>
      items
        // Today's own response counts; a known fact covers the item (still offered to confirm).
        .filter((item) => item.subject === subject && item.groupId === groupId && item.requirement === 'due' && item.state.status === 'unanswered' && !item.known)
        .map((item) => item.key),
  };
  // Only outstanding rules read the evaluated items (check-condition.ts EvaluatedItems).
  const ctx: ConditionContext = Object.assign(Object.create(resolver) as Resolver, { evaluated });
  const holds = (rule: OutstandingRule, subject: Subject) =>
    rule.subjects.includes(subject) ? checkCondition(rule.when, subject, ctx) : { holds: false, keys: [] };
  const outstanding: OutstandingItem[] = [];
  for (const rule of resolver.pathway.outstandingRules) {
    if (!rule.each) {
      for (const subject of rule.subjects) {
        const result = holds(rule, subject);
        if (!result.holds) continue;
        outstanding.push(
          rule.neutral
            ? { kind: rule.kind, text: rule.text, keys: [], sources: [] }
            : {
                kind: rule.kind,
                subject,
                text: rule.text,
                keys: result.keys,
                ruleId: rule.id,
                sources: [...rule.sources],
                outstandingRuleId: rule.id,
                ...(rule.blocksMinimalFinish ? { blocksMinimalFinish: true as const } : {}),
                ...(rule.handoverReplaces ? { handoverReplaces: [...rule.handoverReplaces] } : {}),
              },
        );
      }
      continue;
    }
    for (const entry of entriesOf(rule, rule.each, resolver, items, instruments, flags, outcomes)) {
      if (entry.subject && !holds(rule, entry.subject).holds) continue;
      outstanding.push({
        ...entry,
        kind: rule.kind,
        outstandingRuleId: rule.id,
        ...(rule.blocksMinimalFinish ? { blocksMinimalFinish: true as const } : {}),
        ...(rule.handoverReplaces ? { handoverReplaces: [...rule.handoverReplaces] } : {}),
      });
    }
  }
  return outstanding;
}

type OutstandingEntry = Omit<OutstandingItem, 'kind' | 'outstandingRuleId' | 'blocksMinimalFinish' | 'handoverReplaces'>;

/** The items a per-entity outstanding rule lists, worded from the rule's data. */
function entriesOf(
  rule: OutstandingRule,
  each: OutstandingEach,
  resolver: Resolver,
  items: ItemView[],
  instruments: InstrumentResult[],
  flags: Flag[],
  outcomes: RecommendedOutcome[],
): OutstandingEntry[] {
  const words = rule.words ?? {};
  const whoOf = (subject: Subject) => words[`who-${subject}`] ?? '';
  switch (each) {
    case 'due-measure-not-complete':
      return instruments
        .filter((result) => result.requirement === 'due' && result.status !== 'complete')
        .map((result) => {
          const first = result.requirementReasons[0];
          return {
            subject: result.subject,
            instrumentId: result.instrumentId,
            text: fill(rule.text, { measure: result.shortName, who: whoOf(result.subject), status: words[`status-${result.status}`] ?? result.status }),
            keys: result.missing.map((m) => m.key),
            ...(first ? { ruleId: first.ruleId } : {}),
            sources: first ? [...first.sources] : [...result.sources],
          };
        });
    case 'risk-item-unknown':
      // Any started measure whose risk item (Instrument.riskItems) has no answer: declined, not
      // asked, or simply not reached yet.
      return instruments
        .filter((result) => result.status !== 'not-started')
        .flatMap((result) =>
          result.itemRisk.flatMap((risk): OutstandingEntry[] => {
            const missing = result.missing.find((m) => m.key === risk.key);
            if (risk.status !== 'unknown' || !missing) return [];
            const asWhole = result.status === 'declined' && rule.wholeMeasureText;
            const what = asWhole ? words[`whole-${wholeMeasureStatus(result.missing)}`] : words[`missing-${missing.status}`];
            return [
              {
                subject: result.subject,
                instrumentId: result.instrumentId,
                text: fill(asWhole || rule.text, { measure: result.shortName, who: whoOf(result.subject), what: what ?? '' }),
                keys: [risk.key],
                sources: [...result.sources],
              },
            ];
          }),
        );
    case 'risk-enquiry-not-answered':
      return items.flatMap((item): OutstandingEntry[] => {
        const until = resolver.index.groups.get(item.groupId)?.riskNotKnownUntil;
        if (!until || item.questionId !== until.question || item.requirement !== 'due' || item.state.status === 'answered') return [];
        const state = item.state;
        const reason = state.status === 'not-asked' ? `${words[`reason-${state.reason}`] ?? state.reason}${state.note ? `: ${state.note}` : ''}` : '';
        const why = fill(words[`why-${state.status}`] ?? '', { reason });
        return [
          {
            subject: item.subject,
            text: fill(rule.text, { what: until.text, who: whoOf(item.subject), why }),
            keys: [item.key],
            ruleId: until.ruleId,
            sources: [...until.sources],
            ...(state.status === 'unanswered' ? { needsReason: true } : {}),
          },
        ];
      });
    case 'flag-not-acknowledged':
      return flags
        .filter((flag) => !flag.acknowledgedAt && !rule.exceptFlagKinds?.includes(flag.kind))
        .map((flag) => ({
          subject: flag.subject,
          text: fill(rule.text, { title: flag.title }),
          keys: flag.triggeredBy,
          ruleId: flag.ruleId,
          sources: [...flag.sources],
        }));
    case 'outcome-not-decided':
      return outcomes
        .filter((outcome) => outcome.strength === 'recommend' && !outcome.decision)
        .map((outcome) => ({
          subject: outcome.subject,
          text: fill(rule.text, { code: outcome.code, title: outcome.title }),
          keys: [],
          ...(outcome.reasons[0] ? { ruleId: outcome.reasons[0].ruleId } : {}),
          sources: outcome.reasons[0] ? [...outcome.reasons[0].sources] : [],
        }));
  }
}

/** Fills {placeholders} of an outstanding rule's text (meta-tested: every placeholder is filled). */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function countedAnswers(items: ItemView[]): CountedAnswer[] {
  const answers: CountedAnswer[] = [];
  for (const item of items) {
    if (item.state.status === 'unanswered') continue;
    answers.push({
      key: item.key,
      subject: item.subject,
      questionId: item.questionId,
      respondent: item.respondent,
      about: item.about,
      ...(item.instrumentId ? { instrumentId: item.instrumentId } : {}),
      text: item.text,
      state: item.state,
      ...(item.privacy ? { privacy: item.privacy } : {}),
      ...(item.raisedBy ? { raisedBy: item.raisedBy } : {}),
    });
  }
  return answers;
}

function collectWarnings(resolver: Resolver, warnings: EvaluationWarning[]): void {
  if (resolver.contact.pathwayVersion !== resolver.pathway.version) {
    warnings.push({ key: 'pathwayVersion', problem: 'pathway-version-mismatch' });
  }
  for (const [key, answer] of Object.entries(resolver.contact.answers)) {
    if (key !== answerKey(answer.subject, answer.questionId)) {
      warnings.push({ key, problem: 'key-mismatch' });
      continue;
    }
    const entry = resolver.index.questions.get(answer.questionId);
    if (!entry) {
      warnings.push({ key, problem: 'unknown-question' });
      continue;
    }
    // A warning names its key: never for a question that may not be shown with the people in the
    // room now, in either scope (a summary screen may show the record evaluation's warnings).
    if (!resolver.privacyHoldsNow(entry.group)) continue;
    const response = answer.response;
    if (response.kind === 'option' && !entry.question.options.some((o) => o.id === response.optionId)) {
      warnings.push({ key, problem: 'unknown-option' });
      continue;
    }
    if (!resolver.questionApplies(answer.subject, answer.questionId)) {
      warnings.push({ key, problem: 'not-in-this-contact' });
    }
  }
}

/** Whether a measure was declined, not asked, or both, as a whole (the words are the rule's). */
function wholeMeasureStatus(missing: ReadonlyArray<{ status: string }>): 'declined' | 'not-asked' | 'mixed' {
  const statuses = new Set(missing.map((m) => m.status));
  if (statuses.size === 1 && statuses.has('declined')) return 'declined';
  if (statuses.size === 1 && statuses.has('not-asked')) return 'not-asked';
  return 'mixed';
}
