import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../lib/contact/contact-change';
import { contactSchema, type Contact } from '../../../lib/contact/contact';
import { localServiceSchema, type LocalService } from '../../../lib/config/schema';
import { HANDOVER_FACTS_VERSION, type HandoverFacts, type ReferralFact } from '../../../lib/contact/handover-facts';
import { referralKey, referralLoop } from '../../../lib/handover/referral-loop';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { pathway } from '../../../lib/pathway/pathway';

// The referral loop (issue 14): referrals from earlier contacts come back as questions; the NICE
// QS115 statement 6 standard (S2: assessment within 2 weeks, treatment within 6 weeks of referral)
// is applied only where the outcome's data carries it (O4, psychological therapy), and only to a
// referral made ("done").

const REFERRED = '2026-04-13T10:00Z';
const referral = (r: Partial<ReferralFact> = {}): ReferralFact => ({
  code: 'O4',
  subject: 'birthing-parent',
  decision: 'done',
  at: REFERRED,
  role: 'health-visitor',
  ...r,
});

function story(referrals: ReferralFact[]): HandoverFacts {
  return {
    v: HANDOVER_FACTS_VERSION,
    source: { contactType: 'hv-6-8-weeks', role: 'health-visitor', at: REFERRED, pathwayVersion: '2026.4.0-draft' },
    history: [],
    screening: [],
    flags: [],
    outcomes: [],
    outstanding: [],
    scores: [],
    flagsRaised: [],
    referrals,
  };
}

/** A contact `days` whole days after the referral, with the story loaded. */
function contactAfter(days: number, referrals: ReferralFact[] = [referral()]): Contact {
  const now = new Date(Date.parse('2026-04-13T10:00:00.000Z') + days * 86_400_000).toISOString();
  return applyChange(buildContact({ contactType: 'hv-3-4-months', now }), { type: 'load-story-so-far', facts: story(referrals), at: now });
}

const talkingTherapies: LocalService = localServiceSchema.parse({
  id: 'talking-therapies',
  name: 'Talking Therapies North',
  outcomes: ['O4'],
  forWhom: 'both-parents',
  phone: '0300 000 0000',
});
const partnerOnly: LocalService = localServiceSchema.parse({ id: 'dads-group', name: 'Dads group', outcomes: ['O4'], forWhom: 'partner' });

describe('[H92-a] an earlier referral comes back as a question, with the QS115 standard only where it applies', () => {
  it.each([
    // rule, source, days since referral, referral, seen?, expected overdue
    ['within 2 weeks: not overdue', 'S2 st.6', 14, referral(), undefined, null],
    ['past 2 weeks without "seen": assessment overdue', 'S2 st.6 / CG192 1.7.3 (2 weeks to assessment)', 15, referral(), undefined, 'assessment'],
    ['at 6 weeks without "seen": assessment overdue', 'S2 st.6', 42, referral(), 'no', 'assessment'],
    ['past 6 weeks without "seen": treatment overdue', 'S2 st.6 (6 weeks to treatment)', 43, referral(), 'not-known', 'treatment'],
    ['past 6 weeks, seen: not highlighted', 'S2 st.6', 60, referral(), 'yes', null],
    ['offered only (self-referral): no lateness claimed', 'no referral date to start the clock', 60, referral({ decision: 'offered' }), undefined, null],
    ['GP (O5): no standard in the data, never overdue', 'no national standard for O5', 60, referral({ code: 'O5' }), undefined, null],
    ['specialist team (O6): no standard invented', 'QS115 st.6 is for psychological interventions', 60, referral({ code: 'O6' }), undefined, null],
  ] as const)('%s [%s]', (_rule, _source, days, r, seen, overdue) => {
    let contact = contactAfter(days, [r]);
    if (seen) {
      contact = applyChange(contact, { type: 'referral-follow-up', key: referralKey(r), followUp: { seen, answeredAt: contact.startedAt }, at: contact.startedAt });
    }
    const [item] = referralLoop(contact, [talkingTherapies]);
    expect(item?.daysSince).toBe(days);
    expect(item?.overdue).toBe(overdue);
    expect(item?.chase.map((s) => s.id)).toEqual(overdue ? ['talking-therapies'] : []);
  });

  it('the standard is data on O4 only, citing S2', () => {
    const withStandard = pathway.outcomes.filter((o) => o.waitingStandard).map((o) => [o.code, o.waitingStandard!.assessmentWithinDays, o.waitingStandard!.treatmentWithinDays, o.waitingStandard!.sources]);
    expect(withStandard).toEqual([['O4', 14, 42, ['S2']]]);
  });

  it("chases only through services that serve that parent and outcome", () => {
    const [item] = referralLoop(contactAfter(20), [partnerOnly, talkingTherapies]);
    expect(item?.chase.map((s) => s.name)).toEqual(['Talking Therapies North']);
  });

  it('asks about nothing without a story, and ignores referrals dated after this contact started', () => {
    expect(referralLoop(buildContact({ contactType: 'hv-3-4-months' }))).toEqual([]);
    expect(referralLoop(contactAfter(5, [referral({ at: '2026-05-01T10:00Z' })]))).toEqual([]);
  });

  it('a follow-up answer is stored per referral and a contact stored before issue 14 still parses', () => {
    const contact = applyChange(contactAfter(20), {
      type: 'referral-follow-up',
      key: referralKey(referral()),
      followUp: { received: 'yes', seen: 'yes', seenOn: '2026-04-24', answeredAt: '2026-05-03T10:05:00.000Z' },
      at: '2026-05-03T10:05:00.000Z',
    });
    expect(contactSchema.parse(contact).referralFollowUps).toEqual({
      'birthing-parent/O4/2026-04-13T10:00Z': { received: 'yes', seen: 'yes', seenOn: '2026-04-24', answeredAt: '2026-05-03T10:05:00.000Z' },
    });
    const { referralFollowUps: _none, ...older } = contact;
    expect(contactSchema.parse(older).referralFollowUps).toBeUndefined();
    expect(contactSchema.safeParse({ ...contact, referralFollowUps: { k: { seenOn: '24/04/2026', answeredAt: contact.startedAt } } }).success).toBe(false);
  });
});
