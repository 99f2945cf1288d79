import { describe, expect, it } from 'vitest';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import type { Contact } from '../../../lib/contact/contact';
import { summaryView } from '../../../lib/output/summary-view';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { scenarioInputs } from './support';

// H122: scenario 24's "Self-harm risk not known: the risk enquiry was not asked (the parent was
// distressed)" was written three times in the record (the headline, "Risk and red flags", "Not
// asked, and why"). It is now said once in the sections, beside the cards under "Risk and red
// flags", where it can never read as "no red flags" (issue 10 item 3; S10, S1), and named by the
// headline's risk line (H82). The hazard of the change: an unknown risk dropped from the record.

const config = nationalDefaultConfig;
const options = { lineWidth: 80 };
const flat = (text: string) => text.replace(/\n\s*/g, ' ');
const count = (text: string, part: string) => text.split(part).length - 1;

/** The headline (up to the first blank line) and the sections after it. */
function parts(text: string): { headline: string; body: string } {
  const at = text.indexOf('\n\n');
  return { headline: flat(text.slice(0, at)), body: flat(text.slice(at)) };
}

describe('[H122-a] an unknown self-harm risk is said exactly once in the sections of every record, and named by its headline, in every scenario (S10, S1; H82)', () => {
  const rows = scenarioInputs.flatMap((input) => {
    const out: Array<[string, string, () => string, 'family-record' | 'partner-record']> = [
      [input.scenario.id, 'family record', () => summaryText({ contact: input.contact, evaluation: input.evaluation, config, options }), 'family-record'],
      [input.scenario.id, 'family record, short', () => summaryText({ contact: input.contact, evaluation: input.evaluation, config, options: { ...options, version: 'short' } }), 'family-record'],
    ];
    if (Object.keys(input.scenario.spec.answers?.partner ?? {}).length) {
      out.push([input.scenario.id, "partner's own summary", () => partnerSummaryText({ contact: input.contact, evaluation: input.evaluation, config, options }), 'partner-record']);
    }
    return out.map(([id, output, make, audience]) => [id, output, make, audience, input] as const);
  });
  it.each(rows)('%s, %s', (_id, output, make, audience, input) => {
    const text = make();
    const { headline, body } = parts(text);
    const unknown = summaryView(input.contact, input.evaluation, audience).outstanding.filter((o) => o.kind === 'risk-not-known');
    for (const item of unknown) {
      const said = item.text.replace(/\.$/, '');
      const inHeadline = headline.startsWith('PMH CONTACT SUMMARY') && headline.includes('Risk:');
      // The short version writes a headline line only there (H82); the full version also in its section.
      const expected = output.endsWith('short') && inHeadline ? 0 : 1;
      expect(count(body, said), `"${said}" in the sections`).toBe(expected);
      if (inHeadline) expect(count(headline, said), `"${said}" in the headline`).toBe(1);
    }
  });

  it('scenario 24: once in "Risk and red flags", not again in "Not asked, and why", and the open question is still there with what to do', () => {
    const input = scenarioInputs.find((i) => i.scenario.id === '24-six-weeks-item-10-declined')!;
    const text = summaryText({ contact: input.contact, evaluation: input.evaluation, config, options });
    const risk = flat(text.slice(text.indexOf('RISK AND RED FLAGS'), text.indexOf('OUTCOME AND REFERRALS')));
    const notAsked = flat(text.slice(text.indexOf('NOT ASKED, AND WHY'), text.indexOf('PMH handover block')));
    expect(count(risk, 'Self-harm risk not known: the risk enquiry was not asked (the parent was distressed).')).toBe(1);
    expect(notAsked).not.toContain('Self-harm risk not known');
    expect(notAsked).toContain('The self-harm question could not be asked because the parent was too distressed');
    expect(notAsked).toContain('EPDS item 10 (thoughts of self-harm): declined');
  });
});

