import { describe, expect, it } from 'vitest';
import { contactTypeIdSchema, notAskedReasonSchema, outcomeCodeSchema } from '../../lib/contact/contact';
import { factOutstandingKindSchema } from '../../lib/contact/handover-facts';
import { PRIVATE_ITEM_TEXT } from '../../lib/pathway/domestic-abuse';
import { outstandingKindSchema } from '../../lib/pathway/schema';
import { parsePathway } from '../../lib/pathway/parse-pathway';
import { pathway, pathwayDefinition } from '../../lib/pathway/pathway';
import { indexPathway } from '../../lib/pathway/pathway-index';
import {
  contactTypeSchema,
  escalationSchema,
  flagRuleSchema,
  instrumentSchema,
  instrumentStatusSchema,
  itemGroupSchema,
  outcomeSchema,
  outstandingRuleSchema,
  recommendationRuleSchema,
  promptRuleSchema,
  type Condition,
  type RequirementRule,
  type SourceId,
} from '../../lib/pathway/schema';
import { PRIVATE_TOPIC } from '../lib/pathway/support/evaluate-spec';

// Meta-tests: the pathway definition is honest (conventions.md habit 12).

const index = indexPathway(pathway);

type Located = { where: string; condition: Condition; subjects: readonly string[] };

/** Every condition in the definition, with where it lives and which subjects evaluate it. */
function allConditions(): Located[] {
  const found: Located[] = [];
  const requirement = (where: string, rules: readonly RequirementRule[], subjects: readonly string[]) =>
    rules.forEach((r) => found.push({ where: `${where} ${r.id}`, condition: r.when, subjects }));
  for (const group of pathway.groups) {
    const where = `group ${group.id}`;
    if (group.appliesWhen) found.push({ where: `${where} appliesWhen`, condition: group.appliesWhen, subjects: group.subjects });
    if (group.enableWhen) found.push({ where: `${where} enableWhen`, condition: group.enableWhen, subjects: group.subjects });
    if (group.askableWhen) found.push({ where: `${where} askableWhen`, condition: group.askableWhen, subjects: group.subjects });
    requirement(where, group.due, group.subjects);
    requirement(where, group.suggested, group.subjects);
    if (group.defer) requirement(where, [group.defer], group.subjects);
    for (const rule of group.notApplicableWhen ?? []) found.push({ where: `${where} not applicable ${rule.id}`, condition: rule.when, subjects: group.subjects });
    for (const question of index.groupQuestions.get(group.id) ?? []) {
      if (question.enableWhen) {
        found.push({ where: `question ${question.id}`, condition: question.enableWhen, subjects: question.subjects ?? group.subjects });
      }
      for (const option of question.options) {
        if (option.enableWhen) found.push({ where: `option ${question.id}/${option.id}`, condition: option.enableWhen, subjects: question.subjects ?? group.subjects });
      }
      if (question.alsoRaisedBy) {
        found.push({ where: `question ${question.id} alsoRaisedBy`, condition: question.alsoRaisedBy, subjects: question.subjects ?? group.subjects });
      }
    }
  }
  for (const rule of pathway.flagRules) found.push({ where: `flag ${rule.id}`, condition: rule.when, subjects: rule.subjects });
  for (const rule of pathway.recommendationRules) found.push({ where: `outcome rule ${rule.id}`, condition: rule.when, subjects: rule.subjects });
  for (const rule of pathway.promptRules) found.push({ where: `prompt ${rule.id}`, condition: rule.when, subjects: rule.subjects });
  for (const rule of pathway.outstandingRules) found.push({ where: `outstanding ${rule.id}`, condition: rule.when, subjects: rule.subjects });
  return found;
}

function leaves(condition: Condition): Condition[] {
  switch (condition.kind) {
    case 'all':
    case 'any':
      return condition.conditions.flatMap(leaves);
    case 'not':
      return leaves(condition.condition);
    default:
      return [condition];
  }
}

