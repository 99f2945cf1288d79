import { describe, expect, it } from 'vitest';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import { configFieldPaths, readField } from '../../../lib/config/fields';
import {
  isLockedByPolicy,
  pathwaySettingsFrom,
  resolveConfig,
  retentionPolicyFrom,
  sessionOptionsFrom,
  summaryOptionsFrom,
} from '../../../lib/config/resolve';
import { organisationConfigSchema } from '../../../lib/config/schema';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { pathwaySettingsSchema } from '../../../lib/pathway/settings-schema';
import { retentionPolicySchema } from '../../../lib/storage/retention';

const HOUR = 60 * 60_000;

const service = (id: string, name: string) => ({ id, name, outcomes: ['O4'], forWhom: 'both-parents' });

describe('national defaults', () => {
  it('are a valid configuration', () => {
    expect(organisationConfigSchema.safeParse(nationalDefaultConfig).success).toBe(true);
  });

  it('apply to every field when nothing is configured', () => {
    const resolved = resolveConfig({});
    expect(resolved.config).toEqual(nationalDefaultConfig);
    expect(resolved.problems).toEqual([]);
    expect(resolved.lockedByPolicy).toEqual([]);
    for (const path of configFieldPaths) expect(resolved.sourceOf[path]).toBe('national-default');
  });

  it('use the engine defaults for the pathway', () => {
    expect(pathwaySettingsFrom(resolveConfig({}).config)).toEqual(defaultPathwaySettings);
  });
});

describe('precedence: policy over options over national defaults, per field', () => {
  const policy = { organisationName: 'Policy Trust', pathway: { epdsPossibleFrom: 12 } };
  const options = {
    configVersion: 1,
    organisationName: 'Options Trust',
    pathway: { epdsPossibleFrom: 11, partnerEpdsFrom: 8 },
    services: [service('options-service', 'From options')],
  };

  it.each([
    { layers: {}, path: 'organisationName', value: '', source: 'national-default' },
    { layers: { options }, path: 'organisationName', value: 'Options Trust', source: 'options' },
    { layers: { policy }, path: 'organisationName', value: 'Policy Trust', source: 'policy' },
    { layers: { policy, options }, path: 'organisationName', value: 'Policy Trust', source: 'policy' },
    { layers: { policy, options }, path: 'pathway.epdsPossibleFrom', value: 12, source: 'policy' },
    { layers: { policy, options }, path: 'pathway.partnerEpdsFrom', value: 8, source: 'options' },
    { layers: { policy, options }, path: 'pathway.epdsProbableFrom', value: 13, source: 'national-default' },
    { layers: { policy, options }, path: 'retention.draftDays', value: 7, source: 'national-default' },
  ] as const)('$path comes from $source', ({ layers, path, value, source }) => {
    const resolved = resolveConfig(layers);
    expect(readField(resolved.config, path)).toEqual(value);
    expect(resolved.sourceOf[path]).toBe(source);
  });

  it('locks exactly the fields policy sets', () => {
    const resolved = resolveConfig({ policy, options });
    expect(resolved.lockedByPolicy).toEqual(['organisationName', 'pathway.epdsPossibleFrom']);
    expect(isLockedByPolicy(resolved, 'pathway.epdsPossibleFrom')).toBe(true);
    expect(isLockedByPolicy(resolved, 'pathway.partnerEpdsFrom')).toBe(false);
  });

  it('replaces the whole services list from a higher source rather than merging items', () => {
    const resolved = resolveConfig({ policy: { services: [service('policy-service', 'From policy')] }, options });
    expect(resolved.config.services.map((s) => s.id)).toEqual(['policy-service']);
    expect(resolved.sourceOf.services).toBe('policy');
  });

  it('lets an empty list from policy mean "no local services"', () => {
    const resolved = resolveConfig({ policy: { services: [] }, options });
    expect(resolved.config.services).toEqual([]);
    expect(resolved.sourceOf.services).toBe('policy');
  });

  it('treats an empty policy object as no policy', () => {
    const resolved = resolveConfig({ policy: {}, options });
    expect(resolved.lockedByPolicy).toEqual([]);
    expect(resolved.problems).toEqual([]);
  });
});

