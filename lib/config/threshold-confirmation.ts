import type { ConfigChange } from './changes';
import { configFields, type ConfigFieldPath, type NumberField } from './fields';

// Changing a clinical threshold is a clinical decision, not an IT preference (issue 15, hazard H96):
// before a change to one is applied, the options page asks for an explicit confirmation that names
// the bound and the source behind it (lib/pathway/settings.ts `settingBounds`, keys from
// pathway-reference.md). Thresholds are the pathway section's numeric fields; each one carries its
// bounds, so a threshold the engine adds is covered without a list to maintain here.

export type ThresholdConfirmation = {
  path: ConfigFieldPath;
  /** What the practitioner ticks: the change, its allowed range and the source of that range. */
  text: string;
};

const thresholdFields = (configFields as readonly { path: string; section: string; kind: string }[]).filter(
  (f): f is NumberField => f.section === 'pathway' && f.kind === 'number',
);

/** One confirmation per clinical threshold the change list alters; none when no threshold changes. */
export function thresholdConfirmations(changes: readonly ConfigChange[]): ThresholdConfirmation[] {
  return thresholdFields.flatMap((field) => {
    const change = changes.find((c) => c.path === field.path);
    if (!change) return [];
    const { min, max, defaultValue, source, why } = field.bounds;
    return [
      {
        path: field.path as ConfigFieldPath,
        text: `I confirm this change to a clinical threshold. ${change.summary}. Allowed ${min} to ${max} ${field.unit}, national default ${defaultValue} (source ${source}: ${why})`,
      },
    ];
  });
}
