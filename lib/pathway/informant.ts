import { present } from './conditions';
import { prefersPrivate } from './gates';
import { INFORMANT_QUESTION } from './red-flags';
import type { ItemGroup } from './schema';

// The partner or a relative as informant (issue 10 item 4; clinical review 2026-12 item 5). A recent
// significant change in mental state (MBRRACE red flag 1, S5) is often seen first by those closest
// to her: the Humber pathway lists "a partner or family reporting marked out-of-character change"
// as a red flag (S7 ◐), and postnatal care encourages the woman and her partner or family to report
// changes in mood or behaviour outside her normal pattern (S18 ◐, CG37 summary). Their account is
// stored as THEIR report (respondent 'informant', the birthing parent's answer key), never as hers
// or as your observation. "Yes" raises RF-MENTAL-STATE-CHANGE; "some change, not sure" raises
// RF-UNSURE (red-flags.ts). Asked only while a partner or another adult is in the room; when she
// would rather talk in private it is not due (it is about her mental health: S20, S15).

export const informantGroup: ItemGroup = {
  kind: 'questions',
  id: 'informant',
  title: 'A partner or relative’s view',
  module: 'risk-check',
  subjects: ['birthing-parent'],
  section: 'birthing-parent',
  respondent: 'informant',
  askableWhen: present('partner-or-relative-present'),
  hiddenReason: 'Asked when a partner or relative is in the room',
  notAskableReason: 'Asked when a partner or relative is in the room',
  due: [
    {
      id: 'DUE-INFORMANT',
      when: present('partner-or-relative-present'),
      because:
        'A partner or relative is in the room: ask whether she has seemed unlike her usual self (a partner or family reporting marked out-of-character change is a red flag).',
      sources: ['S7', 'S18', 'S5'],
    },
  ],
  suggested: [],
  defer: prefersPrivate,
  sources: ['S7', 'S18', 'S5'],
  questions: [
    {
      id: INFORMANT_QUESTION,
      text: 'Ask the partner or relative: has she seemed unlike her usual self recently?',
      wording: 'prompt',
      hint: 'Their own account, in their words. A marked change from how she usually is, noticed by those closest to her, is the red flag "recent significant change in mental state".',
      options: [
        { id: 'no', label: 'No, she seems her usual self' },
        { id: 'yes', label: 'Yes: a marked change, out of character' },
        { id: 'unsure', label: 'Some change, not sure how much' },
      ],
      scored: false,
      sources: ['S7', 'S18', 'S5'],
    },
  ],
};
