import { describe, expect, it } from 'vitest';
import {
  epdsLowItemTenDeclined,
  epdsLowWithItemTen,
  intrusiveThoughtsOfHarm,
  noConcerns,
  plan,
  riskEnquiryActiveWithPlan,
  riskEnquiryPassive,
} from './support/answer-plans';
import { launch, openSidePanel } from './support/extension';
import { OptionsPage } from './pages/options-page';
import type { AnswerPlan, SidePanel } from './pages/side-panel';

// Issue 10: the structured self-harm risk enquiry sets the urgency; unknown risk is never "none";
// intrusive thoughts of harm are not intent. Driven as a practitioner would, in the built panel.

async function readyPanel(): Promise<SidePanel> {
  const launched = await launch();
  const { panel } = await openSidePanel(launched);
  await panel.setPassphrase();
  return panel;
}

const whooleyYes = plan([[/^During the past month, have you often been bothered by feeling down/, 'Yes']]);

/** Answers until no question is left, acknowledging each card on the way; returns the cards' texts. */
async function answerThroughCards(panel: SidePanel, answers: Parameters<SidePanel['answerAll']>[0], stopAt?: RegExp): Promise<string[]> {
  const cards: string[] = [];
  for (let guard = 0; guard < 8; guard++) {
    await panel.answerAll(answers, stopAt ? { stopAt } : {});
    if (!(await panel.redFlagCard().isVisible())) break;
    cards.push(await panel.redFlagCardText());
    await panel.acknowledgeRedFlag();
  }
  return cards;
}

describe('the self-harm risk enquiry in the side panel', () => {
  it('[H40-e] item 10 "hardly ever", passive thoughts on enquiry: "complete the enquiry now" at E2, GP informed, no crisis route', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/ });
    const cards = await answerThroughCards(panel, plan(whooleyYes, epdsLowWithItemTen, riskEnquiryPassive, noConcerns));
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatch(/E2/);
    expect(cards[0]).toMatch(/Complete the self-harm risk enquiry now, before the parent leaves/);
    expect(cards[0]).not.toMatch(/same-day senior psychiatric assessment/i);

    await panel.heading(2, 'Outcome').waitFor();
    await expect.poll(() => panel.outcomeCard('O5', 'birthing parent').isVisible()).toBe(true);
    expect(await panel.outcomeCard('O6', 'birthing parent').count()).toBe(0);
    expect(await panel.outcomeCard('O9', 'birthing parent').count()).toBe(0);
    expect(await panel.accessibilityViolations(), 'axe on the outcome step').toEqual([]);
    await panel.finish();
    const summary = await panel.summaryText();
    expect(summary).toMatch(/Level: E2/);
    expect(summary).toMatch(/Self-harm risk enquiry: nature of the thoughts: A passive\s+wish\s+not\s+to\s+be\s+here/);
    expect(summary).not.toMatch(/Self-harm risk not known/);
  });

  it('[H40-f] active thoughts with a plan: the enquiry raises a same-day card (E4) with the specialist and crisis routes', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/ });
    const cards = await answerThroughCards(panel, plan(whooleyYes, epdsLowWithItemTen, riskEnquiryActiveWithPlan, noConcerns));
    expect(cards).toHaveLength(2);
    expect(cards[1]).toMatch(/E4/);
    expect(cards[1]).toMatch(/Risk enquiry: concerning thoughts of suicide or self-harm/);
    expect(cards[1]).toMatch(/999/);

    await panel.heading(2, 'Outcome').waitFor();
    await expect.poll(() => panel.outcomeCard('O6', 'birthing parent').isVisible()).toBe(true);
    await expect.poll(() => panel.outcomeCard('O9', 'birthing parent').isVisible()).toBe(true);
    await panel.finish();
    const summary = await panel.summaryText();
    expect(summary).toMatch(/Level: E4/);
    expect(summary).toMatch(/\[E4\] Risk enquiry: concerning thoughts of suicide or self-harm/);
  });

  it('[H41-f] item 10 declined: self-harm risk not known; finishing asks why, the E1 card for a parent too distressed to be asked follows (H117), and the summary says so with the reason', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/ });
    const cards = await answerThroughCards(panel, plan(whooleyYes, epdsLowItemTenDeclined, noConcerns), /^Ask about the thoughts/);
    // The prompt card says to ask directly; the enquiry is the next question, not "none".
    expect(cards.join('\n')).toMatch(/self-harm risk not known/i);
    expect(await panel.questionText()).toBe('Ask about the thoughts: what are they like?');

    // The practitioner cannot ask it today and goes to the outcome.
    await panel.openSection('Outcome');
    const words = await panel.finishWithRiskNotKnownReason('Parent too upset to be asked');
    expect(words).toMatch(/Self-harm risk not known: the risk enquiry has not been done yet/);
    // Item 10 declined and the direct question not asked because she was too distressed: not a
    // refusal (H117). Its own E1 card opens (stay with her, ask again when calmer, a same-day
    // discussion if it cannot be asked), is read and acknowledged; it routes nowhere.
    await panel.redFlagCard().waitFor();
    const card = await panel.redFlagCardText();
    expect(card).toMatch(/Self-harm risk not known: the parent was too distressed to be asked/);
    expect(card).toMatch(/E1/);
    expect(card).toMatch(/When they are calmer, ask again/);
    expect(card).not.toMatch(/do not press/);
    expect(card).not.toMatch(/same-day senior psychiatric assessment/i);
    await panel.acknowledgeRedFlag();
    const summary = await panel.summaryText();
    expect(summary).toMatch(/Self-harm\s+risk\s+not\s+known:\s+the\s+parent\s+was\s+too\s+distressed\s+to\s+be\s+asked/);
    expect(summary).toMatch(/The\s+self-harm\s+question\s+could\s+not\s+be\s+asked\s+because\s+the\s+parent\s+was\s+too\s+distressed/);
    expect(summary).toMatch(/Self-harm risk not known: the risk enquiry was not asked \(the parent was\s+distressed\)/);
    expect(summary).not.toMatch(/No mental health red flags/);
  });

  it('[H43-b] thoughts of harming the baby that are intrusive: GP and Talking Therapies, no safeguarding route', async () => {
    const panel = await readyPanel();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/ });
    const cards = await answerThroughCards(panel, plan(intrusiveThoughtsOfHarm, noConcerns));
    expect(cards[0]).toMatch(/Thoughts of harming the baby disclosed: ask how they are experienced/);
    expect(cards.at(-1)).toMatch(/Intrusive, unwanted thoughts of harm to the baby, without intent/);
    expect(cards.join('\n')).not.toMatch(/E4|E5/);

    await panel.heading(2, 'Outcome').waitFor();
    await expect.poll(() => panel.outcomeCard('O4', 'birthing parent').isVisible()).toBe(true);
    expect(await panel.outcomeCard('O10', 'birthing parent').count()).toBe(0);
    await panel.finish();
    expect(await panel.summaryText()).toMatch(/Intrusive, unwanted thoughts of harm to the baby, without\s+intent/);
  });
});

