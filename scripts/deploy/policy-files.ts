import type { ChromeSchema } from '../../lib/config/managed-schema';

// Enterprise policy files for the organisation configuration, generated from the managed schema
// (public/managed_schema.json, itself generated from lib/config/schema.ts), so a setting added to
// the schema appears in every file without anyone copying a property list. Written by
// `npm run policy-files` and `npm run package`; tests/deploy/policy-files.test.ts parses each file.
//
// How each browser reads extension policy ("3rdparty" policy, docs/configuration.md):
// - Chrome / Edge on Windows: registry values under
//   Software\Policies\Google\Chrome\3rdparty\extensions\<id>\policy (Edge: ...\Microsoft\Edge\...).
//   A sub-object (pathway, retention…) is a subkey; integers and booleans are REG_DWORD; text is
//   REG_SZ; a list is a REG_SZ holding its JSON, which Chrome parses for list and object policies.
// - Chrome / Edge on macOS: a configuration profile for the preference domain
//   com.google.Chrome.extensions.<id> (Edge: com.microsoft.Edge.extensions.<id>), native plist types.
// - Firefox: policies.json, "3rdparty" → "Extensions" → <add-on id> → the configuration as JSON.
//
// One Group Policy setting per field (not one per section): enabling a setting locks that one field,
// exactly as policy does everywhere else (precedence is per field, lib/config/fields.ts).

export type PolicyBrowser = 'chrome' | 'edge';

/** A field as policy sets it: where it is written and what it may hold. */
export type PolicyLeaf = {
  /** Dotted path in the configuration, e.g. "pathway.epdsPossibleFrom". */
  path: string;
  /** Subkeys below ...\policy ([] for a top-level field, ["pathway"] for pathway.*). */
  subkeys: string[];
  valueName: string;
  schema: ChromeSchema;
  /** How it travels in the registry and in ADMX. */
  kind: 'integer' | 'integer-choice' | 'text' | 'text-choice' | 'boolean' | 'json';
  /** A name Group Policy accepts: letters, digits and underscores. */
  policyName: string;
  title: string;
  description: string;
  section: string;
};

const REGISTRY_ROOT: Record<PolicyBrowser, string> = {
  chrome: 'Software\\Policies\\Google\\Chrome',
  edge: 'Software\\Policies\\Microsoft\\Edge',
};

const MAC_DOMAIN: Record<PolicyBrowser, string> = {
  chrome: 'com.google.Chrome.extensions',
  edge: 'com.microsoft.Edge.extensions',
};

const BROWSER_NAME: Record<PolicyBrowser, string> = { chrome: 'Google Chrome', edge: 'Microsoft Edge' };

/** Longest text Group Policy's text box takes here; longer directories go in by .reg or script. */
export const ADMX_TEXT_MAX_LENGTH = 32767;

function leafKind(schema: ChromeSchema): PolicyLeaf['kind'] {
  switch (schema.type) {
    case 'integer':
      return schema.enum ? 'integer-choice' : 'integer';
    case 'string':
      return schema.enum ? 'text-choice' : 'text';
    case 'boolean':
      return 'boolean';
    case 'number':
      // Chrome's schema gives numbers no bounds and the registry has no REG type for fractions.
      throw new Error('A fractional number cannot be set by Windows policy: make it an integer in the schema');
    default:
      return 'json';
  }
}

/** Every field policy can set, in schema order: top-level fields, and one level into sections. */
export function policyLeaves(schema: ChromeSchema, sectionTitles: Record<string, string> = {}): PolicyLeaf[] {
  const leaves: PolicyLeaf[] = [];
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    if (node.type === 'object' && node.properties) {
      for (const [child, childNode] of Object.entries(node.properties)) {
        leaves.push(leaf([name, child], childNode, sectionTitles[name] ?? name));
      }
    } else {
      leaves.push(leaf([name], node, sectionTitles.organisation ?? 'Organisation'));
    }
  }
  return leaves;
}

function leaf(path: string[], schema: ChromeSchema, section: string): PolicyLeaf {
  const valueName = path[path.length - 1] as string;
  return {
    path: path.join('.'),
    subkeys: path.slice(0, -1),
    valueName,
    schema,
    kind: leafKind(schema),
    policyName: path.join('_').replace(/[^A-Za-z0-9_]/g, '_'),
    title: schema.title ?? valueName,
    description: schema.description ?? '',
    section,
  };
}

