// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { StoryTrend } from '../../../components/contact/story-trend';
import { decodeHandoverBlocks } from '../../../lib/handover/handover-block';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { blockOf, visit } from '../../lib/handover/story-support';

afterEach(() => cleanup());

function twelveMonths() {
  const blocks = [
    blockOf(visit('hv-new-birth', '2026-06-08T10:00:00.000Z', 6)),
    blockOf(visit('hv-6-8-weeks', '2026-07-13T10:00:00.000Z', 8)),
    blockOf(visit('hv-3-4-months', '2026-09-07T10:00:00.000Z', 9)),
  ];
  const decoded = decodeHandoverBlocks(blocks.join('\n'));
  if (!decoded.ok) throw new Error(decoded.message);
  return visit('hv-12-months', '2027-05-24T10:00:00.000Z', 13, decoded.facts);
}

describe('[H91-b] the trend on screen: scores over time with date and role, as a chart and the same data as a table', () => {
  it('shows each earlier EPDS and today, in order, in a captioned table; the chart is hidden from assistive technology', () => {
    const contact = twelveMonths();
    const { container } = render(<StoryTrend contact={contact} evaluation={evaluate(pathway, contact)} />);
    const table = screen.getByRole('table', { name: 'EPDS, birthing parent: scores over time' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual([
      '8 Jun 20266 of 30Below the “possible depression” thresholdHealth visitor',
      '13 Jul 20268 of 30Below the “possible depression” thresholdHealth visitor',
      '7 Sep 20269 of 30Below the “possible depression” thresholdHealth visitor',
      'Today (24 May 2027)13 of 30Probable depressionHealth visitor',
    ]);
    const svg = container.querySelector('svg.trend-chart');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.querySelectorAll('circle')).toHaveLength(4);
  });

  it('shows nothing without an earlier score', () => {
    const contact = visit('hv-12-months', '2027-05-24T10:00:00.000Z', 13);
    const { container } = render(<StoryTrend contact={contact} evaluation={evaluate(pathway, contact)} />);
    expect(container.textContent).toBe('');
  });
});
