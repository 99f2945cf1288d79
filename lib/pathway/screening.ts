import {
  all,
  any,
  answerIs,
  askedWithinRecall,
  band,
  depressionMeasureIs,
  isYes,
  not,
  positive,
  present,
  responded,
  screeningScheduled,
  status,
  storedResponded,
  subjectIs,
} from './conditions';
import { babyDied } from './baby-situation';
import { epds } from './instruments/epds';
import { babyBluesUnresolved, contextAtRisk } from './context-and-risk';
import { ownConsent, prefersPrivate, selfPresent } from './gates';
import { historyAtRisk } from './history';
import type { Condition, InstrumentId, ItemGroup, RecommendationRule, RequirementRule } from './schema';

// When each instrument is due, and what a completed measure leads to (reference §2.0 D-G and the
// severity → outcome table). The same groups serve both parents: the partner's copy needs the
// partner's own consent (gates.ts) and uses the partner EPDS threshold (settings.partnerEpdsFrom).

const concernRaised: Condition = answerIs('wellbeing.feelings', ['concerns-raised']);
const clinicalConcern: Condition = isYes('concern.clinical');

/**
 * A measure once started is finished (pathway 2026.3.0): its remaining items are due even when the
 * measure itself was only suggested or optional, so that the total and the item-level risk answer
 * are known and item 10 / item 9 cannot be left unanswered silently (reference §1.7: score item 10
 * before the parent leaves, S10; §1.1: a declined or unasked item is never 0). One rule per
 * instrument, because the condition names it.
 */
function startedDue(instrument: InstrumentId): RequirementRule {
  return {
    id: `DUE-MEASURE-STARTED-${instrument.replace('-', '').toUpperCase()}`,
    when: status(instrument, ['incomplete']),
    because: 'This measure has been started: finish it, so that its total and any item-level risk answer are known.',
    sources: instrument === 'epds' ? ['S10', 'S1'] : instrument === 'phq-9' ? ['S12', 'S1'] : ['S13', 'S1'],
  };
}

/**
 * Whooley and GAD-2 are due once per recall window (pathway 2026.4.0; review 2026-12 item 10): the
 * instrument's own "past month" / "past 2 weeks" (recallWindow, reference §1.1). A complete result
 * in the story so far asked within that window (with its date and role) means it is not due again;
 * it is still there to ask, and concern makes it due whatever (DUE-SCREEN-CONCERN).
 */
const screeningDue = (instrument: 'whooley' | 'gad-2'): RequirementRule[] => [
  {
    // One rule per instrument (pathway 2026.4.0): each reads its own recall window.
    id: `DUE-SCREEN-SCHEDULED-${instrument === 'whooley' ? 'WHOOLEY' : 'GAD2'}`,
    when: all(subjectIs('birthing-parent'), screeningScheduled, not(askedWithinRecall(instrument))),
    because: 'Whooley and GAD-2 are due at this contact (first contact or booking and the early postnatal period; schedule set by the organisation), once in their own recall window.',
    sources: ['S1', 'S3'],
  },
  {
    // Both parents at every contact (seeds 001, 003; review 2026-12 item 11): a partner in the room
    // who has agreed (ownConsent on the group) is screened too, once per recall window. The
    // partner's questions stay behind their own consent and privacy choice.
    id: `DUE-SCREEN-PARTNER-PRESENT-${instrument === 'whooley' ? 'WHOOLEY' : 'GAD2'}`,
    when: all(subjectIs('partner'), present('partner-present'), not(askedWithinRecall(instrument))),
    because: 'The partner is here and has agreed to be asked: Whooley and GAD-2 for the partner too, once in their own recall window.',
    sources: ['S15', 'S14', 'S16'],
  },
  {
    id: 'DUE-SCREEN-CONCERN',
    when: any(concernRaised, clinicalConcern),
    because: 'Concerns about how they are feeling were raised at this contact.',
    sources: ['S2', 'S1'],
  },
];

