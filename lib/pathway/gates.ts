import { all, answerIs, any, not, present, responded, subjectIs } from './conditions';
import type { Condition, RequirementRule } from './schema';

// Gates shared by several parts of the pathway: who is in the room, the partner's own consent,
// and the birthing parent's wish to talk in private.

export const PARTNER_CONSENT_QUESTION = 'partner.consent-screening';
/**
 * One question settles both the partner's agreement to be asked and where their answers may go
 * (S15 Idea #4: agree a confidentiality approach for each family member before asking; S27).
 */
export const PARTNER_AGREES_AND_SHARES = 'yes-share';
export const PARTNER_AGREES_KEEP_SEPARATE = 'yes-keep-separate';
export const PARTNER_AGREES_OPTIONS = [PARTNER_AGREES_AND_SHARES, PARTNER_AGREES_KEEP_SEPARATE];
export const PARTNER_INVOLVED_QUESTION = 'partner.involved';
export const TALK_WITH_OTHERS_QUESTION = 'privacy.talk-with-others-present';
/** The partner's own privacy choice (pathway 2026.4.0). */
export const PARTNER_PREFERS_PRIVATE_QUESTION = 'partner-history.talk-with-others-present';

/** The subject being asked is in the room. */
export const selfPresent: Condition = any(
  all(subjectIs('birthing-parent'), present('birthing-parent-present')),
  all(subjectIs('partner'), present('partner-present')),
);

/**
 * The partner's own questions need the partner's own consent (S15 Idea #4: a confidentiality
 * approach for each family member; reference §2.10 tool logic 1). The birthing parent's need none here.
 */
export const ownConsent: Condition = any(
  subjectIs('birthing-parent'),
  answerIs(PARTNER_CONSENT_QUESTION, PARTNER_AGREES_OPTIONS, 'partner'),
);

/**
 * "Mental health questions may be asked with a partner present if the woman agrees. Offer a
 * private opportunity as well" (reference §2.11; S20, S15). When she would rather talk in private,
 * her due mental health items become optional for now and a private opportunity is outstanding.
 */
export const prefersPrivate: RequirementRule = {
  id: 'DEFER-PREFERS-PRIVATE',
  // Each parent's own choice defers their own items (pathway 2026.4.0: the partner has one too,
  // S15 Idea #4: a confidentiality approach for each family member).
  when: any(
    all(subjectIs('birthing-parent'), answerIs(TALK_WITH_OTHERS_QUESTION, ['prefers-private'], 'birthing-parent')),
    all(subjectIs('partner'), answerIs(PARTNER_PREFERS_PRIVATE_QUESTION, ['prefers-private'], 'partner')),
  ),
  because: 'This parent would rather talk about how they are feeling in private: offer a private opportunity.',
  sources: ['S20', 'S15'],
};

/** Partner involved, not in the room, and not seen earlier in this contact (reference §2.10 tool logic 2). */
export const partnerNotSeen: Condition = all(
  present('partner-absent'),
  not(responded(PARTNER_CONSENT_QUESTION, 'partner')),
  answerIs(PARTNER_INVOLVED_QUESTION, ['yes'], 'birthing-parent'),
);