/** The extension's policy key, e.g. Software\Policies\Google\Chrome\3rdparty\extensions\<id>\policy. */
export function policyKey(browser: PolicyBrowser, extensionId: string, subkeys: readonly string[] = []): string {
  return [REGISTRY_ROOT[browser], '3rdparty', 'extensions', extensionId, 'policy', ...subkeys].join('\\');
}

// ---------------------------------------------------------------------------------------------
// XML helpers

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function boundsLine(leaf: PolicyLeaf): string {
  const s = leaf.schema;
  if (leaf.kind === 'integer') return `Whole number from ${s.minimum ?? 0} to ${s.maximum ?? 2147483647}.`;
  if (leaf.kind === 'integer-choice' || leaf.kind === 'text-choice') return `One of: ${(s.enum ?? []).join(', ')}.`;
  if (leaf.kind === 'boolean') return 'Enabled: yes. Disabled: no.';
  if (leaf.kind === 'json') {
    const items = s.items;
    const allowed = items?.enum ? ` Each item one of: ${items.enum.join(', ')}.` : '';
    const fields = items?.properties ? ` Each item has: ${Object.keys(items.properties).join(', ')}.` : '';
    return `Enter the ${s.type === 'array' ? 'list' : 'object'} as JSON on one line.${allowed}${fields}`;
  }
  return 'Text.';
}

function explainText(leaf: PolicyLeaf): string {
  return [
    `${leaf.description}`.trim(),
    boundsLine(leaf),
    `Configuration field: ${leaf.path}. Not configured: the options page or the national default applies.`,
    'The extension checks the whole policy (lengths, formats, cross-field rules) and applies none of it if any part fails; check a configuration first with npm run check-config (docs/configuration.md).',
  ]
    .filter(Boolean)
    .join('\n\n');
}

const GP_NAMESPACE = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';

export type AdmxFiles = { admx: string; adml: string; fileBase: string; appName: string };

/**
 * ADMX (definitions) and ADML (en-US strings) for one browser. Self-contained: it defines its own
 * "supported on" entry and refers to no other ADMX namespace, so Intune's ADMX import and OMA-URI
 * ingestion need no other file first.
 */
