import { useLayoutEffect, useRef } from 'preact/hooks';
import { crisisRoutes, servicesForOutcomeOnScreen } from '../../lib/config/services-for-outcome';
import type { Flag } from '../../lib/pathway/evaluation';
import { usePanelServices } from '../panel-services';
import { CrisisRouteList, OutcomeServiceList } from './service-list';
import { cardStyle, subjectLabels } from './wording';

/** A DOM id for a flag's heading; a neutral (private) flag's rule id never reaches the page. */
function flagDomId(prefix: string, flag: Flag): string {
  return flag.neutral ? `${prefix}-private-${flag.level}-${flag.subject}` : `${prefix}-${flag.id.replace(/[^a-z0-9]/gi, '-')}`;
}

// A red flag interrupts: a focus-taking card that says the level, what to do now, where (the
// organisation's own routes) and what to record. It stays on screen, acknowledged, until the
// contact ends. The card shows the engine's flag as it is; it decides nothing.

function FlagBody({ flag, headingId, privateNow }: { flag: Flag; headingId: string; privateNow: boolean }) {
  const { config } = usePanelServices();
  const crisis = flag.level === 'E4' || flag.level === 'E5' ? crisisRoutes(config.config, flag.level, flag.subject) : null;
  return (
    <>
      <p class="flag-level">
        {flag.level} · {subjectLabels[flag.subject]} · {flag.timeframe}
      </p>
      <h2 id={headingId}>{flag.title}</h2>
      {flag.hiddenAnswers && flag.hiddenAnswers.length > 0 && (
        <>
          <h3>Answer given earlier (its question is now hidden)</h3>
          <ul>
            {flag.hiddenAnswers.map((hidden) => (
              <li key={hidden.key}>
                {hidden.text}: <strong>{hidden.answer}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Do now</h3>
      <ol>
        {flag.doNow.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {crisis && (
        <>
          <h3>Urgent routes</h3>
          <CrisisRouteList routes={crisis} />
        </>
      )}
      {flag.routes.length > 0 && (
        <>
          <h3>Where</h3>
          {flag.routes.map((code) => {
            const services = servicesForOutcomeOnScreen(config.config, code, flag.subject, { privateNow });
            return <OutcomeServiceList key={code} services={services} />;
          })}
        </>
      )}
      <h3>Record</h3>
      <ul>
        {flag.record.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {!flag.neutral && (
        <p class="quiet">
          Source: {flag.sources.join(', ')} · rule {flag.ruleId}
        </p>
      )}
    </>
  );
}

/**
 * The interrupting card for the most urgent unacknowledged flag: a modal dialog (the rest of the
 * panel is inert behind it), which Escape does not close. Only acknowledging it does.
 *
 * Cancelling the `cancel` event is not enough: Chromium lets a second Escape with no other input in
 * between close a dialog anyway (so pages cannot trap people). The Escape key is stopped at keydown,
 * and a card closed by any other means while still unacknowledged opens itself again.
 */
export function RedFlagDialog({
  flag,
  privateNow,
  onAcknowledge,
  returnFocusTo,
}: {
  flag: Flag;
  privateNow: boolean;
  onAcknowledge(): void;
  /** Where focus goes once the card is acknowledged, given where it was when the card opened. */
  returnFocusTo?: (previous: HTMLElement | null) => HTMLElement | null | undefined;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLDivElement>(null);
  const leaving = useRef(false);
  const headingId = flagDomId('flag', flag);
  const style = cardStyle(flag);

  // Opened in the same commit that adds it, before the browser paints: with a passive effect the
  // next question was on screen and clickable for a frame, and a quick tap answered it behind the card.
  useLayoutEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const element = dialog.current;
    leaving.current = false;
    if (element && !element.open) element.showModal();
    // The card itself takes focus so it is read from the top, and a stray Enter cannot acknowledge it.
    heading.current?.focus();
    return () => {
      leaving.current = true;
      if (element?.open) element.close();
      const target = returnFocusTo ? returnFocusTo(previous) : previous;
      target?.focus?.();
    };
  }, [flag.id]);

  return (
    <dialog
      ref={dialog}
      class={`dialog red-flag level-${flag.level} ${style.className}`}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={headingId}
      onCancel={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key === 'Escape') event.preventDefault();
      }}
      onClose={() => {
        const element = dialog.current;
        if (!leaving.current && element?.isConnected && !element.open) {
          element.showModal();
          heading.current?.focus();
        }
      }}
    >
      <div ref={heading} tabIndex={-1}>
        <p class="flag-banner">{style.banner}</p>
        <FlagBody flag={flag} headingId={headingId} privateNow={privateNow} />
      </div>
      <button type="button" class="primary big" onClick={onAcknowledge}>
        I have read this and will act on it
      </button>
    </dialog>
  );
}

/** Acknowledged flags stay visible at the top of the contact until it ends. */
export function AcknowledgedFlags({ flags, privateNow }: { flags: Flag[]; privateNow: boolean }) {
  if (flags.length === 0) return null;
  return (
    <section class="flag-strip" aria-label="Red flags raised in this contact">
      {flags.map((flag) => (
        <details key={flag.id} class={`flag-summary level-${flag.level} ${cardStyle(flag).className}`}>
          <summary>
            <strong>{flag.level}</strong> {flag.title} ({subjectLabels[flag.subject].toLowerCase()})
          </summary>
          <FlagBody flag={flag} headingId={flagDomId('ack', flag)} privateNow={privateNow} />
        </details>
      ))}
    </section>
  );
}
