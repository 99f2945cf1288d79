import { all, babyAgeDays, phase } from './conditions';
import type { PromptRule } from './schema';

// Timing from the baby's age recorded at the start of a contact (issue 11; review 2026-12 item 9).
// The rules that make items due by age live with those items (context-and-risk.ts: the since-birth
// items in the first weeks, and blues not resolved by 10 days, QS37 st.10, S18 ✅). What is here is
// INFORMATION only: the "high-risk window" of days 1–10 with a lower threshold for concern up to 10
// weeks comes from regional pathways (S7 ◐, East Midlands / Humber), not a national guideline, so
// it changes nothing that is due, no level and no outcome; it only reminds. Sudden change in late
// pregnancy or the early postnatal period must always be taken seriously (S6 ✅). The windows apply
// whatever the baby's situation (postpartum psychosis can follow a stillbirth too).

/** S7 ◐: days 1–10 after the birth. */
export const HIGH_RISK_WINDOW_BELOW_DAYS = 11;
/** S7 ◐: a lower threshold for concern up to 10 weeks. */
export const LOWER_THRESHOLD_BELOW_DAYS = 70;

export const timingPromptRules: PromptRule[] = [
  {
    id: 'PR-EARLY-WINDOW-DAYS-1-10',
    kind: 'information',
    subjects: ['birthing-parent'],
    when: all(phase('postnatal'), babyAgeDays({ below: HIGH_RISK_WINDOW_BELOW_DAYS })),
    text: 'Days 1–10 after the birth: regional pathways describe this as the highest-risk window for postpartum psychosis and sudden change in mental state. Take any sudden change seriously. (Information only: a regional, not a national, source.)',
    sources: ['S7', 'S6'],
  },
  {
    id: 'PR-EARLY-WINDOW-TO-10-WEEKS',
    kind: 'information',
    subjects: ['birthing-parent'],
    when: all(phase('postnatal'), babyAgeDays({ min: HIGH_RISK_WINDOW_BELOW_DAYS, below: LOWER_THRESHOLD_BELOW_DAYS })),
    text: 'Under 10 weeks after the birth: regional pathways advise a lower threshold for concern about a change in mental state. (Information only: a regional, not a national, source.)',
    sources: ['S7', 'S6'],
  },
];
