// What a screen that others in the room may read says instead of an earlier card or open question
// marked `neutralOnScreen` (H121): the handover preview of "load story so far", read at the start of
// the next contact, perhaps with the partner in the room. Such a card names harm or danger to the
// baby or to another person, safeguarding or domestic abuse; the partner may be the person the
// concern is about (reference §2.11: show nothing on screen that could reveal the topic; S20; and
// §4.3: a design requirement derived from S15, S20, S27).
// The words name no person, topic or outcome; they tell the practitioner that there is something
// and where to read it (the record), as the preview's last line does for safeguarding decisions
// (H118-d). "Before you continue", not "before the contact": the story is loaded once the contact
// has started, often in the home, and the referral loop stays on screen for the whole visit
// (specialist review of H121, should-fix 6). The record and the handover block keep the card's own title (S27: the next
// professional must still know). Meta-tested: no word here names the baby, harm, danger,
// safeguarding or abuse.

/** An earlier card marked `neutralOnScreen`, after its level tag: "[E4] …, 2 Mar 2026". */
export const EARLIER_FLAG_ON_SCREEN = 'A flag not shown on this screen: read the record before you continue';

/**
 * Several such cards of the same level, date and acknowledgement, said once with how many: "[E4] 2
 * flags not shown on this screen: …". The count reveals no topic, and one line for two cards would
 * under-report (specialist review of H121, should-fix 7).
 */
export function earlierFlagsOnScreen(count: number): string {
  return count === 1 ? EARLIER_FLAG_ON_SCREEN : EARLIER_FLAG_ON_SCREEN.replace(/^A flag /, `${count} flags `);
}

/** An open question handed over by an outstanding rule marked `neutralOnScreen`. */
export const EARLIER_OUTSTANDING_ON_SCREEN =
  'An open question not shown on this screen: read the record before you continue, and ask about it in private early in this contact.';

/**
 * An earlier referral to an outcome the partner may not read (`notForPartner`: safeguarding, O10;
 * H118), as the referral loop on the contact screen names it; the record names the outcome.
 */
export const EARLIER_REFERRAL_ON_SCREEN = 'A referral not shown on this screen: read the record before you continue';
