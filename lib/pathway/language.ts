import { interpreterIs } from './conditions';
import type { PromptRule } from './schema';

// Language and interpreters (pathway 2026.4.0; review 2026-12 item 14; seeds 000, 001, 003 on
// language barriers). The preferred language and the interpreter are recorded at the start of the
// contact (contact.situation). Privacy already follows who is in the room: a family member or
// friend interpreting means she is not alone, so the private enquiry is never asked through them;
// a professional interpreter is bound by confidentiality and does not break privacy (S20 RCGP ✅:
// "if an interpreter is needed, do not use family, friends or carers"). The start form keeps the
// interpreter choice and the presence toggles the same fact.

export const languagePromptRules: PromptRule[] = [
  {
    id: 'PR-FAMILY-INTERPRETER',
    kind: 'prompt',
    subjects: ['birthing-parent'],
    when: interpreterIs('family'),
    text: 'A family member or friend is interpreting: private questions cannot be asked through them. Arrange a professional interpreter for the mental health questions where you can, and for a private conversation.',
    sources: ['S20'],
  },
  {
    id: 'PR-PROFESSIONAL-INTERPRETER',
    kind: 'prompt',
    subjects: ['birthing-parent'],
    when: interpreterIs('professional'),
    text: 'A professional interpreter is bound by confidentiality: private questions can be asked through them when no one else is in the room. Record, for each measure, whether a validated translation was used.',
    sources: ['S20', 'S1'],
  },
];
