import { describeChanges } from './changes';
import { configFieldPaths, fieldByPath, readField, type ConfigFieldPath, type NumberField } from './fields';
import type { ResolvedConfig } from './resolve';
import type { OrganisationConfig } from './schema';

// Who may change settings (issue 15). Anyone with the browser can open the options page; only IT can
// set enterprise policy. When a value in force differs from the national defaults and was set on
// this device's options page rather than by the organisation's policy, practitioners and the next
// reader of the record should know: a threshold changed on one laptop is not the organisation's
// decision (hazard H95). Settings equal to the national defaults need no notice, wherever they came
// from, so an unconfigured extension stays quiet (over-warning teaches people to ignore notices).

/**
 * The organisation's policy as the resolver saw it: `none` (no policy at all), `in-force` (policy
 * sets at least one field), `set-aside` (a policy exists but has errors, so none of it applies).
 */
export type PolicyState = 'none' | 'in-force' | 'set-aside';

export function policyStateOf(resolved: Pick<ResolvedConfig, 'lockedByPolicy' | 'problems'>): PolicyState {
  if (resolved.lockedByPolicy.length > 0) return 'in-force';
  if (resolved.problems.some((p) => p.source === 'policy' || p.source === 'policy-conflict')) return 'set-aside';
  return 'none';
}

export type LocalDifference = { path: ConfigFieldPath; text: string };

export type LocalSettingsNotice = {
  heading: string;
  /** Why this matters, and who to ask. */
  detail: string;
  /** Each local setting that differs from the national defaults, in the options page's order. */
  differences: readonly LocalDifference[];
  /** One line for the record summary (full and short forms). */
  summaryLine: { full: string; short: string };
};

/** `services[talking-therapies]` → `services`; a plain path stays itself. */
function fieldOf(changePath: string): ConfigFieldPath | undefined {
  const base = changePath.replace(/\[.*$/, '');
  return (configFieldPaths as readonly string[]).includes(base) ? (base as ConfigFieldPath) : undefined;
}

function differenceText(path: ConfigFieldPath, summaries: readonly string[], local: OrganisationConfig): string {
  if (path === 'services') return `Local services: ${local.services.length} listed (national defaults: none)`;
  if (path === 'crisisRoutes') return `Local crisis routes: ${local.crisisRoutes.length} listed, shown before the national routes`;
  const field = fieldByPath(path);
  if (field.kind === 'number') {
    const { bounds, unit, label } = field as NumberField;
    return `${label}: ${String(readField(local, path))} ${unit} (national default ${bounds.defaultValue}; source ${bounds.source})`;
  }
  // Choices, switches, contact lists and the organisation name: describeChanges already says "was → now".
  return summaries.join('; ');
}

/**
 * The notice to show when settings made on this device (not by the organisation's policy) differ
 * from the national defaults, or null when there is nothing to say. Pure: the panel, the options
 * page and the summary all show what this returns.
 */
export function localSettingsNotice(resolved: Pick<ResolvedConfig, 'config' | 'sourceOf'>, defaults: OrganisationConfig, policyState: PolicyState): LocalSettingsNotice | null {
  const grouped = new Map<ConfigFieldPath, string[]>();
  for (const change of describeChanges(defaults, resolved.config)) {
    const path = fieldOf(change.path);
    if (!path || resolved.sourceOf[path] !== 'options') continue;
    grouped.set(path, [...(grouped.get(path) ?? []), change.summary]);
  }
  if (grouped.size === 0) return null;
  const differences = configFieldPaths
    .filter((path) => grouped.has(path))
    .map((path) => ({ path, text: differenceText(path, grouped.get(path) ?? [], resolved.config) }));

  const heading =
    policyState === 'in-force'
      ? "Some settings are local to this device, not your organisation's"
      : "Local settings in force, not your organisation's";
  const why =
    policyState === 'set-aside'
      ? "Your organisation's policy has errors and is not in force, so settings saved on this device's options page apply instead."
      : policyState === 'none'
        ? 'No organisation policy is set, so settings saved on this device\'s options page apply.'
        : "Your organisation's policy does not set these, so the values saved on this device's options page apply.";
  const names = differences.map((d) => fieldByPath(d.path).label);
  return {
    heading,
    detail: `${why} They differ from the national defaults as listed. If your organisation did not choose them, tell your clinical lead or IT team.`,
    differences,
    summaryLine: {
      full: `Settings: set on this device, not by the organisation's policy, and different from the national defaults: ${differences.map((d) => d.text).join('; ')}.`,
      short: `Local settings: ${names.join(', ')}`,
    },
  };
}
