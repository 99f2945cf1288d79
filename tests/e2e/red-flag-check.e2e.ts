import { describe, expect, it } from 'vitest';
import { epdsLowWithItemTen, noConcerns, plan, riskEnquiryPassive } from './support/answer-plans';
import { launch, openSidePanel } from './support/extension';
import { NONE_OF_THESE, type SidePanel } from './pages/side-panel';
import { unwrapped } from './pages/summary-text';

// The itemised red-flag check, the informant, and cards that fit their level (issue 10 items 4 and
// 9), driven as a practitioner would in the built side panel.

async function readyPanel(): Promise<SidePanel> {
  const launched = await launch();
  const { panel } = await openSidePanel(launched);
  await panel.setPassphrase();
  return panel;
}

async function expectNoAxeViolations(panel: SidePanel, screen: string) {
  expect(await panel.accessibilityViolations(), `axe on ${screen}`).toEqual([]);
}

describe('the red-flag check in the side panel', () => {
  it('[H50-e] a partner reporting that she is not her usual self raises red flag 1, and the check reads "seen" beside it', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/, alsoInTheRoom: ['Partner or co-parent'] });
    await panel.answerAll(plan([[/^Ask the partner or relative: has she seemed unlike her usual self/, 'Yes: a marked change, out of character']], noConcerns));

    const card = panel.redFlagCard();
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toMatch(/Red flag: act now/);
    expect(text).toMatch(/Recent significant change in mental state/);
    await expectNoAxeViolations(panel, 'the card raised by an informant');
    await panel.acknowledgeRedFlag();

    // The check's own item is already raised: it says so, and "none of these" is offered for the rest.
    expect(await panel.questionText()).toBe('Recent significant change in mental state, or emergence of new symptoms');
    expect(await panel.questionCard().innerText()).toMatch(/Already raised/);
    await panel.reportedBy('Partner or relative', 'Your observation');
    await panel.answerAll(
      plan(
        [
          [/^Recent significant change in mental state/, 'Seen or reported'],
          [/^New thoughts or acts of violent self-harm/, NONE_OF_THESE],
        ],
        noConcerns,
      ),
    );
    if (await panel.redFlagCard().isVisible()) await panel.acknowledgeRedFlag();
    await panel.heading(2, 'Outcome').waitFor();
    await panel.finish();
    const summary = unwrapped(await panel.summaryText());
    expect(summary).toContain("[partner or relative's report] Has she seemed unlike her usual self recently (partner or relative asked): Yes: a marked change, out of character");
    expect(summary).toMatch(/\[observed\] Recent significant change in mental state or new symptoms: SEEN - raised by \[partner or relative's report\]/);
    expect(summary).not.toMatch(/none of these seen/i);
  });

  it('[H52-e] a relationship answer raising flag 3 after the check said none seen updates the check', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/ });
    await panel.answerAll(plan([['Parent and baby together', /^New and persistent estrangement/]], noConcerns));

    const card = panel.redFlagCard();
    await card.waitFor();
    expect(await card.innerText()).toMatch(/New and persistent expressions of incompetency as a mother or estrangement from the infant/);
    await panel.acknowledgeRedFlag();
    await panel.answerAll(noConcerns);

    await panel.openSection('Birthing parent');
    expect(await panel.answerShownFor(/^New and persistent expressions of incompetency/)).toBe('Seen: raised by another answer');
    await expectNoAxeViolations(panel, 'the section with a raised check item');
    await panel.openSection('Outcome');
    await panel.finish();
    const summary = unwrapped(await panel.summaryText());
    expect(summary).toMatch(/estrangement from the infant: SEEN - raised by \[observed\] Parent and baby together/);
    expect(summary).toMatch(/Red-flag check, not seen \(from her own account and observation\)/);
    expect(summary).not.toMatch(/none of these seen/i);
  });

  it('[H53-e] a private disclosure, then the partner walks in: no card or banner ever names the topic', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Family Nurse Partnership nurse', type: /infancy visit/i });
    await panel.answerAll(noConcerns, { stopAt: /^Routine enquiry/ });
    await panel.answer('Asked: disclosure made');

    const card = panel.redFlagCard();
    await card.waitFor();
    const cardText = await card.innerText();
    // Alone, but someone can walk in before the panel is told: the card names no topic and no rule.
    expect(cardText).toMatch(/Private question: follow it up/);
    expect(cardText).not.toMatch(/abuse|SG-DA|domestic/i);
    await expectNoAxeViolations(panel, 'the neutral card');
    await panel.acknowledgeRedFlag();
    expect(await panel.flagStrip().innerText()).toMatch(/Private question: follow it up/);
    expect(await panel.flagStrip().innerText()).not.toMatch(/abuse|domestic/i);

    await panel.changeWhoIsInTheRoom('Partner or co-parent', true);
    await expect.poll(async () => (await panel.screenText()).match(/abuse|domestic/i)).toBeNull();
    expect(await panel.flagStrip().count()).toBe(0);
  });

  it('[H56-f] a safety plan made together reaches the summary, and her copy holds only the plan and the crisis numbers', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/ });
    const answers = plan([[/^During the past month, have you often been bothered by feeling down/, 'Yes']], [[/^Has disclosed thoughts of harming themselves/, 'Yes']], epdsLowWithItemTen, riskEnquiryPassive, noConcerns);
    for (let round = 0; round < 4; round++) {
      await panel.answerAll(answers);
      if (!(await panel.redFlagCard().isVisible())) break;
      await panel.acknowledgeRedFlag();
    }
    await panel.heading(2, 'Outcome').waitFor();
    await panel.makeSafetyPlan({
      'Warning signs': 'Stops sleeping even when the baby sleeps',
      Coping: 'A walk with the pram',
      'People she can talk to': 'Her sister',
      'Keeping herself and the baby safe': 'Her sister takes the baby if she feels unsafe',
    });
    await expectNoAxeViolations(panel, 'the outcome step with the safety plan');
    await panel.finish();
    const summary = unwrapped(await panel.summaryText());
    expect(summary).toContain('SAFETY PLAN (MADE TOGETHER)');
    expect(summary).toContain('Warning signs: Stops sleeping even when the baby sleeps');
    const copy = await panel.parentCopyText();
    expect(copy.split('\n')[0]).toBe('MY SAFETY PLAN');
    expect(copy).toContain('Her sister takes the baby if she feels unsafe');
    expect(copy).toContain('999');
    expect(copy).not.toMatch(/EPDS|Whooley|abuse|domestic|routine enquiry|E4|O10/i);
    await expectNoAxeViolations(panel, 'the summary with her copy');
  }, 150_000);
});
