// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyScreen, lazyLoader, usePrefetchWhenIdle, type Loader } from '../../components/lazy-screen';

// components/lazy-screen.tsx (issue 17): a screen loaded on demand says it is loading, says so if the
// load fails (nothing lost) and loads afresh on "Try again".

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a screen loaded on demand', () => {
  it('shows its loading status, then the screen', async () => {
    const load = lazyLoader(async () => ({ Screen: () => <h2>The summary</h2> }));
    render(<LazyScreen load={load} what="summary" loading="Preparing the summary…" render={({ Screen }) => <Screen />} />);
    expect(screen.getByRole('status').textContent).toBe('Preparing the summary…');
    expect(await screen.findByRole('heading', { name: 'The summary' })).toBeTruthy();
  });

  it('after a failed load says what could not be opened, forgets the failure and loads afresh on Try again', async () => {
    let calls = 0;
    const load = lazyLoader(async () => {
      calls += 1;
      if (calls === 1) throw new Error('chunk missing');
      return { Screen: () => <h2>The summary</h2> };
    });
    render(<LazyScreen load={load} what="summary" loading="Preparing the summary…" render={({ Screen }) => <Screen />} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The summary could not be opened. Nothing has been lost: try again, or reload the panel.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'The summary' })).toBeTruthy();
    expect(calls).toBe(2);
  });

  it('loads once for many callers while the first load is pending', async () => {
    let calls = 0;
    const load = lazyLoader(async () => {
      calls += 1;
      return {};
    });
    await Promise.all([load(), load(), load()]);
    await load();
    expect(calls).toBe(1);
  });
});

describe('parts prefetched when the panel is idle', () => {
  // Issue 17: starting all the parts' fetches in one idle callback was one 17 ms task after a resumed
  // question, which could delay the first tap. Seen to fail with all three loaded in the first callback.
  it('loads one part per idle period, each once the one before has settled, a failure not stopping the rest', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const calls: string[] = [];
    const part = (name: string, fails = false) =>
      lazyLoader(async () => {
        calls.push(name);
        if (fails) throw new Error('chunk missing');
        return {};
      });
    const parts: Loader<unknown>[] = [part('outcome', true), part('summary'), part('story')];
    function Screen() {
      usePrefetchWhenIdle(parts);
      return <p>question</p>;
    }
    render(<Screen />);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    expect(calls).toEqual([]);
    idle.shift()!();
    expect(calls).toEqual(['outcome']);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    idle.shift()!();
    expect(calls).toEqual(['outcome', 'summary']);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    idle.shift()!();
    expect(calls).toEqual(['outcome', 'summary', 'story']);
    await new Promise((done) => setTimeout(done, 10));
    expect(idle).toHaveLength(0);
  });

  it('loads nothing more once the screen has gone', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const cancelled: number[] = [];
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
    const calls: string[] = [];
    const parts = [lazyLoader(async () => calls.push('outcome')), lazyLoader(async () => calls.push('summary'))];
    function Screen() {
      usePrefetchWhenIdle(parts);
      return <p>question</p>;
    }
    const { unmount } = render(<Screen />);
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    idle.shift()!();
    unmount();
    await new Promise((done) => setTimeout(done, 10));
    expect(calls).toEqual(['outcome']);
    expect(idle).toHaveLength(0);
  });
});
