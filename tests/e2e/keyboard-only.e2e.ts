import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE } from './pages/side-panel';
import { noConcerns } from './support/answer-plans';
import { launch, openSidePanel } from './support/extension';

describe('keyboard only', () => {
  it('[H25-f] completes contact (a), HV new birth visit with both parents and no concerns, without the mouse', async () => {
    const launched = await launch();
    const { panel } = await openSidePanel(launched);

    await panel.heading(2, 'Set a passphrase').waitFor();
    // The field takes focus in an effect after the screen renders: type only once it has.
    await expect.poll(() => panel.isFieldFocused('Passphrase')).toBe(true);
    await panel.type(TEST_PASSPHRASE);
    await panel.press('Tab');
    await panel.type(TEST_PASSPHRASE);
    await panel.press('Enter');
    await panel.heading(2, 'Start a contact').waitFor();

    await panel.tabUntil(/Health visitor/);
    await panel.tabUntil(/Antenatal contact/);
    await panel.press('ArrowDown'); // radio groups move with the arrow keys
    expect(await panel.isContactTypeChosen(/^New birth visit/)).toBe(true);
    await panel.tabUntil(/Partner or co-parent/);
    await panel.press('Space');
    await panel.tabUntil(/Start contact/);
    await panel.press('Enter');
    await panel.questionHeading().waitFor();
    // Shortcuts act once the question has taken focus (its key listener is attached in the same flush).
    await expect.poll(() => panel.isQuestionFocused()).toBe(true);

    const asked = await panel.answerAll(noConcerns, { byKeyboard: true });
    expect(asked.length).toBeGreaterThan(10);

    await panel.heading(2, 'Outcome').waitFor();
    await expect.poll(() => panel.focusedText()).toBe('Outcome');
    await panel.tabUntil(/Universal information given: write the summary/);
    await panel.press('Enter');
    await panel.heading(2, 'Summary').waitFor();
    await expect.poll(() => panel.focusedText()).toBe('Summary');
  });
});
