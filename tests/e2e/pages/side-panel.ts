import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { RecordOutputPanel } from './record-output';

// Page object for the side panel. Specs speak the practitioner's language and hold no selectors;
// everything here finds things by role and accessible name, as assistive technology would.
// It counts the practitioner's interactions (clicks and key presses) for `npm run bench`.

async function expectChecked(radio: Locator): Promise<void> {
  await radio.page().waitForFunction((el) => (el as HTMLInputElement).checked, await radio.elementHandle(), { timeout: 10_000 });
}

export const TEST_PASSPHRASE = 'plum kettle harbour';

export type StartContactOptions = {
  role?: 'Midwife' | 'Health visitor' | 'Family Nurse Partnership nurse';
  /** The contact type as the panel labels it, e.g. "New birth visit (10–14 days)". */
  type: string | RegExp;
  /** Who else is in the room, by the panel's labels, e.g. ["Partner or co-parent"]. */
  alsoInTheRoom?: string[];
  label?: string;
  /** Postnatal contacts: the baby's situation as the start form labels it (default: with the parents). */
  baby?: string | RegExp;
  /** The baby's age, typed, in days or weeks. */
  babyAge?: { value: number; unit: 'days' | 'weeks' };
  /** Antenatal contacts: weeks of pregnancy, typed. */
  gestationWeeks?: number;
  language?: string;
  interpreter?: 'Professional interpreter' | 'Family member or friend interpreting';
};

/** The red-flag check's one action: "not seen" for every item still to answer (key 0). */
export const NONE_OF_THESE = 'None of these seen or reported';

/** A history checklist's one action (issue 13, H89): "No" for every item it lists (key 0). */
export const NONE_OF_THESE_NO = 'None of these: No to each';

/** What to answer when the panel asks a question: the option's label, "declined", NONE_OF_THESE or NONE_OF_THESE_NO. */
export type AnswerPlan = Array<[question: string | RegExp, answer: string | RegExp]>;

const OUTCOME_TEXT_FIELDS = {
  'family words': 'What the family would like other professionals to know (their own words)',
  plan: 'Plan',
  'next contact': 'Next contact',
} as const;

export class SidePanel {
  /** Clicks and key presses made through this object (text typed into a field counts as one). */
  interactions = 0;

  constructor(readonly page: Page) {}

  // ---- counting helpers -------------------------------------------------------------------
  async click(target: Locator): Promise<void> {
    this.interactions++;
    await target.click();
  }

