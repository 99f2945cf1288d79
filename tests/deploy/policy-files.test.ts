import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAgainstManagedSchema, type ChromeSchema } from '../../lib/config/managed-schema';
import { DEVELOPMENT_GECKO_ID, DEVELOPMENT_MANIFEST_KEY, extensionIdFromKey } from '../../scripts/deploy/identity';
import { completeExample, policyFiles, readRegFile, policyLeaves, valueAt, type PolicyFileSet } from '../../scripts/deploy/policy-files';
import { DEFAULT_EXAMPLE, generatePolicyFiles, stableUuid } from '../../scripts/deploy/write-policy-files';
import { all, one, parseXml, plistToJs, type XmlNode } from './xml';

// The generated enterprise policy files (scripts/deploy/policy-files.ts), parsed as Windows, macOS
// and Firefox would read them, against public/managed_schema.json read here on its own: every
// property the schema declares must be in every file, with its type and bounds.

const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as ChromeSchema;
const extensionId = extensionIdFromKey(DEVELOPMENT_MANIFEST_KEY);
const files = generatePolicyFiles();
const example = completeExample(schema, JSON.parse(readFileSync(DEFAULT_EXAMPLE, 'utf8')) as Record<string, unknown>);

type Expected = { path: string; subkeys: string[]; name: string; node: ChromeSchema };

/** What policy can set, read straight from the schema file: top-level fields and one level into sections. */
function expectedFields(from: ChromeSchema): Expected[] {
  return Object.entries(from.properties ?? {}).flatMap(([name, node]): Expected[] =>
    node.type === 'object' && node.properties
      ? Object.entries(node.properties).map(([child, childNode]) => ({ path: `${name}.${child}`, subkeys: [name], name: child, node: childNode }))
      : [{ path: name, subkeys: [], name, node }],
  );
}
const expected = expectedFields(schema);

const registryRoot = { chrome: 'Software\\Policies\\Google\\Chrome', edge: 'Software\\Policies\\Microsoft\\Edge' } as const;

function file(set: PolicyFileSet, path: string): string {
  const text = set[path];
  if (text === undefined) throw new Error(`no generated ${path}; generated: ${Object.keys(set).join(', ')}`);
  return text;
}

