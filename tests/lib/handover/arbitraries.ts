import fc from 'fast-check';
import {
  HANDOVER_FACTS_VERSION,
  MAX_FLAG_RAISED_FACTS,
  MAX_REFERRAL_FACTS,
  MAX_SCORE_FACTS,
  factOutstandingKindSchema,
  handoverFactsSchema,
  type HandoverFacts,
  type ScoreFact,
  type ScreeningFact,
} from '../../../lib/contact/handover-facts';
import {
  babySituationSchema,
  contactTypeIdSchema,
  escalationLevelSchema,
  instrumentIdSchema,
  outcomeCodeSchema,
  outcomeDecisionStatusSchema,
  practitionerRoleSchema,
  subjectSchema,
} from '../../../lib/contact/id-schemas';
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
    instrumentId: pick(instrumentIdSchema.options),
    subject: pick(subjectSchema.options),
    at: minute,
    role: pick(practitionerRoleSchema.options),
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

const score: fc.Arbitrary<ScoreFact> = fc
  .record({
    instrumentId: pick(instrumentIdSchema.options),
    subject: pick(subjectSchema.options),
    at: minute,
    role: pick(practitionerRoleSchema.options),
    maxTotal: fc.integer({ min: 1, max: 99 }),
    totalFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    band: fc.option(fc.record({ id, from: fc.integer({ min: 0, max: 99 }) }), { nil: null }),
  })
  .map(({ band, totalFraction, ...s }) => ({
    ...s,
    total: Math.floor(totalFraction * s.maxTotal),
    bandId: band ? band.id : null,
    bandFrom: band ? band.from : null,
  }));

export const factsArb: fc.Arbitrary<HandoverFacts> = fc
  .record({
    v: fc.constant(HANDOVER_FACTS_VERSION),
    source: fc.record({
      contactType: pick(contactTypeIdSchema.options),
      role: pick(practitionerRoleSchema.options),
      at: minute,
      pathwayVersion: fc.stringMatching(/^[A-Za-z0-9.+-]{1,40}$/),
    }),
    history: fc.array(
      fc.record({ questionId: id, subject: pick(subjectSchema.options), optionId: id, at: minute, role: pick(practitionerRoleSchema.options) }),
      { maxLength: 20 },
    ),
    screening: fc.array(screening, { maxLength: 20 }),
    flags: fc.array(
      fc.record({ ruleId, subject: pick(subjectSchema.options), level: pick(escalationLevelSchema.options), at: minute, acknowledged: fc.boolean() }),
      { maxLength: 30 },
    ),
    outcomes: fc.array(
      fc.record({
        code: pick(outcomeCodeSchema.options),
        subject: pick(subjectSchema.options),
        strength: pick(['recommend', 'consider', 'chosen'] as const),
        decision: fc.option(pick(outcomeDecisionStatusSchema.options), { nil: null }),
      }),
      { maxLength: 40 },
    ),
    outstanding: fc.array(
      fc.record({
        kind: pick(factOutstandingKindSchema.options),
        subject: fc.option(pick(subjectSchema.options), { nil: null }),
        instrumentId: fc.option(pick(instrumentIdSchema.options), { nil: null }),
      }),
      { maxLength: 30 },
    ),
    baby: fc.option(fc.record({ situation: pick(babySituationSchema.options), at: minute }), { nil: undefined }),
    scores: fc.array(score, { maxLength: MAX_SCORE_FACTS }),
    flagsRaised: fc.array(
      fc.record({ ruleId, subject: pick(subjectSchema.options), level: pick(escalationLevelSchema.options), at: minute }),
      { maxLength: MAX_FLAG_RAISED_FACTS },
    ),
    referrals: fc.array(
      fc.record({
        code: pick(outcomeCodeSchema.options),
        subject: pick(subjectSchema.options),
        decision: pick(['done', 'offered'] as const),
        at: minute,
        role: pick(practitionerRoleSchema.options),
      }),
      { maxLength: MAX_REFERRAL_FACTS },
    ),
    dropped: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }),
  })
  // Optional fields are absent rather than undefined, as the decoder makes them.
  .map(({ baby, dropped, ...facts }) => handoverFactsSchema.parse({ ...facts, ...(baby ? { baby } : {}), ...(dropped ? { dropped } : {}) }));

/** Facts of version 1 (blocks made before issue 14): no history lists. */
export const factsV1Arb: fc.Arbitrary<HandoverFacts> = factsArb.map(
  ({ baby: _b, scores: _s, flagsRaised: _f, referrals: _r, dropped: _d, ...facts }) => ({ ...facts, v: 1 as const }),
);

/** Facts as the tool makes them, from generated contacts. */
export const contactFactsArb: fc.Arbitrary<HandoverFacts> = fc
  .tuple(contactArb, settingsArb)
  .map(([contact, settings]) => handoverFactsFrom(contact, evaluateForRecord(pathway, contact, settings)));
