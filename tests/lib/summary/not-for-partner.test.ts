import { describe, expect, it } from 'vitest';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import type { Contact, OutcomeDecision } from '../../../lib/contact/contact';
import { decodeHandoverBlock, encodeHandoverBlock } from '../../../lib/handover/handover-block';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { previewHandover } from '../../../lib/handover/handover-preview';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { outcomes } from '../../../lib/pathway/outcomes';
import { pathway } from '../../../lib/pathway/pathway';
import { familyCopy } from '../../../lib/summary/family-copy';
import { partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { PRIVATE_TOPIC_ANYWHERE, scenarioInput, scenarioInputs, type ScenarioInput } from './support';
import { scenarios } from '../pathway/scenarios/fixtures';

// Pathway 2026.5.0 (hazard H118; specialist review, CSO open item 12): nothing a possible
// perpetrator can read. A safeguarding outcome (O10: children's social care / MASH, domestic-abuse
// services) and its reasons never appear in an output the partner may read: the partner's own
// summary, the partner's copy, and the handover preview shown on screen at the next contact
// (reference §4.3: never in a summary the alleged perpetrator could see; S20, S27; H05). The outcome
// data says which outcomes (`notForPartner`); the family record keeps them (S27: the child first).

const config = nationalDefaultConfig;
const options = { lineWidth: 80 };
const hidden = outcomes.filter((o) => o.notForPartner);
/** The reasons that recommend a hidden outcome, in the engine's words (recommendation rules' `because`). */
const hiddenReasons = pathway.recommendationRules.filter((r) => r.outcomes.some((o) => hidden.some((h) => h.code === o.code))).map((r) => r.because);

/** Every word that would name a hidden outcome or its reason. Wrapped text is unwrapped first. */
function leaks(text: string): string[] {
  const flat = text.replace(/\n\s*/g, ' ');
  const found: string[] = [];
  for (const outcome of hidden) {
    if (new RegExp(`\\b${outcome.code}\\b`).test(flat)) found.push(outcome.code);
    if (flat.includes(outcome.title)) found.push(outcome.title);
    if (flat.includes(outcome.route)) found.push(outcome.route);
  }
  for (const because of hiddenReasons) if (flat.includes(because)) found.push(because);
  if (PRIVATE_TOPIC_ANYWHERE.test(flat)) found.push('private topic');
  return found;
}

/** Every outcome decided "offered", and O10 chosen for both parents: decisions must not leak either. */
function decidedEverything(contact: Contact, input: ScenarioInput): Contact {
  const at = contact.startedAt;
  const decisions: Record<string, OutcomeDecision> = {};
  for (const outcome of input.evaluation.outcomes) decisions[outcome.id] = { code: outcome.code, subject: outcome.subject, status: 'offered', decidedAt: at };
  for (const subject of ['birthing-parent', 'partner'] as const) decisions[`${subject}/O10`] = { code: 'O10', subject, status: 'done', decidedAt: at };
  return { ...contact, outcomeDecisions: { ...contact.outcomeDecisions, ...decisions } };
}

function partnerOutputs(input: ScenarioInput): Array<[string, string]> {
  const { contact, evaluation } = input;
  const block = encodeHandoverBlock(handoverFactsFrom(contact, evaluation), { lineWidth: 80 });
  const decoded = decodeHandoverBlock(block);
  const preview = decoded.ok ? previewHandover(decoded.facts) : { heading: '', sections: [], warnings: [] };
  return [
    ["partner's own summary", partnerSummaryText({ contact, evaluation, config, options })],
    ["partner's copy", familyCopy({ contact, evaluation, config }, 'partner')],
    ['handover preview at the next contact', [preview.heading, ...preview.sections.flatMap((s) => [s.title, ...s.lines])].join('\n')],
  ];
}

describe('[H118-a] no safeguarding outcome or reason in any output the partner may read, in any scenario (S20, S27, reference §4.3)', () => {
  it('the outcome data marks safeguarding (O10) as not for the partner, and only it', () => {
    expect(hidden.map((o) => o.code)).toEqual(['O10']);
    expect(hiddenReasons.length).toBeGreaterThan(0);
  });

  const cases = scenarioInputs.flatMap((input) => [
    [input.scenario.id, 'as recorded', input] as const,
    [input.scenario.id, 'every outcome decided, O10 chosen', scenarioInput(input.scenario, (c) => decidedEverything(c, input))] as const,
  ]);
  it.each(cases)('scenario %s (%s)', (_id, _variant, input) => {
    for (const [output, text] of partnerOutputs(input)) {
      expect({ output, leaks: leaks(text) }).toEqual({ output, leaks: [] });
    }
  });
});

describe('[H118-b] one row per output: scenario 32 (the partner’s imminent danger "not sure", O10 to consider) keeps O10 in the family record only', () => {
  const input = scenarioInputs.find((i) => i.scenario.id === '32-six-weeks-partner-imminent-danger-unsure');
  if (!input) throw new Error('scenario 32 missing');
  const decided = scenarioInput(input.scenario, (c) => decidedEverything(c, input));
  const [partnerSummary, partnerCopy, preview] = partnerOutputs(decided).map(([, text]) => text);
  type Row = [output: string, source: string, text: string | undefined];
  const rows: Row[] = [
    ["partner's own summary: no O10, no reason, no O10 route on the partner's card (the card itself stays, for their GP)", 'S27, S20, §4.3', partnerSummary],
    ["partner's copy: no O10 (no family words)", 'S27, §4.3', partnerCopy],
    ['handover preview at the next contact: no O10 outcome or referral line', 'S20, §4.3', preview],
  ];
  it.each(rows)('%s (%s)', (_output, _source, text) => {
    expect(leaks(text ?? '')).toEqual([]);
  });

  it('the partner’s own card stays in their summary, with its other routes', () => {
    expect(partnerSummary).toMatch(/Imminent danger to the partner or the baby cannot be ruled out/);
    expect(partnerSummary).toMatch(/Routes: O9 \(no decision recorded\)|Routes: O9 \(offered\)|Routes: O9/);
  });

  it('boundary: the family record keeps O10 and its reason (S27: the child’s protection first)', () => {
    const family = summaryText({ contact: decided.contact, evaluation: decided.evaluation, config, options }).replace(/\n\s*/g, ' ');
    expect(family).toMatch(/\bO10\b/);
  });

  it('boundary: the block itself still carries O10 (the record keeps it; only the on-screen preview leaves it out)', () => {
    const facts = handoverFactsFrom(decided.contact, decided.evaluation);
    expect(facts.outcomes.some((o) => o.code === 'O10')).toBe(true);
  });

  it('every scenario with a partner summary was checked', () => {
    expect(scenarios.length).toBe(scenarioInputs.length);
    expect(evaluateForRecord(pathway, decided.contact).outcomes.some((o) => o.code === 'O10' && o.subject === 'partner')).toBe(true);
  });
});

/** The scenario with the partner's consent changed to "yes, but keep it out of that record", where they agreed to share. */
function keptSeparate(input: ScenarioInput): ScenarioInput | null {
  const partner = input.scenario.spec.answers?.partner;
  if (!partner || partner['partner.consent-screening'] !== 'yes-share') return null;
  const spec = { ...input.scenario.spec, answers: { ...input.scenario.spec.answers, partner: { ...partner, 'partner.consent-screening': 'yes-keep-separate' } } };
  return scenarioInput({ ...input.scenario, spec } as typeof input.scenario);
}

describe('[H118-c] wherever safeguarding (O10) is recommended for a reason that may be written, the family record and the block carry it, whatever the partner chose to share (S27 rule 1, reference §4.3; specialist review, must-fix 1)', () => {
  const cases = scenarioInputs.flatMap((input) => {
    const separate = keptSeparate(input);
    return [[input.scenario.id, 'as recorded', input] as const, ...(separate ? [[input.scenario.id, 'partner keeps their answers separate', separate] as const] : [])];
  });
  it('the keep-separate variant exists for scenario 32 (the case the review found)', () => {
    expect(cases.some(([id, variant]) => id === '32-six-weeks-partner-imminent-danger-unsure' && variant !== 'as recorded')).toBe(true);
  });
  it.each(cases)('scenario %s (%s)', (_id, _variant, input) => {
    const { contact, evaluation } = input;
    const writable = evaluation.outcomes.filter((o) => hidden.some((h) => h.code === o.code) && o.reasons.some((r) => r.privacy !== 'private'));
    const record = summaryText({ contact, evaluation, config, options: { lineWidth: 1000 } });
    const facts = handoverFactsFrom(contact, evaluation);
    for (const outcome of writable) {
      expect(record).toMatch(new RegExp(`\\b${outcome.code} [^\\n]*\\(${outcome.subject === 'partner' ? 'partner' : 'birthing parent'}\\): `));
      expect(facts.outcomes.some((o) => o.code === outcome.code && o.subject === outcome.subject)).toBe(true);
    }
  });

  describe('one row per output: scenario 32 with the partner keeping their answers separate', () => {
    const base = scenarioInputs.find((i) => i.scenario.id === '32-six-weeks-partner-imminent-danger-unsure');
    const input = base ? keptSeparate(base) : null;
    if (!input) throw new Error('scenario 32 keep-separate variant missing');
    const record = summaryText({ contact: input.contact, evaluation: input.evaluation, config, options: { lineWidth: 1000 } });
    const shared = "Shared here without the partner's consent to share because of a risk to the baby or others (a child's protection from harm takes priority, S27): record the information-sharing decision and reasons.";
    type Row = [what: string, source: string, check: () => void];
    const rows: Row[] = [
      ['family record: the partner’s O10, shared for safety, with its reason', 'S27 rule 1, §4.3', () => {
        expect(record).toMatch(new RegExp(`O10 [^\\n]*\\(partner\\): to consider, E4\\.[^\\n]*${shared.replace(/[()]/g, '\\$&')}`));
        expect(record).toContain('[REC-UNSURE-IMMINENT-DANGER; S27, S9]');
      }],
      ['family record: the card RF-UNSURE-IMMINENT-DANGER-PARTNER, shared for safety', 'S27 rule 1, H110', () => {
        expect(record).toMatch(new RegExp(`Rule RF-UNSURE-IMMINENT-DANGER-PARTNER \\(S9, S6, S27\\)\\. ${shared.replace(/[()]/g, '\\$&')}`));
      }],
      ['family record: the level is E4, never "E0… No MH red flags"', 'S27, §3.4', () => {
        expect(record).toMatch(/Level: E4 /);
        expect(record).not.toMatch(/No MH red flags/);
      }],
      ['handover block: O10 for the partner and the card', 'S27, §4.3', () => {
        const facts = handoverFactsFrom(input.contact, input.evaluation);
        expect(facts.outcomes.some((o) => o.code === 'O10' && o.subject === 'partner')).toBe(true);
        expect(facts.flags.some((f) => f.ruleId === 'RF-UNSURE-IMMINENT-DANGER-PARTNER')).toBe(true);
      }],
      ['partner’s own summary: still no O10 (H118-a)', 'S20, §4.3', () => {
        expect(leaks(partnerSummaryText({ contact: input.contact, evaluation: input.evaluation, config, options }))).toEqual([]);
      }],
    ];
    it.each(rows)('%s (%s)', (_what, _source, check) => check());
  });
});

describe('[H118-d] every handover preview says, in the same words, that safeguarding decisions are never shown there (S27, §4.3; specialist review, must-fix 5)', () => {
  const line = 'Safeguarding decisions are never shown on this screen: read the record before you continue.';
  it.each(scenarioInputs.map((i) => [i.scenario.id, i] as const))('scenario %s', (_id, input) => {
    const decoded = decodeHandoverBlock(encodeHandoverBlock(handoverFactsFrom(input.contact, input.evaluation), { lineWidth: 80 }));
    if (!decoded.ok) throw new Error(decoded.message);
    const sections = previewHandover(decoded.facts).sections;
    expect(sections.at(-1)).toEqual({ title: 'Safeguarding', lines: [line] });
    expect(sections.filter((s) => s.lines.includes(line))).toHaveLength(1);
  });
});

describe('[H118-e] the partner’s own summary carries the same fixed safeguarding line as the family record, in every scenario (S27, §4.3; specialist review, should-fix)', () => {
  const fixed = 'Any other safeguarding information is recorded under local procedures, not in this summary.';
  it.each(scenarioInputs.map((i) => [i.scenario.id, i] as const))('scenario %s', (_id, { contact, evaluation }) => {
    expect(partnerSummaryText({ contact, evaluation, config, options: { lineWidth: 1000 } })).toContain(fixed);
    expect(summaryText({ contact, evaluation, config, options: { lineWidth: 1000 } })).toContain(fixed);
  });
});
