import { describe, expect, it } from 'vitest';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import type { RecommendedOutcome } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';
import { groupOutcomes } from '../../../lib/pathway/recommend';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { scenarios } from './scenarios/fixtures';

// Issue 13: outcomes the rules give the same decision for are decided together (hazard H87).

const outcome = (over: Partial<RecommendedOutcome>): RecommendedOutcome => ({
  id: `${over.subject ?? 'partner'}/${over.code ?? 'O1'}`,
  code: 'O1',
  subject: 'partner',
  title: 't',
  route: '',
  level: 'E1',
  strength: 'recommend',
  reasons: [{ ruleId: 'REC-A', text: 'a', sources: ['S1'], triggeredBy: [] }],
  ...over,
});

describe('[H87-a] grouping outcomes with the same decision', () => {
  it.each([
    ['same person, level, strength and reasons: one group', [outcome({ code: 'O1' }), outcome({ code: 'O12' })], [2]],
    ['another person: apart', [outcome({ code: 'O1' }), outcome({ code: 'O1', subject: 'birthing-parent' })], [1, 1]],
    ['another reason: apart', [outcome({ code: 'O1' }), outcome({ code: 'O12', reasons: [{ ruleId: 'REC-B', text: 'b', sources: ['S1'], triggeredBy: [] }] })], [1, 1]],
    ['recommend vs consider: apart', [outcome({ code: 'O1' }), outcome({ code: 'O12', strength: 'consider' })], [1, 1]],
    ['E2 (routine referral) still grouped', [outcome({ code: 'O4', level: 'E2' }), outcome({ code: 'O5', level: 'E2' })], [2]],
    ['E3 and above never grouped (each urgent route decided on its own)', [outcome({ code: 'O6', level: 'E3' }), outcome({ code: 'O5', level: 'E3' })], [1, 1]],
    ['E5 never grouped', [outcome({ code: 'O9', level: 'E5' }), outcome({ code: 'O5', level: 'E5' })], [1, 1]],
  ] as const)('%s', (_name, outcomes, sizes) => {
    expect(groupOutcomes(outcomes).map((g) => g.outcomes.length)).toEqual(sizes);
  });

  it('partner not seen: the routine outcomes of the partner are one decision (scenario 04)', () => {
    const scenario = scenarios.find((s) => s.id.startsWith('04-'))!;
    const evaluation = evaluate(pathway, buildContact(scenario.spec), { ...defaultPathwaySettings, ...scenario.settings });
    const grouped = groupOutcomes(evaluation.outcomes).filter((g) => g.outcomes.length > 1);
    expect(grouped.map((g) => g.outcomes.map((o) => o.id))).toEqual([['partner/O4', 'partner/O12']]);
  });

  it('never loses or duplicates an outcome, in every scenario', () => {
    for (const scenario of scenarios) {
      const evaluation = evaluate(pathway, buildContact(scenario.spec), { ...defaultPathwaySettings, ...scenario.settings });
      const ids = groupOutcomes(evaluation.outcomes).flatMap((g) => g.outcomes.map((o) => o.id));
      expect(ids.sort()).toEqual(evaluation.outcomes.map((o) => o.id).sort());
    }
  });
});
