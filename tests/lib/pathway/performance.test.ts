import { expect, it } from 'vitest';
import { buildContact, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { scenarios } from './scenarios/fixtures';

// evaluate runs on every answer in the panel. A typical contact takes well under 1 ms on a laptop
// (about 0.3-0.6 ms measured here). The bound (10 ms) is loose and uses the best of several batches, so a
// busy shared 2-core machine does not make it flaky; it catches order-of-magnitude regressions.

it('[H23-a] evaluates a typical contact in well under a few milliseconds', () => {
  const contacts = [
    ...scenarios.map((s) => buildContact(s.spec)),
    buildContact({ contactType: 'hv-new-birth', presence: { partner: true }, answers: { 'birthing-parent': { 'whooley.1': 'yes', ...scoresTotalling('epds', 14) } } }),
  ];
  for (let i = 0; i < 20; i++) for (const c of contacts) evaluate(pathway, c);
  const batches: number[] = [];
  for (let batch = 0; batch < 5; batch++) {
    const started = performance.now();
    for (let i = 0; i < 5; i++) for (const c of contacts) evaluate(pathway, c);
    batches.push((performance.now() - started) / (5 * contacts.length));
  }
  expect(Math.min(...batches)).toBeLessThan(10);
}, 60_000);
