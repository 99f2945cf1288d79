// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PanelServicesContext, type PanelServices } from '../../../components/panel-services';
import { RecordOutput, type RecordOutputProps, type RecordOutputServices } from '../../../components/summary/record-output';
import { createTestServices } from '../support/panel-services';
import type { InsertIntoRecordResult } from '../../../lib/platform/record-insertion';
import { INSERT_REQUEST_TTL_MS, type RecordInsertRequest } from '../../../lib/platform/insert-requests';

// Dates show in the device's time zone; pin it so a summer contact reads in BST as in England.
let base: PanelServices;
beforeAll(async () => {
  process.env.TZ = 'Europe/London';
  base = await createTestServices();
});
afterEach(() => cleanup());

const SUMMARY = 'Summary line one\n\nLine three';
const COMPACT = 'Short summary';
const inserted: InsertIntoRecordResult = { status: 'inserted', editor: 'textarea', method: 'exec-command', undoable: true, fieldLabel: 'Contact note' };

function fakeServices(result: InsertIntoRecordResult = inserted): RecordOutputServices & { [K in keyof RecordOutputServices]: ReturnType<typeof vi.fn> } {
  return {
    insertIntoRecord: vi.fn(async () => result),
    requestRecordSiteAccess: vi.fn(async () => 'granted' as const),
    recordSiteAccess: vi.fn(async () => null),
    copyToClipboard: vi.fn(async () => ({ status: 'copied' as const })),
    insertShortcut: vi.fn(async () => 'Alt+Shift+V'),
  };
}

const NOW = '2025-07-04T14:00:00Z';

/** Insertion and the clock come through PanelServices: `now` sets the panel's clock. */
function setup({ now = new Date(NOW), ...props }: Partial<RecordOutputProps> & { now?: Date } = {}, services = fakeServices()) {
  const onInsertRequestDone = vi.fn();
  const panel: PanelServices = { ...base, recordOutput: services, now: () => now.getTime() };
  const view = render(
    <PanelServicesContext.Provider value={panel}>
      <RecordOutput
        text={SUMMARY}
        compactText={COMPACT}
        contactLabel="14:05 visit"
        contactStartedAt="2025-07-04T13:05:00Z"
        extraConfirmAfterHours={24}
        onInsertRequestDone={onInsertRequestDone}
        {...props}
      />
    </PanelServicesContext.Provider>,
  );
  return { ...view, services, onInsertRequestDone };
}

const dialog = () => screen.getByRole('dialog');
const insertButton = () => screen.getByRole('button', { name: 'Insert into record' });

