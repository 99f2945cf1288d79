import type { InstrumentResult } from '../../lib/pathway/evaluation';

/** A completed measure: total, band and any item-level risk answer, as the engine scored it. */
export function InstrumentScore({ result }: { result: InstrumentResult }) {
  if (result.status !== 'complete' || result.total === null) return null;
  const riskPositive = result.itemRisk.filter((risk) => risk.status === 'positive');
  return (
    <div class="score" role="status">
      <p>
        <strong>
          {result.shortName}: {result.total} of {result.maxTotal}
        </strong>
        {result.band && <span> · {result.band.label}</span>}
        {result.positive !== null && <span> · {result.positive ? result.positiveLabel : 'below the cut-off'}</span>}
      </p>
      <p class="quiet">Recall: {result.recallWindow.text}</p>
      {riskPositive.map((risk) => (
        <p key={risk.key} class="risk-line">
          Item {risk.questionId.split('.').pop()}: {risk.optionLabel} (score {risk.score})
        </p>
      ))}
    </div>
  );
}

/** Every measure completed so far for this parent, one line each, beside the next question. */
export function ResultsSoFar({ results }: { results: InstrumentResult[] }) {
  const complete = results.filter((r) => r.status === 'complete' && r.total !== null);
  if (complete.length === 0) return null;
  return (
    <section class="results-so-far" aria-label="Results so far">
      <h3>Results so far</h3>
      <ul>
        {complete.map((r) => (
          <li key={`${r.subject}/${r.instrumentId}`}>
            <strong>
              {r.shortName} {r.total} of {r.maxTotal}
            </strong>
            {r.band && ` · ${r.band.label}`}
            {r.itemRisk
              .filter((risk) => risk.status === 'positive')
              .map((risk) => (
                <span key={risk.key} class="risk-line">
                  {' '}
                  · item {risk.questionId.split('.').pop()}: {risk.optionLabel}
                </span>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
