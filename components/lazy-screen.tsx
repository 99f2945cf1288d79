import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

// A screen or part loaded on demand (issue 17: the home screen and a resumed contact's current
// question do not wait for code they do not show). One loader per screen: a failed import is
// forgotten so the next attempt loads it afresh, and the screen says so and offers to try again,
// losing nothing (H102). A part already loaded (prefetched) renders at once, with no loading frame.

export type Loader<M> = (() => Promise<M>) & {
  /** The module once it has loaded, so a screen shows at once when it was prefetched. */
  loaded(): M | undefined;
};

export function lazyLoader<M>(importer: () => Promise<M>): Loader<M> {
  let pending: Promise<M> | undefined;
  let module: M | undefined;
  const load = () =>
    (pending ??= importer().then(
      (loaded) => (module = loaded),
      (error: unknown) => {
        pending = undefined; // let the next attempt load it afresh
        throw error;
      },
    ));
  return Object.assign(load, { loaded: () => module });
}

/**
 * Loads the given parts once `ready` and the panel is idle (never in the same frame as what is on screen now):
 * a practitioner opens them seconds later, and they then show at once. One part per idle period, each
 * once the one before has loaded or failed: starting a part's fetches costs the main thread 1–2 ms a
 * file, and all at once was one 17 ms task that could delay a first tap (issue 17). A failure here is
 * ignored; the part itself says so if it still cannot load when it is opened.
 */
export function usePrefetchWhenIdle(loaders: readonly Loader<unknown>[], ready = true): void {
  useEffect(() => {
    if (!ready) return undefined;
    let live = true;
    let cancel = () => {};
    const prefetchFrom = (index: number) => {
      const load = loaders[index];
      if (!live || !load) return;
      cancel = whenIdle(() => {
        void load()
          .catch(() => undefined)
          .then(() => prefetchFrom(index + 1));
      });
    };
    prefetchFrom(0);
    return () => {
      live = false;
      cancel();
    };
    // The loaders are module constants: once per mount, once ready.
  }, [ready]);
}

/** Runs `run` when the panel is next idle (at the latest after 2 s); returns a cancel. */
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}

export function LazyScreen<M>(props: {
  load: Loader<M>;
  /** "the contact", "the summary": said while loading and if it fails. */
  what: string;
  loading: string;
  /** Extra actions beside "Try again" when it fails (e.g. back to the contacts). */
  failureActions?: ComponentChildren;
  /** Called once it has rendered after waiting for its code (e.g. to move focus to its heading). */
  onShownLate?: () => void;
  render: (module: M) => ComponentChildren;
}) {
  const { load, what, loading, failureActions, onShownLate, render } = props;
  const [module, setModule] = useState<M | null>(() => load.loaded() ?? null);
  const late = useRef(module === null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (module) return undefined;
    let live = true;
    load().then(
      (loaded) => live && setModule(() => loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [attempt, load]);
  useEffect(() => {
    if (module && late.current) {
      late.current = false;
      onShownLate?.();
    }
  }, [module]);
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
