import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import { applyChanges } from '../../../lib/contact/contact-change';
import type { Contact } from '../../../lib/contact/contact';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { copyWordsFor } from '../../../lib/summary/copy-words';
import { familyCopy } from '../../../lib/summary/family-copy';
import { safetyPlanCopy } from '../../../lib/summary/safety-plan-copy';
import { contactArb, settingsArb } from '../pathway/support/arbitraries';
import { PRIVATE_TOPIC_ANYWHERE, scenarioInputs } from './support';

// The copy for the family (issue 13). Readability: Flesch-Kincaid grade level 6 or below, i.e. a
// reading age of about 11 (grade + 5), the top of the 9-11 the issue asks for. Chosen over Flesch
// reading ease because it reads directly as a school year; both are the same two ratios (words per
// sentence, syllables per word). Measured on the words we write: the organisation's service names
// and numbers, the next-visit text and her own safety plan are not ours to simplify.

const config = nationalDefaultConfig;

function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch-Kincaid grade: 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59. Each list item is a sentence. */
export function fleschKincaidGrade(text: string): number {
  const sentences = text.split(/[.!?:\n]+/).map((s) => s.trim()).filter((s) => /[a-z]/i.test(s));
  const words = sentences.flatMap((s) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)));
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syl / words.length) - 15.59;
}

