import { SidePanel } from '../../tests/e2e/pages/side-panel';
import { contactBAnswers, noConcerns } from '../../tests/e2e/support/answer-plans';
import type { LaunchedExtension } from '../support/launch-extension';

// How many clicks and key presses a practitioner needs to complete the reference contacts
// in the built panel, from the home screen (unlocked) to the summary. Answers are given with one
// click or key each; nothing is typed.

async function openPanel(launched: LaunchedExtension): Promise<SidePanel> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(launched.sidePanelUrl);
  return new SidePanel(page);
}

/** First use in a fresh profile; the session then keeps the panel unlocked. */
export async function setUpPassphrase(launched: LaunchedExtension): Promise<void> {
  const panel = await openPanel(launched);
  await panel.setPassphrase();
  await panel.page.close();
}

async function freshPanel(launched: LaunchedExtension): Promise<SidePanel> {
  const panel = await openPanel(launched);
  await panel.heading(2, 'Start a contact').waitFor();
  panel.interactions = 0;
  return panel;
}

export async function contactAInteractions(launched: LaunchedExtension): Promise<number> {
  const panel = await freshPanel(launched);
  await panel.startContact({ type: /^New birth visit/, alsoInTheRoom: ['Partner or co-parent'] });
  await panel.answerAll(noConcerns);
  await panel.finishWithUniversalInformation();
  await panel.page.close();
  return panel.interactions;
}

export async function contactBInteractions(launched: LaunchedExtension): Promise<number> {
  const panel = await freshPanel(launched);
  await panel.startContact({ type: /^6–8 week review/ });
  await panel.answerAll(
    contactBAnswers,
  );
  // GP (O5) and talking therapies (O4) both offered. Where the rules decide them alike they share one
  // card (issue 13) and one choice records both; otherwise each is decided on its own.
  if ((await panel.outcomeGroupCard('O5', 'birthing parent').count()) > 0) {
    await panel.decideOutcomeGroup('O5', 'birthing parent', 'Offered');
  } else {
    await panel.decideOutcome('O5', 'birthing parent', 'Offered');
    await panel.decideOutcome('O4', 'birthing parent', 'Offered');
  }
  await panel.finish();
  await panel.page.close();
  return panel.interactions;
}
