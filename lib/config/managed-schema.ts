import { toJSONSchema } from 'zod/mini';
import { configFields, type ConfigField } from './fields';
import { managedConfigSchema } from './schema';

// Chrome's `storage.managed_schema` (public/managed_schema.json) generated from the Zod schema, so
// the policy an IT team sets and the document the options page imports can never drift apart. A
// test compares the checked-in file with `buildManagedSchema()`.
//
// Chrome accepts only a subset of JSON Schema (draft-03 style) and refuses to load an extension
// whose schema uses anything else. The attributes allowed per type are those in Chromium's
// components/policy/core/common/schema.cc (kAttributesAndTypesFor*); note that `number` takes no
// minimum/maximum, strings take no length limits, and `additionalProperties` must be a schema, not
// `false`. So the generated schema keeps types, allowed values and whole-number bounds, and
// leaves lengths, patterns, required fields and cross-field rules to the extension, which reports
// them with their path on the options page. Chrome also silently drops properties the schema does
// not declare, so typos in a policy are best caught by checking the file first (docs/configuration.md).

export type ChromeSchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';

export type ChromeSchema = {
  type: ChromeSchemaType;
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
};

/** Attributes Chromium accepts for each schema type (schema.cc, kAttributesAndTypesFor*). */
export const chromeAllowedAttributes: Record<ChromeSchemaType, readonly string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: ['additionalProperties', 'description', 'id', 'patternProperties', 'properties', 'required', 'sensitiveValue', 'title', 'type'],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
};

type JsonSchemaNode = Record<string, unknown>;

const UNSUPPORTED = ['anyOf', 'oneOf', 'allOf', 'not', '$ref', 'patternProperties'];

function toChrome(node: JsonSchemaNode, where: string): ChromeSchema {
  for (const key of UNSUPPORTED) {
    if (key in node) throw new Error(`${where}: "${key}" cannot be expressed in Chrome's managed_schema`);
  }
  let type = node.type as string | undefined;
  let values = node.enum as (string | number)[] | undefined;
  if ('const' in node) {
    values = [node.const as string | number];
    if (type === 'number' && Number.isInteger(node.const)) type = 'integer';
  }
  if (!type || !(type in chromeAllowedAttributes)) throw new Error(`${where}: unsupported type ${String(type)}`);
  const out: ChromeSchema = { type: type as ChromeSchemaType };
  if (typeof node.title === 'string') out.title = node.title;
  if (typeof node.description === 'string') out.description = node.description;
  if ((type === 'string' || type === 'integer') && values) out.enum = [...values];
  if (type === 'integer') {
    // Zod adds the safe-integer range to every int; only real bounds are worth declaring.
    if (typeof node.minimum === 'number' && node.minimum > Number.MIN_SAFE_INTEGER) out.minimum = node.minimum;
    if (typeof node.maximum === 'number' && node.maximum < Number.MAX_SAFE_INTEGER) out.maximum = node.maximum;
  }
  if (type === 'array') out.items = toChrome(node.items as JsonSchemaNode, `${where}[]`);
  if (type === 'object' && node.properties) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties as Record<string, JsonSchemaNode>).map(([key, child]) => [key, toChrome(child, `${where}.${key}`)]),
    );
  }
  return out;
}

function boundsText(field: ConfigField): string {
  if (field.kind !== 'number') return field.help;
  const b = field.bounds;
  return `${field.help} ${b.min}-${b.max} ${field.unit}, default ${b.defaultValue}. ${b.why}`;
}

/** The managed_schema for the manifest, generated from `managedConfigSchema`. */
export function buildManagedSchema(): ChromeSchema {
  const json = toJSONSchema(managedConfigSchema, { io: 'input', unrepresentable: 'throw' }) as JsonSchemaNode;
  const schema = toChrome(json, 'configuration');
  // Titles and descriptions show in chrome://policy and admin consoles.
  for (const field of configFields as readonly ConfigField[]) {
    let node: ChromeSchema | undefined = schema;
    for (const key of field.path.split('.')) node = node?.properties?.[key];
    if (!node) throw new Error(`managed schema has no ${field.path}`);
    node.title = field.label;
    node.description = boundsText(field);
  }
  return schema;
}

const KEY_ORDER = ['type', 'title', 'description', 'enum', 'minimum', 'maximum', 'items', 'properties'];

function ordered(schema: ChromeSchema): ChromeSchema {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = (schema as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (key === 'items') out[key] = ordered(value as ChromeSchema);
    else if (key === 'properties') {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, ChromeSchema>).map(([k, v]) => [k, ordered(v)]));
    } else out[key] = value;
  }
  return out as ChromeSchema;
}

/** Pretty JSON for public/managed_schema.json, keys in a readable order. */
export function managedSchemaFileText(): string {
  return `${JSON.stringify(ordered(buildManagedSchema()), null, 2)}\n`;
}

function typeMatches(type: ChromeSchemaType, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
  }
}

/**
 * Checks a value the way Chrome checks a policy against the managed schema, for the subset above,
 * plus one stricter rule: properties the schema does not declare are reported (Chrome would drop
 * them silently). Returns problems as "path: message"; empty when the value passes.
 */
export function checkAgainstManagedSchema(schema: ChromeSchema, value: unknown, path = ''): string[] {
  const at = path === '' ? '(top level)' : path;
  if (!typeMatches(schema.type, value)) return [`${at}: expected ${schema.type}`];
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value as string | number)) problems.push(`${at}: not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    value.forEach((item, index) => problems.push(...checkAgainstManagedSchema(items, item, `${path}[${index}]`)));
  }
  if (schema.type === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const childSchema = schema.properties?.[key];
      const childPath = path === '' ? key : `${path}.${key}`;
      if (!childSchema) problems.push(`${childPath}: not declared in the schema`);
      else problems.push(...checkAgainstManagedSchema(childSchema, child, childPath));
    }
  }
  return problems;
}
