import type { OutcomeCode } from '../contact/contact';
import { defaultPathwaySettings } from '../pathway/settings';
import { CONFIG_VERSION, configBounds } from './bounds';
import type { CrisisLevel, OrganisationConfig, ServiceAudience } from './schema';

// National defaults: what the extension shows before anyone configures it, and wherever an
// organisation has not set a local service for an outcome. Facts come only from the pathway
// reference (../shared/clinical/pathway-reference.md §3.2, §3.4, §4.1; source keys S1-S29).
// No phone number or address appears here unless the reference gives it (111 and 999 only);
// everything else is described generically so that nothing invented reaches a family.

export type NationalService = {
  id: `national-${string}`;
  name: string;
  outcomes: readonly OutcomeCode[];
  forWhom: ServiceAudience;
  howToAccess: string;
  phone: string;
  web: string;
  hours: string;
  notes: string;
  /** Source keys in the pathway reference. */
  source: string;
};

export type NationalCrisisRoute = {
  id: `national-${string}`;
  name: string;
  phone: string;
  hours: string;
  whenToUse: string;
  levels: readonly CrisisLevel[];
  source: string;
};

/** The configuration in force when neither policy nor the options page sets anything. */
export const nationalDefaultConfig: OrganisationConfig = {
  configVersion: CONFIG_VERSION,
  organisationName: '',
  services: [],
  crisisRoutes: [],
  pathway: { ...defaultPathwaySettings, whooleyGad2Contacts: [...defaultPathwaySettings.whooleyGad2Contacts] },
  retention: {
    completedContactHours: configBounds.completedContactHours.defaultValue,
    draftDays: configBounds.draftDays.defaultValue,
  },
  security: {
    idleLockMinutes: configBounds.idleLockMinutes.defaultValue,
    confirmFamilyAfterHours: configBounds.confirmFamilyAfterHours.defaultValue,
  },
  summary: {
    lineWidth: configBounds.summaryLineWidth.defaultValue,
    compactLimitChars: configBounds.compactLimitChars.defaultValue,
  },
};

/**
 * Crisis routes for red-flag cards, in the order the reference gives them for suspected
 * postpartum psychosis (§3.2, S9): the care-plan crisis numbers, a GP the same day, NHS 111 or
 * out-of-hours, A&E, and 999 for imminent danger. They are always shown after any local routes:
 * configuration can add routes but can never take 999 off a red-flag card.
 */
export const nationalCrisisRoutes: readonly NationalCrisisRoute[] = [
  {
    id: 'national-care-plan-crisis-numbers',
    name: "Crisis numbers in the parent's care plan",
    phone: '',
    hours: '',
    whenToUse: 'If the parent has a care plan with crisis numbers, use those first.',
    levels: ['E4', 'E5'],
    source: 'S9',
  },
  {
    id: 'national-gp-same-day',
    name: 'GP, the same day',
    phone: '',
    hours: '',
    whenToUse: 'Arrange for the parent to see a GP the same day.',
    levels: ['E4', 'E5'],
    source: 'S9',
  },
  {
    id: 'national-nhs-111',
    name: 'NHS 111 or the out-of-hours service',
    phone: '111',
    hours: '',
    whenToUse: 'If a GP cannot see the parent the same day, or out of hours.',
    levels: ['E4', 'E5'],
    source: 'S9',
  },
  {
    id: 'national-a-and-e',
    name: 'A&E',
    phone: '',
    hours: '',
    whenToUse: 'If the parent cannot be seen in time by a GP, NHS 111 or the out-of-hours service.',
    levels: ['E4', 'E5'],
    source: 'S9; S6',
  },
  {
    id: 'national-999',
    name: '999',
    phone: '999',
    hours: '',
    whenToUse: 'If there is imminent danger to the parent, the baby or anyone else.',
    levels: ['E4', 'E5'],
    source: 'S9',
  },
];

