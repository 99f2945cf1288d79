import type { Outcome } from './schema';

// Outcome catalogue O1-O14 (reference §4.1). `level` is the rung of the §3.4 ladder where the
// outcome sits (the lowest row naming it). O10-O14 are not named in the matrix: their levels are
// tool decisions recorded in docs/pathway.md. A recommendation carries the level of the rule that
// produced it, which may be higher.

export const outcomes: Outcome[] = [
  {
    code: 'O1',
    title: 'Universal information, self-care, peer and community support',
    who: 'All',
    route: 'Practitioner gives or signposts (groups, Home-Start, children’s centres, infant massage)',
    level: 'E0',
    sources: ['S21', 'S1'],
  },
  {
    code: 'O2',
    title: 'Watchful waiting and repeat measure',
    who: 'Sub-threshold or mild',
    route: 'Practitioner (repeat in 2–4 weeks)',
    level: 'E1',
    sources: ['S10'],
  },
  {
    code: 'O3',
    title: 'Health visitor additional support (“listening visits”)',
    who: 'Mild to moderate low mood',
    route: 'Health visitor',
    level: 'E1',
    note: 'Health visitor support, not NICE-recommended psychological therapy (reference §6.8).',
    sources: ['S22'],
  },
  {
    code: 'O4',
    title: 'NHS Talking Therapies',
    who: 'Mild to moderate anxiety or depression; also partners',
    route: 'Self-referral or professional referral',
    level: 'E1',
    // NICE QS115 statement 6 (S2 ✅, verified on nice.org.uk): women referred for psychological
    // interventions in pregnancy or the postnatal period start treatment within 6 weeks of referral,
    // made of 2 weeks to assessment and 4 weeks to treatment (CG192 recommendation 1.7.3). Applied to
    // this outcome only: it is the one psychological-therapy referral in the catalogue. O3 is not
    // psychological therapy (reference §6.8); no other outcome is given a standard it does not have.
    waitingStandard: {
      id: 'QS115-ST6',
      name: 'NICE QS115 statement 6: assessment within 2 weeks and treatment within 6 weeks of referral',
      assessmentWithinDays: 14,
      treatmentWithinDays: 42,
      sources: ['S2'],
    },
    sources: ['S21', 'S24'],
  },
  {
    code: 'O5',
    title: 'GP: comprehensive assessment, treatment, medication review (GP told of all referrals)',
    who: 'Positive screen, suspected problem',
    route: 'Referral or advise an appointment',
    level: 'E2',
    sources: ['S1', 'S2', 'S29'],
  },
  {
    code: 'O6',
    title: 'Specialist community perinatal mental health team',
    who: 'Severe mental illness current, past or suspected; moderate–complex or severe perinatal illness; high risk of postpartum illness; up to 24 months postnatal',
    route: 'Professional referral; GP informed',
    level: 'E3',
    sources: ['S1', 'S6', 'S14', 'S26'],
  },
  {
    code: 'O7',
    title: 'Maternal Mental Health Service',
    who: 'Moderate–severe or complex difficulties arising from the maternity experience: birth trauma, perinatal loss, loss through safeguarding separation, fear of childbirth',
    route: 'Professional referral (midwife, health visitor, GP)',
    level: 'E2',
    sources: ['S23'],
  },
  {
    code: 'O8',
    title: 'Mother and baby unit (inpatient)',
    who: 'Severe illness needing admission, typically from 32 weeks of pregnancy to about 10–12 months postnatal',
    route: 'Through secondary mental health or crisis teams, not primary care',
    level: 'E5',
    note: '⚠ Upper age limit differs between sources (reference §6.16).',
    sources: ['S25'],
  },
  {
    code: 'O9',
    title: 'Crisis or home treatment team, liaison, A&E, 999, NHS 111',
    who: 'Emergencies, out of hours',
    route: 'Direct',
    level: 'E4',
    sources: ['S6', 'S9'],
  },
  {
    code: 'O10',
    // The title is shown on screen whoever is in the room, so it does not name the private topic;
    // `who` keeps the reference's full scope (children's social care / MASH; DA specialist services).
    title: 'Safeguarding: children’s social care or MASH, and specialist support services',
    who: 'Risk to the baby or other children; disclosure of domestic abuse (specialist domestic abuse services)',
    route: 'Local safeguarding procedures; information sharing (record the decision and reasons)',
    level: 'E4',
    note: 'Not in the §3.4 matrix: placed with "thoughts of harming the baby" (E4) as the safer choice.',
    sources: ['S20', 'S27'],
  },
  {
    code: 'O11',
    title: 'Parent–infant relationship service',
    who: 'Persistent relationship difficulties',
    route: 'Local',
    level: 'E2',
    note: 'Not in the §3.4 matrix: placed with routine referral (E2).',
    sources: ['S21'],
  },
  {
    code: 'O12',
    title: 'Partner support: partner check and signposting; couples or family interventions; carer’s assessment',
    who: 'Partners of women in specialist care; any partner with need',
    route: 'Specialist perinatal team; NHS Talking Therapies; GP',
    level: 'E1',
    note: 'Not in the §3.4 matrix: placed with signposting (E1).',
    sources: ['S14', 'S15'],
  },
  {
    code: 'O13',
    title: 'CAMHS (mother under 16) or substance misuse service (primary addiction)',
    who: 'Per specialist service exclusions',
    route: 'Referral',
    level: 'E3',
    note: 'Not in the §3.4 matrix: an alternative specialist route, placed with E3.',
    sources: ['S6'],
  },
  {
    code: 'O14',
    title: 'Third sector (e.g. Action on Postpartum Psychosis, PANDAS, Mind)',
    who: 'Any',
    route: 'Signpost',
    level: 'E0',
    note: 'Not in the §3.4 matrix: signposting, placed with E0.',
    sources: ['S9'],
  },
];
