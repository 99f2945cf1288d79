import { line, type SummaryLine } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import type { SummarySection } from './section';

// Consent to share.

export function consentSection(view: SummaryView): SummarySection {
  const share = view.contact.shareWith;
  const names: Array<[boolean, string]> = [
    [share.gp, 'GP'],
    [share.midwife, 'midwife'],
    [share.healthVisitor, 'health visitor'],
    [share.specialistTeam, 'specialist perinatal team'],
    [share.socialCare, "children's social care"],
  ];
  const chosen = names.filter(([on]) => on).map(([, name]) => name);
  const lines: SummaryLine[] = [
    line(
      chosen.length ? `Consent to share this contact's findings with: ${chosen.join(', ')}.` : 'No consent to share recorded.',
      chosen.length ? `Share with: ${chosen.join(', ')}` : 'No consent to share recorded',
      1,
    ),
  ];
  // The short version leaves out "no consent recorded" (nothing to act on; the detailed one says it).
  if (!chosen.length) lines[0] = { ...lines[0]!, brief: '' };
  const partner: Record<SummaryView['partnerShare'], [string, string] | null> = {
    yes: ["The partner agreed to share their own answers into this record.", 'Partner agreed to share here'],
    no: ["The partner did not agree to share their own answers into this record (see the separate partner summary).", 'Partner did not agree to share here'],
    'not-asked': null,
  };
  const p = partner[view.partnerShare];
  if (p) lines.push(line(p[0], p[1], 1));
  lines.push(line('Record any decision to share without consent, and the reasons (S27).', '', 1));
  return { id: 'consent', title: 'CONSENT TO SHARE', shortTitle: 'Consent', lines: lines.filter((l) => l.full !== '') };
}
