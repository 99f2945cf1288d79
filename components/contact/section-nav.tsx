import type { SectionId } from '../../lib/pathway/schema';
import type { Evaluation } from '../../lib/pathway/evaluation';

export type ContactView = { kind: 'ask' } | { kind: 'section'; section: SectionId } | { kind: 'outcome' } | { kind: 'summary' };

const shortTitles: Record<SectionId, string> = {
  'birthing-parent': 'Birthing parent',
  partner: 'Partner',
  'baby-and-relationship': 'Baby and relationship',
  'context-and-history': 'Context and history',
  outcome: 'Outcome',
};

/** Progress for each section: what is due and how much of it has a response (answered, declined or not asked). */
export function SectionNav({ evaluation, view, onChoose }: { evaluation: Evaluation; view: ContactView; onChoose(view: ContactView): void }) {
  const decided = evaluation.outcomes.filter((o) => o.decision).length;
  return (
    <nav class="section-nav" aria-label="Sections of this contact">
      <ul>
        <li>
          <button type="button" aria-current={view.kind === 'ask' ? 'step' : undefined} onClick={() => onChoose({ kind: 'ask' })}>
            Ask next
          </button>
        </li>
        {evaluation.sections
          .filter((section) => section.id !== 'outcome')
          .map((section) => {
            const { due, dueResponded } = section.progress;
            const current = view.kind === 'section' && view.section === section.id;
            return (
              <li key={section.id}>
                <button type="button" aria-current={current ? 'step' : undefined} onClick={() => onChoose({ kind: 'section', section: section.id })}>
                  {shortTitles[section.id]}
                  <span class={`progress${section.complete ? ' done' : ''}`}>
                    {due === 0 ? 'nothing due' : section.complete ? 'done' : `${dueResponded} of ${due}`}
                  </span>
                </button>
              </li>
            );
          })}
        <li>
          <button type="button" aria-current={view.kind === 'outcome' ? 'step' : undefined} onClick={() => onChoose({ kind: 'outcome' })}>
            Outcome
            <span class="progress">
              {evaluation.outcomes.length === 0 ? '' : `${decided} of ${evaluation.outcomes.length}`}
            </span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
