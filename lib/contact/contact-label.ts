// The label is the practitioner's own short, non-identifying name for a contact ("14:00 visit").
// The extension never asks for names or NHS numbers; this catches the obvious slip of typing one.

export const MAX_LABEL_LENGTH = 40;

export type LabelProblem = 'empty' | 'too-long' | 'looks-like-nhs-number' | 'looks-like-date-of-birth';

export const labelProblemMessages: Record<LabelProblem, string> = {
  empty: 'Give the contact a short label, such as the time of the visit.',
  'too-long': `Keep the label to ${MAX_LABEL_LENGTH} characters or fewer.`,
  'looks-like-nhs-number': 'That looks like an NHS number. Use a label that does not identify the family, such as "14:00 visit".',
  'looks-like-date-of-birth': 'That looks like a date of birth. Use a label that does not identify the family, such as "14:00 visit".',
};

export function checkContactLabel(label: string): LabelProblem | null {
  const trimmed = label.trim();
  if (trimmed.length === 0) return 'empty';
  if (trimmed.length > MAX_LABEL_LENGTH) return 'too-long';
  // Ten digits, optionally grouped 3-3-4 with spaces or hyphens.
  if (/\d{3}[\s-]?\d{3}[\s-]?\d{4}/.test(trimmed)) return 'looks-like-nhs-number';
  if (/\b\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})\b/.test(trimmed)) return 'looks-like-date-of-birth';
  return null;
}

/** A default label from the time the contact starts: identifies the visit, not the family. */
export function defaultContactLabel(now: Date): string {
  const hh = String(now.getHours()).padStart(2, '0');
  const mm = String(now.getMinutes()).padStart(2, '0');
  return `${hh}:${mm} visit`;
}