/**
 * Otherwise, for the partner, Whooley and GAD-2 are offered: "with the partner's own consent, ask
 * Step A and optionally Whooley/GAD-2" (reference §2.10 tool logic 1); no national mandate for
 * universal partner screening was found (§6.14). Since 2026.4.0 they are DUE while the partner is
 * in the room and has agreed (DUE-SCREEN-PARTNER-PRESENT); this covers the rest.
 */
const partnerScreeningOffered: RequirementRule[] = [
  {
    id: 'SUG-SCREEN-PARTNER',
    when: all(subjectIs('partner'), screeningScheduled),
    because: 'Partner: Whooley and GAD-2 may be offered, with their own consent, at the contacts where the birthing parent is screened.',
    sources: ['S14', 'S15'],
  },
];

const screeningGroup = (id: 'whooley' | 'gad-2', title: string): ItemGroup => ({
  kind: 'instrument',
  id,
  title,
  instrument: id,
  module: 'screening',
  subjects: ['birthing-parent', 'partner'],
  section: 'subject',
  respondent: 'self',
  enableWhen: ownConsent,
  askableWhen: selfPresent,
  hiddenReason: 'Needs the partner’s own agreement first',
  notAskableReason: 'Not in the room',
  due: [...screeningDue(id), startedDue(id)],
  suggested: partnerScreeningOffered,
  defer: prefersPrivate,
  sources: id === 'whooley' ? ['S1', 'S29'] : ['S13', 'S1', 'S29'],
});

export const whooleyGroup = screeningGroup('whooley', 'Whooley questions');
export const gad2Group = screeningGroup('gad-2', 'GAD-2');

const depressionMeasureDue: RequirementRule[] = [
  {
    id: 'DUE-DEPRESSION-MEASURE-WHOOLEY',
    when: positive('whooley'),
    because: 'Positive Whooley: consider EPDS or PHQ-9 as part of a full assessment (or refer to the GP).',
    sources: ['S1', 'S29'],
  },
  {
    id: 'DUE-DEPRESSION-MEASURE-CONCERN',
    when: clinicalConcern,
    because: 'Clinical concern: a fuller measure is due even when screens are negative.',
    sources: ['S1'],
  },
  {
    id: 'DUE-DEPRESSION-MEASURE-BABY-BLUES',
    when: babyBluesUnresolved,
    because: 'Baby blues not resolved by 10–14 days: assess for mental health problems.',
    sources: ['S18'],
  },
];

const depressionMeasureSuggested: RequirementRule[] = [
  {
    id: 'SUG-DEPRESSION-MEASURE-AT-RISK',
    when: any(historyAtRisk, contextAtRisk),
    because: 'At risk of developing a mental health problem (history or context recorded): consider EPDS or PHQ-9.',
    sources: ['S1'],
  },
];

const depressionMeasureGroup = (id: 'epds' | 'phq-9', title: string): ItemGroup => ({
  kind: 'instrument',
  id,
  title,
  instrument: id,
  module: 'further-assessment',
  subjects: ['birthing-parent', 'partner'],
  section: 'subject',
  respondent: 'self',
  enableWhen: ownConsent,
  askableWhen: selfPresent,
  hiddenReason: 'Needs the partner’s own agreement first',
  notAskableReason: 'Not in the room',
  due: [...depressionMeasureDue, startedDue(id)],
  suggested: depressionMeasureSuggested,
  defer: prefersPrivate,
  // EPDS or PHQ-9 (reference §2.0 E): one is due; settings.depressionMeasure picks which by default.
  oneOf: 'depression-measure',
  sources: id === 'epds' ? ['S10', 'S1'] : ['S12', 'S1'],
});

/**
 * EPDS is left out entirely when the organisation uses PHQ-9: reproducing the EPDS items needs
 * permission that an organisation may not have (reference §1.7, §6.5), so the items must not even be
 * offered as optional. Except in a contact that already holds EPDS answers (the configuration changed
 * mid-contact): leaving the group out would silently drop them, an item-10 answer included, so it
 * stays in play for that subject (pathway 2026.3.0; docs/pathway.md §10).
 */
