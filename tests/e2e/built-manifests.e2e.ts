import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_DESCRIPTION_LENGTH, MINIMUM_CHROME_VERSION } from '../../wxt.config';
import { DEVELOPMENT_GECKO_ID, DEVELOPMENT_MANIFEST_KEY, extensionIdFromKey } from '../../scripts/deploy/identity';
import { launch } from './support/extension';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: unknown[];
  commands?: Record<string, unknown>;
  content_security_policy?: string | { extension_pages?: string };
};

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Manifest;
}

type DocumentedPermission = { name: string; kind: string };

/**
 * The rows of README.md's "Permissions and why each is needed" table: the name in the first cell
 * (in code type) and the kind in the second ("Permission", "Permission (Chrome and Edge only)",
 * "Optional site access, …", "Manifest entry, not a permission").
 */
function documentedPermissions(readme: string): DocumentedPermission[] {
  const start = readme.indexOf('## Permissions and why each is needed');
  if (start < 0) throw new Error('README.md has no "Permissions and why each is needed" section');
  const next = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, next < 0 ? undefined : next);
  return section
    .split('\n')
    .map((line) => /^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[1] as string, kind: match[2] as string }));
}

const documented = documentedPermissions(readFileSync('README.md', 'utf8'));
const named = (test: (kind: string) => boolean) => documented.filter((row) => test(row.kind)).map((row) => row.name).sort();
const isPermission = (kind: string) => kind.startsWith('Permission');
const isOptionalSite = (kind: string) => kind.startsWith('Optional site access');
const chromeOnly = (kind: string) => kind.includes('Chrome and Edge only');

const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

function extensionPagesPolicy(m: Manifest): string {
  const csp = m.content_security_policy;
  return typeof csp === 'string' ? csp : (csp?.extension_pages ?? '');
}

describe('the built manifests', () => {
  it('gives Chrome an MV3 side panel opened from a toolbar action', () => {
    const chrome = manifest('chrome-mv3');
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.action).toBeDefined();
  });

  it('gives Firefox a sidebar', () => {
    const firefox = manifest('firefox-mv2');
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  });
});

