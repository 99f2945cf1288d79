import type { ContactSituation } from '../../lib/contact/contact';
import type { Evaluation } from '../../lib/pathway/evaluation';
import { babySituationText, babyAgeText } from '../../lib/output/situation-text';

// The engine's prompts for this contact (pathway promptRules): guidance, never an escalation.
// Shown once, above the sections, in the order the pathway lists them. Prompts for the partner
// say so. 'information' prompts come from a secondary source and are labelled as information only.

export function ContactPrompts({ evaluation }: { evaluation: Evaluation }) {
  // One line per prompt text: a prompt for both parents is shown once, naming both.
  const byText = new Map<string, { text: string; kind: string; subjects: string[] }>();
  for (const prompt of evaluation.prompts) {
    const entry = byText.get(prompt.text) ?? { text: prompt.text, kind: prompt.kind, subjects: [] };
    entry.subjects.push(prompt.subject === 'partner' ? 'partner' : 'birthing parent');
    byText.set(prompt.text, entry);
  }
  if (byText.size === 0) return null;
  return (
    <section class="contact-prompts" aria-labelledby="contact-prompts-heading">
      <h2 id="contact-prompts-heading" class="small-heading">
        Prompts for this contact
      </h2>
      <ul>
        {[...byText.values()].map((prompt) => (
          <li key={prompt.text} class={`prompt ${prompt.kind}`}>
            {prompt.kind === 'information' && <strong>Information: </strong>}
            {prompt.text}
            {prompt.subjects.length > 1 && <span class="quiet"> (both parents)</span>}
            {prompt.subjects.length === 1 && prompt.subjects[0] === 'partner' && <span class="quiet"> (partner)</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Baby: in the neonatal unit · 12 days · Polish, professional interpreter" for the contact header. */
export function describeSituation(situation: ContactSituation | undefined): string {
  if (!situation) return '';
  const parts: string[] = [];
  if (situation.babySituation) parts.push(`Baby ${babySituationText[situation.babySituation]}`);
  if (situation.babyAgeDays !== undefined) parts.push(`baby ${babyAgeText(situation.babyAgeDays)} old`);
  if (situation.gestationWeeks !== undefined) parts.push(`${situation.gestationWeeks} weeks pregnant`);
  if (situation.language) parts.push(`language: ${situation.language}`);
  if (situation.interpreter && situation.interpreter !== 'none') {
    parts.push(situation.interpreter === 'professional' ? 'professional interpreter' : 'family member or friend interpreting');
  }
  return parts.join(' · ');
}
