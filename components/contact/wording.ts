import type { NotAskedReason, ReportSource, Subject } from '../../lib/contact/contact';
import type { Flag, ItemView } from '../../lib/pathway/evaluation';

// Calm words a parent could read over the practitioner's shoulder. Presentation only: no rules.

export const notAskedReasonLabels: Record<NotAskedReason, string> = {
  'not-private': 'Not the right moment to ask',
  // "Too upset to be asked" only (specialist review of H117, must-fix 3; S1 1.6.5): this reason raises
  // RN-SELF-HARM-NOT-ASKED-DISTRESSED and a same-day discussion, so a tired parent must not land here
  // (over-escalation, H40): tiredness is "Not appropriate today". Stored contacts keep the code.
  'parent-distressed': 'Parent too upset to be asked',
  'not-appropriate-now': 'Not appropriate today',
  'interpreter-needed': 'Needs an interpreter',
  'out-of-time': 'Ran out of time',
  'already-known': 'Already known',
  other: 'Another reason',
};

/** Who a red-flag check answer came from (Answer.from). */
export const reportSourceLabels: Record<ReportSource, string> = {
  parent: 'Her own account',
  practitioner: 'Your observation',
  informant: 'Partner or relative',
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
    case 'informant':
      return 'Asking the partner or relative in the room (their report about her)';
  }
}

/**
 * How a card reads (issue 10 item 9: cards fit their level). "Act now" is for E4 and E5 only; a
 * lower level reads as what it is: something not yet known to follow up before she leaves (a declined
 * risk item, a red-flag item marked unsure), or a higher-risk history to plan for. Presentation of
 * the engine's level and kind only: no rule is decided here.
 */
export function cardStyle(flag: Pick<Flag, 'level' | 'kind'>): { banner: string; className: 'act-now' | 'follow-up' } {
  if (flag.level === 'E4' || flag.level === 'E5') return { banner: 'Red flag: act now', className: 'act-now' };
  switch (flag.kind) {
    case 'risk-not-known':
      return { banner: 'Not known yet: follow this up before she leaves', className: 'follow-up' };
    case 'high-risk-history':
      return { banner: 'Higher risk: plan ahead', className: 'follow-up' };
    default:
      return { banner: 'For your attention', className: 'follow-up' };
  }
}
