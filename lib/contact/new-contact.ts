import type { Contact, ContactSituation, Presence } from './contact';
import type { ContactTypeId, PractitionerRole } from '../shared/ids';

// A new contact, as the start form makes it. No validator here (issue 17): the home screen's start
// form imports this, and the store checks the contact against contactSchema (./contact.ts) when it
// saves it.

export const CONTACT_SCHEMA_VERSION = 1;

export const nobodyElsePresent: Presence = {
  birthingParent: true,
  partner: false,
  otherAdults: false,
  familyInterpreter: false,
  professionalInterpreter: false,
  childrenAges: [],
  olderChildPresent: false,
};

export type NewContact = {
  id: string;
  pathwayVersion: string;
  label: string;
  role: PractitionerRole;
  contactType: ContactTypeId;
  presence: Presence;
  now: string;
  situation?: ContactSituation;
};

export function createContact(input: NewContact): Contact {
  return {
    schemaVersion: CONTACT_SCHEMA_VERSION,
    id: input.id,
    pathwayVersion: input.pathwayVersion,
    label: input.label,
    role: input.role,
    contactType: input.contactType,
    startedAt: input.now,
    updatedAt: input.now,
    status: 'in-progress',
    presence: input.presence,
    answers: {},
    acknowledgedFlags: {},
    outcomeDecisions: {},
    shareWith: { gp: false, midwife: false, healthVisitor: false, specialistTeam: false, socialCare: false },
    familyWords: '',
    plan: '',
    nextContact: '',
    ...(input.situation && Object.keys(input.situation).length ? { situation: input.situation } : {}),
  };
}
