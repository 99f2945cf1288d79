import type { AutosaveStatus } from '../../lib/storage';

/** Quiet when saved, loud when saving failed (the answers stay on screen and saving is retried). */
export function SaveStatus({ status, onRetry }: { status: AutosaveStatus; onRetry(): void }) {
  if (status.state === 'failed') {
    return (
      <div class="save-failed" role="alert">
        <p>
          <strong>Not saved.</strong> {status.message}
        </p>
        <button type="button" onClick={onRetry}>
          Try saving again now
        </button>
      </div>
    );
  }
  return (
    <p class="save-status quiet" role="status">
      {status.state === 'saving' ? 'Saving…' : 'Saved'}
    </p>
  );
}
