import { readFileSync } from 'node:fs';
import { describeChanges } from '../lib/config/changes';
import { nationalDefaultConfig } from '../lib/config/defaults';
import { outcomeLabels } from '../lib/config/fields';
import { importConfig } from '../lib/config/import';
import { buildManagedSchema, checkAgainstManagedSchema } from '../lib/config/managed-schema';
import { resolveConfig } from '../lib/config/resolve';
import { servicesForOutcome } from '../lib/config/services-for-outcome';
import { outcomeCodeSchema } from '../lib/contact/contact';

// Checks a configuration file before a trust deploys it (docs/configuration.md):
//   npx vite-node scripts/check-config.ts -- path/to/config.json           (an options-page file)
//   npx vite-node scripts/check-config.ts -- --policy path/to/policy.json  (the value set by policy)
// Runs the same checks as the options page, plus the checks Chrome makes against
// public/managed_schema.json, and prints which local service each outcome will show.
// Exit code 0 when the file would be accepted, 1 when not. Reads the file only; sends nothing.

function main(argv: readonly string[]): number {
  const args = argv.filter((a) => a !== '--');
  const asPolicy = args.includes('--policy');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Usage: npx vite-node scripts/check-config.ts -- [--policy] <configuration.json>');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`Cannot read ${file}`);
    return 2;
  }

  let ok = true;
  let value: unknown;
  if (asPolicy) {
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    } catch {
      // importConfig words the syntax error with its line and column.
      const result = importConfig(text, {});
      for (const e of result.ok ? [] : result.errors) console.error(`✗ ${e.path || 'file'}: ${e.message}`);
      return 1;
    }
    const resolved = resolveConfig({ policy: value });
    const problem = resolved.problems[0];
    if (problem) {
      ok = false;
      console.error(`✗ ${problem.summary}`);
      for (const e of problem.errors) console.error(`  ${e.path || 'file'}: ${e.message}`);
    }
  } else {
    const result = importConfig(text, {});
    if (!result.ok) {
      console.error(`✗ ${file} would not be accepted by the options page:`);
      for (const e of result.errors) console.error(`  ${e.path || 'file'}: ${e.message}`);
      return 1;
    }
    value = result.document;
  }

  const chromeProblems = checkAgainstManagedSchema(buildManagedSchema(), value);
  if (chromeProblems.length > 0) {
    ok = false;
    console.error('✗ As enterprise policy, Chrome would reject or drop these (public/managed_schema.json):');
    for (const p of chromeProblems) console.error(`  ${p}`);
  }
  if (!ok) return 1;

  const { config } = resolveConfig(asPolicy ? { policy: value } : { options: value });
  console.log(`✓ ${file} is a valid configuration for "${config.organisationName || '(no organisation name)'}".`);
  console.log('\nDifferences from the national defaults:');
  for (const change of describeChanges(nationalDefaultConfig, config)) console.log(`  ${change.summary}`);
  console.log('\nWhat the outcome step will show (for either parent):');
  for (const code of outcomeCodeSchema.options) {
    const shown = servicesForOutcome(config, code);
    const names = shown.services.map((s) => s.name).join('; ');
    console.log(`  ${code} ${outcomeLabels[code]}: ${shown.usesNationalDefault ? `national default (${names})` : names}`);
  }
  console.log(`\nCrisis routes: ${config.crisisRoutes.length ? config.crisisRoutes.map((r) => r.name).join('; ') : 'none set; red-flag cards show the national routes only'}.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
