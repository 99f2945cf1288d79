import {
  answerKey,
  createContact,
  nobodyElsePresent,
  type Answer,
  type Contact,
  type ContactSituation,
  type ContactTypeId,
  type NotAskedReason,
  type OutcomeDecision,
  type Presence,
  type PractitionerRole,
  type ReportSource,
  type SafetyPlan,
  type Response,
  type Subject,
} from '../contact/contact';
import { PATHWAY_VERSION, pathway } from './pathway';
import type { InstrumentId } from './schema';

// Builds contacts from a compact description, for tests, golden summaries, demos and e2e fixtures.
// Pure and deterministic (a fixed clock unless one is given). Not used by the engine.
//
//   buildContact({
//     contactType: 'hv-new-birth',
//     presence: { partner: true },
//     answers: {
//       'birthing-parent': { 'whooley.1': 'yes', ...scores('epds', [0, 1, 2, 0, 0, 0, 0, 0, 0, 0]) },
//       partner: { 'partner.consent-screening': 'yes', 'whooley.1': declined },
//     },
//   });

export const BUILDER_TIME = '2026-03-02T10:00:00.000Z';

/** A response: an option id, `declined`, `notAsked(reason)`, or `reported(optionId, ...from)`. */
export type ResponseSpec =
  | string
  | { kind: 'declined' }
  | { kind: 'not-asked'; reason: NotAskedReason; note?: string }
  | { kind: 'option'; optionId: string; from: ReportSource[] };

/** An option with who it came from (the red-flag check, Answer.from). */
export function reported(optionId: string, ...from: ReportSource[]): ResponseSpec {
  return { kind: 'option', optionId, from };
}

export const declined: ResponseSpec = { kind: 'declined' };

export function notAsked(reason: NotAskedReason, note?: string): ResponseSpec {
  return note === undefined ? { kind: 'not-asked', reason } : { kind: 'not-asked', reason, note };
}

export interface ContactSpec {
  contactType: ContactTypeId;
  presence?: Partial<Presence>;
  answers?: Partial<Record<Subject, Record<string, ResponseSpec>>>;
  acknowledgedFlags?: Record<string, string>;
  outcomeDecisions?: OutcomeDecision[];
  safetyPlan?: SafetyPlan;
  id?: string;
  label?: string;
  role?: PractitionerRole;
  now?: string;
  /** The contact's situation at its start (baby, age or gestation, language and interpreter). */
  situation?: ContactSituation;
}

const roleFor: Record<string, PractitionerRole> = { midwife: 'midwife', hv: 'health-visitor', fnp: 'fnp-nurse' };

function toResponse(spec: ResponseSpec): Response {
  if (typeof spec === 'string') return { kind: 'option', optionId: spec };
  if (spec.kind === 'option') return { kind: 'option', optionId: spec.optionId };
  return spec;
}

export function buildContact(spec: ContactSpec): Contact {
  const now = spec.now ?? BUILDER_TIME;
  const contact = createContact({
    id: spec.id ?? `contact-${spec.contactType}`,
    pathwayVersion: PATHWAY_VERSION,
    label: spec.label ?? 'Test contact',
    role: spec.role ?? roleFor[spec.contactType.split('-')[0] ?? ''] ?? 'health-visitor',
    contactType: spec.contactType,
    presence: { ...nobodyElsePresent, ...spec.presence },
    now,
    ...(spec.situation ? { situation: spec.situation } : {}),
  });
  const answers: Record<string, Answer> = {};
  for (const subject of ['birthing-parent', 'partner'] as const) {
    for (const [questionId, response] of Object.entries(spec.answers?.[subject] ?? {})) {
      const from = typeof response === 'object' && response.kind === 'option' ? { from: [...response.from] } : {};
      answers[answerKey(subject, questionId)] = { questionId, subject, response: toResponse(response), answeredAt: now, ...from };
    }
  }
  const outcomeDecisions: Contact['outcomeDecisions'] = {};
  for (const decision of spec.outcomeDecisions ?? []) outcomeDecisions[`${decision.subject}/${decision.code}`] = decision;
  return {
    ...contact,
    answers,
    acknowledgedFlags: { ...spec.acknowledgedFlags },
    outcomeDecisions,
    ...(spec.safetyPlan ? { safetyPlan: { ...spec.safetyPlan } } : {}),
  };
}

/**
 * Option ids that give these item scores, in item order (scored items only), e.g.
 * scores('epds', [3, 0, ...]) — so tests state scores and the definition supplies the option.
 * Throws on a score no option has: a test mistake, never a runtime path.
 */
export function scores(instrumentId: InstrumentId, itemScores: readonly number[]): Record<string, string> {
  const instrument = pathway.instruments.find((i) => i.id === instrumentId);
  if (!instrument) throw new Error(`No instrument ${instrumentId}`);
  const items = instrument.items.filter((item) => item.scored);
  if (itemScores.length > items.length) throw new Error(`${instrumentId} has ${items.length} scored items`);
  const result: Record<string, string> = {};
  itemScores.forEach((score, i) => {
    const item = items[i];
    const option = item?.options.find((o) => o.score === score);
    if (!item || !option) throw new Error(`${instrumentId} item ${i + 1} has no option scoring ${score}`);
    result[item.id] = option.id;
  });
  return result;
}

/** Item scores that add up to `total`, filling items in order (each 0-3, or 0-1 for Whooley). */
export function scoresTotalling(instrumentId: InstrumentId, total: number): Record<string, string> {
  const instrument = pathway.instruments.find((i) => i.id === instrumentId);
  if (!instrument) throw new Error(`No instrument ${instrumentId}`);
  const items = instrument.items.filter((item) => item.scored);
  const perItemMax = Math.max(...items.map((item) => Math.max(...item.options.map((o) => o.score ?? 0))));
  if (total > perItemMax * items.length) throw new Error(`${instrumentId} cannot total ${total}`);
  let left = total;
  return scores(
    instrumentId,
    items.map(() => {
      const score = Math.min(perItemMax, left);
      left -= score;
      return score;
    }),
  );
}
