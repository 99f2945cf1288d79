import { all, babySituation, not, phase } from './conditions';
import type { Condition, NotApplicableRule, PromptRule, RecommendationRule } from './schema';

// The baby's situation at the start of a postnatal contact (issue 11; review 2026-12 item 8):
// with the parents, in the neonatal unit or hospital, not in the parents' care (foster care,
// adoption, surrogacy), or has died (stillbirth, neonatal or later death). Seed 003 ("Baby loss"):
// bereavement significantly increases the likelihood of mental health problems for BOTH parents,
// and the Maternal Mental Health Service supports women after baby loss and neonatal loss or
// trauma (S23 ✅: MMHS for perinatal loss and loss through safeguarding separation).
//
// What the situation changes:
// - the baby prompts that cannot apply are "not applicable", with the reason, so the summary never
//   says "due, not asked, no reason recorded" for them (NA-* rules on the relationship groups);
// - after a death there are no baby prompts at all; bereavement support and the MMHS are offered
//   to both parents, and a PROMPT (not an escalation: no card, no level) asks the practitioner to
//   be more alert to suicide risk. Over-escalation is a hazard too (H62); universal information
//   (O1: groups, infant massage) is not offered (REC-UNIVERSAL, REC-RELATIONSHIP-UNIVERSAL; H108);
// - in the neonatal unit: neonatal stress and psychological support are to be considered.
// An unrecorded situation counts as "with the parents": contacts from before 2026.4.0 behave as then.

const postnatal: Condition = phase('postnatal');
export const babyDied: Condition = all(postnatal, babySituation('died'));
export const babyInNeonatalUnit: Condition = all(postnatal, babySituation('neonatal-unit'));
export const babyNotInParentsCare: Condition = all(postnatal, babySituation('not-in-parents-care'));
/** The baby is with the parents (or the situation was not recorded). */
export const babyWithParents: Condition = not(babySituation('neonatal-unit', 'not-in-parents-care', 'died'));

export const NA_BABY_DIED: NotApplicableRule = {
  id: 'NA-BABY-DIED',
  when: babyDied,
  reason: 'Not applicable because the baby has died',
  sources: ['S23', 'S2'],
};

/** Observations of parent and baby together need the baby to be there. */
export const observationNotApplicable: NotApplicableRule[] = [
  NA_BABY_DIED,
  {
    id: 'NA-BABY-NEONATAL-UNIT',
    when: babyInNeonatalUnit,
    reason: 'Not applicable because the baby is in the neonatal unit or in hospital',
    sources: ['S21'],
  },
  {
    id: 'NA-BABY-NOT-IN-CARE',
    when: babyNotInParentsCare,
    reason: 'Not applicable because the baby is not in the parents’ care',
    sources: ['S21'],
  },
];