describe('the generated policy files', () => {
  it('covers a schema with fields in every section (the test would prove little otherwise)', () => {
    expect(expected.length).toBeGreaterThanOrEqual(15);
    expect(expected.map((f) => f.node.type)).toEqual(expect.arrayContaining(['integer', 'string', 'boolean', 'array']));
  });

  describe.each(['chrome', 'edge'] as const)('%s ADMX and ADML', (browser) => {
    const base = `pmh-companion-${browser}`;
    const admx = parseXml(file(files, `windows/${base}.admx`));
    const adml = parseXml(file(files, `windows/en-US/${base}.adml`));
    const policies = all(admx, 'policy');
    const strings = new Map(all(adml, 'string').map((s) => [s.attributes.id, s.text]));
    const presentations = new Map(all(adml, 'presentation').map((p) => [p.attributes.id, p]));

    it('[H76-a] are well-formed Group Policy definition files', () => {
      expect(admx.name).toBe('policyDefinitions');
      expect(admx.attributes.xmlns).toBe('http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions');
      expect(adml.name).toBe('policyDefinitionResources');
      expect(new Set(policies.map((p) => p.attributes.name)).size).toBe(policies.length);
    });

    it('[H76-b] define one machine policy per schema field, at the extension\'s policy key, with its type and bounds', () => {
      expect(policies.map((p) => p.attributes.name).sort()).toEqual(expected.map((f) => f.path.replace(/\./g, '_')).sort());
      for (const field of expected) {
        const policy = policies.find((p) => p.attributes.name === field.path.replace(/\./g, '_')) as XmlNode;
        expect(policy.attributes.class, field.path).toBe('Machine');
        expect(policy.attributes.key, field.path).toBe([registryRoot[browser], '3rdparty', 'extensions', extensionId, 'policy', ...field.subkeys].join('\\'));
        const node = field.node;
        if (node.type === 'boolean') {
          expect(policy.attributes.valueName).toBe(field.name);
          expect(one(one(policy, 'enabledValue'), 'decimal').attributes.value).toBe('1');
          expect(one(one(policy, 'disabledValue'), 'decimal').attributes.value).toBe('0');
          continue;
        }
        const [element, ...others] = one(policy, 'elements').children;
        expect(others, field.path).toEqual([]);
        expect(element?.attributes.valueName, field.path).toBe(field.name);
        if (node.enum) {
          expect(element?.name, field.path).toBe('enum');
          const values = all(element as XmlNode, 'value').map((v) => {
            const typed = v.children[0] as XmlNode;
            return typed.name === 'decimal' ? Number(typed.attributes.value) : typed.text;
          });
          expect(values, field.path).toEqual(node.enum);
        } else if (node.type === 'integer') {
          expect(element?.name, field.path).toBe('decimal');
          expect(Number(element?.attributes.minValue), `${field.path} minimum`).toBe(node.minimum);
          expect(Number(element?.attributes.maxValue), `${field.path} maximum`).toBe(node.maximum);
        } else {
          // Text, and lists as JSON text (Chrome parses a REG_SZ as JSON for list policies).
          expect(element?.name, field.path).toBe('text');
          if (node.type === 'array') expect(strings.get(`${policy.attributes.name}_Explain`), field.path).toContain('as JSON');
          if (node.items?.enum) expect(strings.get(`${policy.attributes.name}_Explain`), field.path).toContain(node.items.enum.join(', '));
        }
      }
    });

    it('every string and presentation the ADMX names is in the ADML, and each control refers to its element', () => {
      const admxText = file(files, `windows/${base}.admx`);
      for (const [, id] of admxText.matchAll(/\$\(string\.([^)]+)\)/g)) expect(strings.has(id), id).toBe(true);
      for (const [, id] of admxText.matchAll(/\$\(presentation\.([^)]+)\)/g)) {
        const presentation = presentations.get(id);
        expect(presentation, id).toBeDefined();
        const ids = (presentation as XmlNode).children.map((c) => c.attributes.refId);
        const policy = policies.find((p) => p.attributes.name === id) as XmlNode;
        expect(ids).toEqual(one(policy, 'elements').children.map((e) => e.attributes.id));
      }
      for (const field of expected) {
        const explain = strings.get(`${field.path.replace(/\./g, '_')}_Explain`) ?? '';
        if (field.node.type === 'integer' && !field.node.enum) expect(explain, field.path).toContain(`from ${field.node.minimum} to ${field.node.maximum}`);
      }
    });

    it('[H76-c] the example .reg sets every field, inside the extension\'s key, and Chrome\'s schema check accepts what it sets', () => {
      const reg = file(files, `windows/${base}-example.reg`);
      expect(reg.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
      const value = readRegFile(reg, browser, extensionId, policyLeaves(schema));
      expect(value).toEqual(example);
      for (const field of expected) expect(valueAt(value, field.path), field.path).toBeDefined();
      for (const field of expected.filter((f) => f.node.type === 'integer' || f.node.type === 'boolean')) {
        expect(reg, field.path).toMatch(new RegExp(`"${field.name}"=dword:[0-9a-f]{8}\\r\\n`));
      }
      expect(checkAgainstManagedSchema(schema, value)).toEqual([]);
    });
  });

  it('[H76-d] Intune: one OMA-URI per Chrome policy, under the ingested ADMX\'s area', () => {
    const rows = file(files, 'windows/pmh-companion-chrome-intune-oma-uri.csv').trim().split('\r\n');
    expect(rows[1]).toContain('./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/PMHCompanionChrome/Policy/');
    for (const field of expected) {
      expect(rows.some((row) => row.includes(`/Vendor/MSFT/Policy/Config/PMHCompanionChrome~Policy~PMHContactCompanion~`) && row.includes(`/${field.path.replace(/\./g, '_')},String,`)), field.path).toBe(true);
    }
    // Edge keeps its policy under Software\Policies\Microsoft, which ADMX ingestion refuses.
    expect(Object.keys(files).some((path) => path.includes('edge-intune'))).toBe(false);
  });

  it('[H76-e] macOS: a profile with a payload per browser for the extension\'s preference domain, in native plist types', () => {
    const plist = parseXml(file(files, 'macos/pmh-companion.mobileconfig'));
    expect(plist.name).toBe('plist');
    const profile = plistToJs(plist.children[0] as XmlNode) as { PayloadType: string; PayloadContent: Array<Record<string, unknown>> };
    expect(profile.PayloadType).toBe('Configuration');
    expect(profile.PayloadContent.map((p) => p.PayloadType)).toEqual([`com.google.Chrome.extensions.${extensionId}`, `com.microsoft.Edge.extensions.${extensionId}`]);
    for (const payload of profile.PayloadContent) {
      const settings = Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('Payload')));
      expect(settings).toEqual(example);
      expect(checkAgainstManagedSchema(schema, settings)).toEqual([]);
      for (const field of expected) expect(valueAt(settings, field.path), field.path).toBeDefined();
    }
    // Integers stay integers (a <string>10</string> would fail Chrome's schema check).
    expect(file(files, 'macos/pmh-companion.mobileconfig')).toMatch(/<key>epdsPossibleFrom<\/key>\s*<integer>\d+<\/integer>/);
  });

  it('[H76-f] Firefox: policies.json with the configuration under 3rdparty → Extensions → the add-on id', () => {
    const json = JSON.parse(file(files, 'firefox/policies.json')) as { policies: { '3rdparty': { Extensions: Record<string, Record<string, unknown>> } } };
    const settings = json.policies['3rdparty'].Extensions[DEVELOPMENT_GECKO_ID] as Record<string, unknown>;
    expect(settings).toEqual(example);
    for (const field of expected) expect(valueAt(settings, field.path), field.path).toBeDefined();
    expect(checkAgainstManagedSchema(schema, settings)).toEqual([]);
  });

  it('Linux: the managed policy JSON Chrome and Edge read', () => {
    const json = JSON.parse(file(files, 'linux/pmh-companion.json')) as { '3rdparty': { extensions: Record<string, unknown> } };
    expect(json['3rdparty'].extensions[extensionId]).toEqual(example);
  });

  it('[H76-g] a setting added to the schema appears in every file without anyone listing it', () => {
    const grown = structuredClone(schema);
    const security = grown.properties?.security as ChromeSchema;
    security.properties = { ...security.properties, unlockDelayCapSeconds: { type: 'integer', title: 'A new setting', minimum: 5, maximum: 600 } };
    const generated = policyFiles({
      schema: grown,
      extensionId,
      geckoId: DEVELOPMENT_GECKO_ID,
      example: {},
      minimumBrowserVersion: '116',
      version: '0.0.0',
      uuid: stableUuid,
    });
    const admx = parseXml(file(generated, 'windows/pmh-companion-edge.admx'));
    const policy = all(admx, 'policy').find((p) => p.attributes.name === 'security_unlockDelayCapSeconds') as XmlNode;
    expect(one(policy, 'decimal').attributes).toMatchObject({ minValue: '5', maxValue: '600', valueName: 'unlockDelayCapSeconds' });
    for (const path of ['windows/pmh-companion-chrome-example.reg', 'macos/pmh-companion.mobileconfig', 'firefox/policies.json', 'windows/pmh-companion-chrome-intune-oma-uri.csv']) {
      expect(file(generated, path), path).toContain('unlockDelayCapSeconds');
    }
  });

  it('is the same text every time it is generated (stable UUIDs, no dates)', () => {
    expect(generatePolicyFiles()).toEqual(files);
  });
});
