import { nationalDefaultConfig } from '../../lib/config/defaults';
import { levelRank } from '../../lib/pathway/escalation';
import { buildContact } from '../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../lib/pathway/evaluate';
import { pathway } from '../../lib/pathway/pathway';
import { defaultPathwaySettings } from '../../lib/pathway/settings';
import { summaryText, type SummaryVersion } from '../../lib/summary/summary-text';
import { scenarios } from '../../tests/lib/pathway/scenarios/fixtures';

// Summary size per scenario contact, both versions (issue 13): lines and characters BEFORE the
// handover block, at the national default line width. Targets: a contact with no concerns (no flag,
// level E1 or below) about 20 lines in the short version; one with concerns about 45.

export interface SummarySize {
  id: string;
  concern: boolean;
  short: { lines: number; chars: number };
  detailed: { lines: number; chars: number };
}

export const SHORT_TARGET_NO_CONCERN = 20;
export const SHORT_TARGET_CONCERN = 45;

function measure(text: string): { lines: number; chars: number } {
  return { lines: text.trimEnd().split('\n').length, chars: text.trimEnd().length };
}

export function summarySizes(): SummarySize[] {
  const config = nationalDefaultConfig;
  return scenarios.map((scenario) => {
    const contact = buildContact(scenario.spec);
    const evaluation = evaluateForRecord(pathway, contact, { ...defaultPathwaySettings, ...scenario.settings });
    const text = (version: SummaryVersion) =>
      summaryText({ contact, evaluation, config, options: { lineWidth: config.summary.lineWidth, version, includeHandover: false } });
    const concern = evaluation.flags.length > 0 || levelRank(evaluation.escalation.overall.level) > levelRank('E1');
    return { id: scenario.id, concern, short: measure(text('short')), detailed: measure(text('detailed')) };
  });
}

/**
 * Run alone: `npx vite-node --script scripts/bench/summary-size.ts`. Without `--script` vite-node
 * empties process.argv (the file name is not in it), so the script cannot tell it was run alone and
 * prints nothing; `npm run bench` imports summarySizes() and prints both versions in its table.
 */
if (process.argv[1]?.endsWith('summary-size.ts')) {
  for (const s of summarySizes()) {
    const target = s.concern ? SHORT_TARGET_CONCERN : SHORT_TARGET_NO_CONCERN;
    console.log(
      `${s.id.padEnd(52)} ${s.concern ? 'concern' : 'none   '} short ${String(s.short.lines).padStart(3)} lines ${String(s.short.chars).padStart(5)} ch (target ~${target})  detailed ${String(s.detailed.lines).padStart(3)} lines ${String(s.detailed.chars).padStart(5)} ch`,
    );
  }
}
