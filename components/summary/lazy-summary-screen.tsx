import type { ComponentProps } from 'preact';
import { useEffect } from 'preact/hooks';
import { LazyScreen, lazyLoader } from '../lazy-screen';

// The summary screen (lib/summary, the FHIR and record-output code) is loaded when the practitioner
// first needs it, not before a resumed contact's current question (issue 17): the contact screen
// prefetches it once the question is on screen and the panel is idle, so opening the summary is
// still immediate in practice.
type SummaryScreenProps = ComponentProps<(typeof import('./summary-screen'))['SummaryScreen']>;

export const loadSummaryScreen = lazyLoader(() => import('./summary-screen'));

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
  return <LazyScreen load={loadSummaryScreen} what="summary" loading="Preparing the summary…" render={({ SummaryScreen }) => <SummaryScreen {...props} />} />;
}