describe('permissions: the built manifests ask for exactly what README.md justifies (issue 6)', () => {
  it('the README table has one row per permission, each of a known kind', () => {
    expect(documented.length).toBeGreaterThan(0);
    expect(new Set(documented.map((row) => row.name)).size, 'a permission listed twice').toBe(documented.length);
    for (const row of documented) {
      expect(isPermission(row.kind) || isOptionalSite(row.kind) || row.kind === 'Manifest entry, not a permission', `${row.name}: ${row.kind}`).toBe(true);
    }
  });

  it('[H17-t] Chrome: `permissions` equals the documented permissions, in both directions', () => {
    expect(sorted(manifest('chrome-mv3').permissions)).toEqual(named(isPermission));
  });

  it('Chrome: `optional_host_permissions` equals the documented optional sites, and there are no `host_permissions`', () => {
    const chrome = manifest('chrome-mv3');
    expect(sorted(chrome.optional_host_permissions)).toEqual(named(isOptionalSite));
    expect(chrome).not.toHaveProperty('host_permissions');
    expect(chrome).not.toHaveProperty('optional_permissions');
  });

  it('Firefox: the same permissions without sidePanel, and the optional sites under `optional_permissions`', () => {
    const firefox = manifest('firefox-mv2');
    expect(sorted(firefox.permissions)).toEqual(named((kind) => isPermission(kind) && !chromeOnly(kind)));
    expect(sorted(firefox.optional_permissions)).toEqual(named(isOptionalSite));
    expect(firefox).not.toHaveProperty('host_permissions');
    expect(firefox).not.toHaveProperty('optional_host_permissions');
    expect(firefox.sidebar_action).toBeDefined();
  });

  it('both: the keyboard command the README documents is the only one declared', () => {
    expect(named((kind) => kind === 'Manifest entry, not a permission')).toEqual(['commands']);
    for (const dir of ['chrome-mv3', 'firefox-mv2']) expect(Object.keys(manifest(dir).commands ?? {}), dir).toEqual(['insert-summary']);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('[H17-w] %s: no content script runs on the pages you visit', (dir) => {
    const m = manifest(dir);
    expect(m).not.toHaveProperty('content_scripts');
    expect(m).not.toHaveProperty('web_accessible_resources');
  });

  it.each(['chrome-mv3', 'firefox-mv2'])("[H17-s] %s: extension pages run only the extension's own scripts and connect nowhere", (dir) => {
    const directives = extensionPagesPolicy(manifest(dir))
      .split(';')
      .map((directive) => directive.trim());
    expect(directives).toContain("connect-src 'none'");
    expect(directives).toContain("script-src 'self'");
    expect(directives.join('; ')).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

// The development identity's Chrome/Edge id. It changes only if DEVELOPMENT_MANIFEST_KEY does, and
// then every policy file a trust has deployed stops reaching the extension: change it knowingly.
const DEVELOPMENT_EXTENSION_ID = 'cilidjmpmofbdaakeediecloihhdbpod';

/** Text files of a build, for greps. */
function builtFiles(dir: string): string[] {
  const root = `.output/${dir}`;
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(root).filter((path) => /\.(js|html|json|css)$/.test(path));
}

// Where "example.org" may appear in a build: examples of a valid format in error messages, which
// is what RFC 2606 reserves the domain for. Never an identity, an id or a canonical address.
const ILLUSTRATIVE_EXAMPLES = new Set(['www.example.org/perinatal', 'team@example.org']);

describe('identity (issue 15): stable, no placeholders, within store limits', () => {
  it('[H75-a] Chrome: the manifest key gives the documented, stable extension id', () => {
    const chrome = manifest('chrome-mv3');
    expect(chrome.key).toBe(DEVELOPMENT_MANIFEST_KEY);
    expect(extensionIdFromKey(chrome.key as string)).toBe(DEVELOPMENT_EXTENSION_ID);
  });

  it('[H75-b] Chromium gives the loaded extension the id derived from its key, wherever it is loaded from', async () => {
    const launched = await launch();
    expect(launched.extensionId).toBe(DEVELOPMENT_EXTENSION_ID);
  });

  it('Firefox: a gecko id that is not a placeholder, and no Chrome-only key', () => {
    const firefox = manifest('firefox-mv2') as Manifest & { browser_specific_settings?: { gecko?: { id?: string } } };
    expect(firefox.browser_specific_settings?.gecko?.id).toBe(DEVELOPMENT_GECKO_ID);
    expect(firefox).not.toHaveProperty('key');
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: the description fits the store limit of 132 characters', (dir) => {
    const description = manifest(dir).description as string;
    expect(MAX_DESCRIPTION_LENGTH).toBe(132);
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
  });

  it('Chrome: declares the minimum version its APIs need', () => {
    expect(manifest('chrome-mv3').minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('[H75-c] %s: no example.org placeholder anywhere in the build', (dir) => {
    const found: string[] = [];
    for (const file of builtFiles(dir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/[\w.@/-]*example\.(?:org|com|net)[\w./-]*/g)) {
        if (!ILLUSTRATIVE_EXAMPLES.has(match[0])) found.push(`${file}: ${match[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the FHIR canonical base the build was given is in the built code', () => {
    const base = process.env.PMH_FHIR_BASE?.replace(/\/+$/, '') || 'urn:pmh-contact-companion:fhir';
    expect(builtFiles('chrome-mv3').some((file) => readFileSync(file, 'utf8').includes(base))).toBe(true);
  });
});

describe('documentedPermissions (the README parser)', () => {
  it('reads names and kinds from the table and nothing else in the section', () => {
    const sample = [
      '## Permissions and why each is needed',
      'A sentence with `notAPermission` in it.',
      '| Permission | Kind | Why it is needed |',
      '|---|---|---|',
      '| `storage` | Permission | Settings. |',
      '| `https://*/*` | Optional site access, asked for at run time | One site. |',
      '## Benchmark',
      '| `alarms` | Permission | Not in this section. |',
    ].join('\n');
    expect(documentedPermissions(sample)).toEqual([
      { name: 'storage', kind: 'Permission' },
      { name: 'https://*/*', kind: 'Optional site access, asked for at run time' },
    ]);
  });
});
