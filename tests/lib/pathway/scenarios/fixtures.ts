import { declined, notAsked, reported, scores, scoresTotalling, type ContactSpec } from '../../../../lib/pathway/contact-builder';
import type { EscalationLevel } from '../../../../lib/pathway/schema';
import type { PathwaySettings } from '../../../../lib/pathway/settings';
import { noRedFlagsSeen } from '../support/red-flag-answers';

// Whole-contact scenarios: a reviewable set of families and contacts, each with the clinical
// expectations a reviewer would check, and (in ./expected/<id>.json) the engine digest checked in.
// Exported for the summary and handover golden tests: import { scenarios } from here.

export interface Scenario {
  id: string;
  title: string;
  spec: ContactSpec;
  settings?: Partial<PathwaySettings>;
  /** Written by hand from the reference; the checked-in digest holds the rest. */
  expect: {
    overall: EscalationLevel;
    flags: string[];
    /**
     * EXACTLY the outcome ids (`${subject}/${code}`) recommended outright (issue 16: a test that can
     * fail). Flag routes are recommended outcomes too: an emergency is a card AND its routes.
     */
    recommends: string[];
    /**
     * EXACTLY the outstanding items, as `kind subject instrument` (the digest's form), leaving out
     * the two kinds the test derives from the lines above: one 'flag-not-acknowledged' per expected
     * flag (none for a "risk not known" card: OS-RISK-ITEM-NOT-ANSWERED owns that) and one
     * 'outcome-not-decided' per expected recommendation (no scenario records a decision).
     */
    outstanding: string[];
    privateNow: boolean;
  };
}

const negativeScreens = { 'whooley.1': 'no', 'whooley.2': 'no', ...scores('gad-2', [0, 1]) };
const noRedFlags = { ...noRedFlagsSeen, 'concern.clinical': 'no' };
// After a death only MBRRACE flag 3 (estrangement from the infant) is not applicable (H119); the
// practitioner's own record of thoughts of harming a baby stays, for a surviving baby or other
// children (specialist review of H119, must-fix 4; S27, S21).
const { 'red-flags.incompetence-estrangement': _estrangement, ...noRedFlagsSeenAfterBabyDied } = noRedFlagsSeen;
const noRedFlagsAfterBabyDied = { ...noRedFlagsSeenAfterBabyDied, 'concern.clinical': 'no' };
/** The structured risk enquiry answered, with the rest of its items answered "no" / supportive. */
function riskEnquiry(nature: string, detail: Record<string, string> = {}): Record<string, string> {
  return {
    'risk-enquiry.nature': nature,
    'risk-enquiry.previous-attempt': 'no',
    'risk-enquiry.hopelessness': 'no',
    'risk-enquiry.substance-use': 'no',
    'risk-enquiry.recent-loss-or-crisis': 'no',
    'risk-enquiry.support': 'yes',
    'risk-enquiry.baby-risk': 'no-concern',
    ...detail,
  };
}

const historyNo = {
  'history.severe-mental-illness': 'no',
  'history.specialist-treatment': 'no',
  'history.family-perinatal': 'no',
};