describe('Copy and Insert into record, behind the wrong-family check', () => {
  it('[H102-l] starts loading the insertion code as soon as the summary is shown, before any click (issue 17)', () => {
    const prefetch = vi.fn();
    const { services } = setup({}, { ...fakeServices(), prefetch });
    expect(prefetch).toHaveBeenCalledTimes(1);
    expect(services.insertIntoRecord).not.toHaveBeenCalled();
  });

  it('[H07-d] shows the contact label, date and time (local time) and asks to confirm before inserting', async () => {
    const { services } = setup();
    fireEvent.click(insertButton());
    expect(within(dialog()).getByRole('heading', { name: 'Insert the summary for this contact?' })).toBe(document.activeElement);
    const details = within(dialog()).getAllByRole('definition').map((node) => node.textContent);
    expect(details).toEqual(['14:05 visit', 'Friday 4 July 2025', '14:05']);
    expect(services.insertIntoRecord).not.toHaveBeenCalled();

    fireEvent.click(within(dialog()).getByRole('button', { name: 'Insert summary' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Summary inserted into “Contact note”\. Check it in the record before you save\. To take it out again, press Ctrl\+Z in the record\.$/));
    expect(services.insertIntoRecord).toHaveBeenCalledWith({ text: SUMMARY });
    expect(insertButton()).toBe(document.activeElement);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it.each([
    { how: 'the Cancel button', cancel: () => fireEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' })) },
    { how: 'Escape', cancel: () => fireEvent(dialog(), new Event('cancel', { cancelable: true })) },
  ])('[H07-e] inserts nothing when cancelled with $how, and gives focus back to the button', async ({ cancel }) => {
    const { services } = setup();
    fireEvent.click(insertButton());
    cancel();
    expect(screen.getByRole('status').textContent).toBe('Nothing was inserted.');
    expect(services.insertIntoRecord).not.toHaveBeenCalled();
    expect(insertButton()).toBe(document.activeElement);
  });

  it('[H07-f] needs an explicit second confirmation for a contact older than the configured hours', async () => {
    const { services } = setup({ contactStartedAt: '2025-07-03T11:00:00Z', now: new Date('2025-07-04T14:00:00Z'), extraConfirmAfterHours: 24 });
    fireEvent.click(insertButton());
    expect(dialog().textContent).toContain('This contact started 27 hours ago, more than 24 hours ago.');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Insert summary' }));
    const checkbox = within(dialog()).getByRole('checkbox', { name: 'I have checked this summary is for this family' });
    expect(within(dialog()).getByText('Tick the box to confirm you have checked the family.')).toBeTruthy();
    expect(checkbox.getAttribute('aria-invalid')).toBe('true');
    expect(checkbox).toBe(document.activeElement);
    expect(services.insertIntoRecord).not.toHaveBeenCalled();

    fireEvent.click(checkbox);
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Insert summary' }));
    await waitFor(() => expect(services.insertIntoRecord).toHaveBeenCalledWith({ text: SUMMARY }));
  });

  it('asks only once for a contact within the hours', () => {
    setup({ extraConfirmAfterHours: 1 });
    fireEvent.click(insertButton());
    expect(within(dialog()).queryByRole('checkbox')).toBeNull();
  });

  it('[H07-g] copies exactly the summary after the same check', async () => {
    const { services } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(within(dialog()).getByRole('heading', { name: 'Copy the summary for this contact?' })).toBeTruthy();
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Copy summary' }));
    expect(services.copyToClipboard).toHaveBeenCalledWith(SUMMARY);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Summary copied\./));
  });

  it('reports a failed copy as an alert', async () => {
    const services = fakeServices();
    services.copyToClipboard.mockResolvedValue({ status: 'failed', reason: 'Document is not focused.' });
    setup({}, services);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The summary could not be copied (Document is not focused.).'));
  });
});

describe('an insert asked for from the record page', () => {
  const request: RecordInsertRequest = { id: 'r1', tabId: 3, frameId: 5, windowId: 1, source: 'context-menu', requestedAt: Date.parse(NOW) - 10_000 };

  it('[H24-f] refuses a request older than its time limit: the record page may show someone else by now', async () => {
    const services = fakeServices();
    setup({ insertRequest: { ...request, id: 'old', requestedAt: Date.parse(NOW) - 3 * 60_000 } }, services);
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Insert summary' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/too old/));
    expect(services.insertIntoRecord).not.toHaveBeenCalled();
  });

  it.each([
    { age: 'exactly the time limit', ageMs: INSERT_REQUEST_TTL_MS, inserts: true },
    { age: 'a moment past the time limit', ageMs: INSERT_REQUEST_TTL_MS + 1, inserts: false },
  ])('[H24-f] judges a request $age old by the panel clock from PanelServices', async ({ ageMs, inserts }) => {
    const services = fakeServices();
    setup({ insertRequest: { ...request, id: `age-${ageMs}`, requestedAt: Date.parse(NOW) - ageMs } }, services);
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Insert summary' }));
    if (inserts) await waitFor(() => expect(services.insertIntoRecord).toHaveBeenCalled());
    else await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/too old/));
    expect(services.insertIntoRecord).toHaveBeenCalledTimes(inserts ? 1 : 0);
  });

  it('[H07-h] opens the check at once, says where the text will go, and inserts into that tab and frame', async () => {
    const services = fakeServices();
    services.recordSiteAccess.mockResolvedValue({ origin: 'https://record.example.nhs.uk', pattern: 'https://record.example.nhs.uk/*', granted: false });
    const { onInsertRequestDone } = setup({ insertRequest: request }, services);
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
    expect(dialog().textContent).toContain('It will go in at the cursor in the field you right-clicked.');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Insert summary' }));
    await waitFor(() => expect(services.insertIntoRecord).toHaveBeenCalledWith({ text: SUMMARY, tabId: 3, frameId: 5 }));
    expect(onInsertRequestDone).toHaveBeenCalledWith(request);
    // The site is now known: offer to let the panel's own button work there.
    const offer = await screen.findByRole('button', { name: 'Let Insert into record work on record.example.nhs.uk' });
    fireEvent.click(offer);
    expect(services.requestRecordSiteAccess).toHaveBeenCalledWith('https://record.example.nhs.uk');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Insert into record now works on record.example.nhs.uk from this panel.'));
  });

  it('reports a cancelled request as done too', async () => {
    const { onInsertRequestDone } = setup({ insertRequest: { ...request, source: 'keyboard' } });
    await waitFor(() => expect(dialog().textContent).toContain('the field you were typing in'));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    expect(onInsertRequestDone).toHaveBeenCalledTimes(1);
  });
});

