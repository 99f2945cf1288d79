import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../lib/contact/contact-change';
import type { Contact } from '../../../lib/contact/contact';
import { buildContact, type ContactSpec } from '../../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';
import type { Pathway } from '../../../lib/pathway/schema';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { compactSummary } from '../../../lib/summary/compact-summary';
import { summaryText } from '../../../lib/summary/summary-text';
import { scenarios } from '../pathway/scenarios/fixtures';
import { scenarioInputs } from './support';

// Pathway 2026.5.0 (H109): the summary says whether a card was acknowledged only for a card that is
// to be acknowledged. A "risk not known" prompt (RN-EPDS-10, RN-SELF-HARM-DECLINED-TWICE, RF-UNSURE
// …) has nothing to acknowledge: its unknown is handed over by its own outstanding rule, and "NOT
// acknowledged" beside it reads to the next professional as a missed red flag. The data says which
// cards these are: the outstanding rule OS-FLAG-NOT-ACKNOWLEDGED and its `exceptFlagKinds`
// (lib/pathway/outstanding.ts; S5, S10). One row per card kind and boundary, each naming its source.

const AT = '2026-03-02T10:30:00.000Z';
const options = { lineWidth: 200 };
const unwrapped = (text: string) => text.replace(/\n {2,}/g, ' ');

function specOf(id: string): ContactSpec {
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return scenario.spec;
}
const imminentDangerUnsure: ContactSpec = {
  contactType: 'hv-6-8-weeks',
  answers: { 'birthing-parent': { 'red-flags.imminent-danger': 'unsure' } },
};

