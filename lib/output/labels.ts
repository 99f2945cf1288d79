import type { NotAskedReason, OutcomeDecision, Subject } from '../contact/contact';
import type { Respondent } from '../pathway/schema';

// Short labels for the summary. The panel shows the full question wording; a record entry needs
// a short, unambiguous label per answer. Wording changes here change the golden summaries
// (tests/lib/summary/golden), which are reviewed like code. The routine-enquiry questions have no
// label on purpose: they never appear in a summary (summary-view.ts).

// Who the practitioner and the subject are: in role-labels.ts, which the contact screen imports alone
// (issue 17: the rest of this file is the summary's, loaded with it).
export { roleLabel, roleShort, subjectLabel } from './role-labels';

/** Who a line comes from (reference §4.3: tag each item with who reported it). */
export function sourceTag(respondent: Respondent, subject: Subject): string {
  if (respondent === 'practitioner') return '[observed]';
  if (respondent === 'informant') return "[partner or relative's report]";
  if (respondent === 'birthing-parent-about-partner') return '[her report about the partner]';
  return subject === 'partner' ? '[partner]' : '[birthing parent]';
}

export function sourceTagShort(respondent: Respondent, subject: Subject): string {
  if (respondent === 'practitioner') return '[obs]';
  if (respondent === 'informant') return '[informant]';
  if (respondent === 'birthing-parent-about-partner') return '[her re partner]';
  return subject === 'partner' ? '[partner]' : '[her]';
}

export const notAskedReasonLabel: Record<NotAskedReason, string> = {
  'not-private': 'others were present',
  'parent-distressed': 'the parent was distressed',
  'not-appropriate-now': 'not appropriate at this time',
  'interpreter-needed': 'an interpreter was needed',
  'out-of-time': 'out of time',
  'already-known': 'already known',
  other: 'other reason',
};

export const decisionLabel: Record<OutcomeDecision['status'], string> = {
  done: 'done',
  offered: 'offered',
  'declined-by-family': 'declined by the family',
  'not-appropriate': 'not appropriate',
};

