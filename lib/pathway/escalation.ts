import { babyDied } from './baby-situation';
import { selfHarmNotAskedDistressed } from './self-harm-risk';
import type { Subject } from '../contact/contact';
import type { LevelActions, LevelWords } from './evaluation';
import type { Escalation, EscalationLevel } from './schema';

// Escalation ladder (reference §3.4, "tool default — confirm locally").

export const escalationLadder: Escalation[] = [
  {
    level: 'E0',
    label: 'Routine',
    trigger: 'Negative screens',
    action: 'Universal information; ask again at the next contact',
    // After a death no universal baby-care information is offered (REC-UNIVERSAL, H108): the level's
    // words say what is offered instead, as the bereavement prompt does (S23, S2; H119).
    actionWhen: [
      {
        id: 'LEVEL-E0-BABY-DIED',
        when: babyDied,
        action: 'Bereavement support for each parent; ask again at the next contact',
        sources: ['S23', 'S2'],
      },
    ],
    timeframe: 'Next contact',
    sources: ['S1', 'S2'],
  },
  {
    level: 'E1',
    label: 'Watch',
    trigger: 'Sub-threshold or mild scores; baby blues under 10–14 days',
    action: 'Repeat the measure; health visitor support; signpost NHS Talking Therapies',
    // A parent too distressed to be asked about self-harm (RN-SELF-HARM-NOT-ASKED-DISTRESSED, E1,
    // H117): the level line must not say "repeat the measure… 2-4 weeks" beside a card that says
    // today (specialist review of H117). Same level, today's words: ask again before leaving, or a
    // same-day discussion (S1 CG192 1.6.5: help matched to the level of risk, not yet known; S8).
    actionWhen: [
      {
        id: 'LEVEL-E1-SELF-HARM-NOT-ASKED-DISTRESSED',
        when: selfHarmNotAskedDistressed,
        action: 'Self-harm risk not yet known: ask again before you leave, or discuss it today with a senior colleague or the mental health team',
        timeframe: 'Today',
        sources: ['S1', 'S8', 'S10'],
      },
    ],
    timeframe: '2–4 weeks',
    sources: ['S10', 'S18', 'S22', 'S24'],
  },
  {
    level: 'E2',
    label: 'Routine referral',
    trigger: 'Positive screen with moderate scores, no risk items; item 10 or item 9 above 0 (or a disclosure) whose risk enquiry is not concerning: GP informed, review, safety plan (S1 rec 1.6.5)',
    action: 'GP comprehensive assessment; NHS Talking Therapies; Maternal Mental Health Service if trauma or loss',
    timeframe: 'Psychological therapy: assessment within 2 weeks of referral, treatment within 4 weeks of assessment',
    sources: ['S2', 'S1'],
  },
  {
    level: 'E3',
    label: 'Specialist referral',
    trigger: 'Severe mental illness (current, past, suspected); family history of postpartum psychosis or bipolar disorder; moderate–severe or complex illness',
    action: 'Specialist community perinatal mental health team; GP informed; care plan',
    timeframe: 'Local urgency',
    sources: ['S1', 'S4', 'S6'],
  },
  {
    level: 'E4',
    label: 'Urgent, same day',
    trigger: 'Any red flag; a concerning risk enquiry after item 10 or item 9 above 0; thoughts of harming the baby that are wished or intended',
    action: 'Same-day senior psychiatric assessment via the specialist perinatal or crisis team; safety plan; do not leave if unsafe',
    timeframe: 'Same day',
    sources: ['S5', 'S8', 'S10', 'S1'],
  },
  {
    level: 'E5',
    label: 'Emergency',
    trigger: 'Suspected postpartum psychosis; imminent risk to the parent or the baby',
    action: 'Crisis or home treatment team, A&E, 999; mother and baby unit admission pathway',
    timeframe: 'Within 4 hours; immediately if danger',
    sources: ['S4', 'S6', 'S9'],
  },
];

const ORDER: readonly EscalationLevel[] = ['E0', 'E1', 'E2', 'E3', 'E4', 'E5'];

export function levelRank(level: EscalationLevel): number {
  return ORDER.indexOf(level);
}

export function higherLevel(a: EscalationLevel, b: EscalationLevel): EscalationLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** The words of a level for the first of these subjects that has its own (else the ladder's). */
export function levelWordsFor(actions: LevelActions | undefined, level: EscalationLevel, subjects: readonly Subject[]): LevelWords | undefined {
  for (const subject of subjects) {
    const words = actions?.[subject]?.[level];
    if (words) return words;
  }
  return undefined;
}
