// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyScreen, lazyLoader } from '../../components/lazy-screen';

// components/lazy-screen.tsx (issue 17): a screen loaded on demand says it is loading, says so if the
// load fails (nothing lost) and loads afresh on "Try again".

afterEach(cleanup);

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
