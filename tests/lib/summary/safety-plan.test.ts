import { describe, expect, it } from 'vitest';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import { resolveConfig } from '../../../lib/config/resolve';
import { applyChange } from '../../../lib/contact/contact-change';
import { contactSchema, type Contact, type SafetyPlan } from '../../../lib/contact/contact';
import { buildContact, scores, type ContactSpec } from '../../../lib/pathway/contact-builder';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { safetyPlanDue } from '../../../lib/pathway/safety-plan';
import { safetyPlanCopy } from '../../../lib/summary/safety-plan-copy';
import { partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { unwrapped } from '../../e2e/pages/summary-text';
import { PRIVATE_TOPIC_ANYWHERE } from './support';

// The safety plan as an output (issue 10 item 8; SIGN S8, CG192 1.6.5 S1).

const bp = 'birthing-parent' as const;
const options = { lineWidth: 80, includeHandover: false };
const plan: SafetyPlan = {
  madeTogether: true,
  warningSigns: 'Not sleeping even when the baby sleeps; stops answering the phone.',
  coping: 'A walk with the pram; music.',
  people: 'Her sister, who lives nearby.',
  professionals: 'Health visitor team, weekdays 9 to 5.',
  keepingSafe: 'Her sister has the baby if she feels unsafe; medicines kept locked away.',
  updatedAt: '2026-03-02T10:20:00.000Z',
};
const withPlan = (spec: ContactSpec): Contact => ({ ...buildContact(spec), safetyPlan: plan });

describe('when a safety plan is due (reads the engine’s flags; S8, S1)', () => {
  it.each([
    ['EPDS item 10 above 0', { 'epds.10': scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1])['epds.10']! }, true, 'S8'],
    ['disclosed thoughts of self-harm', { 'red-flags.harm-self-thoughts': 'yes' }, true, 'S8'],
    ['thoughts of harming the baby, wished or intended', { 'red-flags.harm-baby-thoughts': 'yes', 'harm-thoughts.kind': 'wished-or-intended', 'harm-thoughts.unusual-beliefs': 'no' }, true, 'S8'],
    // Pathway 2026.4.0 (risk enquiry): the disclosure alone asks the follow-up first (E2, "ask how they
    // are experienced"); the plan is offered once the follow-up has said what the thoughts are.
    ['thoughts of harming the baby, not yet explored', { 'red-flags.harm-baby-thoughts': 'yes' }, false, 'S8'],
    ['MBRRACE flag 2: violent self-harm', { 'red-flags.violent-self-harm': 'yes' }, true, 'S5, S8'],
    ['severe sleep difficulty alone', { 'red-flags.severe-sleep': 'yes' }, false, 'S8'],
    ['item 10 never', { 'epds.10': scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])['epds.10']! }, false, 'S10'],
    ['nothing raised', {}, false, 'S1'],
  ] as const)('[H56-a] %s → due %s (%s)', (_what, answers, due, _source) => {
    const evaluation = evaluate(pathway, buildContact({ contactType: 'hv-6-8-weeks', answers: { [bp]: answers } }));
    expect(safetyPlanDue(evaluation).due).toBe(due);
  });

  it('[H56-a] is the birthing parent’s: a partner’s own item 10 does not make her plan due', () => {
    const evaluation = evaluate(
      pathway,
      buildContact({ contactType: 'hv-6-8-weeks', presence: { partner: true }, answers: { partner: { 'partner.consent-screening': 'yes-share', ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 2]) } } }),
    );
    expect(safetyPlanDue(evaluation).due).toBe(false);
  });
});

