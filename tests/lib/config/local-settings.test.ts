import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../../lib/config/changes';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import { localSettingsNotice, policyStateOf, type PolicyState } from '../../../lib/config/local-settings';
import { resolveConfig, type ConfigLayers } from '../../../lib/config/resolve';
import { thresholdConfirmations } from '../../../lib/config/threshold-confirmation';
import { summaryText } from '../../../lib/summary/summary-text';
import { scenarioInputs } from '../summary/support';

const v = { configVersion: 1 } as const;
const service = { id: 'talking-therapies', name: 'Talking Therapies North', outcomes: ['O4'], forWhom: 'both-parents' };

type Row = {
  name: string;
  layers: ConfigLayers;
  policy: PolicyState;
  heading: string | null;
  differences: readonly string[];
};

// One row per branch of the rule: who set the value (policy, options, nobody) and whether it differs
// from the national defaults. H95.
const rows: Row[] = [
  { name: 'nothing configured: no notice', layers: {}, policy: 'none', heading: null, differences: [] },
  {
    name: 'options equal to the national defaults: no notice',
    layers: { options: { ...v, pathway: { epdsPossibleFrom: 10 } } },
    policy: 'none',
    heading: null,
    differences: [],
  },
  {
    name: 'no policy, a threshold changed locally: notice naming it, its default and source',
    layers: { options: { ...v, pathway: { epdsPossibleFrom: 12 } } },
    policy: 'none',
    heading: "Local settings in force, not your organisation's",
    differences: ['EPDS "possible depression" from: 12 points (national default 10; source S10)'],
  },
  {
    name: 'no policy, local services and retention: both named, services counted',
    layers: { options: { ...v, services: [service], retention: { draftDays: 3 } } },
    policy: 'none',
    heading: "Local settings in force, not your organisation's",
    differences: ['Local services: 1 listed (national defaults: none)', 'Keep unfinished contacts for: 3 days (national default 7; source local choice)'],
  },
  {
    name: 'no policy, a switch changed locally: said as was → now',
    layers: { options: { ...v, pathway: { helpQuestionEnabled: true } } },
    policy: 'none',
    heading: "Local settings in force, not your organisation's",
    differences: ['Ask the Whooley help question: off → on'],
  },
  {
    name: 'policy sets the threshold: no notice (the organisation decided)',
    layers: { policy: { pathway: { epdsPossibleFrom: 12 } } },
    policy: 'in-force',
    heading: null,
    differences: [],
  },
  {
    name: 'policy in force, another field set locally: notice for the local one only',
    layers: { policy: { organisationName: 'Policy Trust' }, options: { ...v, security: { idleLockMinutes: 30 } } },
    policy: 'in-force',
    heading: "Some settings are local to this device, not your organisation's",
    differences: ['Lock the panel after idle: 30 minutes (national default 15; source local choice)'],
  },
  {
    name: 'policy with errors is set aside: local settings are in force and said so',
    layers: { policy: { pathway: { epdsPossibleFrom: 99 } }, options: { ...v, pathway: { partnerEpdsFrom: 8 } } },
    policy: 'set-aside',
    heading: "Local settings in force, not your organisation's",
    differences: ['Partner EPDS threshold: 8 points (national default 10; source S11)'],
  },
];

describe('[H95-a] localSettingsNotice: local settings that differ from the national defaults are named', () => {
  it.each(rows)('$name', ({ layers, policy, heading, differences }) => {
    const resolved = resolveConfig(layers);
    expect(policyStateOf(resolved)).toBe(policy);
    const notice = localSettingsNotice(resolved, nationalDefaultConfig, policyStateOf(resolved));
    expect(notice?.heading ?? null).toBe(heading);
    expect(notice?.differences.map((d) => d.text) ?? []).toEqual(differences);
  });

  it('gives the summary one line that says the settings are local and names what differs', () => {
    const resolved = resolveConfig({ options: { ...v, pathway: { epdsPossibleFrom: 12 }, summary: { lineWidth: 72 } } });
    const notice = localSettingsNotice(resolved, nationalDefaultConfig, policyStateOf(resolved));
    expect(notice?.summaryLine.full).toBe(
      "Settings: set on this device, not by the organisation's policy, and different from the national defaults: " +
        'EPDS "possible depression" from: 12 points (national default 10; source S10); Summary line width: 72 characters (national default 80; source local choice).',
    );
    expect(notice?.summaryLine.short).toBe('Local settings: EPDS "possible depression" from, Summary line width');
    expect(notice?.detail).toContain('No organisation policy is set');
  });
});

