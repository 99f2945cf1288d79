import { useEffect, useState } from 'preact/hooks';
import type { Contact } from '../../lib/contact/contact';
import type { ContactChange } from '../../lib/contact/contact-change';
import type { Evaluation } from '../../lib/pathway/evaluation';
import { LazyScreen, lazyLoader } from '../lazy-screen';
import { LoadStoryPrompt } from './load-story-prompt';

// The story so far, the referral loop and the scores over time (story-parts.tsx) show only for a
// contact that has a story so far, or once the practitioner opens "Load the story so far"; their
// code (the handover block and its preview) is loaded then, not before every resumed question
// (issue 17). A contact that has a story waits for them before it is shown (useStoryPartsSettled),
// so they never appear above the question after it is on screen and move it under the
// practitioner's pointer.

export const loadStoryParts = lazyLoader(() => import('./story-parts'));

/**
 * False while a contact with a story so far waits for the story's code; true once it has loaded
 * or failed (the contact then shows, and the story's place says it could not be opened).
 */
export function useStoryPartsSettled(hasStory: boolean): boolean {
  // Not set from hasStory at first: the contact itself is still loading then.
  const [settled, setSettled] = useState(() => loadStoryParts.loaded() !== undefined);
  useEffect(() => {
    if (settled || !hasStory) return undefined;
    let live = true;
    const done = () => live && setSettled(true);
    loadStoryParts().then(done, done);
    return () => {
      live = false;
    };
  }, [settled, hasStory]);
  return !hasStory || settled || loadStoryParts.loaded() !== undefined;
}

export function LazyStoryParts({ contact, evaluation, save }: { contact: Contact; evaluation: Evaluation; save(change: ContactChange): void }) {
  const [opened, setOpened] = useState(false);
  if (!contact.storySoFar && !opened) {
    return <LoadStoryPrompt onOpen={() => setOpened(true)} />;
  }
  return (
    <LazyScreen
      load={loadStoryParts}
      what="story so far"
      loading="Loading the story so far…"
      render={({ StoryParts }) => <StoryParts contact={contact} evaluation={evaluation} save={save} startOpen={opened} />}
    />
  );
}
