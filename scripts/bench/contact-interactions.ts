import { NONE_OF_THESE, NONE_OF_THESE_NO, SidePanel, type AnswerPlan } from '../../tests/e2e/pages/side-panel';
import { contactBAnswers, historyNoneOfThese, noConcerns, plan } from '../../tests/e2e/support/answer-plans';
import type { LaunchedExtension } from '../support/launch-extension';

// How many clicks and key presses a practitioner needs to complete the issue's reference contacts
// in the built panel, from the home screen (unlocked) to the summary. Answers are given with one
// click or key each; nothing is typed. Each contact also prints where its interactions go, screen
// by screen (issue 13): the answers the pathway requires, and everything else (start, navigation,
// outcome decisions, finish), so a target can be argued from the breakdown.

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

/** Interactions per screen of one contact, in the order they happen. */
class Breakdown {
  private readonly parts: Array<{ screen: string; count: number; detail: string }> = [];
  private mark = 0;

  constructor(private readonly panel: SidePanel) {}

  /** Everything since the last mark belongs to `screen`. */
  add(screen: string, detail: string): void {
    this.parts.push({ screen, count: this.panel.interactions - this.mark, detail });
    this.mark = this.panel.interactions;
  }

  /** Answers the questions, counting one-by-one answers and "None of these" actions apart. */
  async answerAll(answers: AnswerPlan): Promise<void> {
    const asked = await this.panel.answerAll(answers);
    const group = asked.filter((text) => {
      const match = answers.find(([question]) => (typeof question === 'string' ? question === text : question.test(text)));
      return match?.[1] === NONE_OF_THESE || match?.[1] === NONE_OF_THESE_NO;
    });
    const other = this.panel.interactions - this.mark - asked.length;
    this.add(
      'questions',
      `${asked.length - group.length} answered one by one + ${group.length} "None of these"${other ? ` + ${other} other` : ''}`,
    );
  }

  print(name: string): void {
    const total = this.parts.reduce((sum, p) => sum + p.count, 0);
    console.log(`\n${name}: ${total} interactions`);
    for (const part of this.parts) console.log(`  ${part.screen.padEnd(10)} ${String(part.count).padStart(3)}  ${part.detail}`);
  }
}

export async function contactAInteractions(launched: LaunchedExtension): Promise<number> {
  const panel = await freshPanel(launched);
  const breakdown = new Breakdown(panel);
  await panel.startContact({ type: /^New birth visit/, alsoInTheRoom: ['Partner or co-parent'] });
  breakdown.add('start', 'contact type, who is in the room, Start contact');
  // Her history and the partner's own history are checklists: "None of these: No to each" (H89).
  await breakdown.answerAll(plan(historyNoneOfThese, noConcerns));
  await panel.finishWithUniversalInformation();
  breakdown.add('finish', 'Universal information given: write the summary (decides and finishes)');
  breakdown.print('Contact (a) new birth visit, both parents, no concerns');
  await panel.page.close();
  return panel.interactions;
}

export async function contactBInteractions(launched: LaunchedExtension): Promise<number> {
  const panel = await freshPanel(launched);
  const breakdown = new Breakdown(panel);
  await panel.startContact({ type: /^6–8 week review/ });
  breakdown.add('start', 'contact type, "Nobody else is in the room", Start contact');
  await breakdown.answerAll(contactBAnswers);
  // GP (O5) and talking therapies (O4) both offered. Where the rules decide them alike they share one
  // card (issue 13) and one choice records both; otherwise each is decided on its own.
  if ((await panel.outcomeGroupCard('O5', 'birthing parent').count()) > 0) {
    await panel.decideOutcomeGroup('O5', 'birthing parent', 'Offered');
  } else {
    await panel.decideOutcome('O5', 'birthing parent', 'Offered');
    await panel.decideOutcome('O4', 'birthing parent', 'Offered');
  }
  breakdown.add('outcome', 'GP and talking therapies offered (one decision)');
  await panel.finish();
  breakdown.add('finish', 'Finish and write the summary');
  breakdown.print('Contact (b) 6-8 weeks, Whooley positive, EPDS 14, parent alone');
  await panel.page.close();
  return panel.interactions;
}
