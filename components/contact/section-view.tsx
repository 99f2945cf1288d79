import type { AnswerKey } from '../../lib/contact/contact';
import type { Evaluation, ItemView, SectionView as Section } from '../../lib/pathway/evaluation';
import { roleLabel } from '../../lib/output/role-labels';
import { ukDate } from '../../lib/output/uk-time';
import { InstrumentScore } from './instrument-score';
import { notAskedReasonLabels } from './wording';

function stateText(item: ItemView): string {
  // Raised by another answer: the check reads as seen, never "not seen" beside the raised flag.
  if (item.raisedBy?.length) return 'Seen: raised by another answer';
  switch (item.state.status) {
    case 'answered':
      return item.state.label;
    case 'declined':
      return 'Declined';
    case 'not-asked':
      return `Not asked: ${notAskedReasonLabels[item.state.reason]}`;
    case 'unanswered':
      if (item.known) return `Known: ${item.known.label} (confirm)`;
      if (item.recentlyAsked && item.requirement !== 'due') return `Asked ${ukDate(item.recentlyAsked.at)} (${roleLabel[item.recentlyAsked.role]}): not due again`;
      return item.requirement === 'due' ? 'Due' : item.requirement === 'suggested' ? 'Suggested' : 'Optional';
  }
}

/** Everything in one section: due first, then what may be asked, and what is not shown and why. */
export function SectionView({ section, evaluation, onOpen }: { section: Section; evaluation: Evaluation; onOpen(key: AnswerKey): void }) {
  const groups = new Map<string, ItemView[]>();
  for (const item of section.items) groups.set(item.groupTitle, [...(groups.get(item.groupTitle) ?? []), item]);
  const results = evaluation.instruments.filter(
    (r) => r.status === 'complete' && section.items.some((i) => i.instrumentId === r.instrumentId && i.subject === r.subject),
  );

  return (
    <section class="section-view" aria-labelledby={`section-${section.id}`}>
      <h2 id={`section-${section.id}`} tabIndex={-1}>
        {section.title}
      </h2>
      {results.map((result) => (
        <InstrumentScore key={`${result.subject}/${result.instrumentId}`} result={result} />
      ))}
      {[...groups.entries()].map(([title, items]) => (
        <div key={title} class="item-group">
          <h3>{title}</h3>
          <ul class="items">
            {items.map((item) => (
              <li key={item.key} class={`item ${item.state.status} ${item.requirement}`}>
                {!item.askableNow && item.state.status === 'unanswered' ? (
                  // Focusable so a keyboard or screen-reader user can learn why it cannot be asked now.
                  <button type="button" aria-disabled="true" class="not-askable">
                    <span class="item-text">{item.text}</span>
                    <span class="item-state">{item.notAskableReason ?? 'Cannot be asked now'}</span>
                  </button>
                ) : (
                  <button type="button" onClick={() => onOpen(item.key)}>
                    <span class="item-text">{item.text}</span>
                    <span class="item-state">{stateText(item)}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {section.hidden.length > 0 && (
        <div class="hidden-items">
          <h3>Not shown now</h3>
          <ul>
            {section.hidden.map((entry) => (
              <li key={`${entry.title}-${entry.reason}`}>
                <strong>{entry.title}</strong>: {entry.reason}
                {entry.keepsRiskAnswer
                  ? ' (a risk answer given earlier here is still acted on: see the red flag)'
                  : entry.ignoresStoredAnswer && ' (an answer given earlier here no longer counts)'}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
