import { SidePanel } from '../../tests/e2e/pages/side-panel';
import { contactBAnswers } from '../../tests/e2e/support/answer-plans';
import type { LaunchedExtension } from '../support/launch-extension';

// The contact the bench resumes (issue 17): a 6–8 week review left after its first EPDS answer,
// so resuming it lands on a scored instrument's question, as in the measurement.

export const RESUME_LABEL = 'Bench resume';

export async function leaveContactInProgress(launched: LaunchedExtension): Promise<void> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(launched.sidePanelUrl);
  const panel = new SidePanel(page);
  await panel.heading(2, 'Start a contact').waitFor();
  await panel.startContact({ type: /^6–8 week review/, label: RESUME_LABEL });
  // Through the Whooley questions and into the EPDS, then one EPDS answer: resuming lands on item 2.
  for (let guard = 0; guard < 8 && !/EPDS/.test(await panel.questionContext()); guard++) await panel.answerOne(contactBAnswers);
  await panel.answerOne(contactBAnswers);
  await panel.waitUntilSaved();
  await page.close();
}

/** The panel's home screen and the resumed contact's screen, as markup for the floor pages. */
export async function capturePanelMarkup(launched: LaunchedExtension): Promise<{ home: string; contactScreen: string }> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(launched.sidePanelUrl);
  const panel = new SidePanel(page);
  await page.getByRole('button', { name: `Resume ${RESUME_LABEL}` }).waitFor();
  const app = page.locator('#app');
  const home = await app.innerHTML();
  await panel.resumeContact(RESUME_LABEL);
  await panel.questionCard().getByRole('heading', { level: 2 }).waitFor();
  const contactScreen = await app.innerHTML();
  await page.close();
  return { home, contactScreen };
}