export const epdsGroup: ItemGroup = {
  ...depressionMeasureGroup('epds', 'EPDS'),
  appliesWhen: any(not(depressionMeasureIs('phq-9')), ...epds.items.map((item) => storedResponded(item.id))),
};
export const phq9Group = depressionMeasureGroup('phq-9', 'PHQ-9');

export const gad7Group: ItemGroup = {
  kind: 'instrument',
  id: 'gad-7',
  title: 'GAD-7',
  instrument: 'gad-7',
  module: 'further-assessment',
  subjects: ['birthing-parent', 'partner'],
  section: 'subject',
  respondent: 'self',
  enableWhen: ownConsent,
  askableWhen: selfPresent,
  hiddenReason: 'Needs the partner’s own agreement first',
  notAskableReason: 'Not in the room',
  due: [
    {
      id: 'DUE-GAD7-GAD2',
      when: positive('gad-2'),
      because: 'GAD-2 of 3 or more: GAD-7 (or refer).',
      sources: ['S1', 'S13', 'S29'],
    },
    {
      id: 'DUE-GAD7-CONCERN',
      when: clinicalConcern,
      because: 'Clinical concern: a fuller measure is due even when screens are negative.',
      sources: ['S1'],
    },
    startedDue('gad-7'),
  ],
  suggested: [],
  defer: prefersPrivate,
  sources: ['S13', 'S1'],
};

const depressionMeasureComplete: Condition = any(status('epds', ['complete']), status('phq-9', ['complete']));

/**
 * Severity → outcome (reference §2.0 table; tool defaults to confirm locally). Rules fire
 * independently; a recommendation keeps every reason that produced it.
 */
