import type { LocalSettingsNotice } from '../../config/local-settings';
import type { OrganisationConfig } from '../../config/schema';
import type { AnswerKey, Subject } from '../../contact/contact';
import type { CountedAnswer } from '../../pathway/evaluation';
import { outcomes } from '../../pathway/outcomes';
import type { Outcome } from '../../pathway/schema';
import { notAskedReasonLabel, questionLabel } from '../../output/labels';
import { plainInline } from '../../output/plain-text';
import type { SummaryLine } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';

// Shared by the section modules: the section and model input types, and small helpers for an
// answer's wording and note.
export type SectionId =
  | 'contact'
  | 'already-known'
  | 'since-last-contact'
  | 'birthing-parent'
  | 'partner'
  | 'baby'
  | 'risk'
  | 'safety-plan'
  | 'outcomes'
  | 'consent'
  | 'family-words'
  | 'plan'
  | 'not-asked';

export interface SummarySection {
  id: SectionId;
  title: string;
  shortTitle: string;
  lines: SummaryLine[];
}
// Outcome titles come from the pathway data (lib/pathway/outcomes.ts, issue 16): one table.
export const outcomeByCode = new Map(outcomes.map((o) => [o.code, o]));

export function outcomeShortTitle(code: string): string {
  return outcomeByCode.get(code as Outcome['code'])?.shortTitle ?? code;
}

export function subjectShort(subject: Subject): string {
  return subject === 'partner' ? 'partner' : 'her';
}

export function stateText(answer: CountedAnswer): string {
  switch (answer.state.status) {
    case 'answered':
      return answer.state.label;
    case 'declined':
      return 'declined';
    case 'not-asked':
      return `not asked (${notAskedReasonLabel[answer.state.reason]})`;
  }
}

/** As stateText, without the reason a question was not asked. */
export function stateShort(answer: CountedAnswer): string {
  return answer.state.status === 'not-asked' ? 'not asked' : stateText(answer);
}

export function labelOf(answer: Pick<CountedAnswer, 'questionId' | 'text'>): { full: string; short: string } {
  const known = questionLabel[answer.questionId];
  if (known) return known;
  return { full: answer.text, short: answer.text };
}

/** The practitioner's short note on an answer (issue 13), made paste-safe; '' when there is none. */
export function noteOf(view: SummaryView, key: AnswerKey): string {
  return plainInline(view.contact.answers[key]?.note ?? '');
}

/** The line with its answer's note beside it, in both wordings (both versions print it). */
export function withNote(l: SummaryLine, note: string): SummaryLine {
  if (!note) return l;
  return { ...l, full: `${l.full} (note: ${note})`, short: `${l.short} (note: ${note})`, ...(l.brief ? { brief: `${l.brief} (note: ${note})` } : {}), noted: true };
}

export function sectionOf(view: SummaryView, key: AnswerKey): string | undefined {
  return view.items.get(key)?.section;
}

export interface ModelInput {
  view: SummaryView;
  config?: OrganisationConfig;
  /** Settings made on this device that differ from the national defaults (lib/config/local-settings.ts, H95). */
  localSettings?: LocalSettingsNotice | null;
}

export function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
