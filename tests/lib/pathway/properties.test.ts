import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../lib/contact/contact';
import { answerKey } from '../../../lib/contact/contact';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import { indexPathway } from '../../../lib/pathway/pathway-index';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';
import { levelRank } from '../../../lib/pathway/escalation';
import { contactArb, settingsArb } from './support/arbitraries';
import { PRIVATE_TOPIC, allItems } from './support/evaluate-spec';

// Properties that must hold for ANY contact and ANY settings within bounds.

const runs = { numRuns: 300 };
const ruleIds = new Set([
  ...pathway.flagRules.map((r) => r.id),
  ...pathway.recommendationRules.map((r) => r.id),
  ...pathway.groups.flatMap((g) => [...g.due, ...g.suggested, ...(g.defer ? [g.defer] : [])].map((r) => r.id)),
]);

/** The evaluation without the bookkeeping that legitimately differs when ignored answers are removed. */
function comparable(evaluation: Evaluation) {
  return {
    ...evaluation,
    warnings: [],
    sections: evaluation.sections.map((s) => ({ ...s, hidden: s.hidden.map((h) => ({ ...h, ignoresStoredAnswer: false, keepsRiskAnswer: false })) })),
  };
}

describe('evaluate, for any contact and settings', () => {
  it('[H13-a] never throws and always returns an escalation level', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluate(pathway, contact, settings);
        expect(evaluation.escalation.overall.level).toMatch(/^E[0-5]$/);
      }),
      runs,
    );
  });

  it('[H13-b] is deterministic and mutates neither the contact nor the pathway', () => {
    const pathwayBefore = JSON.stringify(pathway);
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const before = structuredClone(contact);
        const a = evaluate(pathway, contact, settings);
        const b = evaluate(pathway, contact, settings);
        expect(b).toEqual(a);
        expect(contact).toEqual(before);
      }),
      runs,
    );
    expect(JSON.stringify(pathway)).toBe(pathwayBefore);
    expect(Object.isFrozen(pathway.instruments[0]?.items[0]?.options[0])).toBe(true);
  });

  it('[H02-f] gives complete instruments a total equal to the sum of their item scores, and no total otherwise', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluate(pathway, contact, settings);
        const items = allItems(evaluation);
        for (const result of evaluation.instruments) {
          const scored = items.filter((i) => i.subject === result.subject && i.instrumentId === result.instrumentId && i.scored);
          const sum = scored.reduce((acc, i) => acc + (i.state.status === 'answered' ? (i.state.score ?? 0) : 0), 0);
          const allAnswered = scored.every((i) => i.state.status === 'answered');
          expect(result.answeredSum).toBe(sum);
          if (result.status === 'complete') {
            expect(allAnswered).toBe(true);
            expect(result.total).toBe(sum);
            expect(result.band).not.toBeNull();
          } else {
            expect(result.total).toBeNull();
            expect(result.band).toBeNull();
          }
        }
      }),
      runs,
    );
  });

  it('[H08-e] ignores hidden answers: removing them changes nothing, except that a hidden risk answer is still acted on (H34)', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluate(pathway, contact, settings);
        // A hidden positive risk answer still raises IR-RISK-ANSWER-WITHDRAWN… and, for self-harm and
        // harm-to-baby thoughts, makes its follow-up enquiry due (H45-c): those are kept.
        const actedOn = new Set([
          ...evaluation.flags.flatMap((f) => f.triggeredBy),
          ...evaluation.sections.flatMap((s) => s.items).flatMap((i) => i.requirementReasons.flatMap((r) => r.triggeredBy)),
        ]);
        const ignored = evaluation.sections
          .flatMap((s) => s.hidden)
          .filter((h) => h.why === 'not-relevant')
          .flatMap((h) => h.keys)
          .filter((key) => !actedOn.has(key))
          // Stored EPDS answers keep EPDS in play when the organisation uses PHQ-9 (H34-d): removing
          // them legitimately removes the group's hidden entry too.
          .filter((key) => settings.depressionMeasure !== 'phq-9' || !key.includes('/epds.'));
        if (!ignored.some((key) => key in contact.answers)) return;
        const answers = { ...contact.answers };
        for (const key of ignored) delete answers[key];
        const without: Contact = { ...contact, answers };
        expect(comparable(evaluate(pathway, without, settings))).toEqual(comparable(evaluation));
      }),
      runs,
    );
  });

  it('[H34-e] never drops a positive risk answer that was given: in the record evaluation every one raises a flag, shown or hidden', () => {
    const index = indexPathway(pathway);
    const isRiskPositive = (questionId: string, optionId: string) => {
      const question = index.questions.get(questionId)?.question;
      const option = question?.options.find((o) => o.id === optionId);
      if (!option) return false;
      if (questionId === 'epds.10' || questionId === 'phq-9.9') return (option.score ?? 0) > 0;
      const yesQuestions = [
        'red-flags.mental-state-change',
        'red-flags.violent-self-harm',
        'red-flags.incompetence-estrangement',
        'red-flags.severe-sleep',
        'red-flags.psychosis-signs',
        'red-flags.harm-self-thoughts',
        'red-flags.harm-baby-thoughts',
        'red-flags.imminent-danger',
        'relationship.acted-on',
        'partner-report.risk',
        'domestic-abuse.immediate-danger',
      ];
      return yesQuestions.includes(questionId) && optionId === 'yes';
    };
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const record = evaluateForRecord(pathway, contact, settings);
        const flagged = new Set(record.flags.flatMap((f) => f.triggeredBy));
        for (const answer of Object.values(contact.answers)) {
          if (answer.response.kind !== 'option' || !isRiskPositive(answer.questionId, answer.response.optionId)) continue;
          if (!index.questions.get(answer.questionId)?.subjects.includes(answer.subject)) continue;
          expect(flagged, `${answerKey(answer.subject, answer.questionId)} raises a flag`).toContain(answerKey(answer.subject, answer.questionId));
        }
      }),
      runs,
    );
  });

  it('[H18-b] names, on every flag, outcome reason and requirement reason, a rule that exists', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluate(pathway, contact, settings);
        for (const flag of evaluation.flags) expect(ruleIds).toContain(flag.ruleId);
        for (const outcome of evaluation.outcomes) for (const reason of outcome.reasons) expect(ruleIds).toContain(reason.ruleId);
        for (const item of allItems(evaluation)) {
          for (const reason of item.requirementReasons) if (!reason.ruleId.startsWith('ONE-OF-')) expect(ruleIds).toContain(reason.ruleId);
        }
      }),
      runs,
    );
  });

  it('[H01-k] raises the item-10 flag whenever a counted EPDS item 10 scores above 0, whatever else is answered', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluate(pathway, contact, settings);
        for (const answer of evaluation.answers) {
          if (answer.questionId !== 'epds.10' || answer.state.status !== 'answered') continue;
          const raised = evaluation.flags.some((f) => f.id === `IR-EPDS-10/${answer.subject}`);
          expect(raised).toBe((answer.state.score ?? 0) > 0);
        }
      }),
      runs,
    );
  });

  it('[H01-l] never reports an overall level below any flag or outright recommendation', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluate(pathway, contact, settings);
        const overall = levelRank(evaluation.escalation.overall.level);
        for (const flag of evaluation.flags) expect(overall).toBeGreaterThanOrEqual(levelRank(flag.level));
        for (const o of evaluation.outcomes) if (o.strength === 'recommend') expect(overall).toBeGreaterThanOrEqual(levelRank(o.level));
      }),
      runs,
    );
  });

  it('[H05-j] never names the private topic anywhere in the output while she is not alone', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluate(pathway, contact, settings);
        if (!evaluation.presence.privateNow) expect(JSON.stringify(evaluation)).not.toMatch(PRIVATE_TOPIC);
      }),
      runs,
    );
  });

  it('[H06-a] never counts a partner’s own answer without the partner’s own consent', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluate(pathway, contact, settings);
        const consented = evaluation.answers.some(
          (a) => a.key === 'partner/partner.consent-screening' && a.state.status === 'answered' && a.state.optionId !== 'no',
        );
        // Without consent only the consent answer itself and the practitioner's risk check may count.
        const counted = evaluation.answers.filter(
          (a) => a.subject === 'partner' && a.respondent === 'self' && a.questionId !== 'partner.consent-screening',
        );
        if (!consented) expect(counted).toEqual([]);
      }),
      runs,
    );
  });

  it('offers as the next question only a due, askable, unanswered item', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const next = evaluate(pathway, contact, settings).nextQuestion;
        if (next) expect(next.item).toMatchObject({ requirement: 'due', askableNow: true, state: { status: 'unanswered' } });
      }),
      runs,
    );
  });
});
