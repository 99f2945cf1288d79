import { describe, expect, it } from 'vitest';
import { applyChanges, type ContactChange } from '../../../lib/contact/contact-change';
import { decodeHandoverBlock } from '../../../lib/handover/handover-block';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import { compactSummary } from '../../../lib/summary/compact-summary';
import { pathway } from '../../../lib/pathway/pathway';
import { subjectLabel } from '../../../lib/output/labels';
import { summaryView } from '../../../lib/output/summary-view';
import { partnerSummaryStatus, partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { scenarioInputs } from './support';
import { noRedFlagsSeen } from '../pathway/support/red-flag-answers';

// Every red flag reaches a written summary with what the next professional needs to act on it:
// level, title, whose it is, whether it was acknowledged, each route with its decision, the rule
// and its sources. Private flags are the one exception (they are recorded under local procedures).

const options = { lineWidth: 80 };
const unwrapped = (text: string) => text.replace(/\n {2,}/g, ' ');
const AT = '2026-03-02T10:30:00.000Z';

describe('red flags in the written summaries', () => {
  it.each(scenarioInputs.filter((s) => s.evaluation.flags.length > 0).map((s) => [s.scenario.id, s] as const))(
    '[H01-p] %s: every flag is listed with its level, whose it is, acknowledgement (of a card that is to be acknowledged, H109), route decisions, rule and sources',
    (_id, { contact, evaluation, settings }) => {
      // The practitioner acknowledges every flag and records "done" on each flag's first route.
      const changes: ContactChange[] = evaluation.flags.flatMap((flag): ContactChange[] => [
        { type: 'acknowledge-flag', flagId: flag.id, at: AT },
        ...(flag.routes[0] ? [{ type: 'outcome-decision' as const, decision: { code: flag.routes[0], subject: flag.subject, status: 'done' as const, decidedAt: AT } }] : []),
      ]);
      const acted = applyChanges(contact, changes);
      const after = evaluateForRecord(pathway, acted, settings);
      const family = unwrapped(summaryText({ contact: acted, evaluation: after, options }));
      const partner = partnerSummaryStatus(acted, after) === 'none' ? '' : unwrapped(partnerSummaryText({ contact: acted, evaluation: after, options }));

      for (const [text, audience] of [[family, 'family-record'], [partner, 'partner-record']] as const) {
        if (text === '') continue;
        for (const flag of summaryView(acted, after, audience).flags) {
          const acknowledged = flag.needsAcknowledgement ? ' Acknowledged 10:30.' : '';
          const start = text.indexOf(`[${flag.level}] ${flag.title} (${subjectLabel[flag.subject]}).${acknowledged}`);
          expect(start, `${flag.id} in the ${audience} summary`).toBeGreaterThanOrEqual(0);
          const entry = text.slice(start);
          const rule = entry.indexOf(`Rule ${flag.ruleId} (${flag.sources.join(', ')}).`);
          expect(rule, `${flag.id}: rule and sources`).toBeGreaterThan(0);
          if (!flag.needsAcknowledgement) expect(entry.slice(0, rule), `${flag.id}: nothing to acknowledge`).not.toMatch(/acknowledged/i);
          if (flag.routes[0]) expect(entry.slice(0, rule)).toContain(`Routes: ${flag.routes[0]} (done)`);
        }
      }
      // No flag is lost between the two summaries, except what the private enquiry raised.
      for (const flag of after.flags) {
        const isPrivate = flag.privacy === 'private' || flag.triggeredBy.some((key) => key.includes('domestic-abuse.'));
        if (!isPrivate) expect(`${family}\n${partner}`, flag.id).toContain(`Rule ${flag.ruleId} (`);
      }
    },
  );
});

describe('the written record is made from the record evaluation (pathway 2026.3.0)', () => {
  // She told the practitioner, while the partner was out, that she fears the partner might harm
  // themselves or the baby; then the partner came back in. The screen hides her account; the
  // record must not (reference §2.10 tool logic 2 and 3, §3: same day; S15, S27).
  const contact = buildContact({
    contactType: 'hv-6-8-weeks',
    presence: { partner: true },
    answers: {
      'birthing-parent': {
        'privacy.talk-with-others-present': 'yes',
        'whooley.1': 'no',
        'whooley.2': 'no',
        'gad-2.1': 'not-at-all',
        'gad-2.2': 'not-at-all',
        ...noRedFlagsSeen,
        'partner.involved': 'yes',
        'partner-report.wellbeing': 'very-worried',
        'partner-report.risk': 'yes',
      },
    },
  });
  const evaluation = evaluateForRecord(pathway, contact);

  it('[H01-q] with the partner in the room, the summary, the compact summary and the handover block carry her report and its same-day flag, and never say there are no red flags', () => {
    const text = unwrapped(summaryText({ contact, evaluation, options }));
    expect(text).toContain('[her report about the partner] Worried the partner might harm themselves or the baby: Yes');
    expect(text).toContain('[her report about the partner] How she thinks the partner has been feeling: Very worried about them');
    expect(text).toContain('[her report about the partner] [E4] She is worried the partner might harm themselves or the baby (her report) (partner). Not yet acknowledged.');
    expect(text).toMatch(/^Level: E4 Urgent, same day/m);
    expect(text).not.toMatch(/No (mental health )?red flags/i);

    const compact = compactSummary({ contact, evaluation }, 5000);
    if (!compact.ok) throw new Error(compact.reason);
    expect(compact.text).toContain('[her re partner] Worried partner may harm self/baby: Yes');
    expect(compact.text).toContain('[E4] She is worried the partner might harm themselves or the baby (her report)');
    expect(compact.text).not.toMatch(/No (MH )?red flags/i);

    const facts = handoverFactsFrom(contact, evaluation);
    expect(facts.flags).toContainEqual(expect.objectContaining({ ruleId: 'IR-PARTNER-REPORTED-RISK', subject: 'partner', level: 'E4' }));
    const decoded = decodeHandoverBlock(summaryText({ contact, evaluation, options }));
    expect(decoded.ok && decoded.facts.flags.map((f) => f.ruleId)).toContain('IR-PARTNER-REPORTED-RISK');
  });

  it('[H01-q] a summary made from the screen evaluation while she is not alone says it may be incomplete instead of claiming there is nothing', () => {
    const fromScreen = unwrapped(summaryText({ contact, evaluation: evaluate(pathway, contact), options }));
    expect(fromScreen).toContain('WARNING: this summary was made from the on-screen view while others were in the room');
    expect(fromScreen).not.toMatch(/No (mental health )?red flags/i);
    // Alone, the screen and the record evaluations are the same: no warning.
    const alone = { ...contact, presence: { ...contact.presence, partner: false } };
    expect(summaryText({ contact: alone, evaluation: evaluate(pathway, alone), options })).not.toContain('WARNING');
  });

  it.each([
    [
      'nothing flagged',
      { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no', ...noRedFlagsSeen } },
      {},
      'No mental health red flags and no positive item-level risk answers were recorded.',
    ],
    [
      'a private safeguarding flag withheld from the summary (she was alone)',
      { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no', ...noRedFlagsSeen, 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'yes' } },
      {},
      'No mental health red flags and no positive item-level risk answers were recorded.',
    ],
    [
      'the partner’s own item-10 flag kept in the partner’s own summary',
      { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no', ...noRedFlagsSeen }, partner: { 'partner.consent-screening': 'yes-keep-separate', 'epds.10': 'sometimes' } },
      { partner: true },
      "No mental health red flags and no positive item-level risk answers were recorded for the birthing parent or in her report; the partner's own answers, and anything flagged from them, are in the separate partner summary.",
    ],
  ] as const)('[H01-t] with %s, the "no flags" line says only what is true of this record', (_what, answers, presence, line) => {
    const c = buildContact({ contactType: 'hv-6-8-weeks', presence, answers: answers as never });
    const e = evaluateForRecord(pathway, c);
    const text = unwrapped(summaryText({ contact: c, evaluation: e, options }));
    expect(text).toContain(line);
    expect(text).toContain('Any other safeguarding information is recorded under local procedures, not in this summary.');
    expect(text).not.toMatch(/No red flags/);
  });
});
