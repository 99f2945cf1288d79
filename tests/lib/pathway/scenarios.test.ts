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

  it('recommends the expected outcomes outright', () => {
    const recommended = evaluation.outcomes.filter((o) => o.strength === 'recommend').map((o) => o.id);
    expect(recommended).toEqual(expect.arrayContaining(scenario.expect.recommends));
  });

  it('lists the expected outstanding items for the handover', () => {
    const kinds = evaluation.outstanding.map((o) => o.kind);
    expect(kinds).toEqual(expect.arrayContaining(scenario.expect.outstanding ?? []));
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
