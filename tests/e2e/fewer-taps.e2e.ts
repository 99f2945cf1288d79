import { describe, expect, it } from 'vitest';
import { noConcerns, plan } from './support/answer-plans';
import { NONE_OF_THESE_NO } from './pages/side-panel';
import { launch, openSidePanel } from './support/extension';
import type { SidePanel } from './pages/side-panel';

// Issue 13, fewer taps, in the built side panel: a measure made due is asked next, a whole measure
// declined in one action (and undone), a short note on an answer, the grouped outcome card, and
// "None of these: No to each" on her history checklist (H89).

async function readyPanel(): Promise<SidePanel> {
  const launched = await launch();
  const { panel } = await openSidePanel(launched);
  await panel.setPassphrase();
  return panel;
}

const whooleyYes = plan([[/^During the past month, have you often been bothered by feeling down/, 'Yes']]);
const EPDS_FIRST = /^I have been able to laugh/;
const SMI = /^Past or present severe mental illness/;

describe('fewer taps in the side panel', () => {
  it('[H85-d] Whooley positive asks the EPDS next; the whole EPDS declined in one action, undone, declined again; a note on an answer', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/ });
    const asked = await panel.answerAll(plan(whooleyYes, noConcerns), { stopAt: EPDS_FIRST });
    // The EPDS comes straight after the Whooley questions, before the GAD-2 and the rest.
    expect(asked.at(-1)).toMatch(/^During the past month, have you often been bothered by having little interest/);
    expect(asked.some((q) => q === 'Feeling nervous, anxious or on edge')).toBe(false);
    expect(await panel.questionContext()).toMatch(/EPDS/);

    // A short note on the answer just given: back to it, add the note, on again.
    await panel.back();
    await panel.addNote('Low since her mother moved away in October');
    expect(await panel.accessibilityViolations(), 'axe on a question with a note').toEqual([]);
    await panel.next();
    expect(await panel.questionText()).toMatch(EPDS_FIRST);

    // One action records all ten items as declined; the risk stays "not known" (an E0 notice, no E2 card).
    panel.interactions = 0;
    await panel.declineWholeMeasure('EPDS');
    expect(panel.interactions).toBe(1);
    if (await panel.redFlagCard().isVisible()) {
      const card = await panel.redFlagCardText();
      expect(card).toMatch(/self-harm risk not known/);
      expect(card).not.toMatch(/E2|E3|E4|E5/);
      await panel.acknowledgeRedFlag();
    }
    expect(await panel.wholeMeasureStatus()).toBe('EPDS: declined as a whole, recorded for 10 items.');
    expect(await panel.accessibilityViolations(), 'axe after a whole-measure action').toEqual([]);

    // Undo: every item is unanswered again and the panel is back on the first.
    await panel.undoWholeMeasure();
    await expect.poll(() => panel.questionText()).toMatch(EPDS_FIRST);
    expect(await panel.wholeMeasureStatus()).toBe('');

    await panel.declineWholeMeasure('EPDS');
    if (await panel.redFlagCard().isVisible()) await panel.acknowledgeRedFlag();
    await panel.answerAll(noConcerns);
    await panel.heading(2, 'Outcome').waitFor();
    await panel.finish();
    const summary = (await panel.summaryText()).replace(/\s+/g, ' ');
    expect(summary).toContain('EPDS declined as a whole: self-harm risk not known');
    expect(summary).toMatch(/EPDS item 10 not answered: self-harm risk not known/);
    expect(summary).not.toMatch(/No red flags/i);
  });

  it('[H87-c] partner not seen: the partner’s routine outcomes are one decision on one card, and each can still be decided', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/ });
    await panel.answerAll(plan(whooleyYes, noConcerns), { stopAt: EPDS_FIRST });
    await panel.notAskWholeMeasure('EPDS', 'Ran out of time');
    if (await panel.redFlagCard().isVisible()) await panel.acknowledgeRedFlag();
    await panel.answerAll(noConcerns);
    await panel.heading(2, 'Outcome').waitFor();
    expect(await panel.accessibilityViolations(), 'axe on the outcome step with a grouped card').toEqual([]);
    expect(await panel.groupedOutcomes()).toContain('O4 O12 O14');

    panel.interactions = 0;
    await panel.decideOutcomeGroup('O4', 'partner or co-parent', 'Offered');
    expect(panel.interactions).toBe(1);
    // Expand and decide one differently; the others keep the group's decision.
    await panel.decideOutcome('O14', 'partner or co-parent', 'Not appropriate');
    expect(await panel.isOutcomeDecided('O4', 'partner or co-parent', 'Offered')).toBe(true);
    expect(await panel.isOutcomeDecided('O12', 'partner or co-parent', 'Offered')).toBe(true);
    expect(await panel.isOutcomeDecided('O14', 'partner or co-parent', 'Not appropriate')).toBe(true);

    await panel.finish();
    const summary = (await panel.summaryText()).replace(/\s+/g, ' ');
    expect(summary).toContain('EPDS not asked as a whole: self-harm risk not known');
  });
  it('[H89-h] her history: "None of these" lists what it answers, is one action, is undone in one, leaves the self-harm item to be asked, and the summary says how it was recorded', async () => {
    const panel = await readyPanel();
    await panel.startContact({ type: /^New birth visit/, alsoInTheRoom: ['Partner or co-parent'] });
    await panel.answerAll(noConcerns, { stopAt: SMI });
    expect(await panel.questionText()).toMatch(SMI);
    const covers = await panel.noneOfTheseCovers();
    expect(covers).toHaveLength(6);
    expect(covers.some((text) => /self-harm/i.test(text))).toBe(false);
    expect(await panel.accessibilityViolations(), 'axe on a history item with "None of these"').toEqual([]);

    panel.interactions = 0;
    await panel.answer(NONE_OF_THESE_NO);
    expect(panel.interactions).toBe(1);
    expect(await panel.questionText()).toBe('Previous self-harm or suicide attempt');
    expect(await panel.wholeMeasureStatus()).toBe('Mental health history: “None of these: No to each” recorded for 6 items.');
    expect(await panel.accessibilityViolations(), 'axe after "None of these"').toEqual([]);

    // Undo: every item it answered is unanswered again and the panel is back on the first.
    await panel.undoWholeMeasure();
    await expect.poll(() => panel.questionText()).toMatch(SMI);
    expect(await panel.noneOfTheseCovers()).toHaveLength(6);

    // Again, by keyboard (0), then the rest.
    await panel.answerWithKey('0');
    expect(await panel.questionText()).toBe('Previous self-harm or suicide attempt');
    await panel.answerAll(noConcerns);
    await panel.finishWithUniversalInformation();
    const summary = (await panel.summaryText()).replace(/\s+/g, ' ');
    expect(summary).toContain('Past or present severe mental illness: No (recorded with "none of these")');
    expect(summary).toContain('Medication for her mental health: No (recorded with "none of these")');
    expect(summary).toMatch(/Previous self-harm or suicide attempt: No(?! \(recorded)/);
  });
});
