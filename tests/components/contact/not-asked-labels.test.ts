import { describe, expect, it } from 'vitest';
import { notAskedReasonLabels } from '../../../components/contact/wording';
import { evaluateSpec } from '../../lib/pathway/support/evaluate-spec';
import { declined, notAsked, scores } from '../../../lib/pathway/contact-builder';

// Specialist review of H117, must-fix 3 (S1 1.6.5; H40): the reason that raises the "too distressed
// to be asked" card (a same-day discussion) is labelled for distress only, so a tired parent is not
// recorded as too distressed; tiredness is "Not appropriate today" (a practical reason: the "not yet
// asked" card). Stored contacts keep the code 'parent-distressed'; only the label moved.
describe('[H117-d] the "too distressed" reason is labelled for distress only; tiredness is "Not appropriate today"', () => {
  const spec = (reason: 'parent-distressed' | 'not-appropriate-now') => ({
    contactType: 'hv-6-8-weeks' as const,
    answers: {
      'birthing-parent': {
        'whooley.1': 'no',
        'whooley.2': 'no',
        ...scores('epds', [1, 1, 0, 0, 1, 0, 0, 0, 0]),
        'epds.10': declined,
        'risk-enquiry.nature': notAsked(reason),
      },
    },
  });
  type Row = [label: string, reason: 'parent-distressed' | 'not-appropriate-now', card: string, source: string];
  const rows: Row[] = [
    ['Parent too upset to be asked', 'parent-distressed', 'RN-SELF-HARM-NOT-ASKED-DISTRESSED', 'S1 1.6.5, S8'],
    ['Not appropriate today', 'not-appropriate-now', 'RN-SELF-HARM-NOT-YET-ASKED', 'S1, S10; H40'],
  ];
  it.each(rows)('"%s" (%s) raises %s (%s)', (label, reason, card) => {
    expect(notAskedReasonLabels[reason]).toBe(label);
    expect(evaluateSpec(spec(reason)).flags.map((f) => f.ruleId)).toContain(card);
  });
  it('no label says "tired"', () => {
    expect(Object.values(notAskedReasonLabels).join(' ')).not.toMatch(/tired/i);
  });
});
