import type { Contact, ReferralFollowUp } from '../contact/contact';
import type { LocalService } from '../config/schema';
import { EARLIER_REFERRAL_ON_SCREEN } from '../pathway/on-screen-words';
import { pathway } from '../pathway/pathway';
import type { Outcome, Pathway } from '../pathway/schema';
import type { ReferralFact } from '../contact/handover-facts';
import { fromMinuteTime } from '../shared/minute-time';
import { storyHistoryOf } from '../contact/story-history';
import { roleLabel, subjectLabel } from '../output/role-labels';
import { ukDate } from '../output/uk-time';

// The referral loop (issue 14): referrals made at earlier contacts (outcomes decided "done" or
// "offered", carried in the handover history with their dates) come back at the next contact as a
// question: received? seen? when? Pure: the contact, the pathway and the organisation's services
// in, the items out.
//
// The waiting-time standard comes from the outcome's own data (`waitingStandard`, O4 only: NICE
// QS115 statement 6, S2). It is applied only to a referral MADE ("done"): for one only offered
// (for example self-referral to Talking Therapies), the date the clock started is not known, so
// no lateness is claimed; the question is still asked (H92: a loop closed wrongly, in either
// direction). Past the standard with no "seen" recorded, the item is highlighted with the routes
// to chase it: the organisation's configured services for that outcome and parent.

const DAY_MS = 86_400_000;

export interface ReferralLoopItem {
  /** `${subject}/${code}/${minute}`: the slot its follow-up is stored in. */
  key: string;
  referral: ReferralFact;
  outcome: Outcome | undefined;
  /**
   * The referral as the contact screen names it: "O4 NHS Talking Therapies…", or neutral words for an
   * outcome the partner may not read (O10, `notForPartner`; H118, H121): the screen is read at the
   * next contact, perhaps with the partner in the room. The record ("Since the last contact") names it.
   */
  screenTitle: string;
  /**
   * The item's heading on the contact screen: "O4 NHS Talking Therapies… (birthing parent): referred
   * 13 Apr 2026 (Health visitor)". A hidden referral names no one: "A referral not shown on this
   * screen: … Referred 13 Apr 2026 (Health visitor)". An O10 referral about the partner comes from
   * the partner's cards, her report among them (IR-PARTNER-REPORTED-RISK): "(partner)" would tell a
   * partner in the room that it concerns them (specialist review of H121, must-fix 2; reference
   * §2.11: show nothing on screen that could reveal the topic, S20; §2.10).
   */
  screenHeading: string;
  /** Whole days from the referral to the start of this contact. */
  daysSince: number;
  followUp: ReferralFollowUp | undefined;
  standard: NonNullable<Outcome['waitingStandard']> | undefined;
  /** Past the standard without a "seen": 'treatment' (past both limits) or 'assessment'. */
  overdue: 'assessment' | 'treatment' | null;
  /** Where to chase it: configured services for this outcome and parent (empty when none). */
  chase: LocalService[];
}

export function referralKey(referral: Pick<ReferralFact, 'subject' | 'code' | 'at'>): string {
  return `${referral.subject}/${referral.code}/${referral.at}`;
}

function serves(service: LocalService, referral: ReferralFact): boolean {
  if (!service.outcomes.includes(referral.code)) return false;
  if (service.forWhom === 'both-parents' || service.forWhom === 'family') return true;
  return service.forWhom === referral.subject;
}

/** The earlier referrals to ask about at this contact, oldest first. */
export function referralLoop(contact: Contact, services: readonly LocalService[] = [], definition: Pathway = pathway): ReferralLoopItem[] {
  if (!contact.storySoFar) return [];
  const started = Date.parse(contact.startedAt);
  return storyHistoryOf(contact.storySoFar.facts)
    .referrals.filter((r) => Date.parse(fromMinuteTime(r.at)) <= started)
    .map((referral) => {
      const key = referralKey(referral);
      const outcome = definition.outcomes.find((o) => o.code === referral.code);
      const daysSince = Math.floor((started - Date.parse(fromMinuteTime(referral.at))) / DAY_MS);
      const followUp = contact.referralFollowUps?.[key];
      const standard = referral.decision === 'done' ? outcome?.waitingStandard : undefined;
      const seen = followUp?.seen === 'yes';
      const overdue =
        !standard || seen ? null : daysSince > standard.treatmentWithinDays ? 'treatment' : daysSince > standard.assessmentWithinDays ? 'assessment' : null;
      const hidden = outcome?.notForPartner === true;
      const screenTitle = hidden ? EARLIER_REFERRAL_ON_SCREEN : `${referral.code} ${outcome?.title ?? ''}`.trim();
      const made = `${referral.decision === 'done' ? 'referred' : 'offered'} ${ukDate(referral.at)} (${roleLabel[referral.role]})`;
      const screenHeading = hidden ? `${screenTitle}. ${made.charAt(0).toUpperCase()}${made.slice(1)}` : `${screenTitle} (${subjectLabel[referral.subject]}): ${made}`;
      return { key, referral, outcome, screenTitle, screenHeading, daysSince, followUp, standard, overdue, chase: overdue ? services.filter((s) => serves(s, referral)) : [] };
    });
}
