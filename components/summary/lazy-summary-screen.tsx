import type { ComponentProps } from 'preact';
import { LazyScreen, lazyLoader } from '../lazy-screen';

// The summary screen (lib/summary, the FHIR and record-output code) is loaded when the practitioner
// first needs it, not before a resumed contact's current question (issue 17): the contact screen
// prefetches it once the question is on screen and the panel is idle, so opening the summary is
// still immediate in practice.
type SummaryScreenProps = ComponentProps<(typeof import('./summary-screen'))['SummaryScreen']>;

export const loadSummaryScreen = lazyLoader(() => import('./summary-screen'));

export function LazySummaryScreen(props: SummaryScreenProps) {
  return <LazyScreen load={loadSummaryScreen} what="summary" loading="Preparing the summary…" render={({ SummaryScreen }) => <SummaryScreen {...props} />} />;
}