describe('[H96-a] thresholdConfirmations: a changed clinical threshold needs a confirmation naming its bound and source', () => {
  const changesTo = (pathway: Record<string, unknown>) =>
    describeChanges(nationalDefaultConfig, resolveConfig({ options: { ...v, pathway } }).config);

  it.each([
    { name: 'EPDS possible (S10)', pathway: { epdsPossibleFrom: 11 }, path: 'pathway.epdsPossibleFrom', bound: 'Allowed 10 to 12 points, national default 10 (source S10:' },
    { name: 'EPDS probable (S10)', pathway: { epdsProbableFrom: 14 }, path: 'pathway.epdsProbableFrom', bound: 'Allowed 12 to 14 points, national default 13 (source S10:' },
    { name: 'partner EPDS (S11)', pathway: { partnerEpdsFrom: 7 }, path: 'pathway.partnerEpdsFrom', bound: 'Allowed 6 to 11 points, national default 10 (source S11:' },
    { name: 'child present from age (S20)', pathway: { childPresentFromAgeYears: 4 }, path: 'pathway.childPresentFromAgeYears', bound: 'Allowed 1 to 12 years, national default 2 (source S20:' },
  ])('$name', ({ pathway, path, bound }) => {
    const confirmations = thresholdConfirmations(changesTo(pathway));
    expect(confirmations.map((c) => c.path)).toEqual([path]);
    expect(confirmations[0]?.text).toContain(bound);
    expect(confirmations[0]?.text).toMatch(/^I confirm this change to a clinical threshold\./);
  });

  it('asks nothing for changes that are not clinical thresholds', () => {
    const changes = describeChanges(nationalDefaultConfig, resolveConfig({ options: { ...v, organisationName: 'T', retention: { draftDays: 2 }, pathway: { helpQuestionEnabled: true } } }).config);
    expect(changes.length).toBe(3);
    expect(thresholdConfirmations(changes)).toEqual([]);
  });
});

describe('[H95-c] the summary says local settings were in force, in its contact section', () => {
  const { contact, evaluation } = scenarioInputs[0] as (typeof scenarioInputs)[number];
  const options = { lineWidth: 120, includeHandover: false };

  it('names what differs, as plain ASCII, when local settings differ from the national defaults', () => {
    const resolved = resolveConfig({ options: { ...v, pathway: { helpQuestionEnabled: true, epdsPossibleFrom: 12 } } });
    const localSettings = localSettingsNotice(resolved, nationalDefaultConfig, policyStateOf(resolved));
    const text = summaryText({ contact, evaluation, config: resolved.config, localSettings, options });
    const contactSection = text.split('\n\n')[1] ?? '';
    expect(contactSection).toMatch(/^CONTACT\n/);
    expect(contactSection.replace(/\n\s*/g, ' ')).toContain(
      "Settings: set on this device, not by the organisation's policy, and different from the national defaults: " +
        'EPDS "possible depression" from: 12 points (national default 10; source S10); Ask the Whooley help question: off -> on.',
    );
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('says nothing when the settings are the national defaults or the organisation\'s policy', () => {
    for (const layers of [{}, { policy: { pathway: { epdsPossibleFrom: 12 } } }]) {
      const resolved = resolveConfig(layers);
      const localSettings = localSettingsNotice(resolved, nationalDefaultConfig, policyStateOf(resolved));
      expect(summaryText({ contact, evaluation, config: resolved.config, localSettings, options })).not.toContain('Settings:');
    }
  });
});
