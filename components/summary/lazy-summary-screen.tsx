import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// The summary screen (lib/summary, the FHIR and record-output code) is loaded when the practitioner
// first needs it, not before a resumed contact's current question (issue 17): the contact screen
// prefetches it once the question is on screen and the panel is idle, so opening the summary is
// still immediate in practice.
type SummaryScreenModule = typeof import('./summary-screen');
type SummaryScreenProps = ComponentProps<SummaryScreenModule['SummaryScreen']>;

let summaryScreenModule: Promise<SummaryScreenModule> | undefined;

export function loadSummaryScreen(): Promise<SummaryScreenModule> {
  summaryScreenModule ??= import('./summary-screen').catch((error: unknown) => {
    summaryScreenModule = undefined; // let the next attempt load it afresh
    throw error;
  });
  return summaryScreenModule;
}

/** Fetch the summary screen when the panel is idle (never before the current question is painted). */
export function usePrefetchSummaryScreen(): void {
  useEffect(() => {
    const prefetch = () => void loadSummaryScreen().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(prefetch, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(prefetch, 200);
    return () => clearTimeout(timer);
  }, []);
}

export function LazySummaryScreen(props: SummaryScreenProps) {
  const [module, setModule] = useState<SummaryScreenModule | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadSummaryScreen().then(
      (loaded) => live && setModule(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (failed) {
    return (
      <div class="screen">
        <p class="error" role="alert">
          The summary could not be opened. Nothing has been lost: try again, or reload the panel.
        </p>
        <button
          type="button"
          onClick={() => {
            setFailed(false);
            setAttempt(attempt + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  }
  if (!module) return <p role="status">Preparing the summary…</p>;
  const { SummaryScreen } = module;
  return <SummaryScreen {...props} />;
}
