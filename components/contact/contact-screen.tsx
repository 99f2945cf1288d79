import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { pathwaySettingsFrom } from '../../lib/config/in-force';
import { answerKey, type Answer, type AnswerKey, type NotAskedReason, type Presence, type ReportSource } from '../../lib/contact/contact';
import { evaluate } from '../../lib/pathway/evaluate';
import { lastAnsweredKey, nextQuestionAfter } from '../../lib/pathway/next-question';
import { pathway } from '../../lib/pathway/pathway';
import { allClearAnswers } from '../../lib/pathway/group-answer';
import { wholeMeasureAnswers, wholeMeasureRemaining, wholeMeasureUndo, type WholeMeasureResponse } from '../../lib/pathway/whole-measure';
import type { Evaluation, ItemView } from '../../lib/pathway/evaluation';
import { ConfirmInline } from '../confirm-inline';
import type { RecordInsertRequest } from '../../lib/platform/insert-requests';
import { LazyOutcomeStep, loadOutcomeStep } from '../outcome/lazy-outcome-step';
import { usePrefetchWhenIdle } from '../lazy-screen';
import { usePanelServices } from '../panel-services';
import { LazySummaryScreen, loadSummaryScreen } from '../summary/lazy-summary-screen';
import { withoutRolePrefix, formatTime } from '../format';
import { describePresence, PresenceFields } from './presence-fields';
import { ResultsSoFar } from './instrument-score';
import { QuestionCard } from './question-card';
import { notAskedReasonLabels } from './wording';
import { AcknowledgedFlags, RedFlagDialog } from './red-flags';
import { ContactPrompts, describeSituation } from './contact-prompts';
import { SaveStatus } from './save-status';
import { SectionNav, type ContactView } from './section-nav';
import { SectionView } from './section-view';
import { LazyStoryParts, loadStoryParts, useStoryPartsSettled } from './lazy-story-parts';
import { useContactSession, type ContactSession } from './use-contact-session';

export type ContactScreenProps = {
  contactId: string;
  onLeave(): void;
  /** An insert asked for from the record page: shows the summary and its guard. */
  insertRequest?: RecordInsertRequest | null;
  onInsertRequestDone?: (request: RecordInsertRequest) => void;
};

export function ContactScreen({ contactId, onLeave, insertRequest, onInsertRequestDone }: ContactScreenProps) {
  const session = useContactSession(contactId);
  // A contact with a story so far is shown once the story's code is here, all at once (lazy-story-parts.tsx).
  const storySettled = useStoryPartsSettled(session.state === 'open' && session.contact.storySoFar !== undefined);
  if (session.state === 'open' && !storySettled) return <OpeningContact />;
  switch (session.state) {
    case 'loading':
      return <OpeningContact />;
    case 'problem':
      return (
        <div class="screen">
          <p class="error" role="alert">
            {session.message}
          </p>
          <button type="button" onClick={onLeave}>
            Back to contacts
          </button>
        </div>
      );
    case 'forgotten':
      return (
        <div class="screen">
          <p role="status">This contact has been forgotten: nothing of it is stored in the extension any more.</p>
          <button type="button" onClick={onLeave}>
            Back to contacts
          </button>
        </div>
      );
    case 'open':
      return <OpenContact session={session} onLeave={onLeave} insertRequest={insertRequest ?? null} onInsertRequestDone={onInsertRequestDone} />;
  }
}

type OpenSession = Extract<ContactSession, { state: 'open' }>;

function findItem(evaluation: Evaluation, key: AnswerKey | null): ItemView | undefined {
  if (!key) return undefined;
  for (const section of evaluation.sections) {
    const item = section.items.find((i) => i.key === key);
    if (item) return item;
  }
  return undefined;
}

