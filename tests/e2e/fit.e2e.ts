import { describe, expect, it } from 'vitest';
import { noConcerns } from './support/answer-plans';
import { launch, openSidePanel } from './support/extension';
import type { SidePanel } from './pages/side-panel';

// Issue 4, fit: usable at 320-480 px wide and at 200% zoom. Zooming a 400 px side panel to 200%
// lays the page out in 200 CSS pixels, so that width stands for it. "Usable" here means nothing is
// cut off sideways: the page never scrolls horizontally (the summary's own box may, on purpose, to
// keep the record's line breaks).

async function horizontalOverflow(panel: SidePanel): Promise<number> {
  return panel.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('the panel at the widths it is used at', () => {
  it.each([320, 480, 200])('fits %i CSS pixels wide on every screen of a contact without scrolling sideways', async (width) => {
    const launched = await launch();
    const { page, panel } = await openSidePanel(launched);
    await page.setViewportSize({ width, height: 800 });
    await panel.setPassphrase();
    expect(await horizontalOverflow(panel), 'home').toBeLessThanOrEqual(0);
    await panel.startContact({ type: /^New birth visit/, alsoInTheRoom: ['Partner or co-parent'] });
    expect(await horizontalOverflow(panel), 'a question').toBeLessThanOrEqual(0);
    await panel.answerAll(noConcerns);
    await panel.heading(2, 'Outcome').waitFor();
    expect(await horizontalOverflow(panel), 'the outcome step').toBeLessThanOrEqual(0);
    await panel.finishWithUniversalInformation();
    expect(await horizontalOverflow(panel), 'the summary').toBeLessThanOrEqual(0);
    // The main action stays on screen, not pushed off the side.
    const copy = panel.button(/^Copy/).first();
    const box = await copy.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
  });
});