/** Questions a condition reads (instrument conditions read the instrument's scored items). */
function questionsRead(condition: Condition): string[] {
  return leaves(condition).flatMap((leaf) => {
    if ('question' in leaf) return [leaf.question];
    if ('instrument' in leaf) {
      return (pathway.instruments.find((i) => i.id === leaf.instrument)?.items ?? []).filter((i) => i.scored).map((i) => i.id);
    }
    return [];
  });
}

describe('every definition parses', () => {
  it('parses the whole pathway against its schema', () => {
    expect(() => parsePathway(pathwayDefinition)).not.toThrow();
    // The schema may normalise (defaults, stripping); the panel uses the definition as written.
    expect(parsePathway(pathwayDefinition)).toEqual(pathway);
  });

  it.each([
    ['instruments', pathway.instruments, instrumentSchema],
    ['groups', pathway.groups, itemGroupSchema],
    ['flag rules', pathway.flagRules, flagRuleSchema],
    ['outcome rules', pathway.recommendationRules, recommendationRuleSchema],
    ['prompt rules', pathway.promptRules, promptRuleSchema],
    ['outstanding rules', pathway.outstandingRules, outstandingRuleSchema],
    ['outcomes', pathway.outcomes, outcomeSchema],
    ['escalation', pathway.escalation, escalationSchema],
    ['contact types', pathway.contactTypes, contactTypeSchema],
  ] as const)('parses each of the %s on its own', (_name, list, schema) => {
    for (const entry of list) expect(schema.safeParse(entry).success).toBe(true);
  });

  it('defines each contact type of the contact model exactly once', () => {
    expect(pathway.contactTypes.map((c) => c.id).sort()).toEqual([...contactTypeIdSchema.options].sort());
  });

  it('defines outcomes O1-O14 and levels E0-E5 exactly once each', () => {
    expect(pathway.outcomes.map((o) => o.code)).toEqual([...outcomeCodeSchema.options]);
    expect(pathway.escalation.map((e) => e.level)).toEqual(['E0', 'E1', 'E2', 'E3', 'E4', 'E5']);
  });

  it('gives every instrument exactly one group that asks it', () => {
    for (const instrument of pathway.instruments) {
      expect(pathway.groups.filter((g) => g.kind === 'instrument' && g.instrument === instrument.id)).toHaveLength(1);
    }
  });
});

describe('[H18-c] every rule’s source questions exist', () => {
  it.each(allConditions().map((c) => [c.where, c] as const))('%s reads only questions, options, instruments and bands that exist', (_where, located) => {
    for (const leaf of leaves(located.condition)) {
      if ('question' in leaf) {
        const entry = index.questions.get(leaf.question);
        expect(entry, `${leaf.question} exists`).toBeDefined();
        if (leaf.kind === 'answer-is' || leaf.kind === 'stored-answer-is') {
          const optionIds = entry?.question.options.map((o) => o.id) ?? [];
          for (const option of leaf.options) expect(optionIds, `${leaf.question} has option ${option}`).toContain(option);
        }
        if (leaf.kind === 'item-score-at-least' || leaf.kind === 'stored-score-at-least') expect(entry?.question.scored).toBe(true);
        // The subject read must be one this question is asked of.
        const read = leaf.of && leaf.of !== 'self' ? [leaf.of] : located.subjects;
        expect(read.some((s) => entry?.subjects.includes(s as never)), `${leaf.question} is asked of ${read.join('/')}`).toBe(true);
      }
      if (leaf.kind === 'due-unanswered') {
        const group = index.groups.get(leaf.group);
        expect(group, `group ${leaf.group} exists`).toBeDefined();
        expect(located.subjects.some((s) => group?.subjects.includes(s as never)), `${leaf.group} is asked of ${located.subjects.join('/')}`).toBe(true);
      }
      if ('instrument' in leaf) {
        const instrument = pathway.instruments.find((i) => i.id === leaf.instrument);
        expect(instrument).toBeDefined();
        if (leaf.kind === 'instrument-band') {
          const bandIds = [...(instrument?.bands.default ?? []), ...(instrument?.bands.partner ?? [])].map((b) => b.id);
          for (const band of leaf.bands) expect(bandIds, `${leaf.instrument} has band ${band}`).toContain(band);
        }
      }
    }
  });

  it('has no cycles between visibility conditions (a hidden question can never depend on itself)', () => {
    const edges = new Map<string, string[]>();
    for (const entry of index.questions.values()) {
      const conditions = [entry.group.enableWhen, entry.question.enableWhen].filter((c): c is Condition => !!c);
      const reads = conditions.flatMap(questionsRead);
      if (entry.question.carryFrom) reads.push(entry.question.carryFrom);
      edges.set(entry.question.id, reads);
    }
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string, path: string[]) => {
      if (state.get(id) === 'done') return;
      expect(state.get(id), `cycle: ${[...path, id].join(' → ')}`).not.toBe('visiting');
      state.set(id, 'visiting');
      for (const next of edges.get(id) ?? []) visit(next, [...path, id]);
      state.set(id, 'done');
    };
    for (const id of edges.keys()) visit(id, []);
  });

  it('carries answers only between items with the same options', () => {
    for (const entry of index.questions.values()) {
      if (!entry.question.carryFrom) continue;
      const from = index.questions.get(entry.question.carryFrom);
      expect(from?.question.options).toEqual(entry.question.options);
      expect(from?.instrument?.recallWindow).toEqual(entry.instrument?.recallWindow);
    }
  });
});

