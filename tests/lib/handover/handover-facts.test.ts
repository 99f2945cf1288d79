import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../lib/contact/contact-change';
import { decodeHandoverBlock, encodeHandoverBlock } from '../../../lib/handover/handover-block';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { secondContact } from '../summary/examples';
import { PRIVATE_TOPIC_ANYWHERE, scenarioInputs } from '../summary/support';
import { contactFactsArb } from './arbitraries';

// What a handover block carries: structured facts with dates and roles, never the family's words,
// the plan, a note or anything from the private enquiry; the partner's own results only with their
// consent to share.

const byId = (prefix: string) => {
  const found = scenarioInputs.find((s) => s.scenario.id.startsWith(prefix));
  if (!found) throw new Error(`No scenario ${prefix}`);
  return found;
};

/** Every string value in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('handoverFactsFrom', () => {
  it('[H26-i] property: holds no prose at all, only ids, codes and times (so no words can travel)', () => {
    fc.assert(
      fc.property(contactFactsArb, (facts) => {
        for (const s of strings(facts)) expect(s).toMatch(/^[A-Za-z0-9.+:-]+$/);
        expect(JSON.stringify(facts)).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
      }),
      { numRuns: 300 },
    );
  });

  it('never carries the family’s words, the plan, the next contact or a not-asked note', () => {
    const s = byId('03');
    const contact = {
      ...s.contact,
      familyWords: 'FAMILY-WORDS-MARKER',
      plan: 'PLAN-MARKER',
      nextContact: 'NEXT-MARKER',
      answers: {
        ...s.contact.answers,
        'birthing-parent/gad-7.3': { ...s.contact.answers['birthing-parent/gad-7.3']!, response: { kind: 'not-asked' as const, reason: 'other' as const, note: 'NOTE-MARKER' } },
      },
    };
    const block = encodeHandoverBlock(handoverFactsFrom(contact, evaluateForRecord(pathway, contact)), { lineWidth: 80 });
    const decoded = decodeHandoverBlock(block);
    expect(decoded.ok).toBe(true);
    expect(JSON.stringify(decoded)).not.toMatch(/MARKER/);
  });

  it.each(['01', '11', '12', '14'])('[H05-q] scenario %s: nothing from the private enquiry, alone or not', (prefix) => {
    const { contact, evaluation } = byId(prefix);
    const facts = handoverFactsFrom(contact, evaluation);
    expect(JSON.stringify(facts)).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
    expect(facts.outcomes.some((o) => o.code === 'O10')).toBe(false);
    expect(facts.flags.some((f) => f.ruleId.startsWith('SG-DA'))).toBe(false);
  });

  it('scenario 12: the one neutral item stands for the private follow-up', () => {
    const { contact, evaluation } = byId('12');
    expect(handoverFactsFrom(contact, evaluation).outstanding).toContainEqual({ kind: 'private-question-outstanding', subject: null, instrumentId: null });
  });

  it('scenario 02: screening results with dates and roles for both parents (the partner agreed to share)', () => {
    const { contact, evaluation } = byId('02');
    const facts = handoverFactsFrom(contact, evaluation);
    expect(facts.source).toEqual({ contactType: 'midwife-booking', role: 'midwife', at: '2026-03-02T10:00Z', pathwayVersion: pathway.version });
    expect(facts.screening).toContainEqual({
      instrumentId: 'epds',
      subject: 'birthing-parent',
      at: '2026-03-02T10:00Z',
      role: 'midwife',
      status: 'complete',
      total: 14,
      maxTotal: 30,
      bandId: 'probable-depression',
      bandFrom: 13,
      itemRisk: [{ questionId: 'epds.10', status: 'negative', score: 0 }],
    });
    expect(facts.screening.filter((s) => s.subject === 'partner').map((s) => s.instrumentId)).toEqual(['whooley', 'gad-2']);
  });

  it('[H06-f] scenario 07: the partner’s own results stay out (no consent to share)', () => {
    const { contact, evaluation } = byId('07');
    const facts = handoverFactsFrom(contact, evaluation);
    expect(facts.screening.some((s) => s.subject === 'partner')).toBe(false);
    expect(facts.flags.some((f) => f.subject === 'partner')).toBe(false);
  });

  it('[H03-g] scenario 03: an incomplete measure has no total, and a declined item 10 is "unknown", never 0', () => {
    const { contact, evaluation } = byId('03');
    const epds = handoverFactsFrom(contact, evaluation).screening.find((s) => s.instrumentId === 'epds');
    expect(epds).toMatchObject({ status: 'incomplete', total: null, bandId: null, itemRisk: [{ questionId: 'epds.10', status: 'unknown', score: null }] });
    const gad7 = handoverFactsFrom(contact, evaluation).screening.find((s) => s.instrumentId === 'gad-7');
    expect(gad7).toMatchObject({ status: 'declined', total: null });
  });

  it('scenario 04: history with dates and roles, flags, outcomes and "partner not seen"', () => {
    const { contact, evaluation } = byId('04');
    const facts = handoverFactsFrom(contact, evaluation);
    expect(facts.history).toEqual([
      { questionId: 'history.severe-mental-illness', subject: 'birthing-parent', optionId: 'past', at: '2026-03-02T10:00Z', role: 'health-visitor' },
      { questionId: 'history.specialist-treatment', subject: 'birthing-parent', optionId: 'inpatient', at: '2026-03-02T10:00Z', role: 'health-visitor' },
      { questionId: 'history.family-perinatal', subject: 'birthing-parent', optionId: 'no', at: '2026-03-02T10:00Z', role: 'health-visitor' },
    ]);
    expect(facts.flags).toEqual([{ ruleId: 'HR-POSTPARTUM-PSYCHOSIS-RISK', subject: 'birthing-parent', level: 'E3', at: '2026-03-02T10:00Z', acknowledged: false }]);
    expect(facts.outcomes).toContainEqual({ code: 'O6', subject: 'birthing-parent', strength: 'recommend', decision: null });
    // Pathway 2026.4.0 asks four more history items at first contacts; scenario 04 predates them.
    expect(facts.outstanding.map((o) => o.kind)).toEqual(['partner-not-seen', 'ask-partner-next-time', 'history-incomplete']);
  });

  it('carries known history forward with its own date and role; today’s answers and results replace the earlier ones', () => {
    const { second } = secondContact();
    const facts = handoverFactsFrom(second.contact, second.evaluation);
    expect(facts.source).toMatchObject({ contactType: 'hv-new-birth', at: '2026-04-20T09:30Z' });
    expect(facts.history).toEqual([
      // Confirmed today: today's date and role.
      { questionId: 'history.severe-mental-illness', subject: 'birthing-parent', optionId: 'past', at: '2026-04-20T09:30Z', role: 'health-visitor' },
      // Changed today.
      { questionId: 'history.family-perinatal', subject: 'birthing-parent', optionId: 'yes', at: '2026-04-20T09:30Z', role: 'health-visitor' },
      // Not asked today: carried with the date it was given.
      { questionId: 'history.specialist-treatment', subject: 'birthing-parent', optionId: 'inpatient', at: '2026-03-02T10:00Z', role: 'health-visitor' },
    ]);
    expect(facts.screening.map((s) => `${s.instrumentId} ${s.at}`)).toEqual(['whooley 2026-04-20T09:30Z', 'gad-2 2026-04-20T09:30Z']);
    // The high-risk flag is raised again today (known SMI), so the block has today's.
    expect(facts.flags).toEqual([{ ruleId: 'HR-POSTPARTUM-PSYCHOSIS-RISK', subject: 'birthing-parent', level: 'E3', at: '2026-04-20T09:30Z', acknowledged: false }]);
  });

  it('[H26-k] clearing the story so far drops what was carried', () => {
    const { second } = secondContact();
    const cleared = applyChange(second.contact, { type: 'clear-story-so-far', at: '2026-04-20T09:40:00.000Z' });
    const facts = handoverFactsFrom(cleared, evaluateForRecord(pathway, cleared));
    expect(facts.history.map((h) => h.questionId)).toEqual(['history.severe-mental-illness', 'history.family-perinatal']);
  });
});
