import { buildContact, scoresTotalling } from '../../lib/pathway/contact-builder';
import { evaluate } from '../../lib/pathway/evaluate';
import { pathway } from '../../lib/pathway/pathway';
import { scenarios } from '../../tests/lib/pathway/scenarios/fixtures';
import { median, percentile } from './panel-timing';

// The pathway engine runs on every answer in the panel: time one evaluation of each scenario
// contact (and a busy new birth visit), many times over, in this Node process.
export function engineTiming(): { medianMs: number; p95Ms: number } {
  const contacts = [
    ...scenarios.map((s) => buildContact(s.spec)),
    buildContact({ contactType: 'hv-new-birth', presence: { partner: true }, answers: { 'birthing-parent': { 'whooley.1': 'yes', ...scoresTotalling('epds', 14) } } }),
  ];
  for (let i = 0; i < 50; i++) for (const contact of contacts) evaluate(pathway, contact); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    for (const contact of contacts) {
      const started = performance.now();
      evaluate(pathway, contact);
      times.push(performance.now() - started);
    }
  }
  return { medianMs: median(times), p95Ms: percentile(times, 95) };
}
