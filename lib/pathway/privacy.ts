import type { Presence } from '../contact/contact';
import type { PresenceTest, Privacy } from './schema';
import type { PathwaySettings } from './settings';

// Who is in the room, reduced to the facts the pathway needs (reference §2.10-2.11, S20).

export interface PresenceFacts {
  birthingParentPresent: boolean;
  partnerPresent: boolean;
  /** Anyone whose presence means she is not alone (a professional interpreter does not count). */
  othersPresent: boolean;
  /** She is present and alone: private questions may be asked (S20). */
  privateNow: boolean;
  /** No adult other than her: no partner, other adult or family interpreter (a professional interpreter does not count). */
  noOtherAdult: boolean;
  /** A partner or another adult (relative or friend) is in the room: an informant can be asked (S7). */
  partnerOrRelativePresent: boolean;
}

/**
 * A child counts as present from settings.childPresentFromAgeYears (⚠ the age is not in the
 * sources, §6.15); "an older child is present" always counts. A family interpreter is never private
 * (S20 RCGP); a professional interpreter is bound by confidentiality and does not break privacy.
 */
export function presenceFacts(presence: Presence, settings: PathwaySettings): PresenceFacts {
  const childCounts =
    presence.olderChildPresent || presence.childrenAges.some((age) => age >= settings.childPresentFromAgeYears);
  const othersPresent = presence.partner || presence.otherAdults || presence.familyInterpreter || childCounts;
  return {
    birthingParentPresent: presence.birthingParent,
    partnerPresent: presence.partner,
    othersPresent,
    privateNow: presence.birthingParent && !othersPresent,
    noOtherAdult: !presence.partner && !presence.otherAdults && !presence.familyInterpreter,
    partnerOrRelativePresent: presence.partner || presence.otherAdults,
  };
}

export function presenceHolds(test: PresenceTest, facts: PresenceFacts): boolean {
  switch (test) {
    case 'birthing-parent-present':
      return facts.birthingParentPresent;
    case 'partner-present':
      return facts.partnerPresent;
    case 'partner-absent':
      return !facts.partnerPresent;
    case 'private':
      return facts.privateNow;
    case 'others-present':
      return facts.othersPresent;
    case 'no-other-adult':
      return facts.noOtherAdult;
    case 'partner-or-relative-present':
      return facts.partnerOrRelativePresent;
  }
}

/** Whether content with this privacy may be asked and displayed now. */
export function privacyHolds(privacy: Privacy | undefined, facts: PresenceFacts): boolean {
  switch (privacy) {
    case undefined:
      return true;
    case 'private':
      return facts.privateNow;
    case 'partner-absent':
      // Her account of the partner: only with no other adult in the room at all, not just the
      // partner, so relatives cannot hear it either (review 2026-12 item 11; pathway 2026.4.0).
      return facts.noOtherAdult;
  }
}
