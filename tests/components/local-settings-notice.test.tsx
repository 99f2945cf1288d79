// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalSettingsNotice } from '../../components/local-settings-notice';
import { resolveConfig } from '../../lib/config/resolve';

afterEach(() => cleanup());

describe('the local settings notice on the home and settings screens', () => {
  it('[H95-d] names each local setting that differs from the national defaults', () => {
    render(<LocalSettingsNotice id="n" resolved={resolveConfig({ options: { configVersion: 1, retention: { draftDays: 3 } } })} />);
    const notice = screen.getByRole('region', { name: "Local settings in force, not your organisation's" });
    expect(notice.textContent).toContain('Keep unfinished contacts for: 3 days (national default 7; source local choice)');
    expect(notice.textContent).toContain('No organisation policy is set');
  });

  it('is absent when the national defaults or the policy are in force', () => {
    render(<LocalSettingsNotice id="a" resolved={resolveConfig({})} />);
    render(<LocalSettingsNotice id="b" resolved={resolveConfig({ policy: { retention: { draftDays: 3 } } })} />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
