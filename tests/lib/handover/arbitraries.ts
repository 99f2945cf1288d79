import fc from 'fast-check';
import {
  HANDOVER_FACTS_VERSION,
  factContactTypeSchema,
  factDecisionSchema,
  factInstrumentSchema,
  factLevelSchema,
  factOutcomeCodeSchema,
  factOutstandingKindSchema,
  factRoleSchema,
  factSubjectSchema,
  handoverFactsSchema,
  type HandoverFacts,
  type ScreeningFact,
} from '../../../lib/handover/handover-facts';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { pathway } from '../../../lib/pathway/pathway';
import { contactArb, settingsArb } from '../pathway/support/arbitraries';

// Arbitrary handover facts: any value the schema accepts (not only what the engine produces), and
// facts taken from generated contacts.

const minute = fc
  .integer({ min: Date.UTC(2020, 0, 1) / 60000, max: Date.UTC(2035, 11, 31) / 60000 })
  .map((m) => `${new Date(m * 60000).toISOString().slice(0, 16)}Z`);
const id = fc.stringMatching(/^[a-z0-9]{1,8}([.-][a-z0-9]{1,8}){0,3}$/);
const ruleId = fc.stringMatching(/^[A-Z0-9]{1,6}(-[A-Z0-9]{1,6}){1,3}$/);
const pick = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);

const screening: fc.Arbitrary<ScreeningFact> = fc
  .record({
    instrumentId: pick(factInstrumentSchema.options),
    subject: pick(factSubjectSchema.options),
    at: minute,
    role: pick(factRoleSchema.options),
    status: pick(['complete', 'incomplete', 'declined'] as const),
    maxTotal: fc.integer({ min: 1, max: 99 }),
    band: fc.option(fc.record({ id, from: fc.integer({ min: 0, max: 99 }) }), { nil: null }),
    totalFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    itemRisk: fc.array(
      fc.record({
        questionId: id,
        status: pick(['positive', 'negative', 'unknown'] as const),
        score: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ band, totalFraction, ...s }) => ({
    ...s,
    total: s.status === 'complete' ? Math.floor(totalFraction * s.maxTotal) : null,
    bandId: band ? band.id : null,
    bandFrom: band ? band.from : null,
  }));

export const factsArb: fc.Arbitrary<HandoverFacts> = fc
  .record({
    v: fc.constant(HANDOVER_FACTS_VERSION),
    source: fc.record({
      contactType: pick(factContactTypeSchema.options),
      role: pick(factRoleSchema.options),
      at: minute,
      pathwayVersion: fc.stringMatching(/^[A-Za-z0-9.+-]{1,40}$/),
    }),
    history: fc.array(
      fc.record({ questionId: id, subject: pick(factSubjectSchema.options), optionId: id, at: minute, role: pick(factRoleSchema.options) }),
      { maxLength: 20 },
    ),
    screening: fc.array(screening, { maxLength: 20 }),
    flags: fc.array(
      fc.record({ ruleId, subject: pick(factSubjectSchema.options), level: pick(factLevelSchema.options), at: minute, acknowledged: fc.boolean() }),
      { maxLength: 30 },
    ),
    outcomes: fc.array(
      fc.record({
        code: pick(factOutcomeCodeSchema.options),
        subject: pick(factSubjectSchema.options),
        strength: pick(['recommend', 'consider', 'chosen'] as const),
        decision: fc.option(pick(factDecisionSchema.options), { nil: null }),
      }),
      { maxLength: 40 },
    ),
    outstanding: fc.array(
      fc.record({
        kind: pick(factOutstandingKindSchema.options),
        subject: fc.option(pick(factSubjectSchema.options), { nil: null }),
        instrumentId: fc.option(pick(factInstrumentSchema.options), { nil: null }),
      }),
      { maxLength: 30 },
    ),
  })
  .map((facts) => handoverFactsSchema.parse(facts));

/** Facts as the tool makes them, from generated contacts. */
export const contactFactsArb: fc.Arbitrary<HandoverFacts> = fc
  .tuple(contactArb, settingsArb)
  .map(([contact, settings]) => handoverFactsFrom(contact, evaluateForRecord(pathway, contact, settings)));
