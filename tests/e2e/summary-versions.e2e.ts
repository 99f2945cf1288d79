import { beforeAll, describe, expect, it } from 'vitest';
import { contactBAnswers } from './support/answer-plans';
import { launch, openSidePanel } from './support/extension';
import type { SidePanel } from './pages/side-panel';
import { sectionHeadings, unwrapped } from './pages/summary-text';
import { ensureDemoBuilt } from '../../scripts/demo-editor-bundle';

// Issue 13 in the built extension: the short version is offered first, the screen shows the
// headline and headed sections, Copy puts exactly the chosen version's text on the clipboard, and
// her copy to keep is copied as shown.

async function finishContactB(panel: SidePanel): Promise<void> {
  await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/, label: 'Versions visit' });
  await panel.answerAll(contactBAnswers);
  await panel.heading(2, 'Outcome').waitFor();
  await panel.decideOutcome('O5', 'birthing parent', 'Done');
  await panel.decideOutcome('O4', 'birthing parent', 'Offered');
  await panel.write('next contact', 'Phone call in one week');
  await panel.finish();
}

beforeAll(async () => {
  await ensureDemoBuilt();
});

describe('the summary in two versions, and her copy', () => {
  it('[H80-f] offers the short version first as headed sections; Copy puts exactly the chosen version on the clipboard, short or detailed; her copy is copied as shown', async () => {
    const launched = await launch();
    await launched.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { panel } = await openSidePanel(launched);
    await panel.setPassphrase();
    await finishContactB(panel);

    expect(await panel.chosenSummaryVersion()).toBe('short');
    const headline = await panel.summaryHeadline();
    expect(headline.length).toBeGreaterThan(0);
    expect(headline.length).toBeLessThanOrEqual(6);
    expect(headline[0]).toMatch(/^Seen: Health visitor: 6-8 week review/);
    // The short version says each thing once (H82): the contact facts and the risk state are in the
    // headline, so it has no contact section and, with no red flag, no risk section.
    expect(headline.some((l) => l.startsWith('Risk: Level '))).toBe(true);
    const headings = await panel.summaryScreenHeadings();
    // Her results, EPDS item 10 and the red-flag check with nothing seen are in the headline too
    // (session 4), so with nothing else to say about her there is no BIRTHING PARENT section either.
    expect(headline.find((l) => l.startsWith('Results: '))).toContain('EPDS item 10: Never (0)');
    expect(headings).toEqual(expect.arrayContaining(['OUTCOME AND REFERRALS', 'NOT ASKED, AND WHY']));
    expect(headings).not.toContain('CONTACT');
    expect(await panel.accessibilityViolations(), 'axe on the summary screen').toEqual([]);

    const copied = async () => {
      const output = panel.recordOutput();
      await output.startCopy();
      await output.confirmCopy();
      await expect.poll(() => output.outcome()).toMatch(/^Summary copied\./);
      return panel.page.evaluate(() => navigator.clipboard.readText());
    };

    const short = await panel.summaryText('short');
    expect(short.split('\n')[0]).toBe('PMH CONTACT SUMMARY (perinatal mental health, short version)');
    // The pasted text wraps long lines; unwrapped, its first lines are the headline shown on screen.
    expect(unwrapped(short).split('\n').slice(1, 1 + headline.length)).toEqual(headline);
    expect(await copied()).toBe(short);

    const detailed = await panel.summaryText('detailed');
    expect(detailed.split('\n')[0]).toBe('PMH CONTACT SUMMARY (perinatal mental health)');
    expect(sectionHeadings(detailed)).toContain('NOT ASKED, AND WHY');
    expect(detailed.split('\n').length).toBeGreaterThan(short.split('\n').length);
    expect(await copied()).toBe(detailed);

    const hers = await panel.familyCopyText('her');
    expect(hers).toContain('What we talked about:');
    expect(hers).toContain('- See your GP to talk about how you feel.');
    expect(hers).toContain('Help at any time of day or night:');
    expect(hers).not.toMatch(/abuse|domestic|violen|partner/i);
    await panel.copyFamilyCopy('her');
    await expect.poll(() => panel.page.evaluate(() => navigator.clipboard.readText())).toBe(hers);
  });
});
