import { describe, expect, it } from 'vitest';
import { applyChanges, type ContactChange } from '../../../lib/contact/contact-change';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { subjectLabel } from '../../../lib/summary/labels';
import { summaryView } from '../../../lib/summary/summary-view';
import { partnerSummaryStatus, partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { scenarioInputs } from './support';

// Every red flag reaches a written summary with what the next professional needs to act on it:
// level, title, whose it is, whether it was acknowledged, each route with its decision, the rule
// and its sources. Private flags are the one exception (they are recorded under local procedures).

const options = { lineWidth: 80 };
const unwrapped = (text: string) => text.replace(/\n {2,}/g, ' ');
const AT = '2026-03-02T10:30:00.000Z';

describe('red flags in the written summaries', () => {
  it.each(scenarioInputs.filter((s) => s.evaluation.flags.length > 0).map((s) => [s.scenario.id, s] as const))(
    '[H01-p] %s: every flag is listed with its level, whose it is, acknowledgement, route decisions, rule and sources',
    (_id, { contact, evaluation, settings }) => {
      // The practitioner acknowledges every flag and records "done" on each flag's first route.
      const changes: ContactChange[] = evaluation.flags.flatMap((flag): ContactChange[] => [
        { type: 'acknowledge-flag', flagId: flag.id, at: AT },
        ...(flag.routes[0] ? [{ type: 'outcome-decision' as const, decision: { code: flag.routes[0], subject: flag.subject, status: 'done' as const, decidedAt: AT } }] : []),
      ]);
      const acted = applyChanges(contact, changes);
      const after = evaluate(pathway, acted, settings);
      const family = unwrapped(summaryText({ contact: acted, evaluation: after, options }));
      const partner = partnerSummaryStatus(acted, after) === 'none' ? '' : unwrapped(partnerSummaryText({ contact: acted, evaluation: after, options }));

      for (const [text, audience] of [[family, 'family-record'], [partner, 'partner-record']] as const) {
        if (text === '') continue;
        for (const flag of summaryView(acted, after, audience).flags) {
          const start = text.indexOf(`[${flag.level}] ${flag.title} (${subjectLabel[flag.subject]}). Acknowledged 10:30.`);
          expect(start, `${flag.id} in the ${audience} summary`).toBeGreaterThanOrEqual(0);
          const entry = text.slice(start);
          const rule = entry.indexOf(`Rule ${flag.ruleId} (${flag.sources.join(', ')}).`);
          expect(rule, `${flag.id}: rule and sources`).toBeGreaterThan(0);
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
