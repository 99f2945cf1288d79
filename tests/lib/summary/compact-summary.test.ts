import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import { localSettingsNotice, policyStateOf } from '../../../lib/config/local-settings';
import { resolveConfig } from '../../../lib/config/resolve';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { compactSummary } from '../../../lib/summary/compact-summary';
import { isPasteSafe } from '../../../lib/output/plain-text';
import { familyRecordModel } from '../../../lib/summary/summary-model';
import { partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { summaryView } from '../../../lib/output/summary-view';
import { contactArb, settingsArb } from '../pathway/support/arbitraries';
import { finishedContact } from './examples';
import { scenarioInputs } from './support';

// The compact summary shortens wording and leaves out less important lines, but never a risk
// line, a red flag or an outcome: if those alone do not fit, it refuses.

/** The short wording of every tier-0 line (risk lines, flags, level, outcomes, the contact). */
function essentials(contact: Parameters<typeof summaryView>[0], evaluation: Parameters<typeof summaryView>[1]): string[] {
  const model = familyRecordModel({ view: summaryView(contact, evaluation), config: nationalDefaultConfig });
  return model.sections.flatMap((s) => s.lines.filter((l) => l.tier === 0 && l.short !== '').map((l) => l.short));
}

describe('compactSummary', () => {
  it('uses clinical abbreviations a practitioner reads', () => {
    const input = scenarioInputs.find((s) => s.scenario.id.startsWith('02'));
    if (!input) throw new Error('scenario 02 missing');
    const result = compactSummary({ contact: input.contact, evaluation: input.evaluation }, 5000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain('EPDS 14/30 (>=13 probable)');
    expect(result.text).toContain('EPDS item 10: Never (0)');
    expect(result.omitted).toBe(0);
    expect(result.text).not.toContain('PMH handover block');
  });

  it('fits the limit by leaving out the family’s words and other details first, and says so', () => {
    const { contact, evaluation } = finishedContact;
    const full = compactSummary({ contact, evaluation }, 5000);
    expect(full.ok && full.text).toContain('nights hard');
    const short = compactSummary({ contact, evaluation }, 760);
    expect(short.ok).toBe(true);
    if (!short.ok) return;
    expect(short.text.length).toBeLessThanOrEqual(760);
    expect(short.omitted).toBeGreaterThan(0);
    expect(short.text).toContain('Shortened to fit: see the full summary for details.');
    expect(short.text).not.toContain('nights hard');
    for (const line of essentials(contact, evaluation)) expect(short.text).toContain(line);
  });

  it('[H32-e] refuses, with the length it needs, rather than cut a risk line, a flag or an outcome', () => {
    const input = scenarioInputs.find((s) => s.scenario.id.startsWith('06'));
    if (!input) throw new Error('scenario 06 missing');
    const result = compactSummary({ contact: input.contact, evaluation: input.evaluation }, 300);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.limit).toBe(300);
    expect(result.length).toBeGreaterThan(300);
    expect(result.reason).toContain('Nothing was cut');
    // With exactly the length it asked for, it fits.
    const retry = compactSummary({ contact: input.contact, evaluation: input.evaluation }, result.length);
    expect(retry.ok).toBe(true);
  });

  it.each(scenarioInputs.map((s) => [s.scenario.id, s] as const))(
    '%s: at any limit, either keeps every essential line within the limit or refuses',
    (_id, { contact, evaluation }) => {
      const wanted = essentials(contact, evaluation);
      for (const limit of [200, 300, 400, 500, 600, 800, 1000, 1500, 3000]) {
        const result = compactSummary({ contact, evaluation }, limit);
        if (result.ok) {
          expect(result.text.length).toBeLessThanOrEqual(limit);
          expect(isPasteSafe(result.text)).toBe(true);
          for (const line of wanted) expect(result.text).toContain(line);
        } else {
          expect(result.length).toBeGreaterThan(limit);
        }
      }
    },
  );

  it('[H32-f] property: for generated contacts and small limits it never drops an essential line', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, fc.integer({ min: 100, max: 2500 }), (contact, settings, limit) => {
        const evaluation = evaluateForRecord(pathway, contact, settings);
        const result = compactSummary({ contact, evaluation }, limit);
        if (!result.ok) {
          expect(result.length).toBeGreaterThan(limit);
          return;
        }
        expect(result.text.length).toBeLessThanOrEqual(limit);
        for (const line of essentials(contact, evaluation)) expect(result.text).toContain(line);
        // Every red flag and every outcome code kept is there by its id.
        const view = summaryView(contact, evaluation);
        for (const flag of view.flags) expect(result.text).toContain(`[${flag.level}] ${flag.title}`);
        for (const outcome of view.outcomes) expect(result.text).toContain(`${outcome.code} `);
      }),
      { numRuns: 200 },
    );
  });
});

describe('[H95-e] local settings are said wherever the summary goes (CSO open item 8)', () => {
  const resolved = resolveConfig({ options: { configVersion: 1, pathway: { epdsPossibleFrom: 12 } } });
  const localSettings = localSettingsNotice(resolved, nationalDefaultConfig, policyStateOf(resolved));
  const short = 'Local settings: EPDS "possible depression" from';

  it('the compact summary carries the short line, and keeps it when lines are cut to fit', () => {
    const input = scenarioInputs.find((s) => s.scenario.id.startsWith('02'))!;
    const base = { contact: input.contact, evaluation: input.evaluation, config: resolved.config, localSettings };
    const roomy = compactSummary(base, 5000);
    expect(roomy.ok && roomy.text).toContain(short);
    // Just enough for the tier-0 lines: everything else is cut, the settings line is not.
    const tight = compactSummary(base, 900);
    expect(tight.ok).toBe(true);
    if (tight.ok) {
      expect(tight.omitted).toBeGreaterThan(0);
      expect(tight.text).toContain(short);
    }
    expect(compactSummary({ ...base, localSettings: null }, 5000)).not.toHaveProperty('text', expect.stringContaining('Local settings'));
  });

  it('the short version and the partner summary carry it too', () => {
    const input = scenarioInputs.find((s) => s.scenario.id.startsWith('07'))!;
    const base = { contact: input.contact, evaluation: input.evaluation, config: resolved.config, localSettings, options: { lineWidth: 1000, includeHandover: false } };
    expect(summaryText({ ...base, options: { ...base.options, version: 'short' } })).toContain(short);
    expect(partnerSummaryText(base)).toContain('Settings: set on this device');
    expect(partnerSummaryText({ ...base, localSettings: null })).not.toContain('Settings:');
  });
});
