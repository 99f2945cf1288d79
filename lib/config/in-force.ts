import type { PathwaySettings } from '../pathway/settings';
import type { RetentionPolicy } from '../storage/retention';
import type { ResolvedConfig } from './resolve';
import { retentionPolicyFromSettings } from './retention-in-force';
import type { ConfigFieldPath } from './fields';
import type { OrganisationConfig } from './schema';

// What the screens read from the configuration in force, with no schema (issue 17): the contact
// screen and the home screen take these without loading the validation (resolve.ts), which they
// need only when the configuration is validated (config-in-force.ts). resolve.ts re-exports them.

export function isLockedByPolicy(resolved: ResolvedConfig, path: ConfigFieldPath): boolean {
  return resolved.lockedByPolicy.includes(path);
}

/** The engine's settings (lib/pathway/settings.ts). */
export function pathwaySettingsFrom(config: OrganisationConfig): PathwaySettings {
  return { ...config.pathway, whooleyGad2Contacts: [...config.pathway.whooleyGad2Contacts] };
}

/** The retention policy lib/storage/retention.ts applies (see retentionPolicyFromSettings). */
export function retentionPolicyFrom(config: OrganisationConfig): RetentionPolicy {
  return retentionPolicyFromSettings(config.retention);
}

export type SessionOptions = {
  /** Lock the panel after this many idle minutes. */
  idleLockMinutes: number;
  /** The same in milliseconds, as lib/storage/idle-lock.ts takes it. */
  idleLockMs: number;
  /** Wrong-family guard: a contact started longer ago than this needs an extra confirmation. */
  confirmFamilyAfterHours: number;
};

export function sessionOptionsFrom(config: OrganisationConfig): SessionOptions {
  return { ...config.security, idleLockMs: config.security.idleLockMinutes * 60_000 };
}

export type SummaryOptions = {
  /** Characters per line of the pasted summary. */
  lineWidth: number;
  /** Longest compact summary, in characters. */
  compactLimitChars: number;
  /** The version offered first (national default 'short', issue 13). */
  defaultVersion: 'short' | 'detailed';
};

export function summaryOptionsFrom(config: OrganisationConfig): SummaryOptions {
  return { ...config.summary, defaultVersion: config.summary.defaultVersion ?? 'short' };
}
