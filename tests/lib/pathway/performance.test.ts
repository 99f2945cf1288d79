import { expect, it } from 'vitest';
import { buildContact, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { scenarios } from './scenarios/fixtures';

// evaluate runs on every answer in the panel. Typical contacts take well under 1 ms on a laptop;
// the bound here is loose (shared 2-core CI machines) and catches order-of-magnitude regressions.

it('[H23-a] evaluates a typical contact in well under a few milliseconds', () => {
  const contacts = [
    ...scenarios.map((s) => buildContact(s.spec)),
    buildContact({ contactType: 'hv-new-birth', presence: { partner: true }, answers: { 'birthing-parent': { 'whooley.1': 'yes', ...scoresTotalling('epds', 14) } } }),
  ];
  for (let i = 0; i < 200; i++) for (const c of contacts) evaluate(pathway, c);
  const runs = 100;
  const started = performance.now();
  for (let i = 0; i < runs; i++) for (const c of contacts) evaluate(pathway, c);
  const perEvaluation = (performance.now() - started) / (runs * contacts.length);
  expect(perEvaluation).toBeLessThan(5);
});