describe('routes by person in the side panel', () => {
  it('[H42-d] the partner’s PHQ-9 item 9 with a concerning enquiry: adult services (GP, crisis), never the specialist perinatal team', async () => {
    const launched = await launch();
    // The organisation uses PHQ-9 as its fuller measure (a pathway choice within bounds).
    const options = await OptionsPage.open(await launched.context.newPage(), launched.optionsUrl);
    await options.paste(JSON.stringify({ configVersion: 1, pathway: { depressionMeasure: 'phq-9' } }));
    await options.apply();
    const { panel } = await openSidePanel(launched);
    await panel.setPassphrase();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/, alsoInTheRoom: ['Partner or co-parent'] });

    const phq9 = (item9: string): AnswerPlan => [
      ['Little interest or pleasure in doing things', 'Several days'],
      [/^Feeling down, depressed, or hopeless|^Trouble falling|^Feeling tired|^Poor appetite|^Feeling bad about yourself|^Trouble concentrating|^Moving or speaking/, 'Not at all'],
      ['Thoughts that you would be better off dead, or of hurting yourself in some way', item9],
      [/^How difficult have these problems made/, 'Somewhat difficult'],
    ];
    const partnerAnswers = plan(
      [
        ['How have you been feeling emotionally?', 'Raised worries about how they are feeling'],
        [/^During the past month, have you often been bothered by feeling down/, 'Yes'],
        ['Previous self-harm or suicide attempt?', 'Yes'],
      ],
      phq9('Several days'),
      riskEnquiryPassive,
      noConcerns,
    );
    const cards: string[] = [];
    for (let guard = 0; guard < 90; guard++) {
      if (await panel.redFlagCard().isVisible()) {
        cards.push(await panel.redFlagCardText());
        await panel.acknowledgeRedFlag();
        continue;
      }
      if (!(await panel.questionCard().isVisible())) break;
      const forPartner = /^(Asking|Your observation): partner/.test(await panel.questionContext());
      // One question at a time, from the plan for whoever is being asked.
      await panel.answerOne(forPartner ? partnerAnswers : noConcerns);
    }
    const partnerCard = cards.find((c) => /concerning thoughts of suicide or self-harm \(partner: adult services\)/.test(c));
    expect(partnerCard, cards.join('\n---\n')).toBeDefined();
    expect(partnerCard).toMatch(/E4/);
    expect(partnerCard).toMatch(/adult crisis or home treatment team/);
    expect(partnerCard).not.toMatch(/specialist perinatal mental health team/i);

    await panel.openSection('Outcome');
    await expect.poll(() => panel.outcomeCard('O9', 'partner or co-parent').isVisible()).toBe(true);
    await expect.poll(() => panel.outcomeCard('O5', 'partner or co-parent').isVisible()).toBe(true);
    expect(await panel.outcomeCard('O6', 'partner or co-parent').count()).toBe(0);
    expect(await panel.outcomeCard('O7', 'partner or co-parent').count()).toBe(0);
  });
});
