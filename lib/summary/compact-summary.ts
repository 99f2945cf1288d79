import type { LocalSettingsNotice } from '../config/local-settings';
import type { OrganisationConfig } from '../config/schema';
import type { Contact } from '../contact/contact';
import type { Evaluation } from '../pathway/evaluation';
import type { SummaryLine } from './summary-line';
import { familyRecordModel, partnerRecordModel, type SummaryModel } from './summary-model';
import { summaryView, type Audience } from '../output/summary-view';

// The compact summary, for record fields with a character limit (organisation setting
// `summary.compactLimitChars`). Same model as the full summary, in short wording with clinical
// abbreviations ("EPDS 14/30 (>=13 probable)"), one line per section. If it is still too long,
// it leaves out whole lines from the least important tier upwards (the family's own words, then
// other answers and the reasons behind outcomes, then outstanding items, consent and plan) and
// says that it did. Tier-0 lines (the contact, risk lines, red flags and the level, outcomes and
// decisions) are never left out: if they alone do not fit, it refuses and says why, rather than
// cut silently. The compact summary has no handover block: paste the full summary for that.

export type CompactResult =
  | { ok: true; text: string; /** Lines left out to fit (0 when everything fitted). */ omitted: number }
  | { ok: false; reason: string; /** Length of the shortest text that keeps every risk line, flag and outcome. */ length: number; limit: number };

export interface CompactInput {
  contact: Contact;
  /** The record evaluation: `evaluateForRecord(pathway, contact, settings)`, never the screen's. */
  evaluation: Evaluation;
  config?: OrganisationConfig;
  /** 'partner-record' compacts the partner summary instead. */
  audience?: Audience;
  /**
   * Local settings that differ from the national defaults (H95, CSO open item 8): written in the
   * contact part as a tier-0 line, so it is never cut to fit.
   */
  localSettings?: LocalSettingsNotice | null;
}

const HEADING = 'PMH contact summary (compact).';
const SHORTENED = 'Shortened to fit: see the full summary for details.';

interface Entry {
  section: number;
  line: SummaryLine;
}

function render(model: SummaryModel, entries: readonly Entry[], shortened: boolean): string {
  const out = [shortened ? `${HEADING} ${SHORTENED}` : HEADING];
  model.sections.forEach((section, i) => {
    const parts = entries.filter((e) => e.section === i && e.line.short !== '').map((e) => e.line.short);
    if (parts.length) out.push(`${section.shortTitle}: ${parts.join('; ')}`);
  });
  return out.join('\n');
}

export function compactSummary(input: CompactInput, limitChars: number): CompactResult {
  const audience = input.audience ?? 'family-record';
  const view = summaryView(input.contact, input.evaluation, audience);
  const modelInput = { view, ...(input.config ? { config: input.config } : {}), localSettings: input.localSettings ?? null };
  const model = audience === 'family-record' ? familyRecordModel(modelInput) : partnerRecordModel(modelInput);
  const limit = Math.floor(limitChars);
  let entries: Entry[] = model.sections.flatMap((section, i) => section.lines.map((l) => ({ section: i, line: l })));
  const total = entries.length;

  let text = render(model, entries, false);
  if (text.length <= limit) return { ok: true, text, omitted: 0 };

  // Leave out the least important lines first, from the end of the summary backwards.
  for (const tier of [3, 2, 1] as const) {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i]?.line.tier !== tier) continue;
      entries = [...entries.slice(0, i), ...entries.slice(i + 1)];
      text = render(model, entries, true);
      if (text.length <= limit) return { ok: true, text, omitted: total - entries.length };
    }
  }
  return {
    ok: false,
    reason: `The risk lines, red flags and outcomes alone need ${text.length} characters and this field allows ${limit}. Nothing was cut: paste the full summary instead.`,
    length: text.length,
    limit,
  };
}