describe('the safety plan in the contact and the summary', () => {
  it('[H56-b] is an optional field: a contact without one parses, and a safety-plan change sets it', () => {
    const contact = buildContact({ contactType: 'hv-6-8-weeks' });
    expect(contactSchema.safeParse(contact).success).toBe(true);
    const changed = applyChange(contact, { type: 'safety-plan', plan, at: plan.updatedAt });
    expect(changed.safetyPlan).toEqual(plan);
    expect(contactSchema.safeParse({ ...changed, safetyPlan: { ...plan, coping: 'x'.repeat(501) } }).success).toBe(false);
  });

  it('[H56-c] is in the summary, with who made it; due but not made says so', () => {
    const spec: ContactSpec = { contactType: 'hv-6-8-weeks', answers: { [bp]: { 'red-flags.harm-self-thoughts': 'yes' } } };
    const made = withPlan(spec);
    const text = unwrapped(summaryText({ contact: made, evaluation: evaluateForRecord(pathway, made), options }));
    expect(text).toContain('SAFETY PLAN (MADE TOGETHER)');
    expect(text).toContain('Made together with her: yes');
    expect(text).toContain('Warning signs: Not sleeping even when the baby sleeps; stops answering the phone.');
    const notMade = buildContact(spec);
    expect(unwrapped(summaryText({ contact: notMade, evaluation: evaluateForRecord(pathway, notMade), options }))).toContain(
      'Safety plan: due (a self-harm risk flag was raised), not recorded in this contact.',
    );
    const nothing = buildContact({ contactType: 'hv-6-8-weeks' });
    expect(summaryText({ contact: nothing, evaluation: evaluateForRecord(pathway, nothing), options })).not.toContain('SAFETY PLAN');
  });
});

describe('her copy of the safety plan', () => {
  it('[H56-d] is plain language: her plan, then the organisation’s crisis routes, ending with 999', () => {
    const config = resolveConfig({
      options: {
        configVersion: 1,
        organisationName: 'Example Community Trust',
        crisisRoutes: [{ id: 'crisis-line', name: 'Example crisis line', phone: '01632 960010', hours: '24 hours', whenToUse: 'Urgent assessment', levels: ['E4', 'E5'] }],
      },
    }).config;
    const copy = safetyPlanCopy(withPlan({ contactType: 'hv-6-8-weeks' }), config)!;
    expect(copy.split('\n').slice(0, 2)).toEqual(['MY SAFETY PLAN', 'Made with my health visitor on 2 Mar 2026.']);
    expect(copy).toContain('Things I can do to help myself cope:\nA walk with the pram; music.');
    expect(copy).toContain('- Example crisis line: 01632 960010 (24 hours)');
    expect(copy.trim().split('\n').at(-1)).toBe('Call 999 if my baby or I are in danger right now.');
    expect(safetyPlanCopy(buildContact({ contactType: 'hv-6-8-weeks' }), config)).toBeNull();
  });

  it('[H56-d] lists only the crisis routes that serve her, not one configured for other adults only', () => {
    const config = resolveConfig({
      options: {
        configVersion: 1,
        organisationName: 'Example Community Trust',
        crisisRoutes: [
          { id: 'perinatal-crisis', name: 'Example perinatal crisis line', whenToUse: 'Perinatal crisis', levels: ['E4', 'E5'], forWhom: 'birthing-parent' },
          { id: 'adult-crisis', name: 'Example adult crisis team', whenToUse: 'Adult crisis', levels: ['E4', 'E5'], forWhom: 'other-adults' },
        ],
      },
    }).config;
    const copy = safetyPlanCopy(withPlan({ contactType: 'hv-6-8-weeks' }), config)!;
    expect(copy).toContain('Example perinatal crisis line');
    expect(copy).not.toContain('Example adult crisis team');
  });

  it('[H56-e] never carries private-question content or the partner’s own answers, whatever the contact holds', () => {
    const contact = withPlan({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: {
        [bp]: { 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'yes', 'partner.involved': 'yes', 'partner-report.wellbeing': 'some-worries', 'red-flags.harm-self-thoughts': 'yes' },
        partner: { 'partner.consent-screening': 'yes-keep-separate', 'whooley.1': 'yes', ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 3]) },
      },
    });
    const marked: Contact = { ...contact, familyWords: 'FAMILY-WORDS-MARKER', plan: 'PLAN-MARKER' };
    const copy = safetyPlanCopy(marked, nationalDefaultConfig)!;
    expect(copy).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
    expect(copy).not.toMatch(/partner|EPDS|Whooley|FAMILY-WORDS-MARKER|PLAN-MARKER|E4|E5|O10|safeguarding/i);
    // The plan's own words are in it; nothing else from the contact is.
    expect(copy).toContain(plan.keepingSafe);
    // And the partner's own summary never carries her plan.
    expect(partnerSummaryText({ contact: marked, evaluation: evaluateForRecord(pathway, marked), options })).not.toContain('SAFETY PLAN');
  });
});
