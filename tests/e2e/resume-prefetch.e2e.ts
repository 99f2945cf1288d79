import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpPassphrase } from '../../scripts/bench/contact-interactions';
import { leaveContactInProgress, RESUME_LABEL } from '../../scripts/bench/resume-contact';
import type { LaunchedExtension } from '../../scripts/support/launch-extension';
import { launch, openSidePanel } from './support/extension';

// Issue 17, H115: Resume reads the contact at the click, while the contact screen's code loads. In
// the built extension, with two contacts in progress, each Resume opens the contact it names, with
// the question it was left at, whichever was read before.

describe('[H115] resuming in the built extension', () => {
  let launched: LaunchedExtension;
  beforeAll(async () => {
    launched = await launch();
    await setUpPassphrase(launched);
    await leaveContactInProgress(launched);
    const { page, panel } = await openSidePanel(launched);
    await panel.heading(2, 'Start a contact').waitFor();
    await panel.startContact({ type: /^New birth visit/, label: 'Second family' });
    await panel.questionText();
    await panel.waitUntilSaved();
    await page.close();
  }, 120_000);
  afterAll(async () => launched?.close());

  it('[H115-e] opens the contact clicked, at its own question, one after the other and from a fresh panel', async () => {
    const { page, panel } = await openSidePanel(launched);
    await panel.resumeContact(RESUME_LABEL);
    expect(await panel.contactLabel()).toBe(RESUME_LABEL);
    const benchQuestion = `${await panel.questionContext()} ${await panel.questionText()}`;
    // [H86-f] It carries on where it was left: the EPDS, left after its first item, at its second.
    expect(await panel.questionContext()).toMatch(/EPDS.*2 of 10/);

    await panel.backToContacts();
    await panel.resumeContact('Second family');
    expect(await panel.contactLabel()).toBe('Second family');
    const secondQuestion = `${await panel.questionContext()} ${await panel.questionText()}`;
    expect(secondQuestion).not.toBe(benchQuestion);

    await panel.backToContacts();
    await panel.resumeContact(RESUME_LABEL);
    expect(await panel.contactLabel()).toBe(RESUME_LABEL);
    expect(`${await panel.questionContext()} ${await panel.questionText()}`).toBe(benchQuestion);
    await page.close();
  });
});