export const babySituationRecommendationRules: RecommendationRule[] = [
  {
    // MMHS eligibility is moderate–severe or complex difficulties arising from the maternity
    // experience, perinatal loss included (S23 ✅): offered for judgement ("consider"). S23 describes
    // a service for the woman; a partner is an adult for adult services (clinical review 2026-12 item
    // 3), so the partner's own copy below offers GP, Talking Therapies and third-sector bereavement
    // support instead of O7 (clinical review of the merged pathway).
    // Pathway 2026.5.0 (H108): universal information (O1: groups, children's centres, infant massage)
    // is no longer offered after a death (REC-UNIVERSAL). What the sources give a bereaved mother
    // instead is this rule (S23: the MMHS for baby loss, with peer support) and the bereavement
    // prompt below. Third-sector signposting (O14) was NOT added for her: its national route names
    // Action on Postpartum Psychosis, PANDAS and Mind (reference §4.1), none a bereavement service,
    // and no source in S1-S29 names one (do not invent a service). For the clinical lead.
    id: 'REC-BABY-DIED',
    subjects: ['birthing-parent'],
    when: babyDied,
    outcomes: [{ code: 'O7', strength: 'consider' }],
    level: 'E2',
    because:
      'The baby has died: bereavement support; consider the Maternal Mental Health Service (baby loss) where difficulties after the loss are moderate to severe.',
    sources: ['S23'],
  },
  {
    id: 'REC-BABY-DIED-PARTNER',
    subjects: ['partner'],
    when: babyDied,
    // No O14 (specialist review, H108): its national route names Action on Postpartum Psychosis,
    // PANDAS and Mind, none a bereavement service, and no source S1-S29 names one (CSO open item 12).
    outcomes: [
      { code: 'O5', strength: 'consider' },
      { code: 'O4', strength: 'consider' },
    ],
    level: 'E2',
    because:
      'The baby has died: bereavement support for the partner too; consider the GP or NHS Talking Therapies where difficulties after the loss are moderate to severe.',
    sources: ['S23', 'S24', 'S15'],
  },
  {
    id: 'REC-BABY-NEONATAL-UNIT',
    subjects: ['birthing-parent'],
    when: babyInNeonatalUnit,
    outcomes: [{ code: 'O7', strength: 'consider' }],
    level: 'E2',
    because:
      'The baby is in the neonatal unit or in hospital: consider psychological support, and the Maternal Mental Health Service where birth or neonatal trauma causes moderate to severe difficulties.',
    sources: ['S23'],
  },
  {
    id: 'REC-BABY-NOT-IN-CARE',
    subjects: ['birthing-parent'],
    when: babyNotInParentsCare,
    outcomes: [{ code: 'O7', strength: 'consider' }],
    level: 'E2',
    because:
      'The baby is not in the parents’ care: where the separation came through safeguarding and difficulties are moderate to severe, consider the Maternal Mental Health Service.',
    sources: ['S23'],
  },
];

export const babySituationPromptRules: PromptRule[] = [
  {
    id: 'PR-BABY-DIED-BEREAVEMENT',
    kind: 'prompt',
    subjects: ['birthing-parent', 'partner'],
    when: babyDied,
    text: 'The baby has died. Offer bereavement support to each parent; for her, the Maternal Mental Health Service where difficulties after the loss are moderate to severe (for the partner, the GP or NHS Talking Therapies). There are no questions about the baby at this contact.',
    sources: ['S23', 'S2'],
  },
  {
    // Not in a reference row as a rule: the review (item 8) and seed 003 (bereavement raises the
    // likelihood of mental health problems for both parents). Hence a prompt, never a card or level.
    id: 'PR-BABY-DIED-SUICIDE-AWARENESS',
    kind: 'prompt',
    subjects: ['birthing-parent', 'partner'],
    when: babyDied,
    // The estrangement item (MBRRACE flag 3) is not asked after a death (H119), so the self-blame
    // signal it carried is said here (specialist review of H119): pervasive guilt or hopelessness is
    // a regional red flag (S7 East Midlands ◐) and a significant change in mental state is MBRRACE
    // flag 1 (S5). "Self-blame" in the review's proposal is not in a verified source: left out.
    // A prompt, not a level (suicide is a leading cause of death after pregnancy; the level stays
    // with the answers).
    text: 'After the death of a baby, be more alert to suicide risk in both parents: ask how each is coping and, with care, about thoughts of self-harm, and make sure both know where to get help if things get worse. Grief is expected; pervasive guilt or hopelessness is not: ask directly about thoughts of suicide, and treat a new change as a red flag.',
    sources: ['S1', 'S8', 'S7', 'S5'],
  },
  {
    id: 'PR-BABY-NEONATAL-UNIT',
    kind: 'prompt',
    subjects: ['birthing-parent', 'partner'],
    when: babyInNeonatalUnit,
    text: 'The baby is in the neonatal unit or in hospital: ask each parent how they are coping with the stress of it, and consider psychological support (the unit’s own, or the Maternal Mental Health Service after birth or neonatal trauma).',
    sources: ['S23', 'S2'],
  },
  {
    id: 'PR-BABY-NOT-IN-CARE',
    kind: 'prompt',
    subjects: ['birthing-parent'],
    when: babyNotInParentsCare,
    text: 'The baby is not in the parents’ care: ask how she is coping with the separation; questions about the baby’s care do not apply.',
    sources: ['S23', 'S2'],
  },
];