describe('[H34-g] stored answers are read only where a hidden answer must not vanish', () => {
  const STORED_KINDS = ['stored-answer-is', 'stored-score-at-least', 'stored-responded', 'hidden'];
  const isStoredKind = (leaf: Condition) => STORED_KINDS.includes(leaf.kind);

  it.each(allConditions().map((c) => [c.where, c] as const))(
    '%s: reads stored answers only in a flag rule, as a withdrawn risk answer (with "its question is hidden now") or in appliesWhen (a group with answers stays in play)',
    (where, located) => {
      const stored = leaves(located.condition).filter(isStoredKind);
      // A check item is raised by what raises its flag, including a withdrawn risk answer.
      if (where.startsWith('flag ') || where.endsWith(' alsoRaisedBy')) return;
      // A withdrawn risk answer makes its follow-up enquiry due, as the visible answer would
      // (pathway 2026.5.0, H45): allowed only paired with "its question is hidden now".
      if (stored.some((l) => l.kind === 'hidden')) {
        expect(pairedWithHidden(located.condition), `${where} reads a stored answer without "its question is hidden now"`).toBe(true);
        return;
      }
      if (where.endsWith(' appliesWhen')) {
        // appliesWhen may read settings and stored-responded, never a visible answer (it would depend on itself).
        for (const leaf of leaves(located.condition)) {
          expect(['stored-responded', 'depression-measure-is', 'setting-on', 'screening-scheduled', 'contact-type', 'phase', 'first-contact', 'always', 'subject-is']).toContain(leaf.kind);
        }
        return;
      }
      expect(stored.map((l) => l.kind), `${where} reads stored answers`).toEqual([]);
    },
  );

  /** Every `all` in a flag rule that reads a stored risk answer also requires that question to be hidden. */
  function pairedWithHidden(condition: Condition): boolean {
    switch (condition.kind) {
      case 'any':
        return condition.conditions.every(pairedWithHidden);
      case 'not':
        return pairedWithHidden(condition.condition);
      case 'all': {
        const direct = condition.conditions.filter((c) => c.kind === 'stored-answer-is' || c.kind === 'stored-score-at-least');
        const hidden = condition.conditions.filter((c): c is Extract<Condition, { kind: 'hidden' }> => c.kind === 'hidden');
        const nested = condition.conditions.filter((c) => c.kind === 'all' || c.kind === 'any' || c.kind === 'not');
        return (
          direct.every((d) => 'question' in d && hidden.some((h) => h.question === d.question && (h.of ?? 'self') === (d.of ?? 'self'))) &&
          nested.every(pairedWithHidden)
        );
      }
      case 'stored-answer-is':
      case 'stored-score-at-least':
      case 'stored-responded':
        return false;
      default:
        return true;
    }
  }

  it.each(pathway.flagRules.map((r) => [r.id, r] as const))('flag %s reads a stored answer only together with "its question is hidden now"', (_id, rule) => {
    expect(pairedWithHidden(rule.when)).toBe(true);
  });

  it('covers, with a withdrawn-risk rule, every positive answer a red-flag, item-risk or safeguarding rule acts on whose question a later change can hide', () => {
    // Read only for the birthing parent, whose copy of the group is never hidden (no consent gate for her).
    const neverHiddenForTheSubjectRead: Record<string, string> = { 'relationship.observation': 'RF-INCOMPETENCE-ESTRANGEMENT reads it for the birthing parent only' };
    const withdrawnRules = pathway.flagRules.filter((r) => leaves(r.when).some((l) => l.kind === 'hidden'));
    const covered = new Set(withdrawnRules.flatMap((r) => leaves(r.when).filter((l) => l.kind === 'stored-answer-is' || l.kind === 'stored-score-at-least')).map((l) => ('question' in l ? l.question : '')));
    const actedOn = pathway.flagRules
      .filter((r) => ['red-flag', 'item-risk', 'safeguarding'].includes(r.kind) && !withdrawnRules.includes(r))
      .flatMap((r) => leaves(r.when).filter((l) => l.kind === 'answer-is' || l.kind === 'item-score-at-least'))
      .map((l) => ('question' in l ? l.question : ''));
    for (const question of new Set(actedOn)) {
      const entry = index.questions.get(question);
      const canBeHidden = !!(entry?.question.enableWhen || entry?.group.enableWhen);
      if (!canBeHidden || neverHiddenForTheSubjectRead[question]) continue;
      expect(covered, `${question} is acted on and can be hidden`).toContain(question);
    }
  });
});

