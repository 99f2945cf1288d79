import { contactTypes } from './contact-types';
import { contextGroup, contextRecommendationRules, earlyPostnatalGroup } from './context-and-risk';
import { domesticAbuseFlagRules, domesticAbuseRecommendationRules, routineEnquiryGroup } from './domestic-abuse';
import { escalationLadder } from './escalation';
import { changeSinceLastPromptRules } from './change-since-last';
import { babySituationPromptRules, babySituationRecommendationRules } from './baby-situation';
import { historyFlagRules, historyGroup, historyPromptRules, historyRecommendationRules } from './history';
import { languagePromptRules } from './language';
import { timingPromptRules } from './timing';
import { epds } from './instruments/epds';
import { gad2 } from './instruments/gad-2';
import { gad7 } from './instruments/gad-7';
import { phq9 } from './instruments/phq-9';
import { whooley } from './instruments/whooley';
import { outcomes } from './outcomes';
import { outstandingRules } from './outstanding';
import {
  relationshipAntenatalGroup,
  relationshipConversationGroup,
  relationshipFeelingsGroup,
  relationshipFlagRules,
  relationshipObservationGroup,
  relationshipRecommendationRules,
} from './parent-infant-relationship';
import {
  partnerConsentGroup,
  partnerFlagRules,
  partnerHistoryGroup,
  partnerInvolvedGroup,
  partnerPrivacyGroup,
  partnerPromptRules,
  partnerRecommendationRules,
  partnerReportGroup,
} from './partner';
import { informantGroup } from './informant';
import { redFlagGroup, redFlagRecommendationRules, redFlagRules, withdrawnRiskRules } from './red-flags';
import type { LayoutEntry, Pathway } from './schema';
import {
  harmThoughtsFlagRules,
  harmThoughtsGroup,
  riskEnquiryGroup,
  selfHarmFlagRules,
  selfHarmRecommendationRules,
  harmThoughtsRecommendationRules,
  withdrawnEnquiryRules,
} from './self-harm-risk';
import { PATHWAY_VERSION } from './version';
import { epdsGroup, gad2Group, gad7Group, phq9Group, screeningRecommendationRules, whooleyGroup } from './screening';
import { clinicalConcernGroup, severityRecommendationRules, talkWithOthersGroup, wellbeingGroup } from './wellbeing';

// The whole pathway, assembled from one file per topic. It is typed against the Zod schema here
// and parsed with it by the meta-tests (tests/meta/pathway-definitions.test.ts, via
// parse-pathway.ts), so a definition that breaks the schema cannot be committed; the panel does
// not re-parse this compile-time constant on every start (it cost the panel's start-up time). Contacts record PATHWAY_VERSION with their answers.
// Bump the version whenever a rule, threshold, wording or id changes.

export { PATHWAY_VERSION };

const bp = 'birthing-parent' as const;
const partner = 'partner' as const;

/** The ask order (nextQuestion) and the order of items within each section. */
const layout: LayoutEntry[] = [
  // Birthing parent
  { group: 'talk-with-others', subject: bp },
  { group: 'wellbeing', subject: bp },
  { group: 'whooley', subject: bp },
  { group: 'gad-2', subject: bp },
  { group: 'epds', subject: bp },
  { group: 'phq-9', subject: bp },
  { group: 'gad-7', subject: bp },
  { group: 'risk-enquiry', subject: bp },
  { group: 'early-postnatal', subject: bp },
  { group: 'routine-enquiry', subject: bp },
  { group: 'informant', subject: bp },
  { group: 'red-flag-check', subject: bp },
  { group: 'harm-thoughts', subject: bp },
  { group: 'clinical-concern', subject: bp },
  // Partner (present: their own questions; absent: her account)
  { group: 'partner-consent', subject: partner },
  { group: 'partner-privacy', subject: partner },
  { group: 'wellbeing', subject: partner },
  { group: 'whooley', subject: partner },
  { group: 'gad-2', subject: partner },
  { group: 'epds', subject: partner },
  { group: 'phq-9', subject: partner },
  { group: 'gad-7', subject: partner },
  { group: 'risk-enquiry', subject: partner },
  { group: 'red-flag-check', subject: partner },
  { group: 'harm-thoughts', subject: partner },
  { group: 'clinical-concern', subject: partner },
  { group: 'partner-history', subject: partner },
  { group: 'partner-involved', subject: bp },
  { group: 'partner-report', subject: bp },
  // Baby and relationship
  { group: 'relationship-antenatal', subject: bp },
  { group: 'relationship-conversation', subject: bp },
  { group: 'relationship-feelings', subject: bp },
  { group: 'relationship-observation', subject: bp },
  { group: 'relationship-antenatal', subject: partner },
  { group: 'relationship-conversation', subject: partner },
  { group: 'relationship-feelings', subject: partner },
  { group: 'relationship-observation', subject: partner },
  // Context and history
  { group: 'history', subject: bp },
  { group: 'context', subject: bp },
];

const definition: Pathway = {
  version: PATHWAY_VERSION,
  instruments: [whooley, gad2, phq9, gad7, epds],
  groups: [
    talkWithOthersGroup,
    wellbeingGroup,
    whooleyGroup,
    gad2Group,
    epdsGroup,
    phq9Group,
    gad7Group,
    earlyPostnatalGroup,
    routineEnquiryGroup,
    riskEnquiryGroup,
    informantGroup,
    redFlagGroup,
    harmThoughtsGroup,
    clinicalConcernGroup,
    partnerConsentGroup,
    partnerInvolvedGroup,
    partnerReportGroup,
    partnerPrivacyGroup,
    partnerHistoryGroup,
    relationshipAntenatalGroup,
    relationshipConversationGroup,
    relationshipFeelingsGroup,
    relationshipObservationGroup,
    historyGroup,
    contextGroup,
  ],
  layout,
  flagRules: [
    ...redFlagRules,
    ...selfHarmFlagRules,
    ...harmThoughtsFlagRules,
    ...historyFlagRules,
    ...partnerFlagRules,
    ...domesticAbuseFlagRules,
    ...relationshipFlagRules,
    ...withdrawnRiskRules,
    ...withdrawnEnquiryRules,
  ],
  recommendationRules: [
    ...screeningRecommendationRules,
    ...historyRecommendationRules,
    ...contextRecommendationRules,
    ...partnerRecommendationRules,
    ...domesticAbuseRecommendationRules,
    ...relationshipRecommendationRules,
    ...babySituationRecommendationRules,
    ...severityRecommendationRules,
    ...selfHarmRecommendationRules,
    ...harmThoughtsRecommendationRules,
    ...redFlagRecommendationRules,
  ],
  promptRules: [
    ...babySituationPromptRules,
    ...changeSinceLastPromptRules,
    ...historyPromptRules,
    ...timingPromptRules,
    ...partnerPromptRules,
    ...languagePromptRules,
  ],
  outstandingRules,
  outcomes,
  escalation: escalationLadder,
  contactTypes,
  sections: [
    { id: 'birthing-parent', title: 'Birthing parent' },
    { id: 'partner', title: 'Partner or co-parent' },
    { id: 'baby-and-relationship', title: 'Baby and relationship' },
    { id: 'context-and-history', title: 'Context and history' },
    { id: 'outcome', title: 'Outcome' },
  ],
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

/** The pathway definition as written, for the meta-tests to parse with the schema. */
export const pathwayDefinition: unknown = definition;

/** The frozen pathway. The engine never mutates it. */
export const pathway: Pathway = deepFreeze(definition);