function OpenContact({
  session,
  onLeave,
  insertRequest,
  onInsertRequestDone,
}: {
  session: OpenSession;
  onLeave(): void;
  insertRequest: RecordInsertRequest | null;
  onInsertRequestDone: ((request: RecordInsertRequest) => void) | undefined;
}) {
  const { config, now, store } = usePanelServices();
  const settings = useMemo(() => pathwaySettingsFrom(config.config), [config]);
  const { contact, save } = session;
  const evaluation = useMemo(() => evaluate(pathway, contact, settings), [contact, settings]);
  const [view, setView] = useState<ContactView>({ kind: contact.summaryOutputAt ? 'summary' : 'ask' });
  const [pinned, setPinned] = useState<AnswerKey | null>(null);
  // What the practitioner opens next, fetched once the question is on screen and the panel is idle.
  usePrefetchWhenIdle(PREFETCH_AFTER_QUESTION);
  // Seeded with the answer given last, so a resumed contact carries on where it was left.
  const [asked, setAsked] = useState<AnswerKey[]>(() => {
    const last = lastAnsweredKey(contact);
    return last ? [last] : [];
  });
  const [editingPresence, setEditingPresence] = useState(false);
  /** The last whole-measure or "None of these" action, while it can be undone (until the next answer or view change). */
  const [lastWhole, setLastWhole] = useState<{ name: string; firstKey: AnswerKey; answers: Answer[]; what?: string } | null>(null);
  const main = useRef<HTMLDivElement>(null);
  // True after an answer, false after the practitioner picks a view: answering the last due
  // question shows the outcome in the same render (one step fewer, and no race with effects).
  const [lastActionWasAnswer, setLastActionWasAnswer] = useState(false);
  const at = () => new Date(now()).toISOString();

  const lastAsked = asked.at(-1) ?? null;
  const current = findItem(evaluation, pinned) ?? nextQuestionAfter(evaluation, lastAsked) ?? undefined;
  const shown: ContactView = view.kind === 'ask' && !current && lastActionWasAnswer ? { kind: 'outcome' } : view;
  const pendingFlag = evaluation.flags.find((flag) => !flag.acknowledgedAt);
  const acknowledged = evaluation.flags.filter((flag) => flag.acknowledgedAt);

  function choose(next: ContactView) {
    setLastWhole(null);
    setView(next);
    setPinned(null);
    setLastActionWasAnswer(false);
  }

  // A request from the record page to insert the summary brings the summary up with its guard.
  useEffect(() => {
    if (insertRequest) setView({ kind: 'summary' });
  }, [insertRequest]);

  // Moving to another view puts focus on its heading (the question card focuses its own).
  useEffect(() => {
    if (shown.kind !== 'ask') main.current?.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus();
  }, [shown.kind, view]);

  function answered(item: ItemView) {
    setLastWhole(null);
    setAsked((previous) => [...previous.filter((key) => key !== item.key), item.key]);
    setPinned(null);
    setLastActionWasAnswer(true);
  }

  function respond(
    item: ItemView,
    response: { kind: 'option'; optionId: string } | { kind: 'declined' } | { kind: 'not-asked'; reason: NotAskedReason },
    from?: ReportSource[],
  ) {
    // A note belongs to the answer: changing the answer keeps it (clearing the answer removes both).
    const note = contact.answers[item.key]?.note;
    save({
      type: 'answer',
      answer: { questionId: item.questionId, subject: item.subject, response, answeredAt: at(), ...(from ? { from } : {}), ...(note ? { note } : {}) },
    });
    answered(item);
  }

  /** The note on an answer already given: saved with that answer, as typed (empty removes it). */
  function saveNote(item: ItemView, text: string) {
    const stored = contact.answers[item.key];
    if (!stored) return;
    const { note: _old, ...rest } = stored;
    save({ type: 'answer', answer: text.trim() ? { ...rest, note: text } : rest });
  }

  /** "Declined" or "Not asked: reason" for every item of the measure still without a response. */
  function wholeMeasure(item: ItemView, response: WholeMeasureResponse, name: string) {
    const answers = wholeMeasureAnswers(evaluation, item, response, at());
    if (answers.length === 0) return;
    for (const answer of answers) save({ type: 'answer', answer });
    const last = answers.at(-1)!;
    answered({ ...item, key: answerKey(last.subject, last.questionId) });
    setLastWhole({ name, firstKey: answerKey(answers[0]!.subject, answers[0]!.questionId), answers });
  }

  function undoWholeMeasure() {
    if (!lastWhole) return;
    const at_ = at();
    for (const key of wholeMeasureUndo(contact, lastWhole.answers)) {
      const slash = key.indexOf('/');
      save({ type: 'clear-answer', subject: key.slice(0, slash) as ItemView['subject'], questionId: key.slice(slash + 1), at: at_ });
    }
    setPinned(lastWhole.firstKey);
    setLastWhole(null);
    setLastActionWasAnswer(false);
  }

  /**
   * "None of these": one answer per item it covers still unanswered, each its own fact marked as
   * recorded with "none of these" (issue 13, H89), undone in one action like a whole measure.
   */
  function allClear(item: ItemView) {
    const answers = allClearAnswers(item, at());
    if (answers.length === 0) return;
    for (const answer of answers) save({ type: 'answer', answer });
    answered(item);
    setLastWhole({ name: item.groupTitle, firstKey: item.key, answers, what: `“${item.allClear!.label}” recorded` });
  }

  function position(item: ItemView): { index: number; count: number } | undefined {
    if (!item.instrumentId) return undefined;
    const section = evaluation.sections.find((s) => s.id === item.section);
    const siblings = section?.items.filter((i) => i.instrumentId === item.instrumentId && i.subject === item.subject) ?? [];
    return { index: siblings.findIndex((i) => i.key === item.key) + 1, count: siblings.length };
  }

  function wholeMeasureFor(item: ItemView) {
    if (!item.instrumentId) return undefined;
    const name = evaluation.instruments.find((r) => r.instrumentId === item.instrumentId && r.subject === item.subject)?.shortName ?? item.groupTitle;
    return {
      name,
      remaining: wholeMeasureRemaining(evaluation, item).length,
      onDecline: () => wholeMeasure(item, { kind: 'declined' }, name),
      onNotAsked: (reason: NotAskedReason) => wholeMeasure(item, { kind: 'not-asked', reason }, name),
    };
  }

  const previousKey = asked.filter((key) => key !== current?.key).at(-1);

  return (
    <div class="contact">
      <header class="contact-header">
        <p>
          <strong>{contact.label}</strong>
          <span class="quiet">
            {' '}
            · {withoutRolePrefix(evaluation.contactType.label)} · started {formatTime(contact.startedAt)}
          </span>
        </p>
        <SaveStatus status={session.status} onRetry={session.retryNow} />
        <PathwayWarnings evaluation={evaluation} startedWith={contact.pathwayVersion} />
        {session.quarantined > 0 && (
          <p class="error" role="alert">
            Part of this contact could not be read and has been set aside. Check the answers below and ask again anything that is missing.
          </p>
        )}
        {contact.situation && describeSituation(contact.situation) && <p class="situation-bar quiet">{describeSituation(contact.situation)}</p>}
        <div class="presence-bar">
          <span>In the room: {describePresence(contact.presence)}</span>
          <button type="button" aria-expanded={editingPresence} onClick={() => setEditingPresence(!editingPresence)}>
            {editingPresence ? 'Done' : 'Change'}
          </button>
        </div>
        {editingPresence && (
          <PresenceFields
            idPrefix="contact"
            presence={contact.presence}
            onChange={(presence: Presence) => save({ type: 'presence', presence, at: at() })}
          />
        )}
      </header>

      {shown.kind !== 'summary' && <LazyStoryParts contact={contact} evaluation={evaluation} save={save} />}
      <AcknowledgedFlags flags={acknowledged} privateNow={evaluation.presence.privateNow} />
      {shown.kind !== 'summary' && <ContactPrompts evaluation={evaluation} />}
      <SectionNav evaluation={evaluation} view={shown} onChoose={choose} />

      <div class="contact-main" ref={main}>
        {lastWhole && shown.kind !== 'summary' && (
          <p class="whole-measure-done" role="status">
            {lastWhole.name}: {lastWhole.what ?? describeWhole(lastWhole.answers)} for {lastWhole.answers.length}{' '}
            {lastWhole.answers.length === 1 ? 'item' : 'items'}.{' '}
            <button type="button" onClick={undoWholeMeasure}>
              Undo
            </button>
          </p>
        )}
        {shown.kind === 'ask' &&
          (current ? (
            <>
              <QuestionCard
                item={current}
                position={position(current)}
                result={evaluation.instruments.find((r) => r.instrumentId === current.instrumentId && r.subject === current.subject)}
                onAnswer={(optionId, from) => respond(current, { kind: 'option', optionId }, from)}
                onChangeFrom={(optionId, from) =>
                  save({
                    type: 'answer',
                    answer: { questionId: current.questionId, subject: current.subject, response: { kind: 'option', optionId }, answeredAt: at(), from },
                  })
                }
                onAllClear={() => allClear(current)}
                onDecline={() => respond(current, { kind: 'declined' })}
                onNotAsked={(reason) => respond(current, { kind: 'not-asked', reason })}
                onClear={() => save({ type: 'clear-answer', subject: current.subject, questionId: current.questionId, at: at() })}
                onNext={() => answered(current)}
                onBack={previousKey ? () => setPinned(previousKey) : undefined}
                note={{ value: contact.answers[current.key]?.note, onChange: (text) => saveNote(current, text) }}
                wholeMeasure={wholeMeasureFor(current)}
                translation={
                  current.instrumentId && contact.situation?.language
                    ? {
                        language: contact.situation.language,
                        value: contact.translationsUsed?.[`${current.subject}/${current.instrumentId}`],
                        onChange: (value) =>
                          save({ type: 'translation', subject: current.subject, instrumentId: current.instrumentId!, translation: value, at: at() }),
                      }
                    : undefined
                }
              />
              <ResultsSoFar
                results={evaluation.instruments.filter((r) => r.subject === current.subject && r.instrumentId !== current.instrumentId)}
              />
            </>
          ) : (
            <AllAsked onOutcome={() => choose({ kind: 'outcome' })} />
          ))}
        {shown.kind === 'section' && (
          <SectionView
            section={evaluation.sections.find((s) => s.id === shown.section) ?? evaluation.sections[0]!}
            evaluation={evaluation}
            onOpen={(key) => {
              setView({ kind: 'ask' });
              setPinned(key);
            }}
          />
        )}
        {shown.kind === 'outcome' && (
          <LazyOutcomeStep
            contact={contact}
            evaluation={evaluation}
            save={save}
            onFinish={() => choose({ kind: 'summary' })}
            onShownLate={() => main.current?.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus()}
          />
        )}
        {shown.kind === 'summary' && (
          <LazySummaryScreen
            contact={contact}
            save={save}
            onLeave={onLeave}
            insertRequest={insertRequest}
            {...(onInsertRequestDone ? { onInsertRequestDone } : {})}
          />
        )}
      </div>

      <footer class="contact-footer">
        <button type="button" class="link-like" onClick={onLeave}>
          Back to contacts (this contact is kept)
        </button>
        <ConfirmInline
          label="End contact and forget"
          question="Forget this contact now? Nothing of it will remain in the extension. Copy the summary into the record first if you need it."
          confirmLabel="Forget it now"
          danger
          onConfirm={async () => {
            await store.forget(contact.id);
            onLeave();
          }}
        />
      </footer>

      {pendingFlag && (
        <RedFlagDialog
          flag={pendingFlag}
          privateNow={evaluation.presence.privateNow}
          onAcknowledge={() => save({ type: 'acknowledge-flag', flagId: pendingFlag.id, at: at() })}
          // After an answer, focus goes to the question now on screen (the card opened before it took
          // focus, and the answer buttons are reused for it); after a change elsewhere, such as who is
          // in the room, back to the control that was in use.
          returnFocusTo={(previous) =>
            previous?.isConnected && previous !== document.body && !main.current?.contains(previous)
              ? previous
              : main.current?.querySelector<HTMLElement>('h2[tabindex="-1"]')
          }
        />
      )}
    </div>
  );
}