describe('[H02-g] every scored option has a score', () => {
  it.each([...index.questions.values()].map((e) => [e.question.id, e] as const))('%s: scored items score every option, unscored items none', (_id, entry) => {
    const withScore = entry.question.options.filter((o) => o.score !== undefined);
    expect(withScore.length).toBe(entry.question.scored ? entry.question.options.length : 0);
    expect(new Set(entry.question.options.map((o) => o.id)).size).toBe(entry.question.options.length);
  });

  it('puts scored items only in instruments', () => {
    for (const group of pathway.groups) if (group.kind === 'questions') expect(group.questions.every((q) => !q.scored)).toBe(true);
  });
});

describe('[H18-d] every rule cites a source', () => {
  const cited: Array<[string, readonly SourceId[]]> = [
    ...pathway.instruments.map((i): [string, readonly SourceId[]] => [`instrument ${i.id}`, i.sources]),
    ...pathway.instruments.flatMap((i) => [...i.bands.default, ...(i.bands.partner ?? [])].map((b): [string, readonly SourceId[]] => [`band ${i.id}/${b.id}`, b.sources])),
    ...[...index.questions.values()].map((e): [string, readonly SourceId[]] => [`question ${e.question.id}`, e.question.sources]),
    ...pathway.groups.map((g): [string, readonly SourceId[]] => [`group ${g.id}`, g.sources]),
    ...pathway.groups.flatMap((g) => [...g.due, ...g.suggested, ...(g.defer ? [g.defer] : [])].map((r): [string, readonly SourceId[]] => [`requirement ${r.id}`, r.sources])),
    ...pathway.flagRules.map((r): [string, readonly SourceId[]] => [`flag ${r.id}`, r.sources]),
    ...pathway.recommendationRules.map((r): [string, readonly SourceId[]] => [`outcome rule ${r.id}`, r.sources]),
    ...pathway.promptRules.map((r): [string, readonly SourceId[]] => [`prompt ${r.id}`, r.sources]),
    ...pathway.outstandingRules.map((r): [string, readonly SourceId[]] => [`outstanding ${r.id}`, r.sources]),
    ...pathway.groups.flatMap((g) => (g.notApplicableWhen ?? []).map((r): [string, readonly SourceId[]] => [`not applicable ${g.id} ${r.id}`, r.sources])),
    ...pathway.outcomes.map((o): [string, readonly SourceId[]] => [`outcome ${o.code}`, o.sources]),
    ...pathway.escalation.map((e): [string, readonly SourceId[]] => [`level ${e.level}`, e.sources]),
    ...pathway.contactTypes.map((c): [string, readonly SourceId[]] => [`contact type ${c.id}`, c.sources]),
  ];

  it.each(cited)('%s cites at least one of S1…S29', (_what, sources) => {
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^S([1-9]|1\d|2\d)$/);
  });
});