/** Scenario 24 with the risk enquiry's other questions changed. */
function withEnquiry(answers: Record<string, unknown>): { contact: Contact; text: string } {
  const input = scenarioInputs.find((i) => i.scenario.id === '24-six-weeks-item-10-declined')!;
  const contact: Contact = {
    ...input.contact,
    answers: Object.fromEntries(
      Object.entries({ ...input.contact.answers, ...answers }).filter(([, v]) => v !== undefined),
    ) as Contact['answers'],
  };
  const evaluation = evaluateForRecord(pathway, contact);
  return { contact, text: flat(summaryText({ contact, evaluation, config, options })) };
}

describe('[H122-b] the risk enquiry’s other questions are said with the reason its key question was not asked, not as "no reason recorded" (scenario 24; S10, S1)', () => {
  it('row: key question not asked (the parent was distressed): one line with the reason and the count of the other questions', () => {
    const { text } = withEnquiry({});
    expect(text).toContain(
      '[observed] Self-harm risk enquiry: nature of the thoughts: not asked: the parent was distressed; the 6 other questions of the self-harm risk enquiry were not asked either',
    );
    expect(text).not.toContain('Self-harm risk enquiry: due, not asked - no reason recorded');
  });

  // Specialist review of H122, should-fix 8: never "the 1 other question".
  const declined = (id: string) => ({ [`birthing-parent/risk-enquiry.${id}`]: { questionId: `risk-enquiry.${id}`, subject: 'birthing-parent', response: { kind: 'declined' }, answeredAt: '2026-03-02T10:05:00.000Z' } });
  it.each([
    [['previous-attempt', 'hopelessness', 'substance-use', 'recent-loss-or-crisis', 'support'], 'the other question of the self-harm risk enquiry was not asked either'],
    [['previous-attempt', 'hopelessness', 'substance-use', 'recent-loss-or-crisis'], 'the 2 other questions of the self-harm risk enquiry were not asked either'],
  ])('row: with %j declined, the key question\'s line says "%s"', (ids, words) => {
    const { text } = withEnquiry(Object.assign({}, ...ids.map(declined)));
    expect(text).toContain(`[observed] Self-harm risk enquiry: nature of the thoughts: not asked: the parent was distressed; ${words}`);
    expect(text).not.toContain('the 1 other question');
  });

  it('boundary: the key question not recorded at all keeps the group line "due, not asked - no reason recorded" (nothing known to say)', () => {
    const { contact, text } = withEnquiry({ 'birthing-parent/risk-enquiry.nature': undefined });
    expect(contact.answers['birthing-parent/risk-enquiry.nature']).toBeUndefined();
    expect(text).toContain('[observed] Self-harm risk enquiry: due, not asked - no reason recorded');
  });
});

describe('[H122-c] the headline’s outstanding count matches what "Not asked, and why" lists: an unknown self-harm risk is counted by the Risk line, not there (specialist review of H122)', () => {
  it.each(scenarioInputs.map((i) => [i.scenario.id, i] as const))('scenario %s', (_id, input) => {
    const text = summaryText({ contact: input.contact, evaluation: input.evaluation, config, options: { lineWidth: 1000 } });
    const { headline } = parts(text);
    const listed = summaryView(input.contact, input.evaluation, 'family-record').outstanding.filter((o) => o.kind !== 'risk-not-known');
    const said = /(\d+) outstanding items? \(see "Not asked, and why"\)/.exec(headline);
    expect(said ? Number(said[1]) : 0).toBe(listed.length);
    const notAsked = flat(text.slice(text.indexOf('NOT ASKED, AND WHY')));
    for (const item of listed) expect(notAsked, item.text).toContain(item.text.replace(/\.$/, ''));
  });

  it('scenario 24: "4 outstanding items", the four that section lists (it said 5, counting the risk not known)', () => {
    const input = scenarioInputs.find((i) => i.scenario.id === '24-six-weeks-item-10-declined')!;
    const { headline } = parts(summaryText({ contact: input.contact, evaluation: input.evaluation, config, options }));
    expect(headline).toContain('4 outstanding items (see "Not asked, and why")');
  });
});
