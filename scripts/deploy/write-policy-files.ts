import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sectionTitles } from '../../lib/config/fields';
import { buildManagedSchema } from '../../lib/config/managed-schema';
import { MINIMUM_CHROME_VERSION } from '../../wxt.config';
import { buildIdentity, extensionIdFromKey } from './identity';
import { policyFiles, type PolicyFileSet } from './policy-files';

// The policy files for this build's identity (scripts/policy-files.ts is the command).

/** A stable UUID-shaped string from a seed, so the generated files do not change between runs. */
export function stableUuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}

export const DEFAULT_EXAMPLE = 'config-examples/example-community-trust.json';

export function generatePolicyFiles(options: { extensionId?: string; examplePath?: string } = {}): PolicyFileSet {
  const identity = buildIdentity();
  const extensionId = options.extensionId ?? (identity.manifestKey ? extensionIdFromKey(identity.manifestKey) : undefined);
  if (!extensionId) throw new Error('No manifest key in this build: give the store-assigned id with --extension-id');
  if (!/^[a-p]{32}$/.test(extensionId)) throw new Error(`"${extensionId}" is not a Chrome/Edge extension id (32 letters a-p)`);
  const example = JSON.parse(readFileSync(options.examplePath ?? DEFAULT_EXAMPLE, 'utf8')) as Record<string, unknown>;
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  return policyFiles({
    schema: buildManagedSchema(),
    sectionTitles,
    extensionId,
    geckoId: identity.geckoId,
    example,
    minimumBrowserVersion: MINIMUM_CHROME_VERSION,
    version,
    uuid: stableUuid,
  });
}

export function writePolicyFiles(outDir: string, files: PolicyFileSet): string[] {
  rmSync(outDir, { recursive: true, force: true });
  return Object.entries(files).map(([path, text]) => {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return target;
  });
}