/** One generic national route per outcome (pathway reference §4.1), shown when no local one is set. */
export const nationalServices: readonly NationalService[] = [
  {
    id: 'national-universal-information',
    name: 'Universal information and peer or community support',
    outcomes: ['O1'],
    forWhom: 'family',
    howToAccess: 'The practitioner gives information or signposts.',
    phone: '',
    web: '',
    hours: '',
    notes: 'For example parent groups, Home-Start, children\'s centres and infant massage.',
    source: 'S21; S1',
  },
  {
    id: 'national-watchful-waiting',
    name: 'Watchful waiting and repeat measure',
    outcomes: ['O2'],
    forWhom: 'both-parents',
    howToAccess: 'The practitioner repeats the measure.',
    phone: '',
    web: '',
    hours: '',
    notes: 'For sub-threshold or mild scores. Re-ask at the next contact; the tool default is to repeat within 2-4 weeks (confirm locally).',
    source: 'S10; reference §3.4 E1',
  },
  {
    id: 'national-health-visitor-support',
    name: 'Health visitor additional support (listening visits)',
    outcomes: ['O3'],
    forWhom: 'both-parents',
    howToAccess: 'The health visiting team.',
    phone: '',
    web: '',
    hours: '',
    notes: 'Non-directive, person-centred support for mild to moderate low mood. Offer it as health visitor support, not as a NICE-recommended psychological therapy.',
    source: 'S22; reference §6.8',
  },
  {
    id: 'national-talking-therapies',
    name: 'NHS Talking Therapies (formerly IAPT)',
    outcomes: ['O4'],
    forWhom: 'both-parents',
    howToAccess: 'Self-referral or professional referral to the local NHS Talking Therapies service.',
    phone: '',
    web: '',
    hours: '',
    notes: 'For mild to moderate anxiety or depression, including partners. Some services prioritise pregnant and postnatal parents and their partners.',
    source: 'S21; S24',
  },
  {
    id: 'national-gp',
    name: 'GP',
    outcomes: ['O5'],
    forWhom: 'both-parents',
    howToAccess: 'Advise an appointment or refer. Tell the GP about every referral.',
    phone: '',
    web: '',
    hours: '',
    notes: 'Comprehensive assessment, treatment and medication review after a positive screen or a suspected problem.',
    source: 'S1; S2',
  },
  {
    id: 'national-specialist-perinatal-team',
    name: 'Specialist community perinatal mental health team',
    outcomes: ['O6'],
    forWhom: 'birthing-parent',
    howToAccess: 'Professional referral to the local team; inform the GP.',
    phone: '',
    web: '',
    hours: '',
    notes: 'Severe mental illness (current, past or suspected); moderate to severe or complex illness; high risk of postpartum illness; pre-conception and medication advice. Up to 24 months after birth.',
    source: 'S1; S6; S14; S26',
  },
  {
    id: 'national-maternal-mental-health-service',
    name: 'Maternal Mental Health Service',
    outcomes: ['O7'],
    forWhom: 'birthing-parent',
    howToAccess: 'Professional referral by a midwife, health visitor or GP.',
    phone: '',
    web: '',
    hours: '',
    notes: 'Moderate to severe or complex difficulties arising from the maternity experience: trauma after birth, perinatal loss, loss through safeguarding separation, tokophobia.',
    source: 'S23',
  },
  {
    id: 'national-mother-and-baby-unit',
    name: 'Mother and baby unit (inpatient)',
    outcomes: ['O8'],
    forWhom: 'birthing-parent',
    howToAccess: 'Referral by secondary mental health or crisis teams, not primary care.',
    phone: '',
    web: '',
    hours: '',
    notes: 'Severe illness needing admission. Units differ on the weeks of pregnancy and months after birth they admit; check the local unit.',
    source: 'S25; reference §6.16',
  },
  {
    id: 'national-crisis-and-emergency',
    name: 'Crisis or home treatment team, NHS 111, A&E or 999',
    outcomes: ['O9'],
    forWhom: 'both-parents',
    howToAccess: 'Direct. Use the crisis numbers in the care plan first; 999 if there is imminent danger.',
    phone: '',
    web: '',
    hours: '',
    notes: 'For emergencies and out of hours. NHS 111 is 111; the emergency number is 999.',
    source: 'S6; S9',
  },
  {
    id: 'national-safeguarding',
    // Neutral on purpose: this name appears on screen with others in the room (reference §2.11).
    name: "Safeguarding: local procedures (children's social care or MASH)",
    outcomes: ['O10'],
    forWhom: 'family',
    howToAccess: 'Follow local safeguarding procedures and information-sharing rules.',
    phone: '',
    web: '',
    hours: '',
    notes: 'Follow local safeguarding procedures. Record the decision to share or not, and why.',
    source: 'S20; S27',
  },
  {
    id: 'national-parent-infant-relationship',
    name: 'Parent-infant relationship service',
    outcomes: ['O11'],
    forWhom: 'family',
    howToAccess: 'Local service; there is no national route.',
    phone: '',
    web: '',
    hours: '',
    notes: 'For persistent relationship difficulties.',
    source: 'S21',
  },
  {
    id: 'national-partner-support',
    name: 'Partner support',
    outcomes: ['O12'],
    forWhom: 'partner',
    howToAccess: "Through the specialist perinatal team, NHS Talking Therapies or the partner's GP.",
    phone: '',
    web: '',
    hours: '',
    notes: "Partner check and signposting; couples and family interventions in specialist services; carer's assessment.",
    source: 'S14; S15',
  },
  {
    id: 'national-camhs-or-substance-misuse',
    name: 'CAMHS (parent under 16) or substance misuse service',
    outcomes: ['O13'],
    forWhom: 'birthing-parent',
    howToAccess: 'Referral.',
    phone: '',
    web: '',
    hours: '',
    notes: 'CAMHS for a mother under 16; a substance misuse service for a primary addiction.',
    source: 'S6',
  },
  {
    id: 'national-action-on-postpartum-psychosis',
    name: 'Action on Postpartum Psychosis',
    outcomes: ['O14'],
    forWhom: 'family',
    howToAccess: 'Signpost.',
    phone: '',
    web: 'www.app-network.org',
    hours: '',
    notes: 'Charity on postpartum psychosis; its "Getting help" pages describe routes for families.',
    source: 'S9',
  },
  {
    id: 'national-pandas',
    name: 'PANDAS',
    outcomes: ['O14'],
    forWhom: 'family',
    howToAccess: 'Signpost.',
    phone: '',
    web: '',
    hours: '',
    notes: 'Third-sector (charity) support.',
    source: 'reference §4.1 O14',
  },
  {
    id: 'national-mind',
    name: 'Mind',
    outcomes: ['O14'],
    forWhom: 'family',
    howToAccess: 'Signpost.',
    phone: '',
    web: '',
    hours: '',
    notes: 'Third-sector (charity) support.',
    source: 'reference §4.1 O14',
  },
];
