import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import type { Contact } from '../../../lib/contact/contact';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { HEADLINE_MAX_LINES } from '../../../lib/summary/headline';
import { isEssential } from '../../../lib/summary/summary-line';
import { familySummaryModel, summaryDocument, summaryText } from '../../../lib/summary/summary-text';
import { contactArb, settingsArb } from '../pathway/support/arbitraries';
import { scenarioInputs } from './support';

// Issue 13: the short version (default) and the detailed one (today's depth) are renderings of one
// model. Nothing lost: every essential line of the model (tier 0: the contact, risk lines, red
// flags, risk not known, outcomes and decisions; and every outstanding item) is in the short one.
// The set is read from the MODEL's tiers, never from the rendered text.

const config = nationalDefaultConfig;

/** Give some answers a short note, as the practitioner may. */
const withNotes = (contact: Contact, every: number): Contact => ({
  ...contact,
  answers: Object.fromEntries(Object.entries(contact.answers).map(([key, a], i) => [key, i % every === 0 ? { ...a, note: `note ${i} on ${a.questionId}` } : a])),
});

describe('the short version keeps everything essential', () => {
  it('[H80-b] property: for generated contacts every essential model line is written in the short version', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, fc.integer({ min: 1, max: 5 }), (generated, settings, every) => {
        const contact = withNotes(generated, every);
        const evaluation = evaluateForRecord(pathway, contact, settings);
        const model = familySummaryModel({ contact, evaluation, config });
        const short = summaryDocument(model, 'short');
        const written = short.sections.flatMap((s) => s.lines.map((l) => l.text)).join('\n');
        for (const line of model.sections.flatMap((s) => s.lines)) {
          if (line.noted) expect(short.kept.has(line)).toBe(true);
          if (!isEssential(line)) continue;
          expect(short.kept.has(line)).toBe(true);
          const text = line.brief ?? line.short;
          expect(text).not.toBe('');
          expect(written).toContain(text);
        }
        expect(model.headline.length).toBeLessThanOrEqual(HEADLINE_MAX_LINES);
      }),
      { numRuns: 150 },
    );
  });

  it.each(scenarioInputs.map((i) => [i.scenario.id, i] as const))('[H80-c] %s: both versions start with the same headline of at most six lines', (_id, { contact, evaluation }) => {
    const model = familySummaryModel({ contact, evaluation, config });
    expect(model.headline.length).toBeGreaterThan(0);
    expect(model.headline.length).toBeLessThanOrEqual(HEADLINE_MAX_LINES);
    for (const version of ['short', 'detailed'] as const) {
      const text = summaryText({ contact, evaluation, config, options: { lineWidth: 1000, version, includeHandover: false } });
      expect(text.split('\n').slice(1, 1 + model.headline.length)).toEqual(model.headline);
    }
  });

  it('[H80-c] the short version is shorter than the detailed one for every scenario', () => {
    for (const { contact, evaluation } of scenarioInputs) {
      const length = (version: 'short' | 'detailed') =>
        summaryText({ contact, evaluation, config, options: { lineWidth: 80, version, includeHandover: false } }).split('\n').length;
      expect(length('short')).toBeLessThan(length('detailed'));
    }
  });
});

describe('the answer note (issue 13)', () => {
  const input = scenarioInputs.find((i) => i.scenario.id === '05-new-birth-blues-unresolved-traumatic-birth')!;
  const key = Object.keys(input.contact.answers).find((k) => k.endsWith('postnatal.birth-experience'))!;
  const contact: Contact = { ...input.contact, answers: { ...input.contact.answers, [key]: { ...input.contact.answers[key]!, note: 'Emergency caesarean; flashbacks at night' } } };
  const evaluation = evaluateForRecord(pathway, contact, input.settings);

  it.each(['short', 'detailed'] as const)('[H80-d] is printed beside its answer in the %s version', (version) => {
    const text = summaryText({ contact, evaluation, config, options: { lineWidth: 400, version, includeHandover: false } });
    const line = text.split('\n').find((l) => l.includes('Emergency caesarean; flashbacks at night'));
    expect(line).toMatch(/birth/i);
  });
});

describe('tiers come from the pathway data (issue 16)', () => {
  const input = scenarioInputs.find((i) => i.scenario.id === '31-six-weeks-acted-on-angry-feelings')!;
  const actedOn = (p: typeof pathway) => {
    const evaluation = evaluateForRecord(p, input.contact, input.settings);
    const model = familySummaryModel({ contact: input.contact, evaluation, config });
    return model.sections.find((s) => s.id === 'baby')!.lines.find((l) => l.full.includes('Has acted on those feelings'))!;
  };

  it('[H80-e] "Has acted on those feelings: Yes" is a risk line (tier 0) by the summaryRisk marker on the option, and the short version keeps it', () => {
    const line = actedOn(pathway);
    expect(line.full).toBe('[birthing parent] Has acted on those feelings: Yes');
    expect(line.tier).toBe(0);
    const short = summaryText({ contact: input.contact, evaluation: evaluateForRecord(pathway, input.contact, input.settings), config, options: { lineWidth: 80, version: 'short', includeHandover: false } });
    expect(short).toContain('[her] Acted on them: Yes');
  });

  it('[H80-e] without the marker the same answer is an ordinary answer (tier 2): the tier is read from the data, not the wording', () => {
    const unmarked = {
      ...pathway,
      groups: pathway.groups.map((g) =>
        g.kind === 'questions'
          ? { ...g, questions: g.questions.map((q) => (q.id === 'relationship.acted-on' ? { ...q, options: q.options.map(({ summaryRisk: _drop, ...o }) => o) } : q)) }
          : g,
      ),
    } as typeof pathway;
    expect(actedOn(unmarked).tier).toBe(2);
  });
});
