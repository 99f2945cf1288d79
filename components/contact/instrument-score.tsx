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
