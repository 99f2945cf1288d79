// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../components/options/options-page';
import { createConfigStore, OPTIONS_CONFIG_KEY, type ConfigStorageArea, type ConfigStore } from '../../../lib/config/config-store';

// happy-dom replaces URL, so the sample is found from the project root rather than import.meta.url.
const derbyshire = readFileSync(resolve(process.cwd(), 'config-examples/derbyshire.json'), 'utf8');

function memoryArea(initial: Record<string, unknown> = {}): ConfigStorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (typeof key === 'string' ? (key in data ? { [key]: data[key] } : {}) : { ...data }),
    set: async (items) => void Object.assign(data, JSON.parse(JSON.stringify(items)) as Record<string, unknown>),
    remove: async (key) => {
      for (const k of Array.isArray(key) ? key : [key]) delete data[k];
    },
  };
}

function setup(options: { stored?: unknown; policy?: Record<string, unknown> } = {}) {
  const local = memoryArea(options.stored ? { [OPTIONS_CONFIG_KEY]: options.stored } : {});
  const store: ConfigStore = createConfigStore({
    local,
    managed: options.policy ? { get: async () => options.policy ?? {} } : undefined,
  });
  const saveOptions = vi.spyOn(store, 'saveOptions');
  render(<OptionsPage store={store} />);
  return { local, store, saveOptions };
}

async function loaded() {
  await screen.findByRole('heading', { name: 'Organisation' });
}

afterEach(() => cleanup());

