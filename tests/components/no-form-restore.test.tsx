// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import '../../components/no-form-restore';
import { SidePanelApp } from '../../components/side-panel-app';
import { createTestServices } from './support/panel-services';

// components/no-form-restore.ts: every form control the panel renders opts out of the browser's
// saved form state (the browser itself is checked in tests/e2e/session-restore.e2e.ts).

afterEach(cleanup);

describe('form controls and the session-restore files', () => {
  it('[H78-b] every input, textarea and select on the start screen has autocomplete off; passphrase fields keep their own', async () => {
    const services = await createTestServices({ unlocked: true });
    const view = render(<SidePanelApp loadServices={async () => services} />);
    await view.findByRole('heading', { name: 'Start a contact' });
    const controls = [...view.container.querySelectorAll('input, textarea, select')];
    expect(controls.length).toBeGreaterThan(5);
    for (const control of controls) expect(control.getAttribute('autocomplete'), control.outerHTML).toBe('off');
  });

  it('leaves a chosen autocomplete value alone', () => {
    const view = render(
      <form>
        <input type="password" autocomplete="current-password" />
        <textarea />
      </form>,
    );
    expect(view.container.querySelector('input')?.getAttribute('autocomplete')).toBe('current-password');
    expect(view.container.querySelector('textarea')?.getAttribute('autocomplete')).toBe('off');
  });
});
