import { PATHWAY_VERSION } from '../../../lib/pathway/version';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../lib/contact/contact-change';
import { acceptStorySoFar, clearStorySoFar, prepareStorySoFar, previewHandover } from '../../../lib/handover/handover-preview';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { summaryText } from '../../../lib/summary/summary-text';
import { secondContact } from '../summary/examples';
import { PRIVATE_TOPIC_ANYWHERE, scenarioInputs } from '../summary/support';

// "Load story so far" in a new contact: paste the previous summary, preview, accept; known facts
// show as "known from <date>, <role>" and history becomes "confirm still true"; the new summary
// keeps "already known" apart from "new today". Anything damaged changes nothing.

describe('load the story so far', () => {
  const { first, second } = secondContact();
  const pasted = summaryText({ contact: first.contact, evaluation: first.evaluation, options: { lineWidth: 80 } });

  it('[H26-a] previews a pasted summary in neutral words, with dates and roles', () => {
    const prepared = prepareStorySoFar(pasted, buildContact({ contactType: 'hv-new-birth', now: '2026-04-20T09:30:00.000Z' }));
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.preview.heading).toBe('From Health visitor: antenatal contact (from 28 weeks) on 2 Mar 2026 10:00 (Health visitor)');
    expect(prepared.preview.sections.map((s) => s.title)).toEqual([
      'History (you will be asked to confirm it is still true)',
      "Earlier screening (not counted as today's results)",
      'Earlier flags',
      'Outcomes at that contact',
      // Version 2 (issue 14): the story over time.
      'Scores over time',
      'Red flags raised over time',
      'Outstanding from that contact',
      // On every preview, the same words (H118-d).
      'Safeguarding',
    ]);
    expect(prepared.preview.sections[0]?.lines[0]).toBe(
      '[birthing parent] Past or present severe mental illness: Yes, in the past (2 Mar 2026, Health visitor)',
    );
    expect(prepared.preview.sections.at(-2)?.lines).toEqual([
      'Partner not seen.',
      'Ask the partner about their own wellbeing at the next contact.',
      // Pathway 2026.4.0 asks four more history items at first contacts; scenario 04 predates them.
      'Mental health history not complete.',
    ]);
    expect(prepared.preview.warnings).toEqual([]);
  });

  it('[H26-b] warns when the block is dated after this contact started, or was made with another pathway version', () => {
    const prepared = prepareStorySoFar(pasted);
    if (!prepared.ok) throw new Error(prepared.message);
    const earlier = buildContact({ contactType: 'hv-new-birth', now: '2026-02-01T09:00:00.000Z' });
    const facts = { ...prepared.facts, source: { ...prepared.facts.source, pathwayVersion: '2025.9.0' } };
    expect(previewHandover(facts, earlier).warnings).toEqual([
      `Made with pathway 2025.9.0; this is ${PATHWAY_VERSION}. Check the facts still apply.`,
      'This block is dated after this contact started. Check it belongs to this family.',
    ]);
  });

  it('[H26-c] accepting is one change; the engine then shows known history to confirm', () => {
    const prepared = prepareStorySoFar(pasted);
    if (!prepared.ok) throw new Error(prepared.message);
    const change = acceptStorySoFar(prepared.facts, '2026-04-20T09:31:00.000Z');
    expect(change).toEqual({ type: 'load-story-so-far', facts: prepared.facts, at: '2026-04-20T09:31:00.000Z' });
    const contact = applyChange(buildContact({ contactType: 'hv-new-birth', now: '2026-04-20T09:30:00.000Z' }), change);
    const evaluation = evaluateForRecord(pathway, contact);
    const history = evaluation.sections.flatMap((s) => s.items).filter((i) => i.groupId === 'history');
    expect(history.map((i) => [i.questionId, i.known?.label, i.known?.role, i.state.status])).toEqual([
      ['history.severe-mental-illness', 'Yes, in the past', 'health-visitor', 'unanswered'],
      ['history.specialist-treatment', 'Yes, including inpatient care', 'health-visitor', 'unanswered'],
      // Pathway 2026.4.0: asked afresh (scenario 04 did not ask them).
      ['history.perinatal-depression-anxiety', undefined, undefined, 'unanswered'],
      ['history.self-harm-or-suicide-attempt', undefined, undefined, 'unanswered'],
      ['history.personality-disorder-or-trauma', undefined, undefined, 'unanswered'],
      ['history.psychiatric-medication', undefined, undefined, 'unanswered'],
      ['history.family-perinatal', 'No', 'health-visitor', 'unanswered'],
    ]);
    // The known SMI still recommends the specialist team at this contact, before anything is asked.
    expect(evaluation.outcomes.find((o) => o.id === 'birthing-parent/O6')?.strength).toBe('recommend');
    // Earlier results are not today's.
    expect(evaluation.instruments.every((r) => r.status === 'not-started')).toBe(true);
    expect(applyChange(contact, clearStorySoFar('2026-04-20T09:40:00.000Z')).storySoFar).toBeUndefined();
  });

  it('[H26-q] the new summary keeps "already known" apart from "new today"', () => {
    const text = summaryText({ contact: second.contact, evaluation: second.evaluation, options: { lineWidth: 400 } });
    const known = text.indexOf('ALREADY KNOWN (FROM AN EARLIER CONTACT)');
    const today = text.indexOf('BIRTHING PARENT (NEW TODAY)');
    expect(known).toBeGreaterThan(0);
    expect(today).toBeGreaterThan(known);
    const knownPart = text.slice(known, today);
    expect(knownPart).toContain('Past or present severe mental illness: Yes, in the past (known from 2 Mar 2026, Health visitor) - still true, confirmed today');
    expect(knownPart).toContain('Severe perinatal mental illness in a first-degree relative: No (known from 2 Mar 2026, Health visitor) - CHANGED today to: Yes');
    expect(knownPart).toContain('not re-confirmed today; the earlier answer still counts');
    expect(knownPart).toContain("Earlier result, not today's: [birthing parent] Generalised Anxiety Disorder 2-item (GAD-2)");
    // Today's answers to known questions are not repeated as if new.
    expect(text.slice(today)).not.toContain('Past or present severe mental illness');
  });

  it.each([
    ['a truncated block', pasted.slice(0, pasted.length - 40)],
    ['a block with one character changed', pasted.replace(/(PMHB2\.[0-9a-f]{8}\.\d+\.\w{10})(\w)/, (_m, a: string, b: string) => a + (b === 'A' ? 'B' : 'A'))],
    ['text with no block', 'Seen at home. Mood good.'],
  ])('%s gives a clear message and changes nothing', (_case, text) => {
    const contact = buildContact({ contactType: 'hv-new-birth' });
    const before = structuredClone(contact);
    const prepared = prepareStorySoFar(text, contact);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.message).toMatch(/Nothing was loaded\.$/);
    expect(contact).toEqual(before);
  });

  it.each(scenarioInputs.map((s) => [s.scenario.id, s] as const))('[H05-r] %s: the preview never names the private topic', (_id, s) => {
    const prepared = prepareStorySoFar(summaryText({ contact: s.contact, evaluation: s.evaluation, options: { lineWidth: 80 } }));
    if (!prepared.ok) throw new Error(prepared.message);
    expect(JSON.stringify(prepared.preview)).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
  });
});
