import type { Contact } from '../../lib/contact/contact';
import type { ContactChange } from '../../lib/contact/contact-change';
import type { Evaluation } from '../../lib/pathway/evaluation';
import { ReferralFollowUps } from './referral-follow-up';
import { StorySoFar } from './story-so-far';
import { StoryTrend } from './story-trend';

// What the contact screen shows of the story so far (issue 14), loaded on demand with the handover
// code it needs (components/contact/lazy-story-parts.tsx): loading a story, the referral loop and
// the scores over time.

export function StoryParts({ contact, evaluation, save, startOpen }: { contact: Contact; evaluation: Evaluation; save(change: ContactChange): void; startOpen: boolean }) {
  return (
    <>
      <StorySoFar contact={contact} save={save} startOpen={startOpen} />
      <ReferralFollowUps contact={contact} save={save} />
      <StoryTrend contact={contact} evaluation={evaluation} />
    </>
  );
}
