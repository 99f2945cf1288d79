import type { BabySituation, Interpreter } from '../contact/contact';

// Words for the contact's situation (pathway 2026.4.0, issue 11), shared by the summary and the panel.

export const babySituationText: Record<BabySituation, string> = {
  'with-parents': 'with the parents',
  'neonatal-unit': 'in the neonatal unit or in hospital',
  'not-in-parents-care': "not in the parents' care",
  died: 'has died',
};

export const interpreterText: Record<Interpreter, string> = {
  none: 'none',
  professional: 'professional interpreter',
  family: 'family member or friend',
};

/** "12 days", or "9 weeks (63 days)" from 8 weeks on (days for the first weeks, weeks later). */
export function babyAgeText(days: number): string {
  if (days < 56) return `${days} day${days === 1 ? '' : 's'}`;
  const weeks = Math.floor(days / 7);
  return `${weeks} weeks (${days} days)`;
}
