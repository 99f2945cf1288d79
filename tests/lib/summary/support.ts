import type { Contact } from '../../../lib/contact/contact';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';
import { defaultPathwaySettings, type PathwaySettings } from '../../../lib/pathway/settings';
import { scenarios, type Scenario } from '../pathway/scenarios/fixtures';

// The pathway scenarios as summary inputs (contact + evaluation), shared by the summary,
// handover and FHIR tests.

export interface ScenarioInput {
  scenario: Scenario;
  contact: Contact;
  evaluation: Evaluation;
  settings: PathwaySettings;
}

export function scenarioInput(scenario: Scenario, change?: (contact: Contact) => Contact): ScenarioInput {
  const settings = { ...defaultPathwaySettings, ...scenario.settings };
  const built = buildContact(scenario.spec);
  const contact = change ? change(built) : built;
  return { scenario, contact, evaluation: evaluateForRecord(pathway, contact, settings), settings };
}

export const scenarioInputs: ScenarioInput[] = scenarios.map((s) => scenarioInput(s));

/**
 * Words that must never appear in any output (the routine-enquiry topic). Wider than the engine's
 * on-screen check: it also catches the option wording of the enquiry itself.
 */
export const PRIVATE_TOPIC_ANYWHERE = /domestic|abuse|violence|idva|marac|routine[- ]enquiry|SG-DA|REC-DA|disclosure made|no disclosure|immediate danger/i;