export function admxFiles(
  browser: PolicyBrowser,
  extensionId: string,
  leaves: readonly PolicyLeaf[],
  options: { minimumBrowserVersion: string; version: string },
): AdmxFiles {
  const appName = browser === 'chrome' ? 'PMHCompanionChrome' : 'PMHCompanionEdge';
  const fileBase = browser === 'chrome' ? 'pmh-companion-chrome' : 'pmh-companion-edge';
  const root = 'PMHContactCompanion';
  const sections = [...new Set(leaves.map((l) => l.section))];
  const sectionId = (section: string) => `${root}_${sections.indexOf(section) + 1}`;
  const supported = `SUPPORTED_${browser.toUpperCase()}_${options.minimumBrowserVersion}`;
  const strings = new Map<string, string>();
  const presentations: string[] = [];
  strings.set(root, `PMH Contact Companion (${BROWSER_NAME[browser]} extension ${extensionId})`);
  strings.set(supported, `${BROWSER_NAME[browser]} ${options.minimumBrowserVersion} or later, with PMH Contact Companion installed`);
  for (const section of sections) strings.set(sectionId(section), section);

  const policies = leaves.map((l) => {
    strings.set(l.policyName, l.title);
    strings.set(`${l.policyName}_Explain`, explainText(l));
    const key = xmlEscape(policyKey(browser, extensionId, l.subkeys));
    const head = `    <policy name="${l.policyName}" class="Machine" displayName="$(string.${l.policyName})" explainText="$(string.${l.policyName}_Explain)" key="${key}"`;
    const common = `      <parentCategory ref="${sectionId(l.section)}" />\n      <supportedOn ref="${supported}" />`;
    if (l.kind === 'boolean') {
      return `${head} valueName="${xmlEscape(l.valueName)}">\n${common}\n      <enabledValue><decimal value="1" /></enabledValue>\n      <disabledValue><decimal value="0" /></disabledValue>\n    </policy>`;
    }
    let element: string;
    let control: string;
    const label = xmlEscape(l.title);
    if (l.kind === 'integer') {
      element = `<decimal id="${l.policyName}" valueName="${xmlEscape(l.valueName)}" minValue="${l.schema.minimum ?? 0}" maxValue="${l.schema.maximum ?? 2147483647}" required="true" />`;
      control = `<decimalTextBox refId="${l.policyName}" defaultValue="${l.schema.minimum ?? 0}">${label}</decimalTextBox>`;
    } else if (l.kind === 'integer-choice' || l.kind === 'text-choice') {
      const items = (l.schema.enum ?? []).map((value, index) => {
        const id = `${l.policyName}_${index + 1}`;
        strings.set(id, String(value));
        const typed = l.kind === 'integer-choice' ? `<decimal value="${value}" />` : `<string>${xmlEscape(String(value))}</string>`;
        return `          <item displayName="$(string.${id})"><value>${typed}</value></item>`;
      });
      element = `<enum id="${l.policyName}" valueName="${xmlEscape(l.valueName)}" required="true">\n${items.join('\n')}\n        </enum>`;
      control = `<dropdownList refId="${l.policyName}" noSort="true" defaultItem="0">${label}</dropdownList>`;
    } else {
      element = `<text id="${l.policyName}" valueName="${xmlEscape(l.valueName)}" maxLength="${ADMX_TEXT_MAX_LENGTH}" required="true" />`;
      control = `<textBox refId="${l.policyName}"><label>${label}</label></textBox>`;
    }
    presentations.push(`        <presentation id="${l.policyName}">\n          ${control}\n        </presentation>`);
    return `${head} presentation="$(presentation.${l.policyName})">\n${common}\n      <elements>\n        ${element}\n      </elements>\n    </policy>`;
  });

  const admx = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- Generated by scripts/deploy/policy-files.ts from managed_schema.json (PMH Contact Companion ${options.version}) for extension id ${extensionId}. Do not edit: regenerate. -->`,
    `<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${GP_NAMESPACE}">`,
    '  <policyNamespaces>',
    `    <target prefix="${appName.toLowerCase()}" namespace="PMHContactCompanion.Policies.${browser === 'chrome' ? 'Chrome' : 'Edge'}" />`,
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    `      <definition name="${supported}" displayName="$(string.${supported})" />`,
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    `    <category name="${root}" displayName="$(string.${root})" />`,
    ...sections.map((s) => `    <category name="${sectionId(s)}" displayName="$(string.${sectionId(s)})"><parentCategory ref="${root}" /></category>`),
    '  </categories>',
    '  <policies>',
    ...policies,
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');

  const adml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- Generated by scripts/deploy/policy-files.ts: the en-GB wording of ${fileBase}.admx, for the en-US folder Windows reads by default. -->`,
    `<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${GP_NAMESPACE}">`,
    '  <displayName>PMH Contact Companion</displayName>',
    `  <description>Organisation configuration for the PMH Contact Companion extension in ${BROWSER_NAME[browser]}.</description>`,
    '  <resources>',
    '    <stringTable>',
    ...[...strings].map(([id, text]) => `      <string id="${id}">${xmlEscape(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...presentations,
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
  return { admx, adml, fileBase, appName };
}

/** Intune OMA-URI rows for the ingested ADMX: where to upload it and one row per setting. */
export function intuneOmaUris(files: AdmxFiles, leaves: readonly PolicyLeaf[], example: Record<string, unknown>): string {
  const sections = [...new Set(leaves.map((l) => l.section))];
  const rows = [
    'Name,OMA-URI,Data type,Value',
    `Ingest ${files.fileBase}.admx,./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/${files.appName}/Policy/${files.appName}Admx,String,(the whole of ${files.fileBase}.admx)`,
  ];
  for (const l of leaves) {
    const area = `${files.appName}~Policy~PMHContactCompanion~PMHContactCompanion_${sections.indexOf(l.section) + 1}`;
    const value = valueAt(example, l.path);
    let data: string;
    if (value === undefined) data = '<disabled/>';
    else if (l.kind === 'boolean') data = value ? '<enabled/>' : '<disabled/>';
    else {
      const text = l.kind === 'json' ? JSON.stringify(value) : String(value);
      data = `<enabled/><data id="${l.policyName}" value="${xmlEscape(text)}"/>`;
    }
    rows.push([l.title, `./Device/Vendor/MSFT/Policy/Config/${area}/${l.policyName}`, 'String', data].map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function valueAt(value: Record<string, unknown>, path: string): unknown {
  let node: unknown = value;
  for (const key of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

// ---------------------------------------------------------------------------------------------
// .reg

function regString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A .reg file that sets `example` for the extension, value by value, as Chrome and Edge read it. */
export function regFile(browser: PolicyBrowser, extensionId: string, leaves: readonly PolicyLeaf[], example: Record<string, unknown>): string {
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; PMH Contact Companion: organisation configuration by ${BROWSER_NAME[browser]} policy, extension id ${extensionId}.`,
    '; Generated from managed_schema.json. An EXAMPLE: every value below is locked for everyone once',
    '; imported. Delete the lines you do not want to set, and check the file first (docs/configuration.md).',
  ];
  const byKey = new Map<string, string[]>();
  for (const l of leaves) {
    const value = valueAt(example, l.path);
    if (value === undefined) continue;
    const key = `HKEY_LOCAL_MACHINE\\${policyKey(browser, extensionId, l.subkeys)}`;
    let data: string;
    if (l.kind === 'integer' || l.kind === 'integer-choice') data = `dword:${(value as number).toString(16).padStart(8, '0')}`;
    else if (l.kind === 'boolean') data = `dword:${value ? '00000001' : '00000000'}`;
    else if (l.kind === 'json') data = regString(JSON.stringify(value));
    else data = regString(String(value));
    byKey.set(key, [...(byKey.get(key) ?? []), `${regString(l.valueName)}=${data}`]);
  }
  for (const [key, values] of byKey) lines.push('', `[${key}]`, ...values);
  // CRLF: regedit reads both, but Windows tools and diffs expect CRLF.
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Reads a .reg file back into the configuration Chrome would see, using the schema for types
 * (REG_SZ holding JSON for lists). For tests and for checking a hand-edited file.
 */
export function readRegFile(text: string, browser: PolicyBrowser, extensionId: string, leaves: readonly PolicyLeaf[]): Record<string, unknown> {
  const base = `HKEY_LOCAL_MACHINE\\${policyKey(browser, extensionId)}`;
  const out: Record<string, unknown> = {};
  let subkeys: string[] | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line === 'Windows Registry Editor Version 5.00') continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      const key = section[1] as string;
      if (key !== base && !key.startsWith(`${base}\\`)) throw new Error(`Key outside the extension's policy: ${key}`);
      subkeys = key === base ? [] : key.slice(base.length + 1).split('\\');
      continue;
    }
    if (subkeys === null) throw new Error(`Value before any key: ${line}`);
    const entry = /^"((?:[^"\\]|\\.)*)"=(dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)")$/.exec(line);
    if (!entry) throw new Error(`Not a REG_SZ or REG_DWORD value: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    const name = unescape(entry[1] as string);
    const path = [...subkeys, name].join('.');
    const leaf = leaves.find((l) => l.path === path);
    if (!leaf) throw new Error(`Not a policy field: ${path}`);
    let value: unknown;
    if (entry[3] !== undefined) {
      const number = parseInt(entry[3], 16);
      value = leaf.kind === 'boolean' ? number !== 0 : number;
    } else {
      const text = unescape(entry[4] as string);
      value = leaf.kind === 'json' ? (JSON.parse(text) as unknown) : text;
    }
    let node = out;
    for (const key of subkeys) node = (node[key] ??= {}) as Record<string, unknown>;
    node[name] = value;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// macOS configuration profile

function plistValue(value: unknown, indent: string): string {
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return Number.isInteger(value) ? `${indent}<integer>${value}</integer>` : `${indent}<real>${value}</real>`;
  if (typeof value === 'string') return `${indent}<string>${xmlEscape(value)}</string>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return `${indent}<array/>`;
    return [`${indent}<array>`, ...value.map((v) => plistValue(v, `${indent}  `)), `${indent}</array>`].join('\n');
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return `${indent}<dict/>`;
    return [
      `${indent}<dict>`,
      ...entries.flatMap(([k, v]) => [`${indent}  <key>${xmlEscape(k)}</key>`, plistValue(v, `${indent}  `)]),
      `${indent}</dict>`,
    ].join('\n');
  }
  throw new Error(`Cannot write ${String(value)} to a property list`);
}

