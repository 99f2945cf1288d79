import type { Contact } from '../../lib/contact/contact';
import type { ContactChange } from '../../lib/contact/contact-change';
import type { Evaluation } from '../../lib/pathway/evaluation';

export type SummaryScreenProps = {
  contact: Contact;
  evaluation: Evaluation;
  save(change: ContactChange): void;
  flush(): Promise<void>;
  onLeave(): void;
};

// TODO(2026-11-21, issue 5): the structured summary, copy/insert and the handover block.
export function SummaryScreen(_props: SummaryScreenProps) {
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading" tabIndex={-1}>
        Summary
      </h2>
    </section>
  );
}