describe('ids are stable and unique', () => {
  it('uses each question id, group id, flag rule id and outcome rule id once', () => {
    const questionIds = pathway.groups.flatMap((g) => (index.groupQuestions.get(g.id) ?? []).map((q) => q.id));
    expect(new Set(questionIds).size).toBe(questionIds.length);
    const groupIds = pathway.groups.map((g) => g.id);
    expect(new Set(groupIds).size).toBe(groupIds.length);
    const ruleIds = [...pathway.flagRules, ...pathway.recommendationRules, ...pathway.promptRules, ...pathway.outstandingRules].map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
  });

  it('gives a requirement rule id to one rule only (shared ids are the same rule)', () => {
    const byId = new Map<string, string>();
    for (const group of pathway.groups) {
      for (const rule of [...group.due, ...group.suggested, ...(group.defer ? [group.defer] : [])]) {
        const json = JSON.stringify(rule);
        expect(byId.get(rule.id) ?? json, rule.id).toBe(json);
        byId.set(rule.id, json);
      }
    }
  });

  it('lays out every group for every subject it asks exactly once', () => {
    const expected = pathway.groups.flatMap((g) => g.subjects.map((s) => `${g.id}/${s}`)).sort();
    expect(pathway.layout.map((l) => `${l.group}/${l.subject}`).sort()).toEqual(expected);
  });

  it('switches on, in some contact type, every module a group uses', () => {
    const on = new Set(pathway.contactTypes.flatMap((c) => c.modules));
    for (const group of pathway.groups) expect(on, group.module).toContain(group.module);
  });
});

describe('[H05-k] the private topic is named only inside the private group', () => {
  it('keeps the hidden and not-askable wording of the private group neutral', () => {
    for (const group of pathway.groups.filter((g) => g.privacy === 'private')) {
      expect(group.hiddenReason).toBe(PRIVATE_ITEM_TEXT);
      expect(group.notAskableReason).toBe(PRIVATE_ITEM_TEXT);
      expect(PRIVATE_ITEM_TEXT).not.toMatch(PRIVATE_TOPIC);
    }
  });

  it('names the topic in no other group, question, option, hint, outcome title or rule that is not derived from a private answer', () => {
    const privateQuestions = new Set(
      pathway.groups.filter((g) => g.privacy === 'private').flatMap((g) => (index.groupQuestions.get(g.id) ?? []).map((q) => q.id)),
    );
    const readsPrivate = (condition: Condition) => questionsRead(condition).some((q) => privateQuestions.has(q));
    const visibleAnytime = {
      groups: pathway.groups.filter((g) => g.privacy !== 'private'),
      flags: pathway.flagRules.filter((r) => !readsPrivate(r.when)),
      outcomeRules: pathway.recommendationRules.filter((r) => !readsPrivate(r.when)),
      outcomeTitles: pathway.outcomes.map((o) => o.title),
      outcomeRoutes: pathway.outcomes.map((o) => o.route),
      instruments: pathway.instruments,
      escalation: pathway.escalation,
    };
    expect(JSON.stringify(visibleAnytime)).not.toMatch(PRIVATE_TOPIC);
  });
});