  async press(key: string): Promise<void> {
    this.interactions++;
    await this.page.keyboard.press(key);
  }
  /** Types into whatever has focus, as a keyboard user does. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
  async tabUntil(name: RegExp, limit = 60): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      const focused = await this.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el.closest('label')?.textContent;
        return `${el.getAttribute('aria-label') ?? ''} ${label ?? ''} ${el.textContent ?? ''}`.trim();
      });
      if (name.test(focused)) return;
    }
    throw new Error(`Tab never reached ${name}`);
  }

  /** The text of the element that has focus. */
  async focusedText(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.textContent ?? null);
  }

  /** Whether the field with this label has focus. */
  async isFieldFocused(label: string): Promise<boolean> {
    return this.page.getByLabel(label, { exact: true }).evaluate((field) => field === document.activeElement);
  }

  /** Whether the question on screen (its heading) has focus. */
  async isQuestionFocused(): Promise<boolean> {
    return this.page.evaluate(() => document.activeElement?.matches('section.question-card h2') ?? false);
  }


  async fill(target: Locator, text: string): Promise<void> {
    this.interactions++;
    await target.fill(text);
  }

  // ---- finding things -----------------------------------------------------------------------
  heading(level: number, name?: string | RegExp): Locator {
    return this.page.getByRole('heading', { level, ...(name ? { name } : {}) });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Whether this text is on screen now (the first match, for text that may repeat). */
  async isTextShown(text: string | RegExp): Promise<boolean> {
    return this.page.getByText(text, { exact: false }).first().isVisible();
  }

  /** Everything the panel shows, as a reader sees it. */
  async screenText(): Promise<string> {
    return this.page.locator('body').innerText();
  }

  /** The settings screen's line naming who set the organisation's settings ("These are set by …"). */
  async settingsSetByText(): Promise<string> {
    return (await this.page.getByText(/^These are set by /).textContent()) ?? '';
  }

  /** The question card (a region named by the question). */
  questionCard(): Locator {
    return this.page.locator('section.question-card');
  }

  questionHeading(): Locator {
    return this.questionCard().getByRole('heading', { level: 2 });
  }

  async questionText(): Promise<string> {
    return ((await this.questionHeading().textContent()) ?? '').trim();
  }

  /** The words above the question: who is being asked and which measure. */
  async questionContext(): Promise<string> {
    return ((await this.questionCard().locator('.question-context').textContent()) ?? '').trim();
  }

  redFlagCard(): Locator {
    return this.page.getByRole('alertdialog');
  }

  /** Whether the red-flag card is open as a modal dialog (nothing behind it can be used). */
  async isRedFlagCardModal(): Promise<boolean> {
    return this.page.evaluate(() => document.querySelector('dialog[role="alertdialog"]')?.matches(':modal') ?? false);
  }

  /** The strip of acknowledged cards at the top of the contact ("banners"). */
  flagStrip(): Locator {
    return this.page.getByRole('region', { name: 'Red flags raised in this contact' });
  }

  /** Who the red-flag answer on screen came from: ticks exactly these ("Her own account", "Your observation", "Partner or relative"). */
  async reportedBy(...sources: string[]): Promise<void> {
    const group = this.questionCard().getByRole('group', { name: 'Who it came from' });
    for (const box of await group.getByRole('checkbox').all()) {
      const name = ((await box.evaluate((el) => el.closest('label')?.textContent ?? '')) ?? '').trim();
      if ((await box.isChecked()) !== sources.includes(name)) await this.click(box);
    }
  }

  saveStatus(): Locator {
    return this.page.locator('.save-status, .save-failed');
  }

  // ---- lock ---------------------------------------------------------------------------------
  /** The lock screens focus their first field in an effect; one that lands mid-fill would move the typing. */
  private async passphraseFieldFocused(): Promise<void> {
    const field = this.page.getByLabel('Passphrase', { exact: true });
    await field.waitFor();
    await this.page.waitForFunction((el) => el === document.activeElement, await field.elementHandle(), { timeout: 10_000 });
  }

  async setPassphrase(passphrase = TEST_PASSPHRASE): Promise<void> {
    await this.passphraseFieldFocused();
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Type it again').fill(passphrase);
    await this.button('Set passphrase and continue').click();
    await this.heading(2, 'Start a contact').waitFor();
  }

  async unlock(passphrase = TEST_PASSPHRASE): Promise<void> {
    await this.passphraseFieldFocused();
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.button('Unlock').click();
    await this.heading(2, 'Start a contact').waitFor();
  }

  // ---- start --------------------------------------------------------------------------------
  async startContact(options: StartContactOptions): Promise<void> {
    if (options.role) {
      const role = this.page.getByRole('radio', { name: options.role, exact: true });
      if (!(await role.isChecked())) await this.click(role);
    }
    await this.click(this.page.getByRole('radio', { name: options.type }));
    if (options.baby) await this.click(this.page.getByRole('group', { name: 'The baby' }).getByRole('radio', { name: options.baby }));
    if (options.babyAge) {
      await this.fill(this.page.getByLabel(/^Baby’s age/), String(options.babyAge.value));
      await this.click(this.page.getByRole('radio', { name: options.babyAge.unit, exact: true }));
    }
    if (options.gestationWeeks !== undefined) await this.fill(this.page.getByLabel(/^Weeks of pregnancy/), String(options.gestationWeeks));
    if (options.language) await this.fill(this.page.getByLabel(/^Preferred language/), options.language);
    if (options.interpreter) await this.click(this.page.getByRole('radio', { name: options.interpreter, exact: true }));
    const others = options.alsoInTheRoom ?? [];
    if (others.length === 0) await this.click(this.page.getByRole('checkbox', { name: /^Nobody else is in the room/ }));
    for (const person of others) await this.click(this.page.getByRole('checkbox', { name: person, exact: true }));
    if (options.label !== undefined) await this.fill(this.page.getByLabel('Label for this contact'), options.label);
    await this.click(this.button('Start contact'));
    await this.questionHeading().or(this.heading(2, 'Outcome')).first().waitFor();
  }

  /** Fills the start form without starting: the label and the type of contact. */
  async fillStartForm(options: { label: string; type: string | RegExp }): Promise<void> {
    await this.page.getByLabel('Label for this contact').fill(options.label);
    await this.page.getByRole('radio', { name: options.type }).check();
  }

  /** Whether this type of contact is the one chosen on the start form. */
  async isContactTypeChosen(type: string | RegExp): Promise<boolean> {
    return this.page.getByRole('radio', { name: type }).isChecked();
  }

  /** The engine's prompts for this contact, as listed above the sections. */
  async prompts(): Promise<string[]> {
    const region = this.page.getByRole('region', { name: 'Prompts for this contact' });
    if (!(await region.isVisible())) return [];
    return (await region.getByRole('listitem').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** "Asked on … within …: not due again" on the question card, or '' when absent. */
  async recentlyAskedText(): Promise<string> {
    const note = this.questionCard().getByText(/^Asked on /);
    if (!(await note.isVisible())) return '';
    return ((await note.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  // ---- questions ----------------------------------------------------------------------------
  /** Clicks an answer to the question on screen and waits for the panel to move on. */
  async answer(optionLabel: string | RegExp): Promise<void> {
    const before = await this.questionText();
    const answers = this.questionCard().getByRole('group', { name: 'Answers' });
    if (optionLabel === 'declined') await this.click(this.button('Declined to answer'));
    else if (optionLabel === NONE_OF_THESE) await this.click(this.questionCard().getByRole('button', { name: /^None of these seen or reported/ }));
    else if (optionLabel === NONE_OF_THESE_NO) await this.click(this.questionCard().getByRole('button', { name: NONE_OF_THESE_NO }));
    else await this.click(answers.getByRole('button', { name: optionLabel, exact: typeof optionLabel === 'string' }));
    await this.waitForMoveOn(before);
  }

  /** Answers with a shortcut key (1-9, Y, N, D) and waits for the panel to move on. */
  async answerWithKey(key: string): Promise<void> {
    const before = await this.questionText();
    await this.press(key);
    await this.waitForMoveOn(before);
  }

  /**
   * Answers every question the panel asks, in the order it asks them, from the plan, until
   * there is no question on screen (the outcome step, or a red-flag card). Fails on a question
   * the plan does not expect. Returns the questions asked, in order.
   */
  async answerAll(plan: AnswerPlan, options: { byKeyboard?: boolean; /** Stop before answering a question like this. */ stopAt?: RegExp } = {}): Promise<string[]> {
    const asked: string[] = [];
    for (let guard = 0; guard < 80; guard++) {
      if (await this.redFlagCard().isVisible()) break;
      if (!(await this.questionCard().isVisible())) break;
      const text = await this.questionText();
      if (options.stopAt?.test(text)) break;
      const match = plan.find(([question]) => (typeof question === 'string' ? question === text : question.test(text)));
      if (!match) throw new Error(`The panel asked a question the plan does not expect: "${text}"`);
      asked.push(text);
      if (options.byKeyboard) await this.answerWithKey(await this.keyFor(match[1]));
      else await this.answer(match[1]);
    }
    return asked;
  }

  /** "Declined (whole EPDS)": every item of the measure on screen still without an answer, in one action. */
  async declineWholeMeasure(name: string): Promise<void> {
    const before = await this.questionText();
    await this.click(this.questionCard().getByRole('button', { name: `Declined (whole ${name})`, exact: true }));
    await this.waitForMoveOn(before);
  }

  /** "Not asked (whole EPDS)…" with a reason, in one action (two clicks: the action, the reason). */
  async notAskWholeMeasure(name: string, reason: string): Promise<void> {
    const before = await this.questionText();
    await this.click(this.questionCard().getByRole('button', { name: `Not asked (whole ${name})…`, exact: true }));
    await this.click(this.questionCard().getByRole('group', { name: `Why was the ${name} not asked?` }).getByRole('button', { name: reason, exact: true }));
    await this.waitForMoveOn(before);
  }

  /** What the last whole-measure action recorded, as the panel says it (empty when none). */
  async wholeMeasureStatus(): Promise<string> {
    const status = this.page.locator('.whole-measure-done');
    if (!(await status.isVisible())) return '';
    return ((await status.textContent()) ?? '').replace(/\s+/g, ' ').replace(/ Undo$/, '').trim();
  }

  /** Undo the last whole-measure action: the panel goes back to the measure's first item. */
  async undoWholeMeasure(): Promise<void> {
    await this.click(this.page.locator('.whole-measure-done').getByRole('button', { name: 'Undo', exact: true }));
  }

  /** "Back" on the question card: the question answered before this one. */
  async back(): Promise<void> {
    const before = await this.questionText();
    await this.click(this.questionCard().getByRole('button', { name: 'Back', exact: true }));
    await this.waitForMoveOn(before);
  }

  /** "Next" on an answered question card. */
  async next(): Promise<void> {
    const before = await this.questionText();
    await this.click(this.questionCard().getByRole('button', { name: 'Next', exact: true }));
    await this.waitForMoveOn(before);
  }

  /** Adds (or replaces) the short note on the answered question on screen. */
  async addNote(text: string): Promise<void> {
    const add = this.questionCard().getByRole('button', { name: 'Add a note', exact: true });
    if (await add.isVisible()) await this.click(add);
    await this.fill(this.questionCard().getByRole('textbox', { name: /^Note/ }), text);
  }

  /** The note on the question on screen ('' when none). */
  async noteText(): Promise<string> {
    const field = this.questionCard().getByRole('textbox', { name: /^Note/ });
    return (await field.isVisible()) ? await field.inputValue() : '';
  }

  /** On an instrument's question card, where a language is recorded: was a validated translation used? */
  async recordTranslation(used: boolean): Promise<void> {
    const choice = this.questionCard().getByRole('group', { name: /validated translation used\?$/ });
    await this.click(choice.getByRole('radio', { name: used ? /^Yes, a validated translation/ : /^No \(interpreted/ }));
  }

  /** The answer options of the question on screen, as labelled. */
  async optionLabels(): Promise<string[]> {
    const labels = await this.questionCard().getByRole('group', { name: 'Answers' }).getByRole('button').allTextContents();
    return labels.map((label) => label.replace(/^\d+/, '').trim());
  }

  /** Answers the one question on screen from the plan (fails on a question it does not expect). */
  async answerOne(plan: AnswerPlan): Promise<string> {
    const text = await this.questionText();
    const match = plan.find(([question]) => (typeof question === 'string' ? question === text : question.test(text)));
    if (!match) throw new Error(`The panel asked a question the plan does not expect: "${text}"`);
    await this.answer(match[1]);
    return text;
  }

  /** The shortcut key that picks an option: its number on screen. */
  async keyFor(optionLabel: string | RegExp): Promise<string> {
    if (optionLabel === 'declined') return 'd';
    if (optionLabel === NONE_OF_THESE || optionLabel === NONE_OF_THESE_NO) return '0';
    const labels = await this.questionCard().getByRole('group', { name: 'Answers' }).getByRole('button').allTextContents();
    const index = labels
      .map((label) => label.replace(/^\d+/, '').trim())
      .findIndex((label) => (typeof optionLabel === 'string' ? label === optionLabel : optionLabel.test(label)));
    if (index < 0) throw new Error(`No option "${optionLabel}" among ${JSON.stringify(labels)}`);
    return String(index + 1);
  }

  private async waitForMoveOn(previousQuestion: string): Promise<void> {
    await this.page
      .waitForFunction(
      (previous) => {
        if (document.querySelector('dialog[role="alertdialog"][open]')) return true;
        const heading = document.querySelector('section.question-card h2');
        return !heading || heading.textContent?.trim() !== previous;
      },
        previousQuestion,
        { timeout: 15_000 },
      )
      .catch((error: unknown) => {
        throw new Error(`The panel did not move on from "${previousQuestion}": ${String(error)}`);
      });
  }

  async acknowledgeRedFlag(): Promise<void> {
    await this.click(this.redFlagCard().getByRole('button', { name: /I have read this/ }));
    await this.redFlagCard().waitFor({ state: 'detached' });
  }

  // ---- known history (story so far) ---------------------------------------------------------
  /** "Known from <date> (<role>): <answer>. Is it still true?" on the question card, if shown. */
  knownFact(): Locator {
    return this.questionCard().getByText(/^Known from /);
  }

  /** The known-history line on the question card, or '' when the question is asked afresh. */
  async knownFactText(): Promise<string> {
    if (!(await this.knownFact().isVisible())) return '';
    return ((await this.knownFact().textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  stillTrueButton(): Locator {
    return this.questionCard().getByRole('button', { name: /^Still true/ });
  }

  /** Confirms the known answer as today's ("Still true", or its key S) and waits for the panel to move on. */
  async confirmStillTrue(options: { byKeyboard?: boolean } = {}): Promise<void> {
    const before = await this.questionText();
    if (options.byKeyboard) await this.press('s');
    else await this.click(this.stillTrueButton());
    await this.waitForMoveOn(before);
  }

  // ---- load the story so far --------------------------------------------------------------
  /** Pastes a previous summary (or its handover block) and asks the panel to check it. Changes nothing yet. */
  async checkStorySoFar(pasted: string): Promise<void> {
    const box = this.page.getByLabel('Paste the previous summary, or just its handover block');
    if (!(await box.isVisible())) await this.click(this.button('Load the story so far from a previous summary'));
    await this.fill(box, pasted);
    await this.click(this.button('Check it'));
    await this.storySoFarPreview().or(this.storySoFarProblem()).first().waitFor();
  }

  /** The preview of what a pasted summary would load (shown after "Check it"). */
  storySoFarPreview(): Locator {
    return this.page.getByRole('status').filter({ has: this.page.getByRole('button', { name: 'Use this story so far' }) });
  }

  /** Why a pasted summary could not be loaded. */
  storySoFarProblem(): Locator {
    return this.page.getByRole('region', { name: 'Load the story so far' }).getByRole('alert');
  }

  /** "Story so far loaded: …", once one has been accepted. */
  storySoFarLoaded(): Locator {
    return this.page.getByText(/^Story so far loaded:/);
  }

  async useStorySoFar(): Promise<void> {
    await this.click(this.button('Use this story so far'));
    await this.storySoFarLoaded().waitFor();
  }

  /** Pastes, checks and accepts a story so far. */
  async loadStorySoFar(pasted: string): Promise<void> {
    await this.checkStorySoFar(pasted);
    await this.useStorySoFar();
  }

  // ---- the story over time (issue 14) ---------------------------------------------------------
  /** "Scores over time": the table of one parent's instrument, by its caption ("EPDS, birthing parent"…). */
  trendTable(caption: string | RegExp): Locator {
    return this.page.getByRole('region', { name: 'Scores over time' }).getByRole('table', { name: caption });
  }

  /** The rows of a trend table as their cells' text (date, score, band, recorded by). */
  async trendRows(caption: string | RegExp): Promise<string[][]> {
    const rows = await this.trendTable(caption).locator('tbody').getByRole('row').all();
    const result: string[][] = [];
    for (const row of rows) result.push((await row.getByRole('cell').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()));
    return result;
  }

  /** A referral from an earlier contact, by its title ("O4 NHS Talking Therapies (birthing parent): referred …"). */
  referralFollowUp(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: 'Referrals from earlier contacts' }).getByRole('group', { name: title });
  }

  /** Whether the referral is shown as past its waiting standard, and the words saying so ('' when not). */
  async referralPastStandardText(title: string | RegExp): Promise<string> {
    const warning = this.referralFollowUp(title).getByText(/^Past the standard:/);
    if (!(await warning.isVisible())) return '';
    return ((await warning.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /**
   * Answers "received?" and "seen?" about an earlier referral. By keyboard: Tab moves to the first
   * choice of each question and the arrow keys pick the answer, as a keyboard user would.
   */
  async answerReferralFollowUp(
    title: string | RegExp,
    answers: { received: 'Yes' | 'No' | 'Not known'; seen: 'Yes' | 'No' | 'Not known' },
    options: { byKeyboard?: boolean } = {},
  ): Promise<void> {
    const item = this.referralFollowUp(title);
    const order = ['Yes', 'No', 'Not known'];
    for (const [legend, answer] of [
      [/^Was the referral received\?/, answers.received],
      [/^Have they been seen/, answers.seen],
    ] as const) {
      const group = item.getByRole('group', { name: legend });
      const radio = group.getByRole('radio', { name: answer, exact: true });
      if (!options.byKeyboard) {
        await this.click(radio);
      } else {
        await this.tabTo(group.getByRole('radio').first());
        // Nothing chosen yet: Space picks the focused first choice; each arrow key moves on one.
        await this.press('Space');
        for (let i = 0; i < order.indexOf(answer); i++) await this.press('ArrowDown');
      }
      await expectChecked(radio);
    }
  }

  /** Presses Tab until `target` has the focus (fails after 60 presses). */
  async tabTo(target: Locator): Promise<void> {
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.press('Tab');
    }
    throw new Error('Tab never reached the control: it is not reachable by keyboard');
  }

  // ---- presence -----------------------------------------------------------------------------
  async changeWhoIsInTheRoom(person: string, present: boolean): Promise<void> {
    const change = this.page.locator('.presence-bar').getByRole('button');
    if ((await change.getAttribute('aria-expanded')) !== 'true') await this.click(change);
    const box = this.page.locator('.contact-header').getByRole('checkbox', { name: person, exact: true });
    if ((await box.isChecked()) !== present) await this.click(box);
    await this.click(change);
  }

  async openSection(name: RegExp | string): Promise<void> {
    await this.click(this.page.getByRole('navigation', { name: 'Sections of this contact' }).getByRole('button', { name }));
  }

  /** The open section's text, as shown. */
  async sectionText(): Promise<string> {
    return this.page.locator('section.section-view').innerText();
  }

  /** The score line shown for an instrument in the open section ("EPDS: 14 of 30 …"). */
  async scoreText(instrument: string): Promise<string> {
    return this.page.locator('.score').filter({ hasText: instrument }).innerText();
  }

  /** Opens a question from the open section's list, by its wording. */
  async openQuestionFromSection(question: string | RegExp): Promise<void> {
    await this.page.locator('section.section-view li.item button').filter({ hasText: question }).click();
  }

  /** The answer a section shows against a question ("Due", the option chosen, "Declined"…). */
  async answerShownFor(question: string | RegExp): Promise<string> {
    const row = this.page.locator('section.section-view li.item').filter({ hasText: question });
    return ((await row.first().locator('.item-state').textContent()) ?? '').trim();
  }

  async askNext(): Promise<void> {
    await this.openSection('Ask next');
    await this.questionHeading().waitFor();
  }

  /** The contact's start time as its header shows it ("14:05"). */
  async contactStartedAt(): Promise<string> {
    const header = (await this.page.locator('.contact-header').textContent()) ?? '';
    return /started (\d{2}:\d{2})/.exec(header)?.[1] ?? '';
  }

  /** The label of the contact on screen, as its header shows it. */
  async contactLabel(): Promise<string> {
    return ((await this.page.locator('.contact-header strong').textContent()) ?? '').trim();
  }

  async resumeContact(label: string): Promise<void> {
    await this.click(this.page.getByRole('button', { name: `Resume ${label}` }));
    await this.page.locator('.contact-header').waitFor();
  }

  async waitUntilSaved(): Promise<void> {
    await this.page.locator('.save-status').filter({ hasText: /^Saved$/ }).waitFor();
  }

  // ---- outcome ------------------------------------------------------------------------------
  outcomeCard(code: string, subject: 'birthing parent' | 'partner or co-parent'): Locator {
    // A grouped card (issue 13) holds its outcomes' own cards; those match, the group does not.
    return this.page.locator('li.outcome:not(.outcome-group)').filter({ hasText: new RegExp(`^${code} `) }).filter({ hasText: `for the ${subject}` });
  }

  /** The card deciding several outcomes together (issue 13) that holds this outcome. */
  outcomeGroupCard(code: string, subject: 'birthing parent' | 'partner or co-parent'): Locator {
    return this.page
      .locator('li.outcome-group')
      .filter({ has: this.page.locator('li.outcome').filter({ hasText: new RegExp(`^${code} `) }) })
      .filter({ hasText: `for the ${subject}` });
  }

  /** Whether this decision is the one chosen on the outcome's card. */
  async isOutcomeDecided(code: string, subject: 'birthing parent' | 'partner or co-parent', decision: 'Done' | 'Offered' | 'Declined by the family' | 'Not appropriate'): Promise<boolean> {
    return this.outcomeCard(code, subject).getByRole('radio', { name: decision }).isChecked();
  }

  /** Decides one outcome; one grouped with others is decided on its own (the group is expanded first). */
  async decideOutcome(code: string, subject: 'birthing parent' | 'partner or co-parent', decision: 'Done' | 'Offered' | 'Declined by the family' | 'Not appropriate'): Promise<void> {
    const group = this.outcomeGroupCard(code, subject);
    if ((await group.count()) > 0) {
      const expand = group.getByRole('button', { name: 'Decide each separately' });
      if (await expand.isVisible()) await this.click(expand);
    }
    await this.click(this.outcomeCard(code, subject).getByRole('radio', { name: decision, exact: true }));
  }

  /** One decision for every outcome of a grouped card ("N outcomes, one decision"). */
  async decideOutcomeGroup(code: string, subject: 'birthing parent' | 'partner or co-parent', decision: 'Done' | 'Offered' | 'Declined by the family' | 'Not appropriate'): Promise<void> {
    await this.click(this.outcomeGroupCard(code, subject).getByRole('group').first().getByRole('radio', { name: decision, exact: true }));
  }

  /** The outcomes shown as one decision, as their code lists ("O4 O5"). */
  async groupedOutcomes(): Promise<string[]> {
    const groups = await this.page.locator('li.outcome-group').all();
    const result: string[] = [];
    for (const group of groups) {
      const titles = await group.locator('li.outcome .outcome-title strong').allTextContents();
      result.push(titles.map((t) => t.trim().split(' ')[0]).join(' '));
    }
    return result;
  }

  /** The no-concerns path: every recommendation is universal information; record it and go on. */
  async finishWithUniversalInformation(): Promise<void> {
    await this.click(this.button('Universal information given: write the summary'));
    await this.heading(2, 'Summary').waitFor();
  }

  async markUniversalInformationGiven(): Promise<void> {
    await this.click(this.button(/^Mark universal information as given/));
  }

  async consentToShareWith(who: string): Promise<void> {
    await this.click(this.page.getByRole('checkbox', { name: who, exact: true }));
  }

  async write(field: 'family words' | 'plan' | 'next contact', text: string): Promise<void> {
    await this.fill(this.page.getByLabel(OUTCOME_TEXT_FIELDS[field], { exact: true }), text);
  }

  /** What is written in one of the outcome step's text fields. */
  async written(field: 'family words' | 'plan' | 'next contact'): Promise<string> {
    return this.page.getByLabel(OUTCOME_TEXT_FIELDS[field], { exact: true }).inputValue();
  }

  /** Fills the safety plan on the outcome step, by the field names the panel shows. */
  async makeSafetyPlan(fields: Partial<Record<'Warning signs' | 'Coping' | 'People she can talk to' | 'Professional contacts' | 'Keeping herself and the baby safe', string>>): Promise<void> {
    await this.click(this.page.getByRole('checkbox', { name: 'Made together with her' }));
    for (const [label, text] of Object.entries(fields)) await this.fill(this.page.getByLabel(label, { exact: true }), text);
  }

  /** Her plain-language copy of the safety plan on the summary screen ('' when there is none). */
  async parentCopyText(): Promise<string> {
    const copy = this.page.getByLabel('Safety plan: her copy', { exact: true });
    if (!(await copy.isVisible())) return '';
    return (await copy.textContent()) ?? '';
  }

  async finish(): Promise<void> {
    await this.click(this.button('Finish and write the summary'));
    await this.heading(2, 'Summary').waitFor();
  }

  /**
   * "Finish and write the summary" while a due self-harm risk enquiry is not done: the panel asks
   * why first. Returns the panel's words about it, then records `reason` and goes to the summary.
   */
  async finishWithRiskNotKnownReason(reason: string): Promise<string> {
    await this.click(this.button('Finish and write the summary'));
    const question = this.page.getByRole('region', { name: 'The self-harm risk enquiry is not done' });
    await question.waitFor();
    const words = ((await question.textContent()) ?? '').trim();
    await this.click(question.getByRole('radio', { name: reason, exact: true }));
    await this.click(question.getByRole('button', { name: 'Record the reason and write the summary' }));
    await this.heading(2, 'Summary').waitFor();
    return words;
  }

  /** The level, title and steps of the red-flag card on screen. */
  async redFlagCardText(): Promise<string> {
    await this.redFlagCard().waitFor();
    return this.redFlagCard().innerText();
  }

  // ---- summary ------------------------------------------------------------------------------
  /** The summary exactly as it will reach the record. */
  summary(): Locator {
    return this.page.getByLabel('Summary for the record', { exact: true });
  }

  /**
   * The summary text of a version, exactly as it will be copied or inserted (issue 13). Chooses the
   * version first; 'detailed' (every answer) unless asked, since most specs check the full wording.
   */
  async summaryText(version: 'short' | 'detailed' = 'detailed'): Promise<string> {
    await this.chooseSummaryVersion(version);
    // The text sits in a closed disclosure under the headed sections; read it without opening it, so
    // this also works while the wrong-family check (a modal dialog) is open.
    await this.summary().waitFor({ state: 'attached' });
    return (await this.summary().textContent()) ?? '';
  }

  /** Picks the version that Copy and Insert use (no click when it is already chosen). */
  async chooseSummaryVersion(version: 'short' | 'detailed'): Promise<void> {
    const radio = this.page.getByRole('radio', { name: version === 'short' ? /^Short:/ : /^Detailed:/ });
    if (!(await radio.isChecked())) await this.click(radio);
  }

  /** Which version is offered first (checked when the summary screen opens). */
  async chosenSummaryVersion(): Promise<'short' | 'detailed'> {
    return (await this.page.getByRole('radio', { name: /^Short:/ }).isChecked()) ? 'short' : 'detailed';
  }

  /** The headings of the summary as shown on screen (the chosen version), in order. */
  async summaryScreenHeadings(): Promise<string[]> {
    const article = this.page.getByRole('article', { name: /^Summary, (short|detailed) version$/ });
    return article.getByRole('heading', { level: 3 }).allTextContents();
  }

  /** The headline list shown first on the summary screen. */
  async summaryHeadline(): Promise<string[]> {
    return this.page.getByRole('list', { name: 'Headline' }).getByRole('listitem').allTextContents();
  }

  /** A copy for the family on the summary screen ('' when not offered). */
  async familyCopyText(who: 'her' | 'partner'): Promise<string> {
    const copy = this.page.getByLabel(who === 'her' ? 'Her copy' : "The partner's copy", { exact: true });
    if (!(await copy.isVisible())) return '';
    return (await copy.textContent()) ?? '';
  }

  /** "Copy her copy" / "Copy the partner's copy". */
  async copyFamilyCopy(who: 'her' | 'partner'): Promise<void> {
    await this.click(this.button(who === 'her' ? 'Copy her copy' : "Copy the partner's copy"));
  }

  /** Copy / Insert into record for the family summary, and the wrong-family check they open. */
  recordOutput(): RecordOutputPanel {
    return new RecordOutputPanel(this.page, this.page.getByRole('region', { name: 'Summary', exact: true }).locator(':scope > .record-output'));
  }

  /** "This contact is closed." on the summary of a finished contact. */
  async isContactClosed(): Promise<boolean> {
    return this.page.getByText('This contact is closed.', { exact: true }).isVisible();
  }

  /** "Close the contact": the panel goes back to the list of contacts. */
  async closeContact(): Promise<void> {
    await this.click(this.button('Close the contact'));
    await this.heading(2, 'Start a contact').waitFor();
  }

  /** Leaves the contact open ("Back to contacts (this contact is kept)"). */
  async backToContacts(): Promise<void> {
    await this.click(this.button('Back to contacts (this contact is kept)'));
    await this.heading(2, 'Start a contact').waitFor();
  }

  // ---- home ---------------------------------------------------------------------------------
  /** The labels of the contacts listed under "Contacts in progress" or "Finished, kept for a short time". */
  async contactsListed(list: 'in progress' | 'finished'): Promise<string[]> {
    await this.page.getByText('Loading contacts…').waitFor({ state: 'detached' });
    const heading = list === 'in progress' ? 'Contacts in progress' : 'Finished, kept for a short time';
    const items = this.page.getByRole('list', { name: heading }).getByRole('listitem');
    return (await items.locator('strong').allTextContents()).map((label) => label.trim());
  }

  /** The notice shown when the record asked for a summary before a contact was open. */
  recordRequestNotice(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^The record asked for a contact summary/ });
  }

  // ---- about --------------------------------------------------------------------------------
  /** From the contacts list: "About this extension". */
  async openAbout(): Promise<void> {
    await this.click(this.button('About this extension'));
    await this.heading(2, 'About this extension').waitFor();
  }

  async aboutVersions(): Promise<{ version: string; pathwayVersion: string }> {
    return {
      version: (await this.page.getByTestId('about-version').textContent()) ?? '',
      pathwayVersion: (await this.page.getByTestId('about-pathway-version').textContent()) ?? '',
    };
  }

  /** The text under "Clinical safety status". */
  async aboutSafetyStatus(): Promise<string> {
    return (await this.heading(3, 'Clinical safety status').locator('xpath=following-sibling::*[1]').textContent()) ?? '';
  }

  /** Opens "What's new" from About; returns the note's text. */
  async openWhatsNew(): Promise<string> {
    await this.click(this.button("What's new"));
    const note = this.page.getByRole('region', { name: /^What's new in version/ });
    await note.getByRole('list').first().waitFor();
    return (await note.textContent()) ?? '';
  }

  async closeWhatsNew(): Promise<void> {
    await this.click(this.button("Close what's new"));
    await this.page.getByRole('region', { name: /^What's new in version/ }).waitFor({ state: 'detached' });
  }

  /** Presses "Export FHIR Questionnaires" on About; returns the saved file's name and text. */
  async exportQuestionnaires(): Promise<{ filename: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.click(this.button('Export FHIR Questionnaires'))]);
    const path = await download.path();
    return { filename: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  /** Follows the privacy statement link; returns the page it opens. */
  async openPrivacyStatement(): Promise<PrivacyStatement> {
    const [opened] = await Promise.all([this.page.context().waitForEvent('page'), this.page.getByRole('link', { name: /Privacy statement/ }).click()]);
    await opened.waitForLoadState();
    return new PrivacyStatement(opened);
  }

  // ---- checks -------------------------------------------------------------------------------
  /** axe-core violations on what is on screen now (WCAG 2.x A and AA rules). */
  async accessibilityViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  }

  // ---- "None of these" on a checklist (issue 13, H89) -----------------------------------------
  /** The items the question card's "None of these" says it will answer, as listed on the card. */
  async noneOfTheseCovers(): Promise<string[]> {
    return (await this.questionCard().locator('.all-clear').getByRole('listitem').allTextContents()).map((t) => t.trim());
  }
}

/** The privacy statement page (privacy.html), opened from About. */
export class PrivacyStatement {
  constructor(readonly page: Page) {}

  url(): string {
    return this.page.url();
  }

  async hasSection(name: string | RegExp): Promise<boolean> {
    return this.page.getByRole('heading', { level: 2, name }).isVisible();
  }
}