/** Our own words only: leave out the crisis routes (the organisation's names) and her safety plan. */
function ourWords(copy: string): string {
  return copy
    .split('\n')
    .filter((l) => !(l.startsWith('- ') && /:\s*\d|\(/.test(l)) && !l.startsWith('- Next visit'))
    .join('\n')
    .split('MY SAFETY PLAN')[0]!;
}

const decideAll = (contact: Contact, evaluation = evaluateForRecord(pathway, contact)): Contact =>
  applyChanges(
    contact,
    evaluation.outcomes.map((o) => ({ type: 'outcome-decision' as const, decision: { code: o.code, subject: o.subject, status: 'offered' as const, decidedAt: contact.startedAt } })),
  );

describe('the family copy', () => {
  it.each(scenarioInputs.map((i) => [i.scenario.id, i] as const))('[H81-a] %s: reads at Flesch-Kincaid grade 6 or below', (_id, { contact, settings }) => {
    const decided = decideAll(contact, evaluateForRecord(pathway, contact, settings));
    for (const person of ['birthing-parent', 'partner'] as const) {
      const copy = familyCopy({ contact: decided, evaluation: evaluateForRecord(pathway, decided, settings), config }, person);
      expect(fleschKincaidGrade(ourWords(copy))).toBeLessThanOrEqual(6);
    }
  });

  // Measured as the test measures every copy: the whole copy in our words. The plan's help line
  // alone ("If I feel unsafe, or cannot keep myself or anyone in my care safe, I will get help
  // now:") is one 19-word sentence at grade 6.1 (the default's is 5.6); the plan copy reads at 2.3.
  it('[H81-a] after a baby has died: her and the partner’s copies, and the safety-plan copy, read at grade 6 or below (specialist review of H119, should-fix 9)', () => {
    const decided = decideAll(
      buildContact({
        contactType: 'hv-6-8-weeks',
        now: '2026-03-02T10:00:00.000Z',
        presence: { partner: true },
        situation: { babySituation: 'died' },
        answers: { 'birthing-parent': { 'red-flags.harm-self-thoughts': 'yes' } },
      }),
    );
    const plan = { madeTogether: true, warningSigns: '', coping: '', people: '', professionals: '', keepingSafe: 'Pills locked away.', updatedAt: '2026-03-02T10:20:00.000Z' };
    const contact: Contact = { ...decided, safetyPlan: plan };
    for (const person of ['birthing-parent', 'partner'] as const) {
      const copy = familyCopy({ contact: decided, evaluation: evaluateForRecord(pathway, decided), config }, person);
      expect(copy).toContain('Call 999 if you or anyone with you is in danger now.');
      expect(fleschKincaidGrade(ourWords(copy))).toBeLessThanOrEqual(6);
    }
    const planCopy = safetyPlanCopy(contact, config) ?? '';
    expect(planCopy).toContain(copyWordsFor(contact).planGetHelp);
    expect(fleschKincaidGrade(planCopy.split('\n').filter((l) => !(l.startsWith('- ') && /:\s*\d|\(/.test(l))).join('\n'))).toBeLessThanOrEqual(6);
  });

  it('[H81-b] says what we talked about, what happens next and where to get help at any hour', () => {
    const input = scenarioInputs.find((i) => i.scenario.id === '02-booking-partner-present-positive-whooley')!;
    const contact = decideAll(input.contact, input.evaluation);
    const copy = familyCopy({ contact, evaluation: evaluateForRecord(pathway, contact, input.settings), config });
    expect(copy).toContain('What we talked about:\n- Some questions about your mood and worries.');
    expect(copy).toContain('- See your GP to talk about how you feel.');
    expect(copy).toContain('Help at any time of day or night:\n');
    expect(copy).toContain('- NHS 111 or the out-of-hours service: 111');
    expect(copy).toContain('- Call 999 if you or your baby are in danger now.');
  });

  it('[H81-c] carries her safety plan when one was made', () => {
    const input = scenarioInputs.find((i) => i.scenario.id === '30-six-weeks-item-10-safety-plan')!;
    const copy = familyCopy({ contact: input.contact, evaluation: input.evaluation, config });
    expect(copy).toContain('MY SAFETY PLAN');
    expect(familyCopy({ contact: input.contact, evaluation: input.evaluation, config }, 'partner')).not.toContain('MY SAFETY PLAN');
  });

  it('[H81-d] never names safeguarding (O10), even when it was agreed', () => {
    const input = scenarioInputs.find((i) => i.scenario.id === '31-six-weeks-acted-on-angry-feelings')!;
    const contact = decideAll(input.contact, input.evaluation);
    const copy = familyCopy({ contact, evaluation: evaluateForRecord(pathway, contact, input.settings), config });
    expect(copy).not.toMatch(/safeguard|social care|MASH/i);
    expect(copy).toContain('Urgent help today from the crisis team.');
  });

  it('[H81-d] takes its plain words from the outcome data: every outcome has them except safeguarding (O10), which has none', () => {
    expect(pathway.outcomes.filter((o) => !o.familyWords).map((o) => o.code)).toEqual(['O10']);
    for (const outcome of pathway.outcomes) expect(outcome.familyWords ?? '', outcome.code).not.toMatch(/safeguard|social care|MASH|abuse/i);
  });

  /** The contact without anything the family copy must never reflect. */
  const withoutPrivateAndPartner = (contact: Contact): Contact => ({
    ...contact,
    answers: Object.fromEntries(
      Object.entries(contact.answers).filter(([key]) => !key.startsWith('partner/') && !/\/(partner-report|domestic-abuse)\./.test(key)),
    ),
  });

  it('[H81-e] property: her copy never carries domestic-abuse content, the partner’s answers or her report about the partner', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (generated, settings) => {
        const contact = decideAll(generated, evaluateForRecord(pathway, generated, settings));
        const copy = familyCopy({ contact, evaluation: evaluateForRecord(pathway, contact, settings), config });
        expect(copy).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
        // The same copy whatever the partner said, whatever she said about the partner, whatever was disclosed.
        const stripped = withoutPrivateAndPartner(generated);
        const strippedDecided = { ...stripped, outcomeDecisions: Object.fromEntries(Object.entries(contact.outcomeDecisions).filter(([k]) => !k.startsWith('partner/'))) };
        const topics = (c: string) => c.split('What happens next:')[0];
        expect(topics(copy)).toBe(topics(familyCopy({ contact: strippedDecided, evaluation: evaluateForRecord(pathway, strippedDecided, settings), config })));
      }),
      { numRuns: 150 },
    );
  });

  it('[H81-e] property: the partner’s copy carries only their own topics, never hers', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const copy = familyCopy({ contact, evaluation: evaluateForRecord(pathway, contact, settings), config }, 'partner');
        expect(copy).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
        expect(copy).not.toContain('You and your baby.');
        expect(copy).not.toContain('Things in your life');
        expect(copy).not.toContain('MY SAFETY PLAN');
      }),
      { numRuns: 100 },
    );
  });
});