/** Short labels by question id. Anything missing falls back to the question text. */
export const questionLabel: Readonly<Record<string, { full: string; short: string }>> = {
  'privacy.talk-with-others-present': { full: 'Happy to talk with others present', short: 'Talk with others present' },
  'wellbeing.feelings': { full: 'Emotional wellbeing', short: 'Wellbeing' },
  'postnatal.baby-blues': { full: 'Baby blues', short: 'Baby blues' },
  'postnatal.birth-experience': { full: 'Feelings about the birth', short: 'Birth' },
  'red-flags.partner-check': { full: 'Partner risk check', short: 'Partner risk check' },
  'red-flags.mental-state-change': { full: 'Recent significant change in mental state or new symptoms', short: 'Mental state change' },
  'red-flags.violent-self-harm': { full: 'New thoughts or acts of violent self-harm', short: 'Violent self-harm' },
  'red-flags.incompetence-estrangement': {
    full: 'New and persistent expressions of incompetency as a mother or estrangement from the infant',
    short: 'Incompetency/estrangement',
  },
  'red-flags.severe-sleep': { full: 'Severe difficulties with sleeping', short: 'Severe sleep difficulty' },
  'red-flags.psychosis-signs': { full: 'Signs of possible postpartum psychosis', short: 'Psychosis signs' },
  'red-flags.harm-self-thoughts': { full: 'Disclosed thoughts of harming themselves', short: 'Self-harm thoughts' },
  'red-flags.harm-baby-thoughts': { full: 'Disclosed thoughts of harming the baby', short: 'Harm-baby thoughts' },
  'red-flags.imminent-danger': { full: 'Imminent danger to the parent or the baby', short: 'Imminent danger' },
  'informant.unlike-usual-self': { full: 'Has she seemed unlike her usual self recently (partner or relative asked)', short: 'Unlike usual self (informant)' },
  'concern.clinical': { full: 'Practitioner concerned about mental health, whatever the scores', short: 'Clinical concern' },
  // The self-harm risk enquiry (issue 10): each line starts with what it is, so it reads on its own.
  'risk-enquiry.nature': { full: 'Self-harm risk enquiry: nature of the thoughts', short: 'Risk enquiry: thoughts' },
  'risk-enquiry.plan': { full: 'Self-harm risk enquiry: plan or method', short: 'Risk: plan' },
  'risk-enquiry.intent': { full: 'Self-harm risk enquiry: intent to act', short: 'Risk: intent' },
  'risk-enquiry.means': { full: 'Self-harm risk enquiry: access to means', short: 'Risk: means' },
  'risk-enquiry.previous-attempt': { full: 'Self-harm risk enquiry: previous self-harm or suicide attempt', short: 'Risk: previous attempt' },
  'risk-enquiry.hopelessness': { full: 'Self-harm risk enquiry: hopeless about the future', short: 'Risk: hopelessness' },
  'risk-enquiry.substance-use': { full: 'Self-harm risk enquiry: alcohol or drug use of concern', short: 'Risk: substance use' },
  'risk-enquiry.recent-loss-or-crisis': { full: 'Self-harm risk enquiry: recent loss or crisis', short: 'Risk: loss or crisis' },
  'risk-enquiry.support': { full: 'Self-harm risk enquiry: support, and knows where to get help', short: 'Risk: support' },
  'risk-enquiry.baby-risk': { full: 'Self-harm risk enquiry: risk to the baby', short: 'Risk: baby' },
  'harm-thoughts.kind': { full: 'Thoughts of harming the baby: how they are experienced', short: 'Harm thoughts: kind' },
  'harm-thoughts.unusual-beliefs': { full: 'Thoughts of harming the baby: with unusual beliefs or perceptions', short: 'Harm thoughts: unusual beliefs' },
  'partner.consent-screening': {
    full: "Partner's agreement to answer questions about their own wellbeing, and whether it may go in the birthing parent's record",
    short: 'Partner agreement',
  },
  'partner.involved': { full: 'Partner or co-parent involved with the baby', short: 'Partner involved' },
  'partner-report.wellbeing': { full: 'How she thinks the partner has been feeling', short: 'Partner wellbeing' },
  'partner-report.risk': {
    full: 'Worried the partner might harm themselves or the baby',
    short: 'Worried partner may harm self/baby',
  },
  'relationship-antenatal.feelings': { full: 'Feelings about the pregnancy and the baby', short: 'Feelings re baby' },
  'relationship.conversation': { full: 'How things are going with the baby', short: 'With the baby' },
  'relationship.angry-feelings': {
    full: 'Feels angry with the baby, wishes they would go away, or feels like shaking or shouting',
    short: 'Angry feelings to baby',
  },
  'relationship.acted-on': { full: 'Has acted on those feelings', short: 'Acted on them' },
  'relationship.observation': { full: 'Parent and baby together', short: 'Parent-baby observation' },
  'history.severe-mental-illness': { full: 'Past or present severe mental illness', short: 'SMI history' },
  'history.specialist-treatment': {
    full: 'Past or present specialist mental health treatment (including inpatient)',
    short: 'Specialist MH treatment',
  },
  'history.family-perinatal': {
    full: 'Severe perinatal mental illness in a first-degree relative',
    short: 'Family hx perinatal SMI',
  },
  'context.previous-loss': { full: 'Previous pregnancy or baby loss', short: 'Previous loss' },
  'context.fear-of-birth': { full: 'Fear of childbirth', short: 'Fear of birth' },
  'context.childhood-trauma': { full: 'Traumatic experiences in childhood', short: 'Childhood trauma' },
  'context.socioeconomic-stress': { full: 'Money, housing or work worries', short: 'Money/housing worries' },
  'context.unplanned-pregnancy': { full: 'Unplanned or unwanted pregnancy', short: 'Unplanned pregnancy' },
  'context.migration-isolation': { full: 'Recent migration, or little family or social support', short: 'Isolation' },
  'context.substance-use': { full: 'Alcohol or drug use', short: 'Alcohol/drugs' },
  'context.young-parent': { full: "Parent's age", short: 'Age' },
  'whooley.1': { full: 'Q1 down, depressed or hopeless', short: 'Q1' },
  'whooley.2': { full: 'Q2 little interest or pleasure', short: 'Q2' },
  'whooley.help': { full: 'Wants help', short: 'Wants help' },
  'phq-9.difficulty': { full: 'How difficult these problems have made things', short: 'Difficulty' },
};

/** The risk items of an instrument, described so the line says what the item is about. */
export const riskItemLabel: Readonly<Record<string, { full: string; short: string }>> = {
  'epds.10': { full: 'EPDS item 10 (thoughts of self-harm)', short: 'EPDS item 10' },
  'phq-9.9': { full: 'PHQ-9 item 9 (thoughts of being better off dead or of self-harm)', short: 'PHQ-9 item 9' },
};

/** "EPDS item 3" for an instrument item without a label of its own. */
export function instrumentItemLabel(questionId: string, shortName: string): string {
  const number = /\.(\d+)$/.exec(questionId)?.[1];
  return number ? `${shortName} item ${number}` : `${shortName} ${questionId}`;
}

/** Questions whose answers belong to the birthing parent's history (summary section order). */
export const HISTORY_QUESTIONS: readonly string[] = [
  'history.severe-mental-illness',
  'history.specialist-treatment',
  'history.family-perinatal',
];
