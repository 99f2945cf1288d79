/**
 * The one way to start pasting a previous summary's handover block: shown by the contact screen
 * before the story's code is loaded (lazy-story-parts.tsx) and by the story itself once it is.
 */
export function LoadStoryPrompt({ onOpen }: { onOpen(): void }) {
  return (
    <p class="story-so-far">
      <button type="button" class="link-like" onClick={onOpen}>
        Load the story so far from a previous summary
      </button>
    </p>
  );
}
