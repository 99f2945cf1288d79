import { describe, expect, it } from 'vitest';
import { buildContact } from '../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../lib/pathway/evaluate';
import { pathway } from '../../lib/pathway/pathway';
import { summaryText } from '../../lib/summary/summary-text';
import { noConcerns, plan } from './support/answer-plans';
import { launch, openSidePanel } from './support/extension';
import type { SidePanel } from './pages/side-panel';
import { section, unwrapped } from './pages/summary-text';

// Pathway 2026.4.0 (issue 11) in the built side panel: the contact's situation recorded at the
// start (the baby, the baby's age or weeks of pregnancy, language and interpreter), the history a
// booking needs, screening once per recall window, and both parents in Ask next. axe runs on the
// start form with its new fields and on the prompts.

async function readyPanel(): Promise<SidePanel> {
  const launched = await launch();
  const { panel } = await openSidePanel(launched);
  await panel.setPassphrase();
  return panel;
}

async function expectNoAxeViolations(panel: SidePanel, screen: string) {
  expect(await panel.accessibilityViolations(), `axe on ${screen}`).toEqual([]);
}

const whooleyOne = /^During the past month, have you often been bothered by feeling down/;
const babyQuestions = [/^How are things going between you and your baby/, /^Parent and baby together/, /^Do you ever feel angry with the baby/];