/** Every written version of the family summary, one string each, unwrapped. */
function written(contact: Contact, evaluation: Evaluation): Record<'detailed' | 'short' | 'compact', string> {
  return {
    detailed: unwrapped(summaryText({ contact, evaluation, options: { ...options, includeHandover: false } })),
    short: unwrapped(summaryText({ contact, evaluation, options: { ...options, includeHandover: false, version: 'short' } })),
    compact: compactText(contact, evaluation),
  };
}
function compactText(contact: Contact, evaluation: Evaluation): string {
  const result = compactSummary({ contact, evaluation }, 4000);
  if (!result.ok) throw new Error(`compact summary: ${result.reason}`);
  return result.text;
}
/** The text of the card's own line in a version (from its title to the end of that line). */
function cardLine(text: string, title: string): string {
  const start = text.indexOf(title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start);
  const end = rest.search(/\n|; \[(her|partner|obs)\]/);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('[H109-a] the acknowledgement state is written only for a card that is to be acknowledged (pathway data: OS-FLAG-NOT-ACKNOWLEDGED)', () => {
  type Row = [what: string, ruleId: string, toAcknowledge: boolean, source: string, spec: ContactSpec];
  const rows: Row[] = [
    ['RN-EPDS-10 (E0, risk not known): EPDS item 10 declined (scenario 03)', 'RN-EPDS-10', false, 'S10', specOf('03-antenatal-concern-declined-items')],
    ['RN-EPDS-10 (E0) beside RN-SELF-HARM-NOT-ASKED-DISTRESSED (E1, risk not known): scenario 24', 'RN-EPDS-10', false, 'S10', specOf('24-six-weeks-item-10-declined')],
    ['RN-SELF-HARM-NOT-ASKED-DISTRESSED (E1, risk not known; H117): scenario 24', 'RN-SELF-HARM-NOT-ASKED-DISTRESSED', false, 'S1, S8, S10', specOf('24-six-weeks-item-10-declined')],
    ['RF-UNSURE (E1, risk not known): a red-flag item marked unsure (scenario 29)', 'RF-UNSURE', false, 'S5, S1', specOf('29-new-birth-red-flag-unsure')],
    ['boundary: IR-EPDS-10 (E2, item risk) is to be acknowledged (scenario 22)', 'IR-EPDS-10', true, 'S10, S1', specOf('22-six-weeks-passive-thoughts')],
    ['boundary: RF-UNSURE-IMMINENT-DANGER (E4, red flag) is to be acknowledged', 'RF-UNSURE-IMMINENT-DANGER', true, 'S9, S6, S27', imminentDangerUnsure],
    ['boundary: HR-POSTPARTUM-PSYCHOSIS-RISK (E3, history) is to be acknowledged (scenario 04)', 'HR-POSTPARTUM-PSYCHOSIS-RISK', true, 'S4', specOf('04-hv-antenatal-partner-absent-smi-history')],
  ];

  it.each(rows)('%s: %s to acknowledge: %s (%s)', (_what, ruleId, toAcknowledge, _source, spec) => {
    const contact = buildContact(spec);
    const evaluation = evaluateForRecord(pathway, contact, defaultPathwaySettings);
    const flag = evaluation.flags.find((f) => f.ruleId === ruleId && f.subject === 'birthing-parent');
    expect(flag, ruleId).toBeDefined();
    if (!flag) return;
    expect(flag.needsAcknowledgement).toBe(toAcknowledge);
    // The engine's outstanding list and the summary agree: listed to acknowledge exactly when it is one.
    expect(evaluation.outstanding.some((o) => o.kind === 'flag-not-acknowledged' && o.ruleId === ruleId)).toBe(toAcknowledge);

    // The card's own line in each version (the headline names it too, without an acknowledgement).
    const card = `[${flag.level}] ${flag.title}`;
    const before = written(contact, evaluation);
    expect(cardLine(before.detailed, card).includes('Not yet acknowledged.')).toBe(toAcknowledge);
    expect(cardLine(before.short, card).includes('NOT acknowledged')).toBe(toAcknowledge);
    expect(cardLine(before.compact, card).includes('NOT acknowledged')).toBe(toAcknowledge);
    expect(before.detailed.includes(`Not yet acknowledged: ${flag.title}`)).toBe(toAcknowledge);

    // Acknowledged on screen: the time for a card to acknowledge; still nothing for one with nothing to acknowledge.
    const acted = applyChanges(contact, [{ type: 'acknowledge-flag', flagId: flag.id, at: AT }]);
    const after = written(acted, evaluateForRecord(pathway, acted, defaultPathwaySettings));
    expect(cardLine(after.detailed, card).includes('Acknowledged 10:30.')).toBe(toAcknowledge);
    expect(cardLine(after.short, card).includes('ack 10:30')).toBe(toAcknowledge);
    for (const text of Object.values(after)) expect(cardLine(text, card)).not.toMatch(/not (yet )?acknowledged/i);
    if (!toAcknowledge) for (const text of [...Object.values(before), ...Object.values(after)]) expect(cardLine(text, card)).not.toMatch(/acknowledged|\back\b/i);
  });

  it('[H109-b] in every scenario, a card is to be acknowledged exactly when the outstanding list would list it (one source of truth)', () => {
    for (const { scenario, evaluation } of scenarioInputs) {
      for (const flag of evaluation.flags) {
        const listed = evaluation.outstanding.some((o) => o.kind === 'flag-not-acknowledged' && o.ruleId === flag.ruleId && o.subject === flag.subject);
        expect(flag.needsAcknowledgement, `${scenario.id} ${flag.id}`).toBe(listed);
      }
    }
  });

  it('[H109-c] the data decides: without the rule’s exceptFlagKinds, a "risk not known" card is one to acknowledge again', () => {
    const changed: Pathway = {
      ...pathway,
      outstandingRules: pathway.outstandingRules.map((r) => (r.id === 'OS-FLAG-NOT-ACKNOWLEDGED' ? { ...r, exceptFlagKinds: [] } : r)),
    };
    const evaluation = evaluateForRecord(changed, buildContact(specOf('24-six-weeks-item-10-declined')), defaultPathwaySettings);
    expect(evaluation.flags.map((f) => [f.ruleId, f.needsAcknowledgement])).toEqual([
      ['RN-SELF-HARM-NOT-ASKED-DISTRESSED', true],
      ['RN-EPDS-10', true],
    ]);
  });
});