describe('what the practitioner is told when the summary does not go in', () => {
  async function insertWith(result: InsertIntoRecordResult, props: Partial<RecordOutputProps> = {}) {
    const context = setup(props, fakeServices(result));
    await waitFor(() => expect(context.services.insertShortcut).toHaveBeenCalled());
    fireEvent.click(insertButton());
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Insert summary' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''));
    return { ...context, alert: screen.getByRole('alert').textContent ?? '' };
  }

  it('[H32-g] offers the short version for a single-line field, and inserts it into the same place without asking again', async () => {
    const { services, alert } = await insertWith({ status: 'does-not-fit', reason: 'single-line', fieldLabel: 'Outcome' });
    expect(alert).toMatch(/^“Outcome” takes a single line and the summary has several\. Nothing was inserted\./);
    // The record answers slowly: meanwhile the panel says it is inserting, not the last attempt's "Nothing was inserted".
    let answer: (result: InsertIntoRecordResult) => void = () => undefined;
    services.insertIntoRecord.mockImplementationOnce(() => new Promise<InsertIntoRecordResult>((resolve) => (answer = resolve)));
    fireEvent.click(screen.getByRole('button', { name: `Insert the short version (${COMPACT.length} characters)` }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(services.insertIntoRecord).toHaveBeenLastCalledWith({ text: COMPACT }));
    expect(screen.queryByText(/Nothing was inserted/)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Inserting the summary…');
    answer(inserted);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Summary inserted into “Contact note”/));
  });

  it.each([
    { case: 'the short version does not fit either', available: COMPACT.length - 1, compactText: COMPACT },
    { case: 'there is no short version', available: 200, compactText: undefined },
  ])('offers nothing when $case', async ({ available, compactText }) => {
    const { alert } = await insertWith({ status: 'does-not-fit', reason: 'too-long', maxLength: 500, available, needed: 900, fieldLabel: 'Outcome' }, { compactText });
    expect(alert).toMatch(/^The summary is too long for “Outcome”: it has 900 characters and the field has room for \d+\. Nothing was inserted\. Use a larger note field, or copy the summary instead\.$/);
    expect(screen.queryByRole('button', { name: /short version/ })).toBeNull();
  });

  it.each([
    { result: { status: 'read-only', fieldLabel: 'Outcome' }, text: /^“Outcome” cannot be edited, so nothing was inserted\./ },
    { result: { status: 'no-editable-focused', reason: 'nothing-focused' }, text: /^Nothing was inserted: no field in the record has the cursor\./ },
    { result: { status: 'no-editable-focused', reason: 'cross-origin-frame' }, text: /comes from another site\. Right-click in the note field/ },
    { result: { status: 'no-record-page' }, text: /^Open the record in this browser window/ },
    { result: { status: 'cannot-insert-here' }, text: /cannot be inserted into this kind of page\. Use Copy/ },
    { result: { status: 'record-page-changed' }, text: /^The record page was closed or changed/ },
    { result: { status: 'failed', reason: 'boom' }, text: /^The summary could not be inserted \(boom\)\. Use Copy/ },
    {
      result: { status: 'needs-permission', origin: null, accessRequestShown: true },
      text: /^The companion cannot reach this page yet, so nothing was inserted\. In the record, right-click in the note field and choose “Insert contact summary here”, or click in it and press Alt\+Shift\+V\. Or allow the companion on this site from the browser’s extensions menu/,
    },
  ] as Array<{ result: InsertIntoRecordResult; text: RegExp }>)('says what to do for $result.status', async ({ result, text }) => {
    const { alert } = await insertWith(result);
    expect(alert).toMatch(text);
  });

  it('asks for that one site in the click when the site is known, then inserts', async () => {
    const { services } = await insertWith({ status: 'needs-permission', origin: 'https://record.example.nhs.uk', accessRequestShown: false });
    services.insertIntoRecord.mockResolvedValue(inserted);
    fireEvent.click(screen.getByRole('button', { name: 'Allow on record.example.nhs.uk and insert' }));
    // Synchronously, within the click: the browser's prompt needs the gesture.
    expect(services.requestRecordSiteAccess).toHaveBeenCalledWith('https://record.example.nhs.uk');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Summary inserted/));
  });

  it('says so when the practitioner refuses the permission', async () => {
    const { services } = await insertWith({ status: 'needs-permission', origin: 'https://record.example.nhs.uk', accessRequestShown: false });
    services.requestRecordSiteAccess.mockResolvedValue('refused');
    fireEvent.click(screen.getByRole('button', { name: 'Allow on record.example.nhs.uk and insert' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not allowed. The right-click menu and Alt+Shift+V still work on record.example.nhs.uk.'));
    expect(services.insertIntoRecord).toHaveBeenCalledTimes(1);
  });

  it('[H32-j] mentions Ctrl+Z only where undo is proven, and otherwise says to delete by hand', async () => {
    setup({}, fakeServices({ ...inserted, method: 'set-range-text', undoable: false }));
    fireEvent.click(insertButton());
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Insert summary' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Summary inserted into “Contact note”. Check it in the record before you save. If it is in the wrong place, delete it by hand.'));
  });

  it('says Ctrl+Z takes it out where the e2e tests prove it does', async () => {
    setup({}, fakeServices(inserted));
    fireEvent.click(insertButton());
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Insert summary' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Summary inserted into “Contact note”. Check it in the record before you save. To take it out again, press Ctrl+Z in the record.'));
  });
});

