import type { ContactTypeId } from '../shared/ids';

// The choices an organisation may make within documented safe bounds. The engine reads them (no
// validator here: the engine and the pathway data import this module, issue 17); lib/config maps an organisation's configuration onto them and rejects anything outside the
// bounds. Each bound cites the source that justifies it (ids from ../shared/clinical/pathway-reference.md).

export type BoundedNumber = {
  min: number;
  max: number;
  defaultValue: number;
  source: string;
  why: string;
};

export const settingBounds = {
  epdsPossibleFrom: {
    min: 10,
    max: 12,
    defaultValue: 10,
    source: 'S10',
    why: 'EPDS >= 10 is the sensitive "possible depression" cut-off; copies also use 12 (reference §1.7, §6.4).',
  },
  epdsProbableFrom: {
    min: 12,
    max: 14,
    defaultValue: 13,
    source: 'S10',
    why: 'EPDS >= 13 "probable depression"; some copies say "above 13", i.e. 14 (reference §1.7, §6.4).',
  },
  partnerEpdsFrom: {
    min: 6,
    max: 11,
    defaultValue: 10,
    source: 'S11',
    why: 'No UK guideline fixes a partner cut-off: 5/6 for any distress (Matthey 2001), > 10 for depression (Edmondson 2010), 7-10 acceptable (2022 meta-analysis). Reference §1.7, §6.4.',
  },
  childPresentFromAgeYears: {
    min: 1,
    max: 12,
    defaultValue: 2,
    source: 'S20',
    why: 'Routine enquiry needs the parent alone (S20). The age from which a child counts as present is not in the sources (reference §2.11, §6.15); the default is cautious: a child who can talk counts.',
  },
} as const satisfies Record<string, BoundedNumber>;

/**
 * Contacts at which Whooley and GAD-2 are due by default: first contact / booking and the early
 * postnatal period (S1), the HV antenatal, new birth and 6-8 week reviews (S16, S21), the 3-4 month
 * contact many areas offer (CG45 schedule: booking, 4-6 weeks and 3-4 months postnatally, S3), and the
 * 12-month review where Slough-style local pathways screen at 8-12 months (S3). Elsewhere they are
 * due when there is clinical concern. Reference §2.0 D, §2.9, §6.2: the schedule is configurable.
 */
export const defaultWhooleyGad2Contacts: readonly ContactTypeId[] = [
  'midwife-booking',
  'midwife-postnatal',
  'hv-antenatal',
  'hv-new-birth',
  'hv-6-8-weeks',
  'hv-3-4-months',
  'hv-12-months',
  'fnp-pregnancy',
  'fnp-infancy',
];

/** The choices the engine reads. `pathwaySettingsSchema` (./settings-schema.ts) validates them. */
export type PathwaySettings = {
  epdsPossibleFrom: number;
  epdsProbableFrom: number;
  partnerEpdsFrom: number;
  childPresentFromAgeYears: number;
  whooleyGad2Contacts: ContactTypeId[];
  /**
   * The Whooley help question (CG45, S3) is unconfirmed in CG192 (reference §1.2 ⚠), so it is
   * off unless the organisation turns it on. It never switches off follow-up of a positive answer.
   */
  helpQuestionEnabled: boolean;
  /**
   * Which fuller depression measure is offered first when one is due: EPDS or PHQ-9 (reference
   * §2.0 E: "EPDS or PHQ-9"). Optional so existing settings stay valid; the engine defaults to
   * EPDS. An organisation without EPDS reproduction permission (reference §6.5) can choose PHQ-9.
   */
  depressionMeasure?: 'epds' | 'phq-9' | undefined;
};

export const defaultPathwaySettings: PathwaySettings = {
  epdsPossibleFrom: settingBounds.epdsPossibleFrom.defaultValue,
  epdsProbableFrom: settingBounds.epdsProbableFrom.defaultValue,
  partnerEpdsFrom: settingBounds.partnerEpdsFrom.defaultValue,
  childPresentFromAgeYears: settingBounds.childPresentFromAgeYears.defaultValue,
  whooleyGad2Contacts: [...defaultWhooleyGad2Contacts],
  helpQuestionEnabled: false,
};
