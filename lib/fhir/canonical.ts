// The canonical base of this tool's FHIR definitions (Questionnaires, extensions), set at build
// time: scripts/deploy/identity.ts reads PMH_FHIR_BASE and wxt.config.ts defines
// __PMH_FHIR_BASE__ with it. Unit tests, which do not go through the build, get the default.

/**
 * Nobody has published Questionnaire definitions for this tool yet, so there is no https address
 * to point at. A URN names them without pretending to be a web address (the old example.org
 * address was a placeholder that looked like one). An organisation that publishes the definitions
 * builds with PMH_FHIR_BASE=https://… (README.md, "Identity").
 */
export const UNPUBLISHED_FHIR_BASE = 'urn:pmh-contact-companion:fhir';

declare const __PMH_FHIR_BASE__: string | undefined;

export const FHIR_BASE: string =
  typeof __PMH_FHIR_BASE__ === 'string' && __PMH_FHIR_BASE__ !== '' ? __PMH_FHIR_BASE__ : UNPUBLISHED_FHIR_BASE;

/** The canonical URL of an instrument's Questionnaire (lib/fhir/questionnaire.ts), without a version. */
export function questionnaireUrl(instrumentId: string): string {
  return `${FHIR_BASE}/Questionnaire/${instrumentId}`;
}

/** What a QuestionnaireResponse's `questionnaire` holds: the canonical URL pinned to the pathway version. */
export function questionnaireCanonical(instrumentId: string, pathwayVersion: string): string {
  return `${questionnaireUrl(instrumentId)}|${pathwayVersion}`;
}
