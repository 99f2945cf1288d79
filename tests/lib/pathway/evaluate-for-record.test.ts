import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContact, type ContactSpec } from '../../../lib/pathway/contact-builder';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';
import { contactArb, settingsArb } from './support/arbitraries';
import { allItems } from './support/evaluate-spec';

// The written record is not the screen (pathway 2026.3.0). evaluateForRecord treats privacy as
// holding for every privacy kind, so what the screen hides while someone is in the room is in the
// record evaluation, marked with its privacy; who is in the room, what can be asked now and
// deferral are exactly as on screen (reference §2.10 tool logic 2: her account of the partner goes
// in as her report; §2.10.3 and §3: its risk flag is same day; S27).

const herReportThenPartnerIn: ContactSpec = {
  contactType: 'hv-6-8-weeks',
  presence: { partner: true },
  answers: {
    'birthing-parent': {
      'partner.involved': 'yes',
      'partner-report.wellbeing': 'very-worried',
      'partner-report.risk': 'yes',
      'domestic-abuse.enquiry': 'disclosure',
      'domestic-abuse.immediate-danger': 'no',
    },
  },
};

describe('evaluateForRecord', () => {
  const contact = buildContact(herReportThenPartnerIn);
  const screen = evaluate(pathway, contact);
  const record = evaluateForRecord(pathway, contact);

  it('[H01-r] keeps her report about the partner, and its same-day flag, while the partner is in the room, marked with its privacy', () => {
    expect(screen.scope).toBe('screen');
    expect(record.scope).toBe('record');
    expect(screen.flags.map((f) => f.id)).toEqual([]);
    expect(record.flags.find((f) => f.id === 'IR-PARTNER-REPORTED-RISK/partner')).toMatchObject({
      level: 'E4',
      privacy: 'partner-absent',
      triggeredBy: ['birthing-parent/partner-report.risk'],
    });
    expect(record.answers.filter((a) => a.respondent === 'birthing-parent-about-partner').map((a) => [a.questionId, a.privacy])).toEqual([
      ['partner-report.wellbeing', 'partner-absent'],
      ['partner-report.risk', 'partner-absent'],
    ]);
    expect(record.outcomes.filter((o) => o.subject === 'partner').map((o) => o.code)).toEqual(expect.arrayContaining(['O10', 'O9', 'O12']));
    expect(record.escalation.bySubject.partner.level).toBe('E4');
  });

  it('[H01-r] holds private content too, marked private, for the summary to keep out of every output', () => {
    const flag = record.flags.find((f) => f.ruleId === 'SG-DA-DISCLOSURE');
    expect(flag?.privacy).toBe('private');
    expect(record.answers.find((a) => a.questionId === 'domestic-abuse.enquiry')?.privacy).toBe('private');
  });

  it('[H01-r] changes nothing about who is in the room, what can be asked now, or the one neutral private item', () => {
    expect(record.presence).toEqual(screen.presence);
    expect(record.presence).toMatchObject({ partnerPresent: true, privateNow: false });
    expect(record.nextQuestion?.key).toBe(screen.nextQuestion?.key);
    const reportItem = allItems(record).find((i) => i.key === 'birthing-parent/partner-report.risk');
    expect(reportItem).toMatchObject({ askableNow: false, privacy: 'partner-absent' });
    expect(record.outstanding.filter((o) => o.kind === 'private-question-outstanding')).toEqual(
      screen.outstanding.filter((o) => o.kind === 'private-question-outstanding'),
    );
    expect(record.warnings).toEqual(screen.warnings);
  });

  it('[H01-r] property: differs from the screen only by content marked with its privacy', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (c, settings) => {
        const s = evaluate(pathway, c, settings);
        const r = evaluateForRecord(pathway, c, settings);
        expect(r.presence).toEqual(s.presence);
        expect(r.nextQuestion?.key ?? null).toBe(s.nextQuestion?.key ?? null);
        expect(r.warnings).toEqual(s.warnings);
        const recordItems = new Map(allItems(r).map((i) => [i.key, i]));
        for (const item of allItems(s)) expect(recordItems.get(item.key)).toEqual(item);
        const screenKeys = new Set(allItems(s).map((i) => i.key));
        for (const item of allItems(r)) if (!screenKeys.has(item.key)) expect(item.privacy, item.key).toBeDefined();
        const screenFlags = new Set(s.flags.map((f) => f.id));
        for (const flag of r.flags) if (!screenFlags.has(flag.id)) expect(flag.privacy, flag.id).toBeDefined();
        // A flag from the private question is neutral on screen even while she is alone (H53-a:
        // someone can walk in before the panel is told); the record keeps its specifics, marked
        // private. Everything else about it (id, level, kind, triggers) is the same.
        const sameExceptWording = (flag: Evaluation['flags'][number]) =>
          flag.neutral || flag.privacy === 'private'
            ? { id: flag.id, ruleId: flag.ruleId, kind: flag.kind, level: flag.level, subject: flag.subject, triggeredBy: flag.triggeredBy, privacy: flag.privacy }
            : flag;
        for (const flag of s.flags) {
          const inRecord = r.flags.find((f) => f.id === flag.id);
          if (flag.neutral) expect(inRecord?.privacy).toBe('private');
          expect(inRecord && sameExceptWording(inRecord)).toEqual(sameExceptWording(flag));
        }
        if (s.presence.privateNow) {
          // The "not yet acknowledged" line names the flag's title: neutral on screen, specific in the record.
          const privateTitles = new Set([...s.flags, ...r.flags].filter((f) => f.neutral || f.privacy === 'private').map((f) => `Not yet acknowledged: ${f.title}.`));
          const outstanding = (e: Evaluation) =>
            e.outstanding.map((o) => (o.kind === 'flag-not-acknowledged' && privateTitles.has(o.text) ? { ...o, text: '(a private flag)' } : o));
          expect({ ...r, flags: r.flags.map(sameExceptWording), outstanding: outstanding(r) }).toEqual({
            ...s,
            scope: 'record',
            flags: s.flags.map(sameExceptWording),
            outstanding: outstanding(s),
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
