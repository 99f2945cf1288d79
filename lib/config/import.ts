import { describeChanges, type ConfigChange } from './changes';
import { fieldErrorsFrom, findJsonSyntaxProblem, safeParseWithPlainWords, type ConfigFieldError } from './field-errors';
import { configFieldPaths, readField, type ConfigFieldPath } from './fields';
import { resolveConfig, type ConfigLayers, type ResolvedConfig } from './resolve';
import { configDocumentSchema, type ConfigDocument, type OrganisationConfig } from './schema';

// Import and export of configuration files. Checking a file is pure and never throws: it returns
// either everything needed to apply it (the document to store and a preview of what changes) or
// field-level errors. Nothing is applied here; the options page stores `document` only after the
// user presses Apply, in a single write, so the previous configuration stays in force until then.

/** Larger than any real directory (100 services of 2 kB each); stops a wrong file hanging the page. */
export const MAX_CONFIG_FILE_CHARS = 1_000_000;

export type ImportAccepted = {
  ok: true;
  /** What the options page should store (validated, defaults filled, canonical key order). */
  document: ConfigDocument;
  /** The configuration that will be in force after applying, with policy still on top. */
  resolved: ResolvedConfig;
  config: OrganisationConfig;
  /** What will be different from the configuration in force now. */
  changes: ConfigChange[];
  /** Fields the file sets that enterprise policy overrides: they will not take effect. */
  overriddenByPolicy: ConfigFieldPath[];
};

export type ImportRejected = { ok: false; errors: ConfigFieldError[] };
export type ImportResult = ImportAccepted | ImportRejected;

/** Text → JSON value, or the syntax error with its line and column. */
export function parseJsonText(text: string): { ok: true; value: unknown } | ImportRejected {
  if (text.length > MAX_CONFIG_FILE_CHARS) {
    return { ok: false, errors: [{ path: '', message: `is too large (over ${MAX_CONFIG_FILE_CHARS.toLocaleString('en-GB')} characters); is this the right file?` }] };
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const problem = findJsonSyntaxProblem(body);
    const where = problem ? ` at line ${problem.line}, column ${problem.column}` : '';
    const why = problem ? `: it ${problem.message}` : '';
    return { ok: false, errors: [{ path: '', message: `is not valid JSON${where}${why}` }] };
  }
}

/** Validates a parsed value as a configuration document. */
export function checkConfigDocument(value: unknown): { ok: true; document: ConfigDocument } | ImportRejected {
  const result = safeParseWithPlainWords(configDocumentSchema, value);
  if (result.success) return { ok: true, document: result.data };
  return { ok: false, errors: fieldErrorsFrom(result.error, configDocumentSchema) };
}

/**
 * Checks a candidate document (from a file, a paste or the options form) against the sources in
 * force now and previews the result of applying it in place of the options-page configuration.
 */
export function previewConfigDocument(value: unknown, current: ConfigLayers): ImportResult {
  const checked = checkConfigDocument(value);
  if (!checked.ok) return checked;
  const before = resolveConfig(current);
  const after = resolveConfig({ policy: current.policy, options: checked.document });
  const conflict = after.problems.find((p) => p.source === 'options' || p.source === 'options-conflict');
  if (conflict) return { ok: false, errors: conflict.errors };
  const overriddenByPolicy = configFieldPaths.filter(
    (path) => readField(checked.document, path) !== undefined && after.sourceOf[path] === 'policy',
  );
  return {
    ok: true,
    document: checked.document,
    resolved: after,
    config: after.config,
    changes: describeChanges(before.config, after.config),
    overriddenByPolicy,
  };
}

/** Text of a configuration file → preview or field-level errors. Never throws. */
export function importConfig(text: string, current: ConfigLayers): ImportResult {
  try {
    const parsed = parseJsonText(text);
    if (!parsed.ok) return parsed;
    return previewConfigDocument(parsed.value, current);
  } catch (e) {
    // Defence in depth: a bug here must show as an error, never as a half-applied configuration.
    return { ok: false, errors: [{ path: '', message: `could not be checked (${e instanceof Error ? e.message : 'unknown error'})` }] };
  }
}

/**
 * A configuration as a file: pretty-printed, keys in the schema's order (so exports diff cleanly),
 * and ending in a newline.
 */
export function exportConfig(config: OrganisationConfig | ConfigDocument): string {
  return `${JSON.stringify(configDocumentSchema.parse(config), null, 2)}\n`;
}
