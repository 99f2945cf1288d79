import { LazyScreen, lazyLoader } from '../lazy-screen';
import type { OutcomeStepProps } from './outcome-step';

// The outcome step (recommendations, the organisation's services, the safety plan) is not on
// screen at a resumed contact's current question, so it is loaded when the contact reaches it
// (issue 17); the contact screen prefetches it once the question is on screen and the panel is idle.
// Red flags and their cards are not here: they stay in the contact screen's own code, shown with
// the question (H102).

export const loadOutcomeStep = lazyLoader(() => import('./outcome-step'));

export function LazyOutcomeStep(props: OutcomeStepProps & { onShownLate?: () => void }) {
  const { onShownLate, ...step } = props;
  return (
    <LazyScreen
      load={loadOutcomeStep}
      what="outcome"
      loading="Preparing the outcome…"
      {...(onShownLate ? { onShownLate } : {})}
      render={({ OutcomeStep }) => <OutcomeStep {...step} />}
    />
  );
}