/**
 * A macOS configuration profile with one payload per browser: the preference domain
 * com.google.Chrome.extensions.<id> / com.microsoft.Edge.extensions.<id>, holding the
 * configuration in native plist types. UUIDs are derived from the id so the file is stable.
 */
export function mobileconfig(extensionId: string, example: Record<string, unknown>, uuid: (seed: string) => string): string {
  const payloads = (['chrome', 'edge'] as const).map((browser) => {
    const domain = `${MAC_DOMAIN[browser]}.${extensionId}`;
    return {
      PayloadType: domain,
      PayloadIdentifier: `${domain}.policy`,
      PayloadUUID: uuid(`${domain}.policy`),
      PayloadVersion: 1,
      PayloadDisplayName: `PMH Contact Companion in ${BROWSER_NAME[browser]}`,
      ...example,
    };
  });
  const profile = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: `uk.nhs.pmh-contact-companion.${extensionId}`,
    PayloadUUID: uuid(`profile.${extensionId}`),
    PayloadDisplayName: 'PMH Contact Companion organisation configuration',
    PayloadDescription:
      'Generated from managed_schema.json. An EXAMPLE: replace the values with your checked configuration (docs/configuration.md) and sign the profile with your MDM.',
    PayloadScope: 'System',
    PayloadContent: payloads,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

/** Firefox policies.json: the configuration under 3rdparty → Extensions → the add-on id. */
export function firefoxPolicies(geckoId: string, example: Record<string, unknown>): string {
  return `${JSON.stringify({ policies: { '3rdparty': { Extensions: { [geckoId]: example } } } }, null, 2)}\n`;
}

/** Chrome/Edge on Linux: /etc/opt/chrome/policies/managed/<file>.json. */
export function linuxManagedPolicy(extensionId: string, example: Record<string, unknown>): string {
  return `${JSON.stringify({ '3rdparty': { extensions: { [extensionId]: example } } }, null, 2)}\n`;
}

/**
 * An example value that sets every field the schema declares: the given configuration, with any
 * field it leaves out filled from the schema (first allowed value, lowest bound, false, []), so
 * each generated example shows every field. A trust deletes what it does not want to lock.
 */
export function completeExample(schema: ChromeSchema, base: Record<string, unknown>): Record<string, unknown> {
  const fill = (node: ChromeSchema, value: unknown): unknown => {
    if (node.type === 'object' && node.properties) {
      const current = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
      return Object.fromEntries(Object.entries(node.properties).map(([key, child]) => [key, fill(child, current[key])]));
    }
    if (value !== undefined) return value;
    if (node.enum) return node.enum[0];
    if (node.type === 'integer' || node.type === 'number') return node.minimum ?? 0;
    if (node.type === 'boolean') return false;
    if (node.type === 'array') return [];
    return '';
  };
  return fill(schema, base) as Record<string, unknown>;
}

export type PolicyFileSet = Record<string, string>;

export type PolicyFileOptions = {
  schema: ChromeSchema;
  sectionTitles?: Record<string, string>;
  extensionId: string;
  geckoId: string;
  example: Record<string, unknown>;
  minimumBrowserVersion: string;
  version: string;
  uuid: (seed: string) => string;
};

/** Every generated policy file by relative path. */
export function policyFiles(options: PolicyFileOptions): PolicyFileSet {
  const leaves = policyLeaves(options.schema, options.sectionTitles);
  const example = completeExample(options.schema, options.example);
  const files: PolicyFileSet = {};
  for (const browser of ['chrome', 'edge'] as const) {
    const admx = admxFiles(browser, options.extensionId, leaves, { minimumBrowserVersion: options.minimumBrowserVersion, version: options.version });
    files[`windows/${admx.fileBase}.admx`] = admx.admx;
    files[`windows/en-US/${admx.fileBase}.adml`] = admx.adml;
    files[`windows/${admx.fileBase}-example.reg`] = regFile(browser, options.extensionId, leaves, example);
    // Intune's ADMX ingestion refuses policies under Software\Policies\Microsoft, so Edge's
    // extension policy cannot be set that way (docs/configuration.md, "Intune").
    if (browser === 'chrome') files[`windows/${admx.fileBase}-intune-oma-uri.csv`] = intuneOmaUris(admx, leaves, example);
  }
  files['macos/pmh-companion.mobileconfig'] = mobileconfig(options.extensionId, example, options.uuid);
  files['firefox/policies.json'] = firefoxPolicies(options.geckoId, example);
  files['linux/pmh-companion.json'] = linuxManagedPolicy(options.extensionId, example);
  return files;
}
