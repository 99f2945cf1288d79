import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEST_PASSPHRASE } from './pages/side-panel';
import { noConcerns } from './support/answer-plans';
import { launch, openSidePanel } from './support/extension';

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el.closest('label')?.textContent;
      return `${el.getAttribute('aria-label') ?? ''} ${label ?? ''} ${el.textContent ?? ''}`.trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('keyboard only', () => {
  it('[H25-f] completes contact (a), HV new birth visit with both parents and no concerns, without the mouse', async () => {
    const launched = await launch();
    const { page, panel } = await openSidePanel(launched);

    await panel.heading(2, 'Set a passphrase').waitFor();
    // The field takes focus in an effect after the screen renders: type only once it has.
    await expect.poll(() => page.getByLabel('Passphrase', { exact: true }).evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type(TEST_PASSPHRASE);
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSPHRASE);
    await page.keyboard.press('Enter');
    await panel.heading(2, 'Start a contact').waitFor();

    await tabTo(page, /Health visitor/);
    await tabTo(page, /Antenatal contact/);
    await page.keyboard.press('ArrowDown'); // radio groups move with the arrow keys
    expect(await page.getByRole('radio', { name: /^New birth visit/ }).isChecked()).toBe(true);
    await tabTo(page, /Partner or co-parent/);
    await page.keyboard.press('Space');
    await tabTo(page, /Start contact/);
    await page.keyboard.press('Enter');
    await panel.questionHeading().waitFor();
    // Shortcuts act once the question has taken focus (its key listener is attached in the same flush).
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('section.question-card h2') ?? false)).toBe(true);

    const asked = await panel.answerAll(noConcerns, { byKeyboard: true });
    expect(asked.length).toBeGreaterThan(10);

    await panel.heading(2, 'Outcome').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Outcome');
    await tabTo(page, /Universal information given: write the summary/);
    await page.keyboard.press('Enter');
    await panel.heading(2, 'Summary').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Summary');
  });
});
