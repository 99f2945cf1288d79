import type { AnswerKey, NotAskedReason, ReportSource } from '../contact/contact';
import type { Option } from './schema';

/**
 * A response as the engine sees it: validated against the definition, after visibility. A hidden
 * item has none (null). `storedKey` is where the fact is stored (differs when carried from
 * another instrument's identical item).
 */
export type EffectiveResponse =
  | {
      kind: 'option';
      option: Option;
      answeredAt: string;
      storedKey: AnswerKey;
      carried: boolean;
      /** A known fact from the story so far standing in for an unanswered item (known-facts.ts). */
      known?: true;
      /** Who it came from, where the question records it. */
      from?: ReportSource[];
    }
  | { kind: 'declined'; answeredAt: string; storedKey: AnswerKey; carried: false }
  | { kind: 'not-asked'; reason: NotAskedReason; note?: string; answeredAt: string; storedKey: AnswerKey; carried: false };