export const screeningRecommendationRules: RecommendationRule[] = [
  {
    id: 'REC-UNIVERSAL',
    subjects: ['birthing-parent', 'partner'],
    // Also for a parent asked only about their emotional wellbeing (Step A), e.g. a partner who
    // agreed to talk but was not offered the screening questions.
    // Never after the baby has died (pathway 2026.5.0, H108): O1 is universal baby-care information
    // (groups, children's centres, infant massage; reference §4.1), harmful to bereaved parents.
    // What the sources give them instead is in baby-situation.ts: the bereavement prompt for both
    // parents, the MMHS for baby loss for her (S23 ✅; seed 003 "Baby loss"), and for the partner the
    // GP, Talking Therapies and third-sector support.
    when: all(
      any(
        status('whooley', ['complete']),
        status('gad-2', ['complete']),
        depressionMeasureComplete,
        status('gad-7', ['complete']),
        responded('wellbeing.feelings'),
      ),
      not(babyDied),
    ),
    outcomes: [{ code: 'O1', strength: 'recommend' }],
    level: 'E0',
    because: 'Universal information, self-care and peer or community support; ask again at the next contact.',
    sources: ['S1', 'S2', 'S21'],
  },
  {
    id: 'REC-MILD',
    subjects: ['birthing-parent', 'partner'],
    when: any(band('epds', ['possible-depression']), band('phq-9', ['mild']), band('gad-7', ['mild'])),
    outcomes: [
      { code: 'O2', strength: 'recommend' },
      { code: 'O3', strength: 'consider' },
      { code: 'O4', strength: 'recommend' },
    ],
    level: 'E1',
    because:
      'Mild or sub-threshold score (EPDS possible depression, PHQ-9 5–9 or GAD-7 5–9): watchful waiting and a repeat measure in 2–4 weeks, health visitor support, and NHS Talking Therapies (self-referral).',
    sources: ['S10', 'S22', 'S24'],
  },
  {
    id: 'REC-MODERATE',
    subjects: ['birthing-parent', 'partner'],
    when: any(
      band('epds', ['probable-depression', 'at-or-above-partner-threshold']),
      band('phq-9', ['moderate', 'moderately-severe', 'severe']),
      band('gad-7', ['moderate', 'severe']),
    ),
    outcomes: [
      { code: 'O5', strength: 'recommend' },
      { code: 'O4', strength: 'recommend' },
    ],
    level: 'E2',
    because:
      'Score at or above the referral threshold (EPDS probable depression or partner threshold, PHQ-9 10 or more, GAD-7 10 or more): GP for a comprehensive assessment and/or NHS Talking Therapies.',
    sources: ['S1', 'S2', 'S6', 'S12', 'S13'],
  },
  {
    // "Consider O6 specialist PMH if moderate–severe or complex" (§2.0): the reference's own bands
    // from 15 (PHQ-9 moderately severe, GAD-7 severe) are read as moderate-severe. No new number.
    id: 'REC-SEVERE-CONSIDER-SPECIALIST',
    subjects: ['birthing-parent', 'partner'],
    when: any(band('phq-9', ['moderately-severe', 'severe']), band('gad-7', ['severe'])),
    outcomes: [{ code: 'O6', strength: 'consider' }],
    level: 'E3',
    because: 'Moderately severe or severe score: consider the specialist perinatal mental health team if the illness is moderate–severe or complex.',
    sources: ['S1', 'S6', 'S12', 'S13'],
  },
  {
    // A positive screen or clinical concern with no completed fuller measure still needs
    // assessment (§2.0 E: "or refer to the GP"; G: comprehensive assessment; §1.1 judgement).
    id: 'REC-NO-COMPLETED-MEASURE',
    subjects: ['birthing-parent', 'partner'],
    when: {
      kind: 'any',
      conditions: [
        { kind: 'all', conditions: [positive('whooley'), not(depressionMeasureComplete)] },
        { kind: 'all', conditions: [positive('gad-2'), not(status('gad-7', ['complete']))] },
        { kind: 'all', conditions: [clinicalConcern, not(depressionMeasureComplete)] },
      ],
    },
    outcomes: [{ code: 'O5', strength: 'recommend' }],
    level: 'E2',
    because:
      'Positive screen or clinical concern without a completed fuller measure: GP for a comprehensive assessment (or complete the measure).',
    sources: ['S1', 'S2'],
  },
  {
    // Decision (docs/pathway.md): a positive Whooley with a fuller measure below threshold is not
    // "negative": clinical judgement overrides scores (§1.1), so watch and repeat.
    id: 'REC-POSITIVE-WHOOLEY-MEASURE-BELOW',
    subjects: ['birthing-parent', 'partner'],
    when: {
      kind: 'all',
      conditions: [
        positive('whooley'),
        any(band('epds', ['below-threshold', 'below-partner-threshold']), band('phq-9', ['none-minimal'])),
      ],
    },
    outcomes: [{ code: 'O2', strength: 'recommend' }],
    level: 'E1',
    because: 'Positive Whooley with a fuller measure below threshold: watch and repeat; clinical judgement overrides the score.',
    sources: ['S1', 'S10'],
  },
  {
    // Clinical judgement overrides any score (§1.1): concern alone is at least "watch".
    id: 'REC-CLINICAL-CONCERN-WATCH',
    subjects: ['birthing-parent', 'partner'],
    when: clinicalConcern,
    outcomes: [{ code: 'O2', strength: 'recommend' }],
    level: 'E1',
    because: 'Clinical concern: review and repeat the measure, whatever the score.',
    sources: ['S1', 'S10'],
  },
  {
    id: 'REC-CLINICAL-CONCERN',
    subjects: ['birthing-parent', 'partner'],
    when: clinicalConcern,
    outcomes: [{ code: 'O5', strength: 'consider' }],
    level: 'E2',
    because: 'Clinical concern: a fuller measure is due; consider referral to the GP for a comprehensive assessment.',
    sources: ['S1', 'S2'],
  },
  {
    // ⚠ The help question is optional (reference §1.2): it only adds the parent's wish for help.
    id: 'REC-WANTS-HELP',
    subjects: ['birthing-parent', 'partner'],
    when: isYes('whooley.help'),
    outcomes: [
      { code: 'O4', strength: 'consider' },
      { code: 'O5', strength: 'consider' },
    ],
    level: 'E1',
    because: 'The parent said they need or want help.',
    sources: ['S3'],
  },
];