export const scenarios: Scenario[] = [
  {
    id: '01-booking-alone-negative',
    title: 'Midwife booking, alone, negative screens and history, routine enquiry asked with no disclosure',
    spec: {
      contactType: 'midwife-booking',
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'no-concerns',
          ...negativeScreens,
          ...historyNo,
          'domestic-abuse.enquiry': 'no-disclosure',
          ...noRedFlags,
          'partner.involved': 'no',
          'relationship-antenatal.feelings': 'positive',
        },
      },
    },
    expect: {
      overall: 'E0',
      flags: [],
      recommends: ['birthing-parent/O1'],
      outstanding: ['history-incomplete birthing-parent'],
      privateNow: true,
    },
  },
  {
    id: '02-booking-partner-present-positive-whooley',
    title: 'Midwife booking with the partner present: she agrees to talk; positive Whooley, EPDS 14; partner screens negative and consents to share',
    spec: {
      contactType: 'midwife-booking',
      presence: { partner: true },
      answers: {
        'birthing-parent': {
          'privacy.talk-with-others-present': 'yes',
          'wellbeing.feelings': 'concerns-raised',
          'whooley.1': 'yes',
          'whooley.2': 'no',
          ...scores('gad-2', [1, 1]),
          ...scoresTotalling('epds', 14),
          ...historyNo,
          ...noRedFlags,
        },
        partner: {
          'partner.consent-screening': 'yes-share',
          'wellbeing.feelings': 'no-concerns',
          'whooley.1': 'no',
          'whooley.2': 'no',
          ...scores('gad-2', [1, 0]),
          'red-flags.partner-check': 'none',
          'concern.clinical': 'no',
        },
      },
    },
    expect: {
      overall: 'E2',
      flags: [],
      recommends: ['birthing-parent/O4', 'birthing-parent/O5', 'birthing-parent/O1', 'partner/O1'],
      outstanding: ['private-question-outstanding', 'history-incomplete birthing-parent'],
      privateNow: false,
    },
  },
  {
    id: '03-antenatal-concern-declined-items',
    title: 'Midwife antenatal, alone, screens not scheduled; clinical concern; EPDS with item 10 declined; GAD-7 not asked (out of time)',
    spec: {
      contactType: 'midwife-antenatal',
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'no-concerns',
          'concern.clinical': 'yes',
          ...noRedFlagsSeen,
          ...scores('epds', [1, 1, 2, 1, 1, 1, 0, 1, 0]),
          'epds.10': declined,
          'gad-7.3': notAsked('out-of-time'),
        },
      },
    },
    expect: {
      overall: 'E2',
      flags: ['RN-EPDS-10/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O2', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding', 'measure-not-complete birthing-parent whooley', 'measure-not-complete birthing-parent gad-2', 'measure-not-complete birthing-parent epds', 'measure-not-complete birthing-parent gad-7', 'risk-item-not-answered birthing-parent epds', 'risk-not-known birthing-parent'],
      privateNow: true,
    },
  },
  {
    id: '04-hv-antenatal-partner-absent-smi-history',
    title: 'HV antenatal, partner not seen (her report: some worries); past severe mental illness → specialist team and high risk of postpartum psychosis',
    spec: {
      contactType: 'hv-antenatal',
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'no-concerns',
          ...negativeScreens,
          'history.severe-mental-illness': 'past',
          'history.specialist-treatment': 'inpatient',
          'history.family-perinatal': 'no',
          'partner.involved': 'yes',
          'partner-report.wellbeing': 'some-worries',
          'partner-report.risk': 'no',
          ...noRedFlags,
          'domestic-abuse.enquiry': 'no-disclosure',
        },
      },
    },
    expect: {
      overall: 'E3',
      flags: ['HR-POSTPARTUM-PSYCHOSIS-RISK/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O6', 'partner/O4', 'partner/O12', 'birthing-parent/O1', 'partner/O14'],
      outstanding: ['partner-not-seen partner', 'ask-partner-next-time partner', 'history-incomplete birthing-parent'],
      privateNow: true,
    },
  },
  {
    id: '05-new-birth-blues-unresolved-traumatic-birth',
    title: 'HV new birth visit, alone: baby blues still there at 10+ days, traumatic birth, EPDS 11 (possible depression)',
    spec: {
      contactType: 'hv-new-birth',
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'concerns-raised',
          ...negativeScreens,
          'postnatal.baby-blues': 'ongoing-10-days-or-more',
          'postnatal.birth-experience': 'traumatic',
          ...scoresTotalling('epds', 11),
          ...noRedFlags,
          'domestic-abuse.enquiry': 'no-disclosure',
        },
      },
    },
    expect: {
      overall: 'E1',
      flags: [],
      recommends: ['birthing-parent/O2', 'birthing-parent/O4', 'birthing-parent/O1'],
      outstanding: ['history-incomplete birthing-parent'],
      privateNow: true,
    },
  },
  {
    id: '06-new-birth-suspected-psychosis',
    title: 'HV new birth visit, partner present: signs of possible postpartum psychosis with negative screens',
    spec: {
      contactType: 'hv-new-birth',
      presence: { partner: true },
      answers: {
        'birthing-parent': {
          'privacy.talk-with-others-present': 'yes',
          ...negativeScreens,
          'red-flags.psychosis-signs': reported('yes', 'practitioner', 'informant'),
          'red-flags.mental-state-change': reported('yes', 'informant', 'practitioner'),
          'red-flags.imminent-danger': reported('no', 'parent', 'practitioner'),
        },
      },
    },
    expect: {
      overall: 'E5',
      flags: ['RF-POSTPARTUM-PSYCHOSIS/birthing-parent', 'RF-MENTAL-STATE-CHANGE/birthing-parent'],
      // Until 2026.5.0 this expected `recommends: []`, which arrayContaining could never fail. The
      // data models suspected psychosis as an emergency CARD (RF-POSTPARTUM-PSYCHOSIS, E5: 999 or
      // crisis team now, not left alone) whose routes are recommended outcomes: specialist perinatal
      // team O6, mother and baby unit O8, crisis/A&E/999 O9 (reference §3.2, §3.4 E5; S9, S6), with
      // O5 GP from the mental-state change (E4) and universal O1 for every parent asked.
      recommends: ['birthing-parent/O6', 'birthing-parent/O8', 'birthing-parent/O9', 'birthing-parent/O5', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding', 'history-incomplete birthing-parent'],
      privateNow: false,
    },
  },
  {
    id: '07-six-weeks-partner-item-10',
    title: 'HV 6–8 weeks, both parents: she screens negative; the partner’s EPDS item 10 is 1 with a total of 7',
    spec: {
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: {
        'birthing-parent': { 'privacy.talk-with-others-present': 'yes', 'wellbeing.feelings': 'no-concerns', ...negativeScreens, ...noRedFlags },
        partner: {
          'partner.consent-screening': 'yes-keep-separate',
          'wellbeing.feelings': 'concerns-raised',
          'whooley.1': 'yes',
          'whooley.2': 'yes',
          ...scores('epds', [1, 1, 1, 1, 1, 0, 0, 1, 0, 1]),
        },
      },
    },
    expect: {
      // Pathway 2026.4.0: item 10 above 0 alone is "GP informed, complete the risk enquiry now" (E2).
      overall: 'E2',
      flags: ['IR-EPDS-10/partner'],
      recommends: ['partner/O5', 'partner/O2', 'partner/O12', 'birthing-parent/O1', 'partner/O1'],
      outstanding: ['private-question-outstanding', 'measure-not-complete partner gad-2', 'risk-not-known partner'],
      privateNow: false,
    },
  },
  {
    id: '08-six-weeks-anxiety',
    title: 'HV 6–8 weeks, alone: GAD-2 of 4 carried into GAD-7, GAD-7 total 12 (moderate)',
    spec: {
      contactType: 'hv-6-8-weeks',
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'concerns-raised',
          'whooley.1': 'no',
          'whooley.2': 'no',
          ...scores('gad-2', [2, 2]),
          'gad-7.3': 'more-than-half-the-days',
          'gad-7.4': 'several-days',
          'gad-7.5': 'several-days',
          'gad-7.6': 'more-than-half-the-days',
          'gad-7.7': 'several-days',
          ...noRedFlags,
          'domestic-abuse.enquiry': 'no-disclosure',
          'relationship.conversation': 'warm',
          'relationship.angry-feelings': 'no',
          'relationship.observation': 'reassuring',
        },
      },
    },
    expect: {
      overall: 'E2',
      flags: [],
      recommends: ['birthing-parent/O4', 'birthing-parent/O5', 'birthing-parent/O1'],
      outstanding: [],
      privateNow: true,
    },
  },
  {
    id: '09-twelve-months-phq9-item-9',
    title: 'HV 12 months, organisation prefers PHQ-9: PHQ-9 total 6 (mild) with item 9 = 1',
    settings: { depressionMeasure: 'phq-9' },
    spec: {
      contactType: 'hv-12-months',
      answers: {
        'birthing-parent': {
          'whooley.1': 'yes',
          'whooley.2': 'no',
          ...scores('phq-9', [1, 1, 1, 1, 0, 0, 1, 0, 1]),
          'phq-9.difficulty': 'somewhat-difficult',
        },
      },
    },
    expect: {
      overall: 'E2',
      flags: ['IR-PHQ9-9/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O2', 'birthing-parent/O4', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding', 'measure-not-complete birthing-parent gad-2', 'risk-not-known birthing-parent'],
      privateNow: true,
    },
  },
  {
    id: '10-two-years-older-child-relationship',
    title: 'HV 2–2½ years with a 4-year-old present: concerns raised; persistent relationship concerns; private question outstanding',
    spec: {
      contactType: 'hv-2-years',
      presence: { childrenAges: [4, 2] },
      answers: {
        'birthing-parent': {
          'privacy.talk-with-others-present': 'yes',
          'wellbeing.feelings': 'concerns-raised',
          'relationship.conversation': 'mixed',
          'relationship.angry-feelings': 'no',
          'relationship.observation': 'persistent-concerns',
          ...noRedFlags,
        },
      },
    },
    expect: {
      overall: 'E2',
      flags: [],
      recommends: ['birthing-parent/O11', 'birthing-parent/O2', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding', 'measure-not-complete birthing-parent whooley', 'measure-not-complete birthing-parent gad-2'],
      privateNow: false,
    },
  },
  {
    id: '11-fnp-pregnancy-under-16-disclosure',
    title: 'FNP pregnancy visit, alone: under 16, substance use of concern, disclosure at routine enquiry (no immediate danger)',
    spec: {
      contactType: 'fnp-pregnancy',
      answers: {
        'birthing-parent': {
          ...negativeScreens,
          ...historyNo,
          'context.young-parent': 'under-16',
          'context.substance-use': 'yes-concern',
          'domestic-abuse.enquiry': 'disclosure',
          'domestic-abuse.immediate-danger': 'no',
          ...noRedFlags,
        },
      },
    },
    expect: {
      overall: 'E4',
      flags: ['SG-DA-DISCLOSURE/birthing-parent'],
      recommends: ['birthing-parent/O10', 'birthing-parent/O1'],
      outstanding: ['history-incomplete birthing-parent'],
      privateNow: true,
    },
  },
  {
    id: '12-fnp-infancy-disclosure-then-partner-enters',
    title: 'FNP infancy: disclosure made in private, then the partner comes in; estrangement from the baby observed',
    spec: {
      contactType: 'fnp-infancy',
      presence: { partner: true },
      answers: {
        'birthing-parent': {
          'domestic-abuse.enquiry': 'disclosure',
          'domestic-abuse.immediate-danger': 'no',
          'privacy.talk-with-others-present': 'yes',
          ...negativeScreens,
          'relationship.observation': 'estranged',
        },
      },
    },
    expect: {
      overall: 'E4',
      flags: ['RF-INCOMPETENCE-ESTRANGEMENT/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O6', 'birthing-parent/O9', 'birthing-parent/O11', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding'],
      privateNow: false,
    },
  },
  {
    id: '13-fnp-toddler-prefers-private',
    title: 'FNP toddler visit with her mother present: she would rather talk in private',
    spec: {
      contactType: 'fnp-toddler',
      presence: { otherAdults: true },
      answers: { 'birthing-parent': { 'privacy.talk-with-others-present': 'prefers-private', ...noRedFlagsSeen } },
    },
    expect: {
      overall: 'E0',
      flags: [],
      recommends: [],
      outstanding: ['private-question-outstanding', 'private-time-to-talk birthing-parent'],
      privateNow: false,
    },
  },
  {
    id: '14-additional-partner-left',
    title: 'HV additional contact: the partner answered GAD-2 (4) and two GAD-7 items, then left; consent to share not recorded',
    spec: {
      contactType: 'hv-additional',
      answers: {
        'birthing-parent': { 'wellbeing.feelings': 'no-concerns', 'partner.involved': 'yes', ...noRedFlags, 'domestic-abuse.enquiry': 'no-disclosure' },
        partner: {
          'partner.consent-screening': 'yes-share',
          ...scores('gad-2', [2, 2]),
          'gad-7.3': 'several-days',
          'gad-7.4': 'nearly-every-day',
        },
      },
    },
    expect: {
      overall: 'E2',
      flags: [],
      recommends: ['partner/O5', 'partner/O2', 'partner/O4', 'partner/O12', 'birthing-parent/O1', 'partner/O1'],
      outstanding: ['measure-not-complete partner gad-7'],
      privateNow: true,
    },
  },
  {
    id: '15-midwife-postnatal-early-blues-severe-sleep',
    title: 'Midwife postnatal, alone: baby blues under 10 days; severe difficulty sleeping (SIGN red flag)',
    spec: {
      contactType: 'midwife-postnatal',
      answers: {
        'birthing-parent': {
          'postnatal.baby-blues': 'ongoing-under-10-days',
          'postnatal.birth-experience': 'positive',
          ...negativeScreens,
          ...noRedFlagsSeen,
          'red-flags.severe-sleep': reported('yes', 'parent'),
        },
      },
    },
    expect: {
      overall: 'E4',
      flags: ['RF-SEVERE-SLEEP/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O6', 'birthing-parent/O9', 'birthing-parent/O2', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding'],
      privateNow: true,
    },
  },
  // ---- Pathway 2026.4.0 (issue 11): history, the baby's situation, timing, both parents, language ----
  {
    id: '16-booking-previous-attempt-stopped-medication',
    title: 'Midwife booking, alone: previous suicide attempt; antidepressant stopped on learning of the pregnancy; 8 weeks pregnant',
    spec: {
      contactType: 'midwife-booking',
      situation: { gestationWeeks: 8 },
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'no-concerns',
          ...negativeScreens,
          ...historyNo,
          'history.self-harm-or-suicide-attempt': 'yes',
          'history.perinatal-depression-anxiety': 'no',
          'history.personality-disorder-or-trauma': 'no',
          'history.psychiatric-medication': 'stopped-recently',
          'domestic-abuse.enquiry': 'no-disclosure',
          ...noRedFlags,
          'partner.involved': 'no',
          'relationship-antenatal.feelings': 'positive',
        },
      },
    },
    expect: {
      overall: 'E2',
      flags: [],
      recommends: ['birthing-parent/O5', 'birthing-parent/O1'],
      outstanding: [],
      privateNow: true,
    },
  },
  {
    id: '17-new-birth-neonatal-unit',
    title: 'HV new birth visit at 12 days, alone, baby still in the neonatal unit: observation not applicable; neonatal stress considered',
    spec: {
      contactType: 'hv-new-birth',
      situation: { babySituation: 'neonatal-unit', babyAgeDays: 12 },
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'concerns-raised',
          ...negativeScreens,
          ...historyNo,
          'postnatal.baby-blues': 'resolved',
          'postnatal.birth-experience': 'difficult',
          'domestic-abuse.enquiry': 'no-disclosure',
          ...noRedFlags,
          'partner.involved': 'no',
          'relationship.conversation': 'mixed',
        },
      },
    },
    expect: {
      overall: 'E1',
      flags: [],
      recommends: ['birthing-parent/O2', 'birthing-parent/O1'],
      outstanding: ['history-incomplete birthing-parent'],
      privateNow: true,
    },
  },
  {
    id: '18-midwife-postnatal-bereavement',
    title: 'Midwife postnatal visit at day 4 after a stillbirth, both parents present: no baby prompts, no universal baby-care information (O1, H108); bereavement prompt for both, MMHS (her) and GP, Talking Therapies, third sector (partner) to consider',
    spec: {
      contactType: 'midwife-postnatal',
      presence: { partner: true },
      situation: { babySituation: 'died', babyAgeDays: 4 },
      answers: {
        'birthing-parent': {
          'privacy.talk-with-others-present': 'yes',
          'wellbeing.feelings': 'concerns-raised',
          ...negativeScreens,
          'postnatal.baby-blues': 'ongoing',
          'postnatal.birth-experience': 'traumatic',
          // Pathway 2026.5.0 (H119): after the death the check does not ask about estrangement from
          // the baby (not applicable); "None of these" records the rest.
          ...noRedFlagsAfterBabyDied,
        },
        partner: {
          'partner.consent-screening': 'yes-share',
          'partner-history.talk-with-others-present': 'yes',
          'wellbeing.feelings': 'concerns-raised',
          ...negativeScreens,
          'concern.clinical': 'no',
        },
      },
    },
    expect: {
      overall: 'E1',
      flags: [],
      // No O1 after a death (H108): until 2026.5.0 both parents were recommended universal
      // information, which names infant massage and groups. The blues still make O2 due for her.
      recommends: ['birthing-parent/O2'],
      outstanding: ['private-question-outstanding'],
      privateNow: false,
    },
  },
  {
    id: '19-fnp-infancy-12-days',
    title: 'FNP infancy visit at 12 days, alone: the since-birth items are due; blues still there at 12 days → assess',
    spec: {
      contactType: 'fnp-infancy',
      situation: { babySituation: 'with-parents', babyAgeDays: 12 },
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'no-concerns',
          ...negativeScreens,
          'postnatal.baby-blues': 'ongoing',
          'postnatal.birth-experience': 'positive',
          'domestic-abuse.enquiry': 'no-disclosure',
          ...noRedFlags,
          'partner.involved': 'no',
          'relationship.conversation': 'warm',
          'relationship.angry-feelings': 'no',
          'relationship.observation': 'reassuring',
        },
      },
    },
    expect: {
      overall: 'E1',
      flags: [],
      recommends: ['birthing-parent/O2', 'birthing-parent/O1'],
      outstanding: ['measure-not-complete birthing-parent epds'],
      privateNow: true,
    },
  },
  {
    id: '20-three-to-four-months-both-parents-positive',
    title: 'HV 3–4 month contact, both parents present and agreeing: both screen positive (a family signal)',
    spec: {
      contactType: 'hv-3-4-months',
      presence: { partner: true },
      situation: { babySituation: 'with-parents', babyAgeDays: 100 },
      answers: {
        'birthing-parent': {
          'privacy.talk-with-others-present': 'yes',
          'wellbeing.feelings': 'concerns-raised',
          'whooley.1': 'yes',
          'whooley.2': 'no',
          ...scores('gad-2', [0, 1]),
          ...scoresTotalling('epds', 11),
          ...noRedFlags,
          'concern.severity': 'no',
        },
        partner: {
          'partner.consent-screening': 'yes-share',
          'partner-history.talk-with-others-present': 'yes',
          'wellbeing.feelings': 'concerns-raised',
          'whooley.1': 'yes',
          'whooley.2': 'yes',
          ...scores('gad-2', [1, 1]),
          'concern.clinical': 'no',
          'partner-history.mental-health': 'no',
          'partner-history.alcohol-drugs': 'yes-concern',
        },
      },
    },
    expect: {
      overall: 'E2',
      flags: [],
      recommends: ['partner/O5', 'birthing-parent/O2', 'birthing-parent/O4', 'partner/O12', 'birthing-parent/O1', 'partner/O1'],
      outstanding: ['private-question-outstanding', 'measure-not-complete partner epds'],
      privateNow: false,
    },
  },
  {
    id: '21-booking-professional-interpreter',
    title: 'Midwife booking with a professional interpreter (Polish): private enquiry possible; history complete',
    spec: {
      contactType: 'midwife-booking',
      presence: { professionalInterpreter: true },
      situation: { gestationWeeks: 11, language: 'Polish', interpreter: 'professional' },
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'no-concerns',
          ...negativeScreens,
          ...historyNo,
          'history.self-harm-or-suicide-attempt': 'no',
          'history.perinatal-depression-anxiety': 'no',
          'history.personality-disorder-or-trauma': 'no',
          'history.psychiatric-medication': 'no',
          'domestic-abuse.enquiry': 'no-disclosure',
          ...noRedFlags,
          'partner.involved': 'no',
          'relationship-antenatal.feelings': 'positive',
        },
      },
    },
    expect: {
      overall: 'E0',
      flags: [],
      recommends: ['birthing-parent/O1'],
      outstanding: [],
      privateNow: true,
    },
  },
  // Issue 10: the structured self-harm risk enquiry sets the urgency (pathway 2026.4.0).
  {
    id: '22-six-weeks-passive-thoughts',
    title: 'HV 6–8 weeks, alone: EPDS 8 with item 10 "hardly ever"; the risk enquiry finds a passive wish not to be here, nothing more',
    spec: {
      contactType: 'hv-6-8-weeks',
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'concerns-raised',
          'whooley.1': 'yes',
          'whooley.2': 'no',
          ...scores('gad-2', [1, 0]),
          ...scores('epds', [1, 1, 1, 1, 1, 1, 0, 1, 0, 1]),
          ...riskEnquiry('passive', { 'risk-enquiry.plan': 'no', 'risk-enquiry.intent': 'no', 'risk-enquiry.means': 'no' }),
          ...noRedFlags,
        },
      },
    },
    expect: {
      overall: 'E2',
      flags: ['IR-EPDS-10/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O2', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding'],
      privateNow: true,
    },
  },
  {
    id: '23-new-birth-active-with-plan',
    title: 'HV new birth, alone: EPDS item 10 "sometimes"; the risk enquiry finds active thoughts with a plan',
    spec: {
      contactType: 'hv-new-birth',
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'concerns-raised',
          'whooley.1': 'yes',
          'whooley.2': 'yes',
          ...scores('gad-2', [2, 1]),
          ...scores('epds', [2, 2, 2, 1, 1, 2, 1, 2, 1, 2]),
          ...riskEnquiry('active', { 'risk-enquiry.plan': 'yes', 'risk-enquiry.intent': 'unsure', 'risk-enquiry.means': 'yes' }),
          ...noRedFlags,
        },
      },
    },
    expect: {
      overall: 'E4',
      flags: ['IR-ENQUIRY-CONCERNING/birthing-parent', 'IR-EPDS-10/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O6', 'birthing-parent/O9', 'birthing-parent/O4', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding', 'history-incomplete birthing-parent', 'measure-not-complete birthing-parent gad-7'],
      privateNow: true,
    },
  },
  {
    id: '24-six-weeks-item-10-declined',
    title: 'HV 6–8 weeks, alone: EPDS item 10 declined, the rest answered; the risk enquiry not done and the contact finished with a reason',
    spec: {
      contactType: 'hv-6-8-weeks',
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'concerns-raised',
          'whooley.1': 'yes',
          'whooley.2': 'no',
          ...scores('gad-2', [1, 1]),
          ...scores('epds', [1, 1, 1, 1, 1, 1, 1, 1, 1]),
          'epds.10': declined,
          'risk-enquiry.nature': notAsked('parent-distressed'),
          ...noRedFlags,
        },
      },
    },
    expect: {
      overall: 'E2',
      // Pathway 2026.5.0 (H117, specialist review): item 10 declined and the direct question not
      // asked because she was too distressed: not a refusal. Its own E1 card (stay with her, ask
      // again when calmer, discuss the level the same day) and its own outstanding item; the GP
      // route (E2) still sets the level.
      flags: ['RN-EPDS-10/birthing-parent', 'RN-SELF-HARM-NOT-ASKED-DISTRESSED/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding', 'measure-not-complete birthing-parent epds', 'risk-item-not-answered birthing-parent epds', 'risk-not-known birthing-parent', 'self-harm-not-asked-distressed birthing-parent'],
      privateNow: true,
    },
  },
  {
    id: '25-twelve-months-partner-item-9',
    title: 'HV 12 months, both parents: the partner’s PHQ-9 item 9 is 1; the enquiry finds passive thoughts and a previous attempt: adult services, never the perinatal team',
    settings: { depressionMeasure: 'phq-9' },
    spec: {
      contactType: 'hv-12-months',
      presence: { partner: true },
      answers: {
        'birthing-parent': { 'privacy.talk-with-others-present': 'yes', 'wellbeing.feelings': 'no-concerns', ...negativeScreens, ...noRedFlags },
        partner: {
          'partner.consent-screening': 'yes-share',
          'wellbeing.feelings': 'concerns-raised',
          'whooley.1': 'yes',
          'whooley.2': 'no',
          ...scores('phq-9', [1, 1, 1, 1, 0, 1, 0, 0, 1]),
          'phq-9.difficulty': 'somewhat-difficult',
          ...riskEnquiry('passive', { 'risk-enquiry.plan': 'no', 'risk-enquiry.intent': 'no', 'risk-enquiry.means': 'no', 'risk-enquiry.previous-attempt': 'yes' }),
        },
      },
    },
    expect: {
      overall: 'E4',
      flags: ['IR-ENQUIRY-CONCERNING-PARTNER/partner', 'IR-PHQ9-9/partner'],
      recommends: ['partner/O5', 'partner/O9', 'partner/O2', 'partner/O4', 'partner/O12', 'birthing-parent/O1', 'partner/O1'],
      outstanding: ['private-question-outstanding', 'measure-not-complete partner gad-2'],
      privateNow: false,
    },
  },
  {
    id: '26-new-birth-intrusive-thoughts',
    title: 'HV new birth, alone: she discloses thoughts of harming the baby; they are unwanted, distressing and avoided, with no unusual beliefs',
    spec: {
      contactType: 'hv-new-birth',
      answers: {
        'birthing-parent': {
          'wellbeing.feelings': 'concerns-raised',
          ...negativeScreens,
          'red-flags.mental-state-change': 'no',
          'red-flags.violent-self-harm': 'no',
          'red-flags.incompetence-estrangement': 'no',
          'red-flags.severe-sleep': 'no',
          'red-flags.psychosis-signs': 'no',
          'red-flags.harm-self-thoughts': 'no',
          'red-flags.harm-baby-thoughts': 'yes',
          'red-flags.imminent-danger': 'no',
          'harm-thoughts.kind': 'intrusive',
          'harm-thoughts.unusual-beliefs': 'no',
          'concern.clinical': 'yes',
        },
      },
    },
    expect: {
      overall: 'E2',
      flags: ['IR-HARM-THOUGHTS-INTRUSIVE/birthing-parent'],
      recommends: ['birthing-parent/O4', 'birthing-parent/O5', 'birthing-parent/O2', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding', 'history-incomplete birthing-parent', 'measure-not-complete birthing-parent epds', 'measure-not-complete birthing-parent gad-7'],
      privateNow: true,
    },
  },
  // Issue 10 (red-flag check): itemised check, informant, unsure, safety plan (pathway 2026.4.0).
  {
    id: '27-six-weeks-informant-reports-change',
    title: 'HV 6–8 weeks, partner present: her check says none seen, but the partner says she has not been herself (MBRRACE flag 1 from an informant)',
    spec: {
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: {
        'birthing-parent': {
          'privacy.talk-with-others-present': 'yes',
          ...negativeScreens,
          ...noRedFlags,
          'informant.unlike-usual-self': 'yes',
        },
      },
    },
    expect: {
      overall: 'E4',
      flags: ['RF-MENTAL-STATE-CHANGE/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O6', 'birthing-parent/O9', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding'],
      privateNow: false,
    },
  },
  {
    id: '28-six-weeks-estranged-after-check-said-none',
    title: 'HV 6–8 weeks, alone: the red-flag check said none seen, then the relationship observation shows estrangement from the baby (MBRRACE flag 3)',
    spec: {
      contactType: 'hv-6-8-weeks',
      answers: {
        'birthing-parent': {
          ...negativeScreens,
          ...noRedFlags,
          'relationship.observation': 'estranged',
        },
      },
    },
    expect: {
      overall: 'E4',
      flags: ['RF-INCOMPETENCE-ESTRANGEMENT/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O6', 'birthing-parent/O9', 'birthing-parent/O11', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding'],
      privateNow: true,
    },
  },
  {
    id: '29-new-birth-red-flag-unsure',
    title: 'HV new birth visit, alone: severe sleep difficulty marked unsure (a prompt to clarify, not an automatic E4)',
    spec: {
      contactType: 'hv-new-birth',
      answers: {
        'birthing-parent': {
          ...negativeScreens,
          ...noRedFlags,
          'red-flags.severe-sleep': reported('unsure', 'parent'),
        },
      },
    },
    expect: {
      overall: 'E1',
      // RF-UNSURE is of kind 'risk-not-known', so it is not listed as a card to acknowledge; its open
      // question is handed over by OS-RED-FLAG-UNSURE (H112, lib/pathway/outstanding.ts).
      flags: ['RF-UNSURE/birthing-parent'],
      recommends: ['birthing-parent/O1'],
      outstanding: ['private-question-outstanding', 'history-incomplete birthing-parent', 'red-flag-item-unsure birthing-parent'],
      privateNow: true,
    },
  },
  {
    id: '30-six-weeks-item-10-safety-plan',
    title: 'HV 6–8 weeks, alone: EPDS item 10 "hardly ever" on a low score; a safety plan made together',
    spec: {
      contactType: 'hv-6-8-weeks',
      answers: {
        'birthing-parent': {
          'whooley.1': 'yes',
          'whooley.2': 'no',
          ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
          ...noRedFlags,
        },
      },
      safetyPlan: {
        madeTogether: true,
        warningSigns: 'Not sleeping even when the baby sleeps; stops answering the phone.',
        coping: 'A walk with the pram; music.',
        people: 'Her sister, who lives nearby.',
        professionals: 'Health visitor team, weekdays 9 to 5.',
        keepingSafe: 'Her sister takes the baby if she feels unsafe.',
        updatedAt: '2026-03-02T10:25:00.000Z',
      },
    },
    expect: {
      overall: 'E2',
      flags: ['IR-EPDS-10/birthing-parent'],
      recommends: ['birthing-parent/O5', 'birthing-parent/O2', 'birthing-parent/O1'],
      outstanding: ['private-question-outstanding', 'measure-not-complete birthing-parent gad-2', 'risk-not-known birthing-parent'],
      privateNow: true,
    },
  },
  {
    // Issue 16: "has acted on those feelings" is risk content in the summary by the data's
    // summaryRisk marker on the option (tests/lib/summary/summary-tiers.test.ts).
    id: '31-six-weeks-acted-on-angry-feelings',
    title: 'HV 6–8 weeks, alone: negative screens; she has felt like shaking the baby and says it has happened (safeguarding, E4)',
    spec: {
      contactType: 'hv-6-8-weeks',
      answers: {
        'birthing-parent': {
          ...negativeScreens,
          ...noRedFlags,
          'relationship.conversation': 'mixed',
          'relationship.angry-feelings': 'yes',
          'relationship.acted-on': 'yes',
        },
      },
    },
    expect: {
      overall: 'E4',
      flags: ['SG-BABY-HARMED/birthing-parent'],
      recommends: ['birthing-parent/O6', 'birthing-parent/O9', 'birthing-parent/O10', 'birthing-parent/O2', 'birthing-parent/O1'],
      // The routine enquiry is not yet asked; the flag and five recommendations await the practitioner.
      outstanding: ['private-question-outstanding'],
      privateNow: true,
    },
  },
  {
    // Pathway 2026.5.0 (H110): imminent danger that cannot be ruled out is an E4 card today AND an
    // open question handed over to the next contact (OS-IMMINENT-DANGER-UNSURE-PARTNER).
    id: '32-six-weeks-partner-imminent-danger-unsure',
    title: 'HV 6–8 weeks, both parents: negative screens; the partner’s imminent danger marked "not sure" (E4 today, handed over as outstanding)',
    spec: {
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: {
        'birthing-parent': {
          'privacy.talk-with-others-present': 'yes',
          'wellbeing.feelings': 'no-concerns',
          ...negativeScreens,
          ...noRedFlags,
        },
        partner: {
          'partner.consent-screening': 'yes-share',
          'partner-history.talk-with-others-present': 'yes',
          'wellbeing.feelings': 'concerns-raised',
          ...negativeScreens,
          'red-flags.partner-check': 'present-or-unsure',
          'red-flags.harm-self-thoughts': 'no',
          'red-flags.harm-baby-thoughts': 'no',
          'red-flags.imminent-danger': 'unsure',
          'concern.clinical': 'no',
        },
      },
    },
    expect: {
      overall: 'E4',
      flags: ['RF-UNSURE-IMMINENT-DANGER-PARTNER/partner'],
      // The card's adult routes for the partner (O10 only to consider: REC-UNSURE-IMMINENT-DANGER),
      // and universal information for both, as at any contact with screens done.
      recommends: ['partner/O5', 'partner/O9', 'birthing-parent/O1', 'partner/O1'],
      // The open question travels to the next contact (H110), beside the card still to acknowledge.
      outstanding: ['imminent-danger-unsure partner', 'private-question-outstanding'],
      privateNow: false,
    },
  },
];