describe('the contact’s situation, timing, both parents and language (pathway 2026.4.0)', () => {
  it('[H66-c] a booking with a previous suicide attempt and medication stopped on learning of the pregnancy', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Midwife', type: /^Booking appointment/, gestationWeeks: 8 });
    const asked = await panel.answerAll(
      plan(
        [
          ['Previous self-harm or suicide attempt', 'Yes'],
          ['Medication for her mental health', /^Stopped recently/],
        ],
        noConcerns,
      ),
    );
    expect(asked).toEqual(expect.arrayContaining(['Previous self-harm or suicide attempt', 'Medication for her mental health', 'Depression or anxiety in or after an earlier pregnancy']));
    // History alone raises no red-flag card: prompts, and the GP for medication advice.
    expect(await panel.redFlagCard().count()).toBe(0);
    const prompts = (await panel.prompts()).join('\n');
    expect(prompts).toMatch(/stopping psychiatric medication abruptly needs prompt advice from her prescriber or GP/);
    expect(prompts).toMatch(/Previous self-harm or suicide attempt: ask directly and kindly/);
    await panel.heading(2, 'Outcome').waitFor();
    await expect.poll(() => panel.outcomeCard('O5', 'birthing parent').isVisible()).toBe(true);
    await panel.decideOutcome('O5', 'birthing parent', 'Offered');
    await panel.finish();
    const text = unwrapped(await panel.summaryText());
    expect(text).toMatch(/Weeks of pregnancy at the start of the contact: 8/);
    expect(text).toMatch(/Medication for her mental health: Stopped recently/);
    expect(text).toMatch(/Previous self-harm or suicide attempt: Yes/);
  });

  it('[H60-d] a new birth visit with the baby still in the neonatal unit: no observation, neonatal stress considered', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^New birth visit/, baby: /^In the neonatal unit/, babyAge: { value: 12, unit: 'days' } });
    await expectNoAxeViolations(panel, 'a question with prompts');
    const asked = await panel.answerAll(noConcerns);
    expect(asked.some((q) => /^Parent and baby together/.test(q))).toBe(false);
    expect(asked).toContain('How are things going between you and your baby?');
    expect((await panel.prompts()).join('\n')).toMatch(/neonatal unit or in hospital: ask each parent how they are coping/);
    await panel.heading(2, 'Outcome').waitFor();
    await expect.poll(() => panel.outcomeCard('O7', 'birthing parent').isVisible()).toBe(true);
    await panel.finish();
    const text = unwrapped(await panel.summaryText());
    expect(text).toMatch(/Baby: in the neonatal unit or in hospital/);
    expect(text).toMatch(/Baby's age at the start of the contact: 12 days/);
    const notAsked = section(text, 'NOT ASKED, AND WHY');
    expect(notAsked).toMatch(/Your observation of parent and baby: not applicable because the baby is in the neonatal unit/);
    expect(notAsked).not.toMatch(/baby[^\n]*no reason recorded/i);
  });

  it('[H61-c] a bereavement contact after a stillbirth, both parents present: no baby questions, support for both', async () => {
    const panel = await readyPanel();
    await panel.startContact({
      role: 'Midwife',
      type: /^Postnatal contact/,
      baby: /^Has died/,
      babyAge: { value: 4, unit: 'days' },
      alsoInTheRoom: ['Partner or co-parent'],
    });
    const asked = await panel.answerAll(noConcerns);
    for (const question of babyQuestions) expect(asked.some((q) => question.test(q))).toBe(false);
    // Both parents are still asked how they are (and the partner screened, having agreed).
    expect(asked.filter((q) => q === 'How have you been feeling emotionally?')).toHaveLength(2);
    expect(await panel.redFlagCard().count()).toBe(0);
    const prompts = (await panel.prompts()).join('\n');
    expect(prompts).toMatch(/The baby has died\. Offer bereavement support to each parent.*\(both parents\)/);
    expect(prompts).toMatch(/be more alert to suicide risk in both parents.*\(both parents\)/);
    await panel.heading(2, 'Outcome').waitFor();
    await expect.poll(() => panel.outcomeCard('O7', 'birthing parent').isVisible()).toBe(true);
    // The Maternal Mental Health Service sees her; the partner is offered the GP instead (H45-b).
    await expect.poll(() => panel.outcomeCard('O5', 'partner or co-parent').isVisible()).toBe(true);
    expect(await panel.outcomeCard('O7', 'partner or co-parent').count()).toBe(0);
    // No universal baby-care information (O1: groups, infant massage) after a death, for either parent (H108).
    for (const who of ['birthing parent', 'partner or co-parent'] as const) expect(await panel.outcomeCard('O1', who).count()).toBe(0);
    await expectNoAxeViolations(panel, 'the outcome step after a loss');
    await panel.finish();
    const text = unwrapped(await panel.summaryText());
    expect(text).toMatch(/Baby: has died/);
    expect(text).not.toMatch(/O1 Universal information/);
    expect(section(text, 'BABY AND RELATIONSHIP')).toMatch(/Questions about the baby: not applicable because the baby has died/);
  });

  it('[H63-d] an FNP infancy visit at 12 days asks the since-birth items, with one "still there" option', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Family Nurse Partnership nurse', type: /^Infancy visit/, babyAge: { value: 12, unit: 'days' } });
    await panel.answerAll(noConcerns, { stopAt: /^Low mood, tearfulness or anxiety since the birth/ });
    expect(await panel.questionText()).toMatch(/^Low mood, tearfulness or anxiety since the birth/);
    expect(await panel.optionLabels()).toEqual(['None', 'Had them, now passed', 'Still there']);
    const asked = await panel.answerAll(noConcerns);
    expect(asked).toContain('How does she feel about the birth?');
    expect((await panel.prompts()).join('\n')).toMatch(/^Information: Under 10 weeks after the birth/m);
  });

  it('[H64-d] a day-5 midwife visit after the day-3 summary is loaded: Whooley and GAD-2 are not asked again', async () => {
    // The day-3 visit's summary, made two days before now (the panel runs on the real clock).
    const dayThree = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
    const first = buildContact({
      contactType: 'midwife-postnatal',
      id: 'contact-day-3',
      now: dayThree,
      situation: { babyAgeDays: 3 },
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'no-concerns',
          'whooley.1': 'no',
          'whooley.2': 'no',
          'gad-2.1': 'not-at-all',
          'gad-2.2': 'not-at-all',
          'postnatal.baby-blues': 'none',
          'postnatal.birth-experience': 'positive',
        },
      },
    });
    const daythreeSummary = summaryText({ contact: first, evaluation: evaluateForRecord(pathway, first), options: { lineWidth: 80 } });

    const panel = await readyPanel();
    await panel.startContact({ role: 'Midwife', type: /^Postnatal contact/, babyAge: { value: 5, unit: 'days' } });
    await panel.loadStorySoFar(daythreeSummary);
    await panel.askNext();
    const asked = await panel.answerAll(noConcerns);
    expect(asked.some((q) => whooleyOne.test(q))).toBe(false);
    expect(asked).not.toContain('Feeling nervous, anxious or on edge');
    await panel.openSection('Birthing parent');
    expect(await panel.answerShownFor(whooleyOne)).toMatch(/^Asked .+ \(Midwife\): not due again$/);
    await panel.openSection('Outcome');
    await panel.finish();
    const text = unwrapped(await panel.summaryText());
    expect(section(text, 'ALREADY KNOWN (FROM AN EARLIER CONTACT)')).toMatch(/Earlier result, not today's: \[birthing parent\] Whooley/);
    expect(section(text, 'NOT ASKED, AND WHY')).not.toMatch(/Whooley/);
  });

  it('[H65-g] two parents at the 6–8 week review: the partner’s screening comes through Ask next', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/, babyAge: { value: 6, unit: 'weeks' }, alsoInTheRoom: ['Partner or co-parent'] });
    const asked = await panel.answerAll(noConcerns);
    const consent = asked.findIndex((q) => /^Would you be happy for me to ask you some questions/.test(q));
    const whooleys = asked.map((q, i) => (whooleyOne.test(q) ? i : -1)).filter((i) => i >= 0);
    expect(whooleys).toHaveLength(2);
    // The second Whooley is the partner's, asked after the partner agreed, without opening the section.
    expect(whooleys[1]).toBeGreaterThan(consent);
    expect(asked.some((q) => /^Is the partner happy to talk/.test(q))).toBe(true);
    await panel.heading(2, 'Outcome').waitFor();
    await expect.poll(() => panel.outcomeCard('O1', 'partner or co-parent').isVisible()).toBe(true);
    await panel.finishWithUniversalInformation();
    const text = unwrapped(await panel.summaryText());
    expect(section(text, 'PARTNER OR CO-PARENT')).toMatch(/\[partner\] Whooley/);
    expect(text).toMatch(/Baby's age at the start of the contact: 42 days/);
  });

  it('[H68-b] a booking with a professional interpreter: the private enquiry can be asked through them', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Midwife', type: /^Booking appointment/, language: 'Polish', interpreter: 'Professional interpreter' });
    const before = await panel.answerAll(noConcerns, { stopAt: whooleyOne });
    await panel.recordTranslation(false);
    await expectNoAxeViolations(panel, 'an instrument question with the translation choice');
    const asked = [...before, ...(await panel.answerAll(noConcerns))];
    expect(asked.some((q) => /^Routine enquiry/.test(q))).toBe(true);
    expect((await panel.prompts()).join('\n')).toMatch(/professional interpreter is bound by confidentiality/);
    await panel.heading(2, 'Outcome').waitFor();
    await panel.finish();
    const text = unwrapped(await panel.summaryText());
    expect(text).toMatch(/Preferred language: Polish/);
    expect(text).toMatch(/Interpreter: professional interpreter/);
    expect(text).toMatch(/Birthing parent seen alone: yes/);
    expect(text).toMatch(/Validated translation used \(birthing parent\): WHOOLEY no/);
  });
});
