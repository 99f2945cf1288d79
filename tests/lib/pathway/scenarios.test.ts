import { describe, expect, it } from 'vitest';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { scenarios } from './scenarios/fixtures';
import { PRIVATE_TOPIC, digest } from './support/evaluate-spec';

// Whole contacts. Each scenario states what a clinical reviewer expects; the full digest
// (next question, results, flags, levels, outcomes with rule ids, outstanding, hidden reasons) is
// checked in under scenarios/expected/ and reviewed like code when it changes.

describe.each(scenarios)('scenario $id', (scenario) => {
  const settings = { ...defaultPathwaySettings, ...scenario.settings };
  const evaluation = evaluate(pathway, buildContact(scenario.spec), settings);

  it(`[H01-j] ${scenario.title}: escalation ${scenario.expect.overall} with the expected flags`, () => {
    expect(evaluation.escalation.overall.level).toBe(scenario.expect.overall);
    expect(evaluation.flags.map((f) => f.id).sort()).toEqual([...scenario.expect.flags].sort());
  });

  it('[H10-e] recommends exactly the expected outcomes outright', () => {
    const recommended = evaluation.outcomes.filter((o) => o.strength === 'recommend').map((o) => o.id);
    expect(recommended.sort()).toEqual([...scenario.expect.recommends].sort());
  });

  it('[H10-f] lists exactly the expected outstanding items for the handover', () => {
    const listed = evaluation.outstanding.map((o) => `${o.kind}${o.subject ? ` ${o.subject}` : ''}${o.instrumentId ? ` ${o.instrumentId}` : ''}`);
    // Outcome ids are `${subject}/${code}`; flag ids are `${ruleId}/${subject}`.
    const [outcomeSubject, flagSubject] = [(id: string) => id.slice(0, id.indexOf('/')), (id: string) => id.slice(id.indexOf('/') + 1)];
    const ruleOf = (flagId: string) => pathway.flagRules.find((r) => r.id === flagId.slice(0, flagId.indexOf('/')));
    const expected = [
      ...scenario.expect.outstanding,
      // A "risk not known" card is never listed as a card to acknowledge: the unknown risk is listed once.
      ...scenario.expect.flags.filter((id) => ruleOf(id)?.kind !== 'risk-not-known').map((id) => `flag-not-acknowledged ${flagSubject(id)}`),
      ...scenario.expect.recommends.map((id) => `outcome-not-decided ${outcomeSubject(id)}`),
    ];
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('[H05-i] says nothing about the private topic unless she is alone', () => {
    expect(evaluation.presence.privateNow).toBe(scenario.expect.privateNow);
    if (!scenario.expect.privateNow) expect(JSON.stringify(evaluation)).not.toMatch(PRIVATE_TOPIC);
  });

  it('matches the checked-in digest', async () => {
    await expect(`${JSON.stringify(digest(evaluation), null, 2)}\n`).toMatchFileSnapshot(`./scenarios/expected/${scenario.id}.json`);
  });
});

it('has at least 12 scenarios covering every contact type', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(12);
  expect(new Set(scenarios.map((s) => s.spec.contactType)).size).toBe(pathway.contactTypes.length);
});
