import type { PractitionerRole, Subject } from '../contact/contact';

// Who the practitioner is and whom an answer is about, as the panel and the summary name them. Its
// own file (issue 17): the contact screen shows these with the current question, while the rest of
// labels.ts (the summary's short labels) is loaded only with the summary and the story so far.

export const roleLabel: Record<PractitionerRole, string> = {
  midwife: 'Midwife',
  'health-visitor': 'Health visitor',
  'fnp-nurse': 'Family nurse (FNP)',
};

export const roleShort: Record<PractitionerRole, string> = {
  midwife: 'MW',
  'health-visitor': 'HV',
  'fnp-nurse': 'FNP',
};

export const subjectLabel: Record<Subject, string> = {
  'birthing-parent': 'birthing parent',
  partner: 'partner',
};