describe('[H70-c] a field read back without the summary in it', () => {
  it.each([
    { what: 'nothing', text: /^Nothing was inserted: “CKEditor note” did not take the text\. Use Copy and paste the summary instead\./ },
    { what: 'changed', text: /^The summary did not go into “CKEditor note” as written: only part of it, or a changed version, is there\. Check the note and delete what went in before you save\./ },
    { what: 'repeated', text: /^The summary went into “CKEditor note” more than once\./ },
    { what: 'surroundings-changed', text: /^“CKEditor note” changed in a way the companion did not expect/ },
    { what: 'unverifiable', text: /^The companion could not check where the text went in “CKEditor note”/ },
  ] as const)('says plainly what happened when $what went in, never "inserted", never Ctrl+Z, and offers Copy', async ({ what, text }) => {
    const services = fakeServices({ status: 'not-inserted', editor: 'ckeditor5', fieldLabel: 'CKEditor note', what });
    const onOutput = vi.fn();
    setup({ onOutput }, services);
    fireEvent.click(insertButton());
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Insert summary' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(text));
    const alert = screen.getByRole('alert').textContent ?? '';
    expect(alert).not.toMatch(/Ctrl\+Z|inserted into/);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(onOutput).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the summary' }));
    // Within the click: the clipboard needs the gesture. The family was confirmed for the insert moments ago.
    expect(services.copyToClipboard).toHaveBeenCalledWith(SUMMARY);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Summary copied\./));
    expect(onOutput).toHaveBeenCalledWith('copied');
  });
});