describe('option conditions read only the contact’s situation (pathway 2026.4.0)', () => {
  const situationKinds = new Set(['baby-situation', 'baby-age-days', 'interpreter-is', 'phase', 'contact-type']);
  const options = [...index.questions.values()].flatMap((entry) =>
    entry.question.options.filter((o) => o.enableWhen).map((o) => [`${entry.question.id}/${o.id}`, o.enableWhen as Condition] as const),
  );

  it('has at least one option condition (the blues options)', () => {
    expect(options.length).toBeGreaterThan(0);
  });

  it.each(options)('%s offers itself by the situation, never by an answer', (_id, condition) => {
    for (const leaf of leaves(condition)) expect(situationKinds.has(leaf.kind), leaf.kind).toBe(true);
  });
});

describe('[H18-e] outstanding rules are data the engine only interprets (issue 16)', () => {
  const OUTSTANDING_ONLY = new Set(['due-unanswered', 'privacy-masked']);
  /** The placeholders each selector fills (evaluate.ts entriesOf); rules without a selector fill none. */
  const filled: Record<string, string[]> = {
    none: [],
    'due-measure-not-complete': ['measure', 'who', 'status'],
    'risk-item-unknown': ['measure', 'who', 'what'],
    'risk-enquiry-not-answered': ['what', 'who', 'why'],
    'flag-not-acknowledged': ['title'],
    'outcome-not-decided': ['code', 'title'],
  };
  const placeholders = (text: string) => [...text.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]);

  it.each(allConditions().filter((c) => !c.where.startsWith('outstanding ')).map((c) => [c.where, c] as const))(
    '%s never reads the evaluated items (due-unanswered, privacy-masked: outstanding rules only)',
    (_where, located) => {
      expect(leaves(located.condition).filter((l) => OUTSTANDING_ONLY.has(l.kind)).map((l) => l.kind)).toEqual([]);
    },
  );

  it.each(pathway.outstandingRules.map((r) => [r.id, r] as const))('%s uses only the placeholders its selector fills', (_id, rule) => {
    const allowed = filled[rule.each ?? 'none'] ?? [];
    for (const text of [rule.text, rule.wholeMeasureText ?? '', rule.handoverText ?? '']) {
      for (const name of placeholders(text)) expect(allowed, `${rule.id}: {${name}}`).toContain(name);
    }
    expect(rule.wholeMeasureText === undefined || rule.each === 'risk-item-unknown').toBe(true);
    expect(rule.exceptFlagKinds === undefined || rule.each === 'flag-not-acknowledged').toBe(true);
  });

  it.each(pathway.outstandingRules.map((r) => [r.id, r] as const))('%s has a handover wording exactly when the handover block carries its kind', (_id, rule) => {
    expect(rule.handoverText !== undefined).toBe((factOutstandingKindSchema.options as readonly string[]).includes(rule.kind));
  });

  it('gives every outstanding kind a rule, and marks only the private question neutral', () => {
    expect(new Set(pathway.outstandingRules.map((r) => r.kind))).toEqual(new Set(outstandingKindSchema.options));
    expect(pathway.outstandingRules.filter((r) => r.neutral).map((r) => r.kind)).toEqual(['private-question-outstanding']);
    for (const rule of pathway.outstandingRules.filter((r) => r.neutral)) expect(JSON.stringify(rule.text)).not.toMatch(PRIVATE_TOPIC);
  });

  it('has the words every selector reads (a missing word would print an empty phrase)', () => {
    const words = (id: string) => pathway.outstandingRules.find((r) => r.id === id)?.words ?? {};
    expect(Object.keys(words('OS-MEASURE-NOT-COMPLETE'))).toEqual(expect.arrayContaining(instrumentStatusSchema.options.filter((s) => s !== 'complete').map((s) => `status-${s}`)));
    expect(Object.keys(words('OS-RISK-ITEM-NOT-ANSWERED'))).toEqual(
      expect.arrayContaining(['missing-declined', 'missing-not-asked', 'missing-unanswered', 'whole-declined', 'whole-not-asked', 'whole-mixed']),
    );
    expect(Object.keys(words('OS-RISK-NOT-KNOWN'))).toEqual(
      expect.arrayContaining(['why-declined', 'why-not-asked', 'why-unanswered', ...notAskedReasonSchema.options.map((r) => `reason-${r}`)]),
    );
  });
});
