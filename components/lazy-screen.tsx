import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// A screen loaded on demand (issue 17: the home screen and a resumed contact's current question do
// not wait for code they do not show). One loader per screen: a failed import is forgotten so the
// next attempt loads it afresh, and the screen says so and offers to try again, losing nothing.

export function lazyLoader<M>(importer: () => Promise<M>): () => Promise<M> {
  let pending: Promise<M> | undefined;
  return () =>
    (pending ??= importer().catch((error: unknown) => {
      pending = undefined; // let the next attempt load it afresh
      throw error;
    }));
}

export function LazyScreen<M>(props: {
  load: () => Promise<M>;
  /** "the contact", "the summary": said while loading and if it fails. */
  what: string;
  loading: string;
  /** Extra actions beside "Try again" when it fails (e.g. back to the contacts). */
  failureActions?: ComponentChildren;
  render: (module: M) => ComponentChildren;
}) {
  const { load, what, loading, failureActions, render } = props;
  const [module, setModule] = useState<M | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setModule(() => loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt, load]);
  if (failed) {
    return (
      <div class="screen">
        <p class="error" role="alert">
          {`The ${what} could not be opened. Nothing has been lost: try again, or reload the panel.`}
        </p>
        <button
          type="button"
          onClick={() => {
            setFailed(false);
            setAttempt(attempt + 1);
          }}
        >
          Try again
        </button>
        {failureActions}
      </div>
    );
  }
  if (!module) {
    return (
      <p class="quiet" role="status">
        {loading}
      </p>
    );
  }
  return <>{render(module)}</>;
}