describe('a source with errors is set aside whole, never half-applied', () => {
  it('[H20-d] ignores an invalid policy and reports it with field paths', () => {
    const resolved = resolveConfig({
      policy: { organisationName: 'Policy Trust', pathway: { epdsPossibleFrom: 15 } },
      options: { configVersion: 1, organisationName: 'Options Trust' },
    });
    expect(resolved.config.organisationName).toBe('Options Trust');
    expect(resolved.config.pathway.epdsPossibleFrom).toBe(10);
    expect(resolved.lockedByPolicy).toEqual([]);
    expect(resolved.problems).toEqual([
      expect.objectContaining({ source: 'policy', errors: [expect.objectContaining({ path: 'pathway.epdsPossibleFrom' })] }),
    ]);
  });

  it('ignores an unreadable options document and keeps policy', () => {
    const resolved = resolveConfig({ policy: { organisationName: 'Policy Trust' }, options: { configVersion: 1, services: 'none' } });
    expect(resolved.config.organisationName).toBe('Policy Trust');
    expect(resolved.config.services).toEqual([]);
    expect(resolved.problems).toEqual([expect.objectContaining({ source: 'options', errors: [expect.objectContaining({ path: 'services' })] })]);
  });

  it('[H20-e] drops the options when their combination with policy breaks a cross-field rule', () => {
    // Each source is valid alone, but together two items share an id.
    const resolved = resolveConfig({
      policy: { services: [service('crisis-team', 'Policy service')] },
      options: {
        configVersion: 1,
        organisationName: 'Options Trust',
        crisisRoutes: [{ id: 'crisis-team', name: 'Crisis team', whenToUse: 'Urgent' }],
      },
    });
    expect(resolved.config.services.map((s) => s.id)).toEqual(['crisis-team']);
    expect(resolved.config.crisisRoutes).toEqual([]);
    expect(resolved.config.organisationName).toBe('');
    expect(resolved.problems).toEqual([
      expect.objectContaining({ source: 'options-conflict', errors: [expect.objectContaining({ path: 'crisisRoutes[0].id' })] }),
    ]);
  });

  it('[H20-l] always returns a configuration the engine accepts', () => {
    const resolved = resolveConfig({ policy: 'not an object', options: 42 });
    expect(pathwaySettingsSchema.safeParse(pathwaySettingsFrom(resolved.config)).success).toBe(true);
    expect(resolved.problems.map((p) => p.source)).toEqual(['policy', 'options']);
  });
});

describe('derived options for other parts of the extension', () => {
  const config = resolveConfig({
    options: {
      configVersion: 1,
      retention: { completedContactHours: 48, draftDays: 3 },
      security: { idleLockMinutes: 5, confirmFamilyAfterHours: 6 },
      summary: { lineWidth: 72, compactLimitChars: 800 },
    },
  }).config;

  it('gives storage its retention policy', () => {
    expect(retentionPolicyFrom(config)).toEqual({ completedRetentionMs: 48 * HOUR, draftRetentionMs: 3 * 24 * HOUR, draftWarningMs: 24 * HOUR });
  });

  it.each([
    { completedContactHours: 1, draftDays: 1 },
    { completedContactHours: 72, draftDays: 14 },
    { completedContactHours: 24, draftDays: 2 },
  ])('gives a retention policy storage accepts for $completedContactHours h / $draftDays d', (retention) => {
    const policy = retentionPolicyFrom(resolveConfig({ options: { configVersion: 1, retention } }).config);
    expect(retentionPolicySchema.safeParse(policy).success).toBe(true);
  });

  it('[H07-m] gives the panel its idle lock and wrong-family guard', () => {
    expect(sessionOptionsFrom(config)).toEqual({ idleLockMinutes: 5, idleLockMs: 5 * 60_000, confirmFamilyAfterHours: 6 });
  });

  it('gives the summary its line width, compact limit and the version offered first (national default short)', () => {
    expect(summaryOptionsFrom(config)).toEqual({ lineWidth: 72, compactLimitChars: 800, defaultVersion: 'short' });
    expect(summaryOptionsFrom({ ...config, summary: { ...config.summary, defaultVersion: 'detailed' } }).defaultVersion).toBe('detailed');
  });

  it('copies the contact list so the engine cannot change the configuration', () => {
    const settings = pathwaySettingsFrom(config);
    settings.whooleyGad2Contacts.push('hv-2-years');
    expect(config.pathway.whooleyGad2Contacts).not.toContain('hv-2-years');
  });
});

describe('every engine setting is configurable', () => {
  it('has a configuration field, with precedence and locking, for each pathway setting', () => {
    const pathwayPaths = configFieldPaths.filter((p) => p.startsWith('pathway.')).map((p) => p.slice('pathway.'.length));
    expect(new Set(pathwayPaths)).toEqual(new Set(Object.keys(pathwaySettingsSchema.shape)));
  });

  it('leaves the depression measure to the engine default unless a source sets it', () => {
    expect(resolveConfig({}).config.pathway.depressionMeasure).toBeUndefined();
    const resolved = resolveConfig({ policy: { pathway: { depressionMeasure: 'phq-9' } } });
    expect(pathwaySettingsFrom(resolved.config).depressionMeasure).toBe('phq-9');
    expect(resolved.lockedByPolicy).toEqual(['pathway.depressionMeasure']);
  });
});
