import { describe, expect, it } from 'vitest';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import { compactSummary } from '../../../lib/summary/compact-summary';
import { isPasteSafe } from '../../../lib/output/plain-text';
import { partnerSummaryStatus, partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { scenarios } from '../pathway/scenarios/fixtures';
import { dayFiveAfterDayThree, finishedContact, secondContact } from './examples';
import { scenarioInputs } from './support';

// Golden summaries (conventions.md habit 13): the expected text for every scenario contact is
// checked in under ./golden and reviewed like code when the wording changes. Regenerate with
// `npx vitest run tests/lib/summary -u` and read the diff.

const options = { lineWidth: 80 };
const config = nationalDefaultConfig;

describe.each(scenarioInputs.map((input) => [input.scenario.id, input] as const))('scenario %s', (id, { contact, evaluation }) => {
  const text = summaryText({ contact, evaluation, config, options });

  it('matches the golden summary', async () => {
    await expect(text).toMatchFileSnapshot(`./golden/${id}.txt`);
  });

  it('[H80-c] matches the golden short version (issue 13: the default)', async () => {
    await expect(summaryText({ contact, evaluation, config, options: { ...options, version: 'short' } })).toMatchFileSnapshot(`./golden/${id}.short.txt`);
  });

  it('[H32-b] is plain ASCII within the line width (only the handover block lines are exactly the width)', () => {
    expect(isPasteSafe(text)).toBe(true);
    for (const l of text.split('\n')) expect(l.length).toBeLessThanOrEqual(80);
  });

  it('matches the golden compact summary (default limit)', async () => {
    const compact = compactSummary({ contact, evaluation, config }, config.summary.compactLimitChars);
    await expect(`${JSON.stringify(compact, null, 2)}\n`).toMatchFileSnapshot(`./golden/${id}.compact.json`);
  });

  it('matches the golden partner summary where the partner gave answers of their own', async () => {
    const status = partnerSummaryStatus(contact, evaluation);
    if (status === 'none') return;
    await expect(partnerSummaryText({ contact, evaluation, config, options })).toMatchFileSnapshot(`./golden/${id}.partner.txt`);
  });
});

it('covers every scenario of the pathway issue', () => {
  expect(scenarioInputs.map((s) => s.scenario.id)).toEqual(scenarios.map((s) => s.id));
});

describe('golden summaries beyond the scenarios', () => {
  it('a finished contact: decisions with times, consent, the family’s own words made paste-safe', async () => {
    const { contact, evaluation } = finishedContact;
    const text = summaryText({ contact, evaluation, config, options });
    expect(isPasteSafe(text)).toBe(true);
    expect(text).toContain('"We\'re finding the nights hard - but we\'re a team."');
    await expect(text).toMatchFileSnapshot('./golden/finished-contact.txt');
  });

  it('a finished contact at 64 characters a line', async () => {
    const { contact, evaluation } = finishedContact;
    const text = summaryText({ contact, evaluation, config, options: { lineWidth: 64 } });
    for (const l of text.split('\n')) expect(l.length).toBeLessThanOrEqual(64);
    await expect(text).toMatchFileSnapshot('./golden/finished-contact.w64.txt');
  });

  it('a second contact with the story so far: already known kept apart from new today', async () => {
    const { second } = secondContact();
    const text = summaryText({ contact: second.contact, evaluation: second.evaluation, config, options });
    await expect(text).toMatchFileSnapshot('./golden/second-contact-story-so-far.txt');
  });

  it('[H64-c] a day-5 midwife visit after the day-3 summary: Whooley and GAD-2 known, not asked again', async () => {
    const { second } = dayFiveAfterDayThree();
    const text = summaryText({ contact: second.contact, evaluation: second.evaluation, config, options });
    expect(text).not.toMatch(/Whooley[^\n]*: due, not asked/);
    expect(second.evaluation.outstanding.map((o) => o.kind)).not.toContain('measure-not-complete');
    await expect(text).toMatchFileSnapshot('./golden/day-5-after-day-3.txt');
  });

  it.each([
    ['17-new-birth-neonatal-unit'],
    ['18-midwife-postnatal-bereavement'],
  ])('[H60-c] %s: "not asked, and why" says why the baby items were not asked, never "no reason recorded"', (id) => {
    const input = scenarioInputs.find((s) => s.scenario.id === id);
    if (!input) throw new Error(id);
    const text = summaryText({ contact: input.contact, evaluation: input.evaluation, config, options: { lineWidth: 400 } });
    const notAsked = text.slice(text.indexOf('NOT ASKED, AND WHY'));
    expect(notAsked).toMatch(/not applicable because the baby/);
    for (const l of notAsked.split('\n')) if (/no reason recorded/.test(l)) expect(l).not.toMatch(/baby|relationship|observation/i);
  });
});
