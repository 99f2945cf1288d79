import { useEffect, useRef, useState } from 'preact/hooks';
import type { NotAskedReason, ReportSource } from '../../lib/contact/contact';
import type { InstrumentResult, ItemView } from '../../lib/pathway/evaluation';
import { roleLabel } from '../../lib/output/role-labels';
import { ukDate } from '../../lib/output/uk-time';
import { InstrumentScore } from './instrument-score';
import { notAskedReasonLabels, reportSourceLabels, respondentHeading } from './wording';

export type QuestionCardProps = {
  item: ItemView;
  /** "Question 2 of 10" within the instrument, when the item belongs to one. */
  position?: { index: number; count: number };
  result?: InstrumentResult;
  /** `from`: who it came from, for items that record it (item.recordsWhoReported). */
  onAnswer(optionId: string, from?: ReportSource[]): void;
  /** Who it came from changed on an item already answered: save it without moving on. */
  onChangeFrom?: (optionId: string, from: ReportSource[]) => void;
  /** "None of these seen or reported": answers every item in item.allClear.keys. */
  onAllClear?: () => void;
  onDecline(): void;
  onNotAsked(reason: NotAskedReason): void;
  onClear(): void;
  /** Go on to the next question without answering (Enter on an answered question). */
  onNext(): void;
  onBack?: () => void;
  /**
   * Instruments asked where a preferred language is recorded: whether a validated translation of
   * the instrument was used ('validated' or 'none'; the product ships none). Issue 11.
   */
  translation?: { language: string; value: string | undefined; onChange(value: 'validated' | 'none'): void };
  /**
   * The short note stored with this item's answer (issue 13), and how to save it. Only offered once
   * the item has a response: a note belongs to an answer. Summary only, never in the handover block.
   */
  note?: { value: string | undefined; onChange(value: string): void };
  /**
   * One action for the whole measure this item belongs to (issue 13): records "declined" or "not
   * asked" with a reason for each of its items still without a response. The panel offers it; the
   * engine still reads each item as its own fact, so an unknown self-harm item stays unknown.
   */
  wholeMeasure?: { name: string; remaining: number; onDecline(): void; onNotAsked(reason: NotAskedReason): void };
};

/** The longest note (the contact model's limit, lib/contact/contact.ts answerSchema.note). */
export const NOTE_MAX = 280;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * One question at a time, in the instrument's exact wording, with big targets and shortcuts:
 * 1-9 pick an option, Y and N answer yes/no questions, D records "declined", arrows move between
 * options, Enter goes on. The card never decides what comes next: the engine does.
 */
const REPORT_SOURCES: ReportSource[] = ['parent', 'practitioner', 'informant'];
const DEFAULT_FROM: ReportSource[] = ['parent', 'practitioner'];

