import { nationalDefaultConfig } from './defaults';
import { fieldErrorsFrom, safeParseWithPlainWords, type ConfigFieldError } from './field-errors';
import { configFieldPaths, readField, writeField, type ConfigFieldPath } from './fields';
import { localSettingsNotice, policyStateOf, type LocalSettingsNotice } from './local-settings';
import {
  configDocumentSchema,
  managedConfigSchema,
  organisationConfigSchema,
  type ConfigDocument,
  type ManagedConfig,
  type OrganisationConfig,
} from './schema';

// Precedence, per field: enterprise policy (storage.managed) > the options page (storage.local) >
// national defaults. Each source is validated as a whole before it is used: a source with any
// error is set aside (and reported), never half-applied, so the practitioner never runs on a mix
// of someone's intended configuration and fragments of it.

export type ConfigSource = 'policy' | 'options' | 'national-default';

export type ConfigProblem = {
  /**
   * `policy` / `options`: that source has errors of its own. `options-conflict` /
   * `policy-conflict`: each is valid alone but the combination breaks a cross-field rule.
   */
  source: 'policy' | 'options' | 'options-conflict' | 'policy-conflict' | 'defaults';
  summary: string;
  errors: ConfigFieldError[];
};

export type ResolvedConfig = {
  /** The configuration in force. Always valid. */
  config: OrganisationConfig;
  /** Where each field's value came from. */
  sourceOf: Record<ConfigFieldPath, ConfigSource>;
  /** Fields set by enterprise policy: the options page shows them as locked. */
  lockedByPolicy: readonly ConfigFieldPath[];
  /** Sources that were set aside, with the reasons, for the options page to show. */
  problems: readonly ConfigProblem[];
  /**
   * The notice for settings made on this device that differ from the national defaults (H95), or
   * null. Decided here, with the rest of the configuration in force, so the panel's home screen
   * shows it from a validated copy without loading the schemas (config-in-force.ts, issue 17).
   */
  localSettings: LocalSettingsNotice | null;
};

/** Raw values as read from storage, not yet validated. */
export type ConfigLayers = {
  /** From storage.managed; undefined (or `{}`) when there is no policy. */
  policy?: unknown;
  /** The options-page document from storage.local; undefined when never saved. */
  options?: unknown;
};

type ParsedLayer<T> = { ok: true; doc: T | undefined } | { ok: false; problem: ConfigProblem };

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

function parsePolicy(raw: unknown): ParsedLayer<ManagedConfig> {
  if (raw === undefined || raw === null || isEmptyObject(raw)) return { ok: true, doc: undefined };
  const result = safeParseWithPlainWords(managedConfigSchema, raw);
  if (result.success) return { ok: true, doc: result.data };
  return {
    ok: false,
    problem: {
      source: 'policy',
      summary: "Your organisation's policy configuration has errors, so none of it is in force. Ask your IT team to correct it.",
      errors: fieldErrorsFrom(result.error, managedConfigSchema),
    },
  };
}

function parseOptions(raw: unknown): ParsedLayer<ConfigDocument> {
  if (raw === undefined || raw === null) return { ok: true, doc: undefined };
  const result = safeParseWithPlainWords(configDocumentSchema, raw);
  if (result.success) return { ok: true, doc: result.data };
  return {
    ok: false,
    problem: {
      source: 'options',
      summary: 'The configuration saved on this page could not be read, so it is not in force. Import or save a corrected one.',
      errors: fieldErrorsFrom(result.error, configDocumentSchema),
    },
  };
}

type Layer = { source: ConfigSource; doc: object | undefined };

function merge(layers: readonly Layer[]): { candidate: Record<string, unknown>; sourceOf: Record<ConfigFieldPath, ConfigSource> } {
  const candidate = structuredClone(nationalDefaultConfig) as unknown as Record<string, unknown>;
  const sourceOf = Object.fromEntries(configFieldPaths.map((p) => [p, 'national-default'])) as Record<ConfigFieldPath, ConfigSource>;
  // Lowest precedence first, so higher layers overwrite.
  for (const layer of layers) {
    if (!layer.doc) continue;
    for (const path of configFieldPaths) {
      const value = readField(layer.doc, path);
      if (value === undefined) continue;
      writeField(candidate, path, structuredClone(value));
      sourceOf[path] = layer.source;
    }
  }
  return { candidate, sourceOf };
}

/**
 * Combines policy, options and national defaults. Pure: the caller reads storage. If the combined
 * result is invalid (a cross-field rule such as EPDS "probable" below "possible"), the options
 * layer is dropped first, because policy is what the organisation has decided for everyone.
 */
export function resolveConfig(layers: ConfigLayers): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const policy = parsePolicy(layers.policy);
  const options = parseOptions(layers.options);
  if (!policy.ok) problems.push(policy.problem);
  if (!options.ok) problems.push(options.problem);

  const policyLayer: Layer = { source: 'policy', doc: policy.ok ? policy.doc : undefined };
  const optionsLayer: Layer = { source: 'options', doc: options.ok ? options.doc : undefined };

  const attempts: { layers: Layer[]; source: ConfigProblem['source']; conflict: string }[] = [];
  if (optionsLayer.doc) {
    attempts.push({
      layers: [optionsLayer, policyLayer],
      source: 'options-conflict',
      conflict: 'The options saved on this page conflict with the rest of the configuration, so they are not in force.',
    });
  }
  if (policyLayer.doc) {
    attempts.push({
      layers: [policyLayer],
      source: 'policy-conflict',
      conflict: "Your organisation's policy conflicts with the national defaults, so it is not in force.",
    });
  }
  attempts.push({ layers: [], source: 'defaults', conflict: 'The national defaults are invalid.' });

  for (const attempt of attempts) {
    const { candidate, sourceOf } = merge(attempt.layers);
    const result = safeParseWithPlainWords(organisationConfigSchema, candidate);
    if (result.success) {
      const lockedByPolicy = configFieldPaths.filter((p) => sourceOf[p] === 'policy');
      const inForce = { config: result.data, sourceOf, lockedByPolicy, problems };
      return { ...inForce, localSettings: localSettingsNotice(inForce, nationalDefaultConfig, policyStateOf(inForce)) };
    }
    problems.push({ source: attempt.source, summary: attempt.conflict, errors: fieldErrorsFrom(result.error, organisationConfigSchema) });
  }
  // Unreachable while the national defaults are valid (a test checks they are).
  throw new Error('National default configuration is invalid');
}

export {
  isLockedByPolicy,
  pathwaySettingsFrom,
  retentionPolicyFrom,
  sessionOptionsFrom,
  summaryOptionsFrom,
  type SessionOptions,
  type SummaryOptions,
} from './in-force';
