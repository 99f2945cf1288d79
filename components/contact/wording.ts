import type { NotAskedReason, Subject } from '../../lib/contact/contact';
import type { ItemView } from '../../lib/pathway/evaluation';

// Calm words a parent could read over the practitioner's shoulder. Presentation only: no rules.

export const notAskedReasonLabels: Record<NotAskedReason, string> = {
  'not-private': 'Not the right moment to ask',
  'parent-distressed': 'Parent too upset or tired',
  'not-appropriate-now': 'Not appropriate today',
  'interpreter-needed': 'Needs an interpreter',
  'out-of-time': 'Ran out of time',
  'already-known': 'Already known',
  other: 'Another reason',
};

export const subjectLabels: Record<Subject, string> = {
  'birthing-parent': 'Birthing parent',
  partner: 'Partner or co-parent',
};

export function respondentHeading(item: Pick<ItemView, 'respondent' | 'subject' | 'about'>): string {
  switch (item.respondent) {
    case 'practitioner':
      return item.about === 'baby' ? 'Your observation' : `Your observation: ${subjectLabels[item.subject].toLowerCase()}`;
    case 'birthing-parent-about-partner':
      return 'Asking the birthing parent about the partner (her report)';
    case 'self':
      return `Asking: ${subjectLabels[item.subject].toLowerCase()}`;
  }
}
