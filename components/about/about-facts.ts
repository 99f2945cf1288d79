import { PATHWAY_VERSION } from '../../lib/pathway/version';
import { EXTENSION_VERSION } from './extension-version';

// What the About screen and the privacy page say about this build. The version is the manifest's
// (extension-version.ts); the safety status follows the pathway version, so it cannot claim
// sign-off that has not happened.

export { EXTENSION_VERSION, PATHWAY_VERSION };

export type SafetyStatus = { draft: boolean; headline: string; detail: string };

/**
 * Draft while the pathway version is a draft ("-draft"): nobody has signed the pathway or the
 * safety case. A version without the suffix is only made once a clinical safety officer has signed
 * (docs/clinical-safety/hazard-log.md); even then each organisation's own CSO signs its deployment.
 */
export function safetyStatus(pathwayVersion: string = PATHWAY_VERSION): SafetyStatus {
  if (pathwayVersion.endsWith('-draft')) {
    return {
      draft: true,
      headline: 'Draft: not for clinical use',
      detail:
        "Not for use with families until your organisation's clinical safety officer has reviewed the pathway, the hazard log and the safety case and signed them off (DCB0129 and DCB0160). Until then, use it only with the fictional demo record.",
    };
  }
  return {
    draft: false,
    headline: 'Pathway signed off by the manufacturer',
    detail:
      "Your organisation's clinical safety officer must still sign off its own deployment (DCB0160) before it is used with families.",
  };
}

export const WHAT_IT_DOES = [
  'Prompts perinatal mental health questions for both parents and about the parent-infant relationship, in the validated wording, at each contact.',
  'Follows the pathway as answers come in: scores and bands, red flags with what to do now, and outcomes named after your organisation\'s services.',
  'Writes a structured summary to paste or insert into the record, and a handover block for the next contact.',
] as const;

export const WHAT_IT_DOES_NOT_DO = [
  'It is not the record: the summary has to go into the record, and the extension forgets contacts on schedule.',
  'It does not diagnose or decide: it supports your clinical judgement and your organisation\'s procedures, which come first.',
  'It does not read the record, and it sends nothing anywhere.',
] as const;

/** The privacy statement in one list, shown in the panel and on the privacy page (privacy.html). */
export const PRIVACY_STATEMENT = [
  'No data is collected. Nothing you enter leaves this computer: the extension makes no network connections, has no analytics and no telemetry, and its own pages are forbidden by their security policy to connect anywhere.',
  'What you record is kept only in this browser profile, encrypted with a key only your passphrase unlocks, and deleted on a schedule (by default a day after the summary went into the record, a week for an unfinished contact).',
  'The extension asks for no names, dates of birth, addresses or NHS numbers. Contact labels are your own short, non-identifying names such as "14:00 visit".',
  'It reads nothing from web pages. It writes the summary into the record only when you ask, into the field you chose.',
  'Your organisation\'s configuration (services, crisis routes, a few settings) may be set by IT through browser policy; it contains nothing about any family.',
] as const;
