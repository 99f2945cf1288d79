import { describe, expect, it } from 'vitest';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import type { Contact, SafetyPlan } from '../../../lib/contact/contact';
import { buildContact, type ContactSpec, type ResponseSpec } from '../../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { familyCopy } from '../../../lib/summary/family-copy';
import { safetyPlanCopy } from '../../../lib/summary/safety-plan-copy';
import { partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { evaluateSpec, item } from './support/evaluate-spec';

// Pathway 2026.5.0 (hazard H119; perinatal specialist review, CSO open item 12): after a baby has
// died, the red-flag check does not ask about estrangement from, or harm to, the baby (not
// applicable with its reason, never "No"); the family copy, the safety-plan copy and the E0 level
// text do not speak of "the baby" or of universal information. Sources: S23 and S2 (the baby
// situation rules, NA-BABY-DIED), S5 (MBRRACE's flag 3 wording), S8 and S27 (the harm-to-baby item).
// One row per rule and boundary, each naming its source.

const died = { babySituation: 'died', babyAgeDays: 10 } as const;
const her = (situation: ContactSpec['situation'], answers: Record<string, ResponseSpec> = {}): ContactSpec => ({
  contactType: 'hv-new-birth',
  ...(situation ? { situation } : {}),
  answers: { 'birthing-parent': answers },
});
const both = (situation: ContactSpec['situation']): ContactSpec => ({
  contactType: 'hv-new-birth',
  presence: { partner: true },
  ...(situation ? { situation } : {}),
  answers: { 'birthing-parent': { 'privacy.talk-with-others-present': 'yes' }, partner: { 'partner.consent-screening': 'yes-share', 'red-flags.partner-check': 'present-or-unsure' } },
});
const hiddenEntry = (spec: ContactSpec, key: string) =>
  evaluateSpec(spec).sections.flatMap((s) => s.hidden).find((h) => h.keys.includes(key as never));

describe('[H119-a] after a death the red-flag check does not ask about the baby: not applicable, with the reason, never "No"', () => {
  type Row = [what: string, spec: ContactSpec, key: string, expected: 'not-applicable' | 'asked', source: string];
  const rows: Row[] = [
    ['her estrangement from the infant (MBRRACE flag 3), baby died', her(died), 'birthing-parent/red-flags.incompetence-estrangement', 'not-applicable', 'S5, S23'],
    // Must-fix 4 of the specialist review: the practitioner's own record, never read out, and the only
    // question about harm to a surviving twin or other children: never not applicable.
    ['her thoughts of harming a baby stay, baby died (a surviving twin, other children)', her(died), 'birthing-parent/red-flags.harm-baby-thoughts', 'asked', 'S27, S21, NBCP'],
    ['the partner’s thoughts of harming a baby stay, baby died', both(died), 'partner/red-flags.harm-baby-thoughts', 'asked', 'S27, S21, NBCP'],
    ['boundary: her other red flags stay (imminent danger, self-harm thoughts, sleep), baby died', her(died), 'birthing-parent/red-flags.severe-sleep', 'asked', 'S8'],
    ['boundary: mental state change stays, baby died', her(died), 'birthing-parent/red-flags.mental-state-change', 'asked', 'S5'],
    ['boundary: baby with the parents: estrangement asked', her(undefined), 'birthing-parent/red-flags.incompetence-estrangement', 'asked', 'S5'],
    ['boundary: baby in the neonatal unit: estrangement asked', her({ babySituation: 'neonatal-unit', babyAgeDays: 10 }), 'birthing-parent/red-flags.incompetence-estrangement', 'asked', 'S5'],
    ['boundary: baby not in the parents’ care: harm to the baby asked', her({ babySituation: 'not-in-parents-care', babyAgeDays: 10 }), 'birthing-parent/red-flags.harm-baby-thoughts', 'asked', 'S8, S27'],
  ];
  it.each(rows)('%s (%s)', (_what, spec, key, expected) => {
    const evaluation = evaluateSpec(spec);
    if (expected === 'asked') {
      expect(item(evaluation, key as never)).toBeDefined();
      return;
    }
    expect(item(evaluation, key as never)).toBeUndefined();
    const entry = hiddenEntry(spec, key);
    expect(entry?.why).toBe('not-applicable');
    expect(entry?.reason).toBe('Not applicable because the baby has died');
    expect(entry?.ruleId).toBe('NA-BABY-DIED');
    expect(entry?.title).not.toBe('Red-flag check');
  });

  it('an estrangement answer given before the death was recorded is not read as "No", and a "Seen" given then still stands as given (H34)', () => {
    const evaluation = evaluateSpec(her(died, { 'red-flags.incompetence-estrangement': 'yes' }));
    expect(evaluation.answers.some((a) => a.questionId === 'red-flags.incompetence-estrangement')).toBe(false);
    expect(evaluation.flags.some((f) => f.hiddenAnswers?.some((h) => h.key === 'birthing-parent/red-flags.incompetence-estrangement'))).toBe(true);
  });

  it('after a death the harm-to-baby item says how to use it: a surviving baby or other children, never the baby who died (S27, S21, NBCP)', () => {
    const entry = item(evaluateSpec(her(died)), 'birthing-parent/red-flags.harm-baby-thoughts' as never);
    expect(entry?.hint).toMatch(
      /If the baby has died, use this for thoughts of harming a surviving baby or other children in the family; never ask about the baby who has died\.$/,
    );
  });
});

describe('[H119-c] an "Unsure" on MBRRACE flag 3 given before the death was recorded still stands: RF-UNSURE and its handed-over item (specialist review, must-fix 2)', () => {
  type Row = [what: string, spec: ContactSpec, expected: { flag: boolean; outstanding: boolean }, source: string];
  const rows: Row[] = [
    ['estrangement "Unsure", then the baby recorded as died', her(died, { 'red-flags.incompetence-estrangement': 'unsure' }), { flag: true, outstanding: true }, 'H34, H112, S5, S8'],
    ['boundary: estrangement "Unsure", baby with the parents (shown, as before)', her(undefined, { 'red-flags.incompetence-estrangement': 'unsure' }), { flag: true, outstanding: true }, 'S5, H112'],
    ['boundary: estrangement "Not seen", then the baby recorded as died: nothing raised', her(died, { 'red-flags.incompetence-estrangement': 'no' }), { flag: false, outstanding: false }, 'S5'],
    ['boundary: baby died, estrangement never answered: nothing raised', her(died), { flag: false, outstanding: false }, 'S23'],
  ];
  it.each(rows)('%s (%s)', (_what, spec, expected) => {
    const evaluation = evaluateSpec(spec);
    expect(evaluation.flags.some((f) => f.ruleId === 'RF-UNSURE' && f.subject === 'birthing-parent')).toBe(expected.flag);
    expect(evaluation.outstanding.some((o) => o.outstandingRuleId === 'OS-RED-FLAG-UNSURE')).toBe(expected.outstanding);
  });
});

describe('[H119-b] after a death the E0 words, the family copy and the safety-plan copy speak of neither the baby nor universal information', () => {
  const config = nationalDefaultConfig;
  const plan: SafetyPlan = {
    madeTogether: true,
    warningSigns: 'Stops answering the phone.',
    coping: 'A walk with her sister.',
    people: 'Her sister.',
    professionals: 'Health visitor team, weekdays 9 to 5.',
    keepingSafe: 'Medicines kept locked away.',
    updatedAt: '2026-03-02T10:20:00.000Z',
  };
  const contactOf = (spec: ContactSpec): Contact => ({ ...buildContact(spec), safetyPlan: plan });
  const outputs = (spec: ContactSpec) => {
    const contact = contactOf(spec);
    const evaluation = evaluateForRecord(pathway, contact);
    return {
      evaluation,
      level: evaluation.escalation.bySubject.partner.action,
      herCopy: familyCopy({ contact, evaluation, config }),
      partnerCopy: familyCopy({ contact, evaluation, config }, 'partner'),
      planCopy: safetyPlanCopy(contact, config) ?? '',
      record: summaryText({ contact, evaluation, config, options: { lineWidth: 1000 } }),
      partnerRecord: partnerSummaryText({ contact, evaluation, config, options: { lineWidth: 1000 } }),
    };
  };

  type Row = [what: string, output: 'level' | 'herCopy' | 'partnerCopy' | 'planCopy', source: string];
  const rows: Row[] = [
    ['E0 level words (the partner, nothing raised)', 'level', 'S23, S2'],
    ['her copy (with her safety plan)', 'herCopy', 'S23'],
    ['the partner’s copy', 'partnerCopy', 'S23, S15'],
    ['the safety-plan copy', 'planCopy', 'S8, S23'],
  ];
  it.each(rows)('%s: no "baby", no "universal information" (%s)', (_what, output) => {
    const text = outputs(both(died))[output];
    expect(text).not.toMatch(/\bbab(y|ies)\b/i);
    expect(text).not.toMatch(/universal information/i);
  });

  it('the E0 words after a death say what is offered instead (LEVEL-E0-BABY-DIED), in the engine and the written record', () => {
    const { level, partnerRecord } = outputs(both(died));
    expect(level).toBe('Bereavement support for each parent; ask again at the next contact');
    expect(partnerRecord).toMatch(/Level: E0 Routine - Bereavement support for each parent; ask again at the next contact\./);
  });

  it('the record’s safety-plan heading after a death is "Keeping herself and any children in her care safe" (specialist review of H119, should-fix 9)', () => {
    expect(outputs(her(died)).record).toMatch(/Keeping herself and any children in her care safe: Medicines kept locked away\./);
  });

  it('boundary: with the baby, the words are as before (S1, S2, S8)', () => {
    const withBaby = outputs(both(undefined));
    expect(withBaby.level).toBe('Universal information; ask again at the next contact');
    expect(withBaby.planCopy).toMatch(/Keeping myself and my baby safe:/);
    expect(withBaby.planCopy).toMatch(/Call 999 if my baby or I are in danger right now\./);
    expect(withBaby.partnerCopy).toMatch(/Call 999 if you or your baby are in danger now\./);
    expect(withBaby.record).toMatch(/Keeping herself and the baby safe: /);
  });
});

describe('[H119-d] the not-applicable line names whose item it is, stays out of the other parent’s summary, and never sits silently beside a standing answer (specialist review, should-fix)', () => {
  const config = nationalDefaultConfig;
  const texts = (spec: ContactSpec) => {
    const contact = buildContact(spec);
    const evaluation = evaluateForRecord(pathway, contact);
    return {
      record: summaryText({ contact, evaluation, config, options: { lineWidth: 1000 } }),
      partnerRecord: partnerSummaryText({ contact, evaluation, config, options: { lineWidth: 1000 } }),
    };
  };
  const line = '[birthing parent] New and persistent expressions of incompetency as a mother, or estrangement from the infant: not applicable because the baby has died';
  type Row = [what: string, check: () => void, source: string];
  const rows: Row[] = [
    ['family record: tagged with her, the reason said', () => expect(texts(both(died)).record).toContain(`${line}.`), 'S5, S23'],
    ['partner’s own summary: her item is not listed', () => expect(texts(both(died)).partnerRecord).not.toMatch(/estrangement from the infant/), 'S15, S23'],
    ['an earlier "Seen" still stands and the line says so', () => expect(texts(her(died, { 'red-flags.incompetence-estrangement': 'yes' })).record).toContain(`${line}; the earlier answer still stands (see Risk and red flags).`), 'H34, S5'],
  ];
  it.each(rows)('%s (%s)', (_what, check) => check());
});

describe('[H119-e] after a death the suicide-awareness prompt carries the signal the estrangement item no longer asks (S7 ◐, S5, S8; specialist review, should-fix)', () => {
  type Row = [what: string, spec: ContactSpec, expected: boolean, source: string];
  const rows: Row[] = [
    ['baby died: the prompt names pervasive guilt or hopelessness', her(died), true, 'S7, S5, S8'],
    ['boundary: baby with the parents: no such prompt', her(undefined), false, 'S23'],
  ];
  it.each(rows)('%s (%s)', (_what, spec, expected) => {
    const prompt = evaluateSpec(spec).prompts.find((p) => p.ruleId === 'PR-BABY-DIED-SUICIDE-AWARENESS');
    expect(!!prompt).toBe(expected);
    if (expected) expect(prompt?.text).toMatch(/Grief is expected; pervasive guilt or hopelessness is not: ask directly about thoughts of suicide, and treat a new change as a red flag\.$/);
  });
});
