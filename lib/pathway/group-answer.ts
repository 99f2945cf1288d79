import type { Answer } from '../contact/contact';
import type { AllClearView, ItemView } from './evaluation';
import type { Condition, FlagKind, ItemGroup, ModuleId, Pathway } from './schema';

// "None of these": one explicit action that answers several items of a group at once (issue 13,
// fewer taps; hazard H89). Two uses, one mechanism (the group's `allClear` in the pathway data):
// - the red-flag check's "None of these seen or reported" (pathway 2026.4.0, issue 10): every
//   unanswered check item "not seen", with who it came from;
// - a CHECKLIST of history items whose "No" triggers nothing (the lead's product decision for issue
//   13): the birthing parent's first-contact history and the partner's own history. The data names
//   the items (`allClear.items`), the option each records and the sources.
// The stored facts stay itemised: one answer per item, each marked `recordedWith: 'none-of-these'`
// so the summary can say how it was recorded. Never pre-selected, and undone in one action like a
// whole measure declined (H85). `groupAnswerProblems` keeps forbidden kinds out of it.

/** Attaches the group's "None of these" to its unanswered, askable items that it covers. */
export function attachAllClear(group: ItemGroup, subject: ItemView['subject'], groupItems: ItemView[]): void {
  const allClear = group.allClear;
  if (!allClear || !allClear.subjects.includes(subject)) return;
  const covered = allClear.items ? new Set(allClear.items) : null;
  const targets = groupItems.filter(
    (item) =>
      (!covered || covered.has(item.questionId)) &&
      item.askableNow &&
      item.state.status === 'unanswered' &&
      // An item another answer has already raised is never swept into "none of these": it is asked.
      !item.raisedBy &&
      item.options.some((o) => o.id === allClear.optionId),
  );
  if (targets.length === 0) return;
  const view: AllClearView = {
    label: allClear.label,
    optionId: allClear.optionId,
    ...(allClear.from ? { from: [...allClear.from] } : {}),
    keys: targets.map((item) => item.key),
    items: targets.map((item) => ({ key: item.key, text: item.text, answer: item.options.find((o) => o.id === allClear.optionId)!.label })),
  };
  for (const item of targets) item.allClear = view;
}

/**
 * The answers "None of these" records for `item`'s group: one per covered item, each its own fact,
 * marked as recorded with "none of these". Empty when the item offers no such action.
 */
export function allClearAnswers(item: ItemView, answeredAt: string): Answer[] {
  const clear = item.allClear;
  if (!clear) return [];
  return clear.keys.map((key) => {
    const slash = key.indexOf('/');
    return {
      questionId: key.slice(slash + 1),
      subject: key.slice(0, slash) as Answer['subject'],
      response: { kind: 'option', optionId: clear.optionId },
      answeredAt,
      ...(clear.from ? { from: [...clear.from] } : {}),
      recordedWith: 'none-of-these',
    } satisfies Answer;
  });
}

// ---- What a "None of these" may never cover (the lead's decision; H89) -------------------------

/**
 * Groups whose "None of these" predates the checklist rule and is its own decision: the red-flag
 * check's "None of these seen or reported" (issue 10 items 4 and 7; docs/pathway.md §14), which
 * records who it came from and never covers an item another answer has raised. Every other group
 * is held to the checklist rule below.
 */
export const ALL_CLEAR_EXCEPTIONS: ReadonlySet<string> = new Set(['red-flag-check']);

/**
 * Modules whose questions are never answered together: the parent-infant relationship, the private
 * routine enquiry (domestic abuse), the red-flag and risk check, and the practitioner's judgement.
 * Screening instruments are excluded by kind (an instrument group never has a checklist).
 */
const FORBIDDEN_MODULES: ReadonlySet<ModuleId> = new Set(['relationship-antenatal', 'relationship-postnatal', 'private-enquiry', 'risk-check', 'clinical-concern', 'screening', 'further-assessment']);

/** Flag kinds that are risk or safety: a question any of their rules reads is never covered. */
const RISK_FLAG_KINDS: ReadonlySet<FlagKind> = new Set(['red-flag', 'item-risk', 'risk-not-known', 'safeguarding']);

type Reference = { question: string; options?: string[] };

/** Every question (and, for answer tests, the options) a condition reads. */
function references(condition: Condition | undefined): Reference[] {
  if (!condition) return [];
  switch (condition.kind) {
    case 'all':
    case 'any':
      return condition.conditions.flatMap(references);
    case 'not':
      return references(condition.condition);
    case 'answer-is':
    case 'stored-answer-is':
      return [{ question: condition.question, options: condition.options }];
    case 'responded':
    case 'response-missing':
    case 'not-asked-because':
    case 'item-score-at-least':
    case 'stored-score-at-least':
    case 'stored-responded':
    case 'hidden':
      return [{ question: condition.question }];
    default:
      return [];
  }
}

