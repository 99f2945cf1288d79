import type { AnswerKey, Subject } from '../../../../lib/contact/contact';
import { buildContact, type ContactSpec } from '../../../../lib/pathway/contact-builder';
import { evaluate } from '../../../../lib/pathway/evaluate';
import type { Evaluation, InstrumentResult, ItemView } from '../../../../lib/pathway/evaluation';
import { pathway } from '../../../../lib/pathway/pathway';
import type { InstrumentId } from '../../../../lib/pathway/schema';
import { defaultPathwaySettings, type PathwaySettings } from '../../../../lib/pathway/settings';

// Small helpers over evaluate() so tests read as behaviour: build a contact from a spec,
// evaluate it, and look things up by key.

export function evaluateSpec(spec: ContactSpec, settings: PathwaySettings = defaultPathwaySettings): Evaluation {
  return evaluate(pathway, buildContact(spec), settings);
}

export function allItems(evaluation: Evaluation): ItemView[] {
  return evaluation.sections.flatMap((section) => section.items);
}

export function item(evaluation: Evaluation, key: AnswerKey): ItemView | undefined {
  return allItems(evaluation).find((i) => i.key === key);
}

export function result(evaluation: Evaluation, subject: Subject, instrumentId: InstrumentId): InstrumentResult | undefined {
  return evaluation.instruments.find((r) => r.subject === subject && r.instrumentId === instrumentId);
}

export function flagIds(evaluation: Evaluation): string[] {
  return evaluation.flags.map((f) => f.id).sort();
}

export function outcomeIds(evaluation: Evaluation, strength?: 'recommend' | 'consider'): string[] {
  return evaluation.outcomes
    .filter((o) => !strength || o.strength === strength)
    .map((o) => o.id)
    .sort();
}

export function outstandingKinds(evaluation: Evaluation): string[] {
  return evaluation.outstanding.map((o) => o.kind);
}

export function hiddenKeys(evaluation: Evaluation): AnswerKey[] {
  return evaluation.sections.flatMap((s) => s.hidden.flatMap((h) => h.keys));
}

/** Words that must never appear on screen (or in any output) while she is not alone. */
export const PRIVATE_TOPIC = /domestic|abuse|violence|idva|marac|routine[- ]enquiry|SG-DA|REC-DA/i;

/**
 * A compact, reviewable digest of an evaluation for scenario tests: what a clinical reviewer
 * checks (who is asked what next, results, flags, level, outcomes, outstanding, hidden reasons).
 */
export function digest(evaluation: Evaluation) {
  return {
    next: evaluation.nextQuestion?.key ?? null,
    instruments: evaluation.instruments
      .filter((r) => r.status !== 'not-started' || r.requirement !== 'optional')
      .map(
        (r) =>
          `${r.subject} ${r.instrumentId}: ${r.status}${r.total !== null ? ` ${r.total}` : ''}${r.band ? ` ${r.band.id}` : ''}${
            r.bandAtLeast ? ` at-least ${r.bandAtLeast.id}` : ''
          }${r.positive === true ? ' positive' : r.positive === false ? ' negative' : ''} (${r.requirement})`,
      ),
    flags: evaluation.flags.map((f) => `${f.id} ${f.level}`),
    escalation: {
      overall: evaluation.escalation.overall.level,
      'birthing-parent': evaluation.escalation.bySubject['birthing-parent'].level,
      partner: evaluation.escalation.bySubject.partner.level,
    },
    outcomes: evaluation.outcomes.map((o) => `${o.id} ${o.level} ${o.strength} [${o.reasons.map((r) => r.ruleId).join(', ')}]`),
    outstanding: evaluation.outstanding.map((o) => `${o.kind}${o.subject ? ` ${o.subject}` : ''}${o.instrumentId ? ` ${o.instrumentId}` : ''}`),
    hidden: evaluation.sections.flatMap((s) => s.hidden.map((h) => `${s.id}: ${h.title} — ${h.reason}`)),
  };
}
