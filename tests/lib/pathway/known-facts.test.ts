import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../lib/contact/contact';
import { applyChange } from '../../../lib/contact/contact-change';
import type { HandoverFacts, HistoryFact, ScreeningFact } from '../../../lib/contact/handover-facts';
import { buildContact, declined, notAsked, type ResponseSpec } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { KNOWN_FACT_QUESTIONS } from '../../../lib/pathway/known-facts';
import { pathway } from '../../../lib/pathway/pathway';
import type { ContactTypeId } from '../../../lib/contact/contact';
import { item, outcomeIds, outstandingKinds } from './support/evaluate-spec';

// Known facts from the story so far (lib/pathway/known-facts.ts): known history stands in for an
// unanswered history question in every rule and is offered to confirm; today's answer wins;
// declined or "not asked: already known" today keeps it; screening is never known.

const SMI = 'history.severe-mental-illness';
const FAMILY = 'history.family-perinatal';

function facts(history: HistoryFact[], screening: ScreeningFact[] = []): HandoverFacts {
  return {
    v: 1,
    source: { contactType: 'midwife-booking', role: 'midwife', at: '2026-01-10T09:00Z', pathwayVersion: pathway.version },
    history,
    screening,
    flags: [{ ruleId: 'IR-EPDS-10', subject: 'birthing-parent', level: 'E4', at: '2026-01-10T09:20Z', acknowledged: true }],
    outcomes: [],
    outstanding: [],
  };
}

const known = (questionId: string, optionId: string): HistoryFact => ({
  questionId,
  subject: 'birthing-parent',
  optionId,
  at: '2026-01-10T09:10Z',
  role: 'midwife',
});

function contactWith(contactType: ContactTypeId, story: HandoverFacts, today: Record<string, ResponseSpec> = {}): Contact {
  const contact = buildContact({ contactType, answers: { 'birthing-parent': today } });
  return applyChange(contact, { type: 'load-story-so-far', facts: story, at: '2026-03-02T10:00:00.000Z' });
}

describe('known history in the rules', () => {
  it.each([
    // [case, contact type, known fact, today's response, O6 recommended?, sources of the reason]
    ['a known past SMI at a later contact still recommends the specialist team', 'hv-6-8-weeks', known(SMI, 'past'), undefined, true, ['S1', 'S4', 'S26']],
    ['a known current SMI at a first contact', 'hv-new-birth', known(SMI, 'current'), undefined, true, ['S1', 'S4', 'S26']],
    ['a known family history', 'hv-12-months', known(FAMILY, 'yes'), undefined, true, ['S1', 'S4', 'S26']],
    ['a known "no" recommends nothing', 'hv-6-8-weeks', known(SMI, 'no'), undefined, false, []],
    ['today’s "no" replaces a known "past" (the change is shown in the summary)', 'hv-6-8-weeks', known(SMI, 'past'), 'no', false, []],
    ['declined today keeps the known fact', 'hv-6-8-weeks', known(SMI, 'past'), declined, true, ['S1', 'S4', 'S26']],
    ['"not asked: already known" today keeps the known fact', 'hv-6-8-weeks', known(SMI, 'past'), notAsked('already-known'), true, ['S1', 'S4', 'S26']],
    ['confirmed today (the same option) counts as today’s answer', 'hv-new-birth', known(SMI, 'past'), 'past', true, ['S1', 'S4', 'S26']],
  ] as const)('%s', (_case, contactType, fact, today, recommended, sources) => {
    const contact = contactWith(contactType, facts([fact]), today === undefined ? {} : { [fact.questionId]: today });
    const evaluation = evaluate(pathway, contact);
    const o6 = evaluation.outcomes.find((o) => o.id === 'birthing-parent/O6' && o.strength === 'recommend');
    expect(!!o6).toBe(recommended);
    if (o6) {
      const reason = o6.reasons.find((r) => r.ruleId.startsWith('REC-HISTORY'));
      expect(reason?.sources).toEqual(sources);
      expect(evaluation.flags.map((f) => f.id)).toContain('HR-POSTPARTUM-PSYCHOSIS-RISK/birthing-parent');
    }
  });
});