export function QuestionCard({ item, position, result, onAnswer, onChangeFrom, onAllClear, onDecline, onNotAsked, onClear, onNext, onBack, translation, note, wholeMeasure }: QuestionCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const optionsRef = useRef<HTMLDivElement>(null);
  const [choosingReason, setChoosingReason] = useState(false);
  const [choosingWholeReason, setChoosingWholeReason] = useState(false);
  const [noteOpen, setNoteOpen] = useState(false);
  const selected = item.state.status === 'answered' ? item.state.optionId : null;
  const storedFrom = item.state.status === 'answered' ? item.state.from : undefined;
  const [from, setFrom] = useState<ReportSource[]>(storedFrom ?? DEFAULT_FROM);
  useEffect(() => setFrom(storedFrom ?? DEFAULT_FROM), [item.key, storedFrom?.join('+')]);
  const fromFor = (): ReportSource[] | undefined => (item.recordsWhoReported && from.length ? from : undefined);

  function toggleFrom(source: ReportSource, on: boolean) {
    const next = REPORT_SOURCES.filter((s) => (s === source ? on : from.includes(s)));
    setFrom(next);
    if (selected && next.length && onChangeFrom) onChangeFrom(selected, next);
  }

  // A new question takes focus so a screen reader announces it and shortcuts act on it.
  // Not while a red-flag card is open over it: the card keeps focus until it is acknowledged.
  useEffect(() => {
    setChoosingReason(false);
    setChoosingWholeReason(false);
    setNoteOpen(false);
    if (!document.querySelector('dialog[open]')) heading.current?.focus();
  }, [item.key]);

  // One listener for the card's life, reading the props of the latest render: a key pressed just
  // after the question changed must answer the new question, never the previous one.
  const latest = useRef({ item, onAnswer, onDecline, onNext, onAllClear, fromFor });
  latest.current = { item, onAnswer, onDecline, onNext, onAllClear, fromFor };
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const { item, onAnswer: answer, onDecline, onNext, onAllClear, fromFor } = latest.current;
      const onAnswer = (optionId: string) => {
        const from = fromFor();
        if (from) answer(optionId, from);
        else answer(optionId);
      };
      // A key held down repeats: each repeat would answer the next question, so only a fresh press counts.
      if (event.repeat || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      const digit = Number(key);
      if (key === '0' && item.allClear && onAllClear) {
        event.preventDefault();
        onAllClear();
      } else if (Number.isInteger(digit) && digit >= 1 && digit <= item.options.length) {
        event.preventDefault();
        onAnswer(item.options[digit - 1]!.id);
      } else if ((key === 'y' || key === 'n') && item.options.some((o) => o.id === (key === 'y' ? 'yes' : 'no'))) {
        event.preventDefault();
        onAnswer(key === 'y' ? 'yes' : 'no');
      } else if (key === 's' && item.known && item.state.status === 'unanswered') {
        event.preventDefault();
        onAnswer(item.known.confirmOptionId);
      } else if (key === 'd') {
        event.preventDefault();
        onDecline();
      } else if (key === 'enter' && !(event.target instanceof HTMLButtonElement) && item.state.status !== 'unanswered') {
        event.preventDefault();
        onNext();
      } else if (['arrowdown', 'arrowright', 'arrowup', 'arrowleft'].includes(key)) {
        const buttons = [...(optionsRef.current?.querySelectorAll('button') ?? [])];
        if (buttons.length === 0) return;
        event.preventDefault();
        const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
        const step = key === 'arrowdown' || key === 'arrowright' ? 1 : -1;
        const next = current === -1 ? (step === 1 ? 0 : buttons.length - 1) : (current + step + buttons.length) % buttons.length;
        buttons[next]?.focus();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const headingId = `question-${item.key.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <section class="question-card" aria-labelledby={headingId}>
      <p class="question-context">
        <span class="who">{respondentHeading(item)}</span>
        {item.instrumentId && (
          <span>
            {' · '}
            {item.groupTitle}
            {position && ` · ${position.index} of ${position.count}`}
          </span>
        )}
      </p>
      {item.stem && <p class="stem">{item.stem}</p>}
      {translation && (
        <fieldset class="translation">
          <legend>
            {item.groupTitle} in {translation.language}: validated translation used?
          </legend>
          <label class="choice">
            <input type="radio" name={`translation-${item.subject}-${item.instrumentId}`} checked={translation.value === 'validated'} onChange={() => translation.onChange('validated')} />
            <span>Yes, a validated translation</span>
          </label>
          <label class="choice">
            <input type="radio" name={`translation-${item.subject}-${item.instrumentId}`} checked={translation.value === 'none'} onChange={() => translation.onChange('none')} />
            <span>No (interpreted or translated on the spot)</span>
          </label>
        </fieldset>
      )}
      {!item.stem && item.recallWindow && <p class="stem">Recall: {item.recallWindow.text}</p>}
      <h2 id={headingId} ref={heading} tabIndex={-1} class="question-text">
        {item.text}
      </h2>
      {item.hint && <p class="hint">{item.hint}</p>}
      {!item.askableNow && item.notAskableReason && <p class="notice">{item.notAskableReason}</p>}
      {item.recentlyAsked && item.state.status === 'unanswered' && (
        <p class="known-fact recently-asked">
          Asked on {ukDate(item.recentlyAsked.at)} ({roleLabel[item.recentlyAsked.role]}), within {item.recentlyAsked.recallText}: not due
          again. You can still ask it if there is concern.
        </p>
      )}
      {item.raisedBy && item.raisedBy.length > 0 && (
        <div class="notice raised-by" role="note">
          <p>
            <strong>Already raised</strong> by another answer in this contact, whatever is answered here:
          </p>
          <ul>
            {item.raisedBy.map((r) => (
              <li key={r.key}>
                {r.text}: <strong>{r.answer}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.recordsWhoReported && (
        <fieldset class="report-from">
          <legend>Who it came from</legend>
          {REPORT_SOURCES.map((source) => (
            <label key={source} class="choice compact">
              <input type="checkbox" checked={from.includes(source)} onChange={(event) => toggleFrom(source, event.currentTarget.checked)} />{' '}
              {reportSourceLabels[source]}
            </label>
          ))}
        </fieldset>
      )}
      {item.known && item.state.status === 'unanswered' && (
        <div class="known-fact">
          <p>
            Known from {ukDate(item.known.at)} ({roleLabel[item.known.role]}): <strong>{item.known.label}</strong>. Is it still true?
          </p>
          <button type="button" class="primary" onClick={() => onAnswer(item.known!.confirmOptionId)}>
            Still true <span class="quiet">(S)</span>
          </button>
          <p class="hint">If it has changed, choose today's answer below.</p>
        </div>
      )}
      <div class="options" ref={optionsRef} role="group" aria-label="Answers">
        {item.options.map((option, index) => (
          <button
            key={option.id}
            type="button"
            class={`option${selected === option.id ? ' selected' : ''}`}
            aria-pressed={selected === option.id}
            onClick={() => {
              const reported = fromFor();
              if (reported) onAnswer(option.id, reported);
              else onAnswer(option.id);
            }}
          >
            <span class="key" aria-hidden="true">
              {index + 1}
            </span>
            <span class="option-label">{option.label}</span>
          </button>
        ))}
      </div>
      {item.allClear && onAllClear && (
        // Issue 13 (H89): never pre-selected, and it shows every item it answers and the answer it
        // records before it is used; each item is stored as its own answer, and it can be undone.
        <div class="all-clear">
          <button type="button" class="primary" onClick={onAllClear} aria-describedby={`${headingId}-all-clear`}>
            {item.allClear.label} <span class="key-hint">(0)</span>
          </button>
          <div id={`${headingId}-all-clear`} class="hint">
            <p>
              Records {allClearAnswerWords(item.allClear)} for each of the {item.allClear.keys.length} items still to answer here
              {item.allClear.from ? `, from ${item.allClear.from.map((f) => reportSourceLabels[f].toLowerCase()).join(' and ')}` : ''}, each as its own
              answer:
            </p>
            <ul class="all-clear-items">
              {item.allClear.items.map((covered) => (
                <li key={covered.key}>{covered.text}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <div class="secondary-actions">
        <button type="button" aria-pressed={item.state.status === 'declined'} onClick={onDecline}>
          Declined to answer
        </button>
        <button type="button" aria-expanded={choosingReason} onClick={() => setChoosingReason(!choosingReason)}>
          Not asked…
        </button>
        {item.state.status !== 'unanswered' && (
          <button type="button" onClick={onClear}>
            Clear answer
          </button>
        )}
        {onBack && (
          <button type="button" onClick={onBack}>
            Back
          </button>
        )}
        {item.state.status !== 'unanswered' && (
          <button type="button" onClick={onNext}>
            Next
          </button>
        )}
      </div>
      {wholeMeasure && wholeMeasure.remaining > 0 && (
        <div class="whole-measure">
          <button type="button" onClick={wholeMeasure.onDecline}>
            Declined (whole {wholeMeasure.name})
          </button>
          <button type="button" aria-expanded={choosingWholeReason} onClick={() => setChoosingWholeReason(!choosingWholeReason)}>
            Not asked (whole {wholeMeasure.name})…
          </button>
          <p class="hint">
            Records it for each of the {wholeMeasure.remaining} {wholeMeasure.name} {wholeMeasure.remaining === 1 ? 'item' : 'items'} still without an answer.
          </p>
        </div>
      )}
      {wholeMeasure && choosingWholeReason && (
        <fieldset class="reasons">
          <legend>Why was the {wholeMeasure.name} not asked?</legend>
          {(Object.keys(notAskedReasonLabels) as NotAskedReason[]).map((reason) => (
            <button key={reason} type="button" onClick={() => wholeMeasure.onNotAsked(reason)}>
              {notAskedReasonLabels[reason]}
            </button>
          ))}
        </fieldset>
      )}
      {item.state.status === 'not-asked' && <p class="quiet">Not asked: {notAskedReasonLabels[item.state.reason]}</p>}
      {note && item.state.status !== 'unanswered' && (
        <AnswerNote key={item.key} itemKey={item.key} note={note} open={noteOpen || Boolean(note.value)} onOpen={() => setNoteOpen(true)} />
      )}
      {choosingReason && (
        <fieldset class="reasons">
          <legend>Why was this not asked?</legend>
          {(Object.keys(notAskedReasonLabels) as NotAskedReason[]).map((reason) => (
            <button key={reason} type="button" onClick={() => onNotAsked(reason)}>
              {notAskedReasonLabels[reason]}
            </button>
          ))}
        </fieldset>
      )}
      {result && result.status === 'complete' && <InstrumentScore result={result} />}
      <p class="shortcut-hint quiet" aria-hidden="true">
        Keys: 1–{item.options.length} answer{item.options.some((o) => o.id === 'yes') ? ', Y/N' : ''}
        {item.allClear ? ', 0 none of these' : ''}, D declined, Enter next
      </p>
    </section>
  );
}

/** “not seen”, or “no”: the answer(s) a "None of these" records, as the hint says them. */
function allClearAnswerWords(clear: NonNullable<ItemView['allClear']>): string {
  const answers = [...new Set(clear.items.map((covered) => covered.answer))];
  return answers.map((answer) => `“${answer.charAt(0).toLowerCase()}${answer.slice(1)}”`).join(' or ');
}

/**
 * "Add a note": a short note beside the answer, in the practitioner's or the family's words. Saved
 * as it is typed, like an answer (autosave), at most NOTE_MAX characters; the count is announced
 * only when it is nearly full. Typing in it never triggers the card's shortcuts (isTypingTarget).
 */
function AnswerNote({ itemKey, note, open, onOpen }: { itemKey: string; note: NonNullable<QuestionCardProps['note']>; open: boolean; onOpen(): void }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const id = `note-${itemKey.replace(/[^a-z0-9]/gi, '-')}`;
  const [value, setValue] = useState(note.value ?? '');
  useEffect(() => setValue(note.value ?? ''), [itemKey]);
  if (!open) {
    return (
      <button
        type="button"
        class="add-note"
        onClick={() => {
          onOpen();
          // The field appears on the next render: focus it then.
          setTimeout(() => field.current?.focus(), 0);
        }}
      >
        Add a note
      </button>
    );
  }
  const left = NOTE_MAX - value.length;
  return (
    <div class="answer-note">
      <label for={id}>Note (goes in the summary beside this answer, never in the handover block)</label>
      <textarea
        id={id}
        ref={field}
        rows={2}
        maxLength={NOTE_MAX}
        value={value}
        aria-describedby={`${id}-count`}
        onInput={(event) => {
          const next = event.currentTarget.value.slice(0, NOTE_MAX);
          setValue(next);
          note.onChange(next);
        }}
      />
      <p id={`${id}-count`} class="quiet" aria-live={left <= 20 ? 'polite' : 'off'}>
        {left} of {NOTE_MAX} characters left
      </p>
    </div>
  );
}