const PREFETCH_AFTER_QUESTION = [loadOutcomeStep, loadSummaryScreen, loadStoryParts];

function OpeningContact() {
  return (
    <p class="quiet" role="status">
      Opening the contact…
    </p>
  );
}

function AllAsked({ onOutcome }: { onOutcome(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <section class="all-asked" aria-labelledby="all-asked-heading">
      <h2 id="all-asked-heading">Everything due has been asked</h2>
      <p>You can still open a section to ask anything optional, or change an answer.</p>
      <button ref={button} type="button" class="primary big" onClick={onOutcome}>
        Go to the outcome
      </button>
    </section>
  );
}

/**
 * A contact started before the extension was updated may hold answers the current pathway reads
 * differently or not at all (they then count as no answer). Say so on screen, not only in the summary.
 */
function PathwayWarnings({ evaluation, startedWith }: { evaluation: Evaluation; startedWith: string }) {
  const versionChanged = evaluation.warnings.some((w) => w.problem === 'pathway-version-mismatch');
  const unreadable = evaluation.warnings.filter((w) => w.problem === 'unknown-question' || w.problem === 'unknown-option').length;
  if (!versionChanged && unreadable === 0) return null;
  return (
    <p class="warning" role="status">
      {versionChanged && `This contact was started with pathway ${startedWith}; this is ${evaluation.pathwayVersion}. Check the answers before you finish. `}
      {unreadable > 0 && `${unreadable} earlier ${unreadable === 1 ? 'answer is' : 'answers are'} not part of this version and ${unreadable === 1 ? 'does' : 'do'} not count: ask again what is shown as due.`}
    </p>
  );
}

function describeWhole(answers: readonly Answer[]): string {
  const response = answers[0]?.response;
  if (!response || response.kind === 'option') return 'recorded';
  return response.kind === 'declined' ? 'declined as a whole, recorded' : `not asked (${notAskedReasonLabels[response.reason].toLowerCase()}), recorded`;
}