/** Every condition of the pathway with what it belongs to, for the checks below. */
function everyCondition(pathway: Pathway): Array<{ where: string; condition: Condition; risk: boolean }> {
  const all: Array<{ where: string; condition: Condition; risk: boolean }> = [];
  for (const rule of pathway.flagRules) all.push({ where: `flag ${rule.id}`, condition: rule.when, risk: RISK_FLAG_KINDS.has(rule.kind) });
  for (const rule of pathway.recommendationRules) all.push({ where: `recommendation ${rule.id}`, condition: rule.when, risk: false });
  for (const rule of pathway.promptRules) all.push({ where: `prompt ${rule.id}`, condition: rule.when, risk: false });
  for (const group of pathway.groups) {
    const add = (where: string, condition: Condition | undefined) => condition && all.push({ where: `${group.id} ${where}`, condition, risk: false });
    add('appliesWhen', group.appliesWhen);
    add('enableWhen', group.enableWhen);
    add('askableWhen', group.askableWhen);
    for (const rule of [...group.due, ...group.suggested, ...(group.defer ? [group.defer] : []), ...(group.notApplicableWhen ?? [])]) add(rule.id, rule.when);
    if (group.kind === 'questions') {
      for (const q of group.questions) {
        add(`${q.id} enableWhen`, q.enableWhen);
        add(`${q.id} alsoRaisedBy`, q.alsoRaisedBy);
        for (const o of q.options) add(`${q.id}/${o.id} enableWhen`, o.enableWhen);
      }
    }
  }
  return all;
}

/**
 * Problems with the pathway's "None of these" checklists, as sentences (empty when none). A
 * checklist covers at least two items of one questions group, never of a forbidden kind (screening
 * instruments, risk and safety items, domestic-abuse enquiry, parent-infant items, the private
 * question, the practitioner's judgement), each offering the option it records, and that answer
 * must trigger nothing: no rule reads it, and no rule reads merely that the item was answered.
 */
export function groupAnswerProblems(pathway: Pathway): string[] {
  const problems: string[] = [];
  const conditions = everyCondition(pathway);
  const riskQuestions = new Set(pathway.groups.flatMap((g) => (g.riskNotKnownUntil ? [g.riskNotKnownUntil.question] : [])));
  for (const instrument of pathway.instruments) for (const id of instrument.riskItems) riskQuestions.add(id);
  for (const group of pathway.groups) {
    const clear = group.allClear;
    if (!clear || ALL_CLEAR_EXCEPTIONS.has(group.id)) continue;
    const where = `group ${group.id}`;
    if (group.kind !== 'questions') {
      problems.push(`${where}: "None of these" on a screening instrument`);
      continue;
    }
    if (FORBIDDEN_MODULES.has(group.module)) problems.push(`${where}: "None of these" in the ${group.module} module`);
    if (group.privacy) problems.push(`${where}: "None of these" on a private (${group.privacy}) group`);
    if (group.respondent !== 'self') problems.push(`${where}: "None of these" on answers given by ${group.respondent}, not the parent about themselves`);
    if (!clear.items) problems.push(`${where}: a checklist names its items (allClear.items)`);
    if (!clear.sources) problems.push(`${where}: a checklist cites its sources (allClear.sources)`);
    for (const id of clear.items ?? []) {
      const question = group.questions.find((q) => q.id === id);
      if (!question) {
        problems.push(`${where}: covers ${id}, which is not one of its questions`);
        continue;
      }
      if (!question.options.some((o) => o.id === clear.optionId)) problems.push(`${where}: ${id} has no option ${clear.optionId}`);
      if (question.scored || question.summaryRisk || question.recordsWhoReported || question.alsoRaisedBy || question.options.some((o) => o.summaryRisk))
        problems.push(`${where}: ${id} is scored, a risk line or a check item`);
      if (riskQuestions.has(id)) problems.push(`${where}: ${id} is a risk item`);
      for (const { where: ruleWhere, condition, risk } of conditions) {
        for (const ref of references(condition)) {
          if (ref.question !== id) continue;
          if (risk) problems.push(`${where}: ${id} is read by the risk rule ${ruleWhere}`);
          else if (!ref.options) problems.push(`${where}: ${id} answered at all matters to ${ruleWhere}`);
          else if (ref.options.includes(clear.optionId)) problems.push(`${where}: ${id} "${clear.optionId}" triggers ${ruleWhere}`);
        }
      }
    }
  }
  return [...new Set(problems)];
}
