import type { ContactSituation } from '../../contact/contact';
import { roleLabel, roleShort } from '../../output/labels';
import { plainInline } from '../../output/plain-text';
import { babyAgeText, babySituationText, interpreterText } from '../../output/situation-text';
import { line, type SummaryLine } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import { TIME_ZONE_LABEL, ukDateTime } from '../../output/uk-time';
import type { SummarySection, ModelInput } from './section';

// The contact section (its lines are written by the headline's "Seen" line in the short version).

/** What the practitioner recorded about the contact at its start (pathway 2026.4.0, issue 11). */
function situationLines(situation: ContactSituation | undefined): SummaryLine[] {
  if (!situation) return [];
  const lines: SummaryLine[] = [];
  if (situation.babySituation) lines.push(line(`Baby: ${babySituationText[situation.babySituation]}`, `Baby: ${babySituationText[situation.babySituation]}`, 0));
  if (situation.babyAgeDays !== undefined) {
    lines.push(line(`Baby's age at the start of the contact: ${babyAgeText(situation.babyAgeDays)}`, `Baby's age: ${babyAgeText(situation.babyAgeDays)}`, 0));
  }
  if (situation.gestationWeeks !== undefined) {
    lines.push(line(`Weeks of pregnancy at the start of the contact: ${situation.gestationWeeks}`, `Gestation: ${situation.gestationWeeks} weeks`, 0));
  }
  if (situation.language) lines.push(line(`Preferred language: ${plainInline(situation.language)}`, `Language: ${plainInline(situation.language)}`, 1));
  if (situation.interpreter) {
    lines.push(line(`Interpreter recorded at the start: ${interpreterText[situation.interpreter]}`, `Interpreter at start: ${interpreterText[situation.interpreter]}`, 1));
  }
  return lines;
}

/** Whether each instrument was asked with a validated translation (issue 11; the product ships none). */
function translationLines(used: Record<string, string> | undefined): SummaryLine[] {
  // The birthing parent's only: the partner's own measures may be kept out of her record (consent),
  // and even that one was asked must not show there.
  const entries = Object.entries(used ?? {})
    .filter(([key]) => key.startsWith('birthing-parent/'))
    .sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return [];
  const parts = entries.map(([key, value]) => {
    const instrument = key.slice(key.indexOf('/') + 1);
    return `${instrument.toUpperCase()} ${value === 'none' ? 'no' : 'yes'}`;
  });
  return [line(`Validated translation used (birthing parent): ${parts.join('; ')}`, `Validated translation: ${parts.join('; ')}`, 1)];
}

export function contactSection(view: SummaryView): SummarySection {
  const { contact, evaluation } = view;
  const p = contact.presence;
  const present: string[] = [];
  if (p.birthingParent) present.push('birthing parent');
  if (p.partner) present.push('partner');
  if (p.otherAdults) present.push('other adult(s)');
  const ages = p.childrenAges.map((a) => (a === 0 ? 'a baby' : `a child aged ${a}`));
  present.push(...ages);
  if (p.olderChildPresent) present.push('an older child');
  const interpreter = p.professionalInterpreter
    ? p.familyInterpreter
      ? 'professional interpreter and a family member or friend interpreting'
      : 'professional interpreter'
    : p.familyInterpreter
      ? 'family member or friend interpreting'
      : 'none';
  const when = ukDateTime(contact.startedAt);
  return {
    id: 'contact',
    title: 'CONTACT',
    shortTitle: 'Contact',
    // The headline's "Seen" line writes these (H82): the short version has no contact section.
    lines: [
      line(`Contact: ${evaluation.contactType.label}`, evaluation.contactType.label, 0),
      { ...line(`Practitioner: ${roleLabel[contact.role]}`, roleShort[contact.role], 0), brief: roleLabel[contact.role].toLowerCase() },
      { ...line(`Date and time: ${when} (${TIME_ZONE_LABEL})`, when, 0), brief: `${when} ${TIME_ZONE_LABEL}` },
      line(
        `Present when this summary was made: ${present.join(', ') || 'nobody recorded'}`,
        `Present: ${present.join(', ') || 'none recorded'}`,
        1,
      ),
      // "Interpreter: none" is said only in the detailed version.
      { ...line(`Interpreter: ${interpreter}`, `Interpreter: ${interpreter}`, 1), ...(interpreter === 'none' ? { brief: '' } : {}) },
      ...situationLines(contact.situation),
      ...translationLines(contact.translationsUsed),
      line(`Birthing parent seen alone: ${evaluation.presence.privateNow ? 'yes' : 'no'}`, `Seen alone: ${evaluation.presence.privateNow ? 'yes' : 'no'}`, 1),
      // H21: answers given against another pathway version may have had other wording or rules.
      ...(evaluation.contact.pathwayVersion !== evaluation.pathwayVersion
        ? [
            line(
              `Note: the answers were given with pathway ${evaluation.contact.pathwayVersion}; this summary applies pathway ${evaluation.pathwayVersion}.`,
              `Pathway ${evaluation.contact.pathwayVersion} answers, ${evaluation.pathwayVersion} rules`,
              0,
            ),
          ]
        : []),
    ].map((l) => ({ ...l, headline: 'seen' as const })),
  };
}

/**
 * H95: the next reader sees that local (not organisation) settings shaped this summary. A tier-0
 * line of the contact section, not in the headline: every version and the compact one write it.
 */
export function withLocalSettings(section: SummarySection, input: ModelInput): SummarySection {
  if (!input.localSettings) return section;
  const { full, short } = input.localSettings.summaryLine;
  return { ...section, lines: [...section.lines, line(plainInline(full), plainInline(short), 0)] };
}