describe('known history on the item', () => {
  it('shows "known from <date>, <role>" and offers to confirm; it is not today’s answer', () => {
    const evaluation = evaluate(pathway, contactWith('hv-new-birth', facts([known(SMI, 'past')])));
    const view = item(evaluation, `birthing-parent/${SMI}`);
    expect(view?.known).toEqual({
      optionId: 'past',
      label: 'Yes, in the past',
      at: '2026-01-10T09:10:00.000Z',
      role: 'midwife',
      confirmOptionId: 'past',
    });
    expect(view?.state).toEqual({ status: 'unanswered' });
    expect(view?.requirement).toBe('due');
    expect(evaluation.answers.some((a) => a.questionId === SMI)).toBe(false);
  });

  it('[H26-o] keeps the known fact visible next to today’s different answer', () => {
    const evaluation = evaluate(pathway, contactWith('hv-new-birth', facts([known(SMI, 'past')]), { [SMI]: 'no' }));
    const view = item(evaluation, `birthing-parent/${SMI}`);
    expect(view?.known?.optionId).toBe('past');
    expect(view?.state).toMatchObject({ status: 'answered', optionId: 'no' });
  });

  it('does not count known history as missing at a first contact (S1, S4), but still lists the rest', () => {
    const withAll = evaluate(
      pathway,
      contactWith(
        'hv-new-birth',
        facts([
          known(SMI, 'no'),
          known(FAMILY, 'no'),
          known('history.specialist-treatment', 'no'),
          known('history.self-harm-or-suicide-attempt', 'no'),
          known('history.perinatal-depression-anxiety', 'no'),
          known('history.personality-disorder-or-trauma', 'no'),
          known('history.psychiatric-medication', 'no'),
        ]),
      ),
    );
    expect(outstandingKinds(withAll)).not.toContain('history-incomplete');
    const withOne = evaluate(pathway, contactWith('hv-new-birth', facts([known(SMI, 'no')])));
    const outstanding = withOne.outstanding.find((o) => o.kind === 'history-incomplete');
    expect(outstanding?.keys).toEqual([
      `birthing-parent/history.specialist-treatment`,
      'birthing-parent/history.perinatal-depression-anxiety',
      'birthing-parent/history.self-harm-or-suicide-attempt',
      'birthing-parent/history.personality-disorder-or-trauma',
      'birthing-parent/history.psychiatric-medication',
      `birthing-parent/${FAMILY}`,
    ]);
  });

  it.each([
    ['an option this pathway does not have', known(SMI, 'maybe')],
    ['a question that is not an enduring fact', known('wellbeing.feelings', 'concerns-raised')],
    ['the private enquiry (never a known fact)', known('domestic-abuse.enquiry', 'disclosure')],
    ['an unknown question', known('history.unknown', 'yes')],
    ['history for the partner (asked of the birthing parent only)', { ...known(SMI, 'past'), subject: 'partner' as const }],
  ])('ignores %s', (_case, fact) => {
    const evaluation = evaluate(pathway, contactWith('hv-6-8-weeks', facts([fact])));
    expect(outcomeIds(evaluation)).not.toContain('birthing-parent/O6');
    expect(evaluation.sections.flatMap((s) => s.items).filter((i) => i.known)).toEqual([]);
    expect(evaluation.answers).toEqual(evaluate(pathway, buildContact({ contactType: 'hv-6-8-weeks' })).answers);
  });

  it('only enduring, past-tense facts can be known', () => {
    expect(KNOWN_FACT_QUESTIONS).toEqual([
      SMI,
      'history.specialist-treatment',
      FAMILY,
      // Pathway 2026.4.0 (issue 11): confirmable at later contacts through the handover.
      'history.self-harm-or-suicide-attempt',
      'history.perinatal-depression-anxiety',
      'history.personality-disorder-or-trauma',
      'history.psychiatric-medication',
      'context.previous-loss',
      'context.childhood-trauma',
    ]);
  });
});

describe('known screening and flags are never today’s', () => {
  it('[H26-j] an earlier EPDS of 20 with item 10 positive is not a result, a flag or a reason today', () => {
    const epds: ScreeningFact = {
      instrumentId: 'epds',
      subject: 'birthing-parent',
      at: '2026-01-10T09:15Z',
      role: 'midwife',
      status: 'complete',
      total: 20,
      maxTotal: 30,
      bandId: 'probable-depression',
      bandFrom: 13,
      itemRisk: [{ questionId: 'epds.10', status: 'positive', score: 2 }],
    };
    const withStory = evaluate(pathway, contactWith('hv-6-8-weeks', facts([], [epds])));
    const without = evaluate(pathway, buildContact({ contactType: 'hv-6-8-weeks' }));
    expect(withStory.instruments).toEqual(without.instruments);
    expect(withStory.flags).toEqual(without.flags);
    expect(withStory.outcomes).toEqual(without.outcomes);
  });

  it('is pure: loading a story does not change the contact it evaluates', () => {
    const contact = contactWith('hv-6-8-weeks', facts([known(SMI, 'past')]));
    const before = structuredClone(contact);
    evaluate(pathway, contact);
    expect(contact).toEqual(before);
  });
});
