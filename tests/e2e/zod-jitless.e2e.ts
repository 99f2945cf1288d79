import { describe, expect, it } from 'vitest';
import { launch } from './support/extension';
import { watchStringEvaluation } from './support/csp-violations';
import { OptionsPage } from './pages/options-page';
import { SidePanel } from './pages/side-panel';

// Issue 17 moved the panel's schemas from classic Zod to Zod Mini. Classic Zod's object schemas
// probe `new Function` when they are built, and compile parsers with it, unless Zod runs jitless
// (lib/platform/zod-jitless.ts, imported first by each page); Zod Mini's objects never compile.
// The extension's CSP has no 'unsafe-eval', so the probe is refused and reported. This guards both:
// a schema built before the setting applies, or classic Zod back on a page without it, shows up
// here. Each page below builds schemas and validates: the panel resolves the configuration at start
// and decodes a stored contact on resume; the options page checks a pasted configuration. (Checked
// by mutation: one classic schema on the panel with `jitless: false` fails this test.)

const PASTED = JSON.stringify({ configVersion: 1, organisationName: 'Jitless Trust', services: [{ id: 'talking-therapies', name: 'Talking Therapies', outcomes: ['O4'], forWhom: 'birthing-parent' }] });

describe('validation under the extension’s CSP', () => {
  it('[H100-c] the built panel and options page validate stored contacts and configurations without evaluating a string as code', async () => {
    const launched = await launch();
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    const panelViolations = await watchStringEvaluation(page);
    await page.goto(launched.sidePanelUrl);
    const panel = new SidePanel(page);
    await panel.setPassphrase();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/, label: 'Jitless visit' });
    // A fresh start of the panel (still unlocked in this session) lists the draft; resuming decodes it.
    await page.reload();
    await panel.heading(2, 'Start a contact').waitFor();
    await panel.resumeContact('Jitless visit');
    expect(await panel.questionText()).not.toBe('');

    const optionsTab = await launched.context.newPage();
    const optionsViolations = await watchStringEvaluation(optionsTab);
    const options = await OptionsPage.open(optionsTab, launched.optionsUrl);
    await options.paste(PASTED);
    expect(await options.previewTitle()).toBe('Check the changes from the pasted configuration');

    expect(await panelViolations()).toEqual([]);
    expect(await optionsViolations()).toEqual([]);
  });
});