describe('the options page', () => {
  it('shows the configuration in force, with each bound, default and reason', async () => {
    setup({ stored: { configVersion: 1, organisationName: 'Example Community Trust' } });
    await loaded();
    expect(screen.getByText('Example Community Trust')).toBeTruthy();
    const epds = screen.getByLabelText('EPDS "possible depression" from') as HTMLInputElement;
    expect(epds.value).toBe('10');
    expect(epds.min).toBe('10');
    expect(epds.max).toBe('12');
    const hint = document.getElementById(epds.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('Allowed 10 to 12 points; default 10.');
    expect(hint?.textContent).toContain('national default');
  });

  it('says when nothing is configured yet', async () => {
    setup();
    await loaded();
    expect(screen.getByText(/No organisation is configured: the national defaults are in use/)).toBeTruthy();
  });

  it('[H20-g] shows an out-of-bounds edit as an error next to the field and in the summary, and saves nothing', async () => {
    const { saveOptions, local } = setup({ stored: { configVersion: 1, organisationName: 'Trust' } });
    await loaded();
    const epds = screen.getByLabelText('EPDS "possible depression" from') as HTMLInputElement;
    fireEvent.input(epds, { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('pathway.epdsPossibleFrom')).toBeTruthy();
    expect(summary.textContent).toContain('must be 12 or less');
    expect(document.activeElement).toBe(summary);
    expect(epds.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${epds.id}-error`)?.textContent).toContain('must be 12 or less');
    expect(saveOptions).not.toHaveBeenCalled();
    expect(local.data[OPTIONS_CONFIG_KEY]).toEqual({ configVersion: 1, organisationName: 'Trust' });

    fireEvent.click(within(summary).getByRole('link'));
    expect(document.activeElement).toBe(epds);
  });

  it('reports an emptied number box in plain words', async () => {
    setup();
    await loaded();
    fireEvent.input(screen.getByLabelText('Summary line width'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('summary.lineWidth must not be empty: enter a whole number');
  });

  it('previews a valid edit and applies it only when Apply is pressed', async () => {
    const { saveOptions, local } = setup();
    await loaded();
    fireEvent.input(screen.getByLabelText('Organisation name'), { target: { value: 'Example Community Trust' } });
    fireEvent.input(screen.getByLabelText('Lock the panel after idle'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));

    const preview = await screen.findByRole('region', { name: 'Check the changes from your edits' });
    expect(within(preview).getByText('Organisation name: (not set) → "Example Community Trust"')).toBeTruthy();
    expect(within(preview).getByText('Lock the panel after idle: 15 minutes → 10 minutes')).toBeTruthy();
    expect(saveOptions).not.toHaveBeenCalled();

    fireEvent.click(within(preview).getByRole('button', { name: 'Apply' }));
    await screen.findByText('Applied. 2 changes are now in force.');
    expect(local.data[OPTIONS_CONFIG_KEY]).toMatchObject({ organisationName: 'Example Community Trust', security: { idleLockMinutes: 10 } });
    expect(screen.queryByRole('region', { name: /Check the changes/ })).toBeNull();
  });

  it('[H96-b] applies a changed clinical threshold only after a confirmation naming its bound and source', async () => {
    const { saveOptions, local } = setup();
    await loaded();
    fireEvent.input(screen.getByLabelText('EPDS "possible depression" from'), { target: { value: '12' } });
    fireEvent.input(screen.getByLabelText('Lock the panel after idle'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));

    const preview = await screen.findByRole('region', { name: 'Check the changes from your edits' });
    const apply = within(preview).getByRole('button', { name: 'Apply' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    const group = within(preview).getByRole('group', { name: 'Clinical thresholds: confirm each change before applying' });
    const confirm = within(group).getByRole('checkbox') as HTMLInputElement;
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    const label = confirm.labels?.[0]?.textContent ?? '';
    expect(label).toContain('EPDS "possible depression" from: 10 points → 12 points');
    expect(label).toContain('Allowed 10 to 12 points, national default 10 (source S10:');
    fireEvent.click(apply);
    expect(saveOptions).not.toHaveBeenCalled();

    fireEvent.click(confirm);
    expect(apply.disabled).toBe(false);
    fireEvent.click(apply);
    await screen.findByText('Applied. 2 changes are now in force.');
    expect(local.data[OPTIONS_CONFIG_KEY]).toMatchObject({ pathway: { epdsPossibleFrom: 12 }, security: { idleLockMinutes: 10 } });
  });

  it('[H95-b] says local settings are in force, naming what differs, when no policy is set', async () => {
    setup({ stored: { configVersion: 1, pathway: { partnerEpdsFrom: 8 } } });
    await loaded();
    const notice = screen.getByRole('region', { name: "Local settings in force, not your organisation's" });
    expect(notice.textContent).toContain('Partner EPDS threshold: 8 points (national default 10; source S11)');
  });

  it('cancels a preview without changing anything', async () => {
    const { saveOptions } = setup();
    await loaded();
    fireEvent.input(screen.getByLabelText('Organisation name'), { target: { value: 'X' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /Check the changes/ })).toBeNull();
    expect(saveOptions).not.toHaveBeenCalled();
  });

  it('imports the Derbyshire sample from a paste, previews the services, and applies it', async () => {
    const { local } = setup();
    await loaded();
    fireEvent.input(screen.getByLabelText('Or paste the configuration'), { target: { value: derbyshire } });
    fireEvent.click(screen.getByRole('button', { name: 'Check pasted configuration' }));
    const preview = await screen.findByRole('region', { name: 'Check the changes from the pasted configuration' });
    expect(within(preview).getByText('Service added: The Beeches mother and baby unit (Royal Derby Hospital site) (O8)')).toBeTruthy();

    fireEvent.click(within(preview).getByRole('button', { name: 'Apply' }));
    await screen.findByText(/changes are now in force/);
    expect((local.data[OPTIONS_CONFIG_KEY] as { organisationName: string }).organisationName).toBe('Derby and Derbyshire (sample)');
    expect(screen.getByRole('group', { name: 'Service 10: The Beeches mother and baby unit (Royal Derby Hospital site)' })).toBeTruthy();
  });

  it('shows a bad file with its line and column and keeps the previous configuration', async () => {
    const previous = { configVersion: 1, organisationName: 'Previous Trust' };
    const { saveOptions, local } = setup({ stored: previous });
    await loaded();
    const input = screen.getByLabelText('Configuration file') as HTMLInputElement;
    const file = new File(['{\n  "configVersion": 1,\n  "organisationName": "New",\n}'], 'broken.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('The file broken.json was not applied');
    expect(summary.textContent).toContain('is not valid JSON at line 4, column 1');
    expect(saveOptions).not.toHaveBeenCalled();
    expect(local.data[OPTIONS_CONFIG_KEY]).toEqual(previous);
    expect(screen.getByText('Previous Trust')).toBeTruthy();
  });

  it('lists field-level errors from an imported file with their paths', async () => {
    setup();
    await loaded();
    const bad = JSON.stringify({ configVersion: 1, services: [{ id: 'x', name: 'X', outcomes: ['O4'], forWhom: 'family', phnoe: '1' }] });
    fireEvent.input(screen.getByLabelText('Or paste the configuration'), { target: { value: bad } });
    fireEvent.click(screen.getByRole('button', { name: 'Check pasted configuration' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('services[0].phnoe')).toBeTruthy();
    expect(summary.textContent).toContain('did you mean "phone"');
  });

  it('adds, edits and removes a service', async () => {
    const { local } = setup();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Add a service' }));
    const service = screen.getByRole('group', { name: 'Service 1' });
    await waitFor(() => expect(document.activeElement).toBe(within(service).getByLabelText('Name')));
    fireEvent.input(within(service).getByLabelText('Name'), { target: { value: 'Example Talking Therapies' } });
    fireEvent.input(within(service).getByLabelText('Short id'), { target: { value: 'example-talking-therapies' } });
    fireEvent.click(within(service).getByLabelText('O4 NHS Talking Therapies'));
    fireEvent.change(within(service).getByLabelText('Who it is for'), { target: { value: 'both-parents' } });
    fireEvent.input(within(service).getByLabelText('Phone'), { target: { value: '01632 960003' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    await screen.findByText(/now in force/);
    expect(local.data[OPTIONS_CONFIG_KEY]).toMatchObject({
      services: [{ id: 'example-talking-therapies', outcomes: ['O4'], forWhom: 'both-parents', phone: '01632 960003' }],
    });

    fireEvent.click(screen.getByRole('button', { name: 'Remove service 1: Example Talking Therapies' }));
    expect(screen.queryByRole('group', { name: /^Service 1/ })).toBeNull();
  });

  it('shows an incomplete new service as errors inside that service', async () => {
    setup();
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Add a service' }));
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('services[0].name must not be empty');
    const service = screen.getByRole('group', { name: 'Service 1' });
    expect((within(service).getByLabelText('Name') as HTMLInputElement).getAttribute('aria-invalid')).toBe('true');
    expect(within(service).getByRole('group', { name: 'Outcomes this service serves' }).textContent).toContain('at least one outcome code');
  });

  it('[H20-m] shows fields set by policy as locked and not editable', async () => {
    setup({ policy: { organisationName: 'Policy Trust', pathway: { epdsPossibleFrom: 12 }, services: [] } });
    await loaded();
    expect(screen.getByText(/Your organisation's policy sets 3 settings/)).toBeTruthy();
    const name = screen.getByLabelText('Organisation name') as HTMLInputElement;
    expect(name.disabled).toBe(true);
    expect(name.value).toBe('Policy Trust');
    expect(document.getElementById(`${name.id}-locked`)?.textContent).toContain('Locked');
    expect((screen.getByLabelText('EPDS "possible depression" from') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('EPDS "probable depression" from') as HTMLInputElement).disabled).toBe(false);
    expect(screen.queryByRole('button', { name: 'Add a service' })).toBeNull();
  });

  it('shows a policy that was set aside, with the paths of its errors', async () => {
    setup({ policy: { pathway: { epdsPossibleFrom: 20 } } });
    await loaded();
    const problems = screen.getByRole('region', { name: 'Configuration not in force' });
    expect(problems.textContent).toContain('pathway.epdsPossibleFrom');
  });

  it('offers the configuration in force as a JSON download', async () => {
    setup({ stored: { configVersion: 1, organisationName: 'Trust' } });
    await loaded();
    expect(typeof URL.createObjectURL).toBe('function');
    const link = (await screen.findByRole('link', { name: 'Export configuration (JSON)' })) as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('pmh-companion-configuration.json');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
  });

  it('previews going back to the defaults', async () => {
    setup({ stored: { configVersion: 1, organisationName: 'Trust' } });
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: "Review removing this page's settings" }));
    const preview = await screen.findByRole('region', { name: 'Check the changes from removing the settings saved on this page' });
    expect(within(preview).getByText('Organisation name: "Trust" → (not set)')).toBeTruthy();
  });

  it('labels every control', async () => {
    setup({ stored: JSON.parse(derbyshire) as unknown });
    await loaded();
    const controls = Array.from(document.querySelectorAll('input, select, textarea'));
    expect(controls.length).toBeGreaterThan(100);
    for (const control of controls) {
      const label = document.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent?.trim(), control.id).toBeTruthy();
    }
    const ids = controls.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
