import { describe, expect, it, vi } from 'vitest';
import { createRecordInsertion, recordSitePattern, type RecordInsertionDeps } from '../../../lib/platform/record-insertion';

// What the page answers for a summary 'S' typed into an empty textarea, and what the panel makes of it.
const attempt = {
  status: 'attempted',
  editor: 'textarea',
  readBack: 'value',
  fieldLabel: 'Contact note',
  method: 'exec-command',
  tried: ['paste', 'before-input', 'exec-command'],
  before: { text: '', start: 0, end: 0 },
  after: { text: 'S', start: 0, end: 0 },
} as const;
const inserted = { status: 'inserted', editor: 'textarea', method: 'exec-command', undoable: true, fieldLabel: 'Contact note' } as const;
const NO_ACCESS = new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');

function fakeDeps(overrides: Partial<RecordInsertionDeps> = {}): RecordInsertionDeps & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    runInFrame: vi.fn(async (target) => {
      calls.push(`run ${target.tabId}/${target.frameId}`);
      return attempt;
    }),
    currentWindowId: async () => 7,
    activeTab: vi.fn(async () => ({ id: 42 })),
    tabUrl: async () => undefined,
    hasOrigins: async () => false,
    requestOrigins: vi.fn(async () => true),
    writeClipboard: vi.fn(async () => undefined),
    extensionOrigin: 'chrome-extension://abc',
    wait: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('inserting into the record', () => {
  it('targets the tab and frame of a context-menu click', async () => {
    const deps = fakeDeps();
    const result = await createRecordInsertion(deps).insertIntoRecord({ text: 'S', tabId: 3, frameId: 9 });
    expect(result).toEqual(inserted);
    expect(deps.calls).toEqual(['run 3/9']);
    expect(deps.activeTab).not.toHaveBeenCalled();
  });

  it('targets the top frame of the page in front of the panel when the panel button is used', async () => {
    const deps = fakeDeps();
    await createRecordInsertion(deps).insertIntoRecord({ text: 'S' });
    expect(deps.activeTab).toHaveBeenCalledWith(7);
    expect(deps.calls).toEqual(['run 42/0']);
    expect(deps.runInFrame).toHaveBeenCalledWith({ tabId: 42, frameId: 0 }, { text: 'S', html: expect.objectContaining({ tinymce: '<p>S</p>', prosemirror: '<p>S</p>' }) });
  });

  it.each([
    { case: 'no tab', tab: undefined },
    { case: "the extension's own page (panel opened as a tab)", tab: { id: 5, url: 'chrome-extension://abc/sidepanel.html' } },
  ])('says there is no record page when the panel window shows $case', async ({ tab }) => {
    const deps = fakeDeps({ activeTab: async () => tab });
    expect(await createRecordInsertion(deps).insertIntoRecord({ text: 'S' })).toEqual({ status: 'no-record-page' });
    expect(deps.calls).toEqual([]);
  });

  it('tries once more after a moment when a fresh menu/command grant has not reached the page yet', async () => {
    let attempts = 0;
    const deps = fakeDeps({
      runInFrame: async () => {
        attempts += 1;
        if (attempts === 1) throw NO_ACCESS;
        return attempt;
      },
    });
    expect(await createRecordInsertion(deps).insertIntoRecord({ text: 'S', tabId: 3 })).toEqual(inserted);
    expect(deps.wait).toHaveBeenCalledWith(300);
  });

  it('does not wait and retry for the panel button, which has no fresh grant to wait for', async () => {
    const deps = fakeDeps({ runInFrame: async () => Promise.reject(NO_ACCESS) });
    await createRecordInsertion(deps).insertIntoRecord({ text: 'S' });
    expect(deps.wait).not.toHaveBeenCalled();
  });

  it('without access and without the address, asks the browser to offer "allow on this site" and says how to insert instead', async () => {
    const addHostAccessRequest = vi.fn(async () => undefined);
    const deps = fakeDeps({ runInFrame: async () => Promise.reject(NO_ACCESS), addHostAccessRequest });
    expect(await createRecordInsertion(deps).insertIntoRecord({ text: 'S' })).toEqual({ status: 'needs-permission', origin: null, accessRequestShown: true });
    expect(addHostAccessRequest).toHaveBeenCalledWith(42);
    expect(deps.requestOrigins).not.toHaveBeenCalled();
  });

  it('where the browser has no access-request API (Firefox), says none was shown', async () => {
    const deps = fakeDeps({ runInFrame: async () => Promise.reject(new Error('Missing host permission for the tab')) });
    expect(await createRecordInsertion(deps).insertIntoRecord({ text: 'S' })).toEqual({ status: 'needs-permission', origin: null, accessRequestShown: false });
  });

  it('without access but with a known address, names the site so the panel can ask for that one site', async () => {
    const deps = fakeDeps({ runInFrame: async () => Promise.reject(NO_ACCESS), tabUrl: async () => 'https://record.example.nhs.uk:8443/patient/1' });
    expect(await createRecordInsertion(deps).insertIntoRecord({ text: 'S' })).toEqual({
      status: 'needs-permission',
      origin: 'https://record.example.nhs.uk:8443',
      accessRequestShown: false,
    });
  });

  it.each([
    { case: 'a browser page', error: 'Cannot access a chrome:// URL', url: undefined, expected: { status: 'cannot-insert-here' } },
    { case: 'the web store', error: 'The extensions gallery cannot be scripted.', url: undefined, expected: { status: 'cannot-insert-here' } },
    { case: 'a non-web page we can see', error: NO_ACCESS.message, url: 'file:///C:/notes.html', expected: { status: 'cannot-insert-here' } },
    { case: 'a closed tab', error: 'No tab with id: 42.', url: undefined, expected: { status: 'record-page-changed' } },
    { case: 'a frame that went away', error: 'No frame with id 9 in tab 42.', url: undefined, expected: { status: 'record-page-changed' } },
    { case: 'anything else', error: 'Something odd', url: undefined, expected: { status: 'failed', reason: 'Something odd' } },
  ])('reports $case plainly', async ({ error, url, expected }) => {
    const deps = fakeDeps({ runInFrame: async () => Promise.reject(new Error(error)), tabUrl: async () => url });
    expect(await createRecordInsertion(deps).insertIntoRecord({ text: 'S' })).toEqual(expected);
  });

  it("does not trust a page's answer that is not one of the known results", async () => {
    const deps = fakeDeps({ runInFrame: async () => ({ status: 'inserted', field: 'textarea' }) });
    expect(await createRecordInsertion(deps).insertIntoRecord({ text: 'S' })).toEqual({ status: 'failed', reason: 'The record page gave an unexpected answer.' });
  });

  it('[H70-b] reports "inserted" only when the reading back shows the summary at the caret', async () => {
    const cases = [
      { after: 'S', expected: inserted },
      { after: '', expected: { status: 'not-inserted', editor: 'textarea', fieldLabel: 'Contact note', what: 'nothing' } },
      { after: 'SS', expected: { status: 'not-inserted', editor: 'textarea', fieldLabel: 'Contact note', what: 'repeated' } },
    ];
    for (const { after, expected } of cases) {
      const deps = fakeDeps({ runInFrame: async () => ({ ...attempt, after: { text: after, start: 0, end: 0 } }) });
      expect(await createRecordInsertion(deps).insertIntoRecord({ text: 'S' })).toEqual(expected);
    }
    // A way in that is not proven to undo cleanly is reported without the undo promise.
    const deps = fakeDeps({ runInFrame: async () => ({ ...attempt, method: 'set-range-text' }) });
    expect(await createRecordInsertion(deps).insertIntoRecord({ text: 'S' })).toEqual({ ...inserted, method: 'set-range-text', undoable: false });
  });

  it('passes on every other result the page can give', async () => {
    const answers = [
      { status: 'no-editable-focused', reason: 'cross-origin-frame' },
      { status: 'does-not-fit', reason: 'too-long', maxLength: 500, available: 3, needed: 90, fieldLabel: 'Outcome' },
      { status: 'does-not-fit', reason: 'single-line', fieldLabel: 'Outcome' },
      { status: 'read-only', fieldLabel: 'Outcome' },
      { status: 'failed', reason: 'x' },
    ];
    for (const answer of answers) {
      const deps = fakeDeps({ runInFrame: async () => answer });
      expect(await createRecordInsertion(deps).insertIntoRecord({ text: 'S' })).toEqual(answer);
    }
  });
});

describe('asking for one record site', () => {
  it('asks for exactly that site, synchronously in the click (before any await)', () => {
    const deps = fakeDeps();
    void createRecordInsertion(deps).requestRecordSiteAccess('https://record.example.nhs.uk:8443');
    // Called already, in the same turn: Firefox and Chrome need the user's gesture.
    expect(deps.requestOrigins).toHaveBeenCalledWith(['https://record.example.nhs.uk/*']);
  });

  it.each([
    { granted: true, answer: 'granted' },
    { granted: false, answer: 'refused' },
  ])('reports $answer', async ({ granted, answer }) => {
    const deps = fakeDeps({ requestOrigins: async () => granted });
    expect(await createRecordInsertion(deps).requestRecordSiteAccess('https://record.example.nhs.uk')).toBe(answer);
  });

  it('reports a failure when the browser throws, and never asks for a non-web page', async () => {
    const deps = fakeDeps({ requestOrigins: async () => Promise.reject(new Error('needs a user gesture')) });
    const insertion = createRecordInsertion(deps);
    expect(await insertion.requestRecordSiteAccess('https://record.example.nhs.uk')).toBe('failed');
    expect(await insertion.requestRecordSiteAccess('chrome://settings')).toBe('failed');
  });

  it.each([
    { url: 'https://record.example.nhs.uk/patients/1?x=2#top', pattern: 'https://record.example.nhs.uk/*' },
    { url: 'http://127.0.0.1:5173/record.html', pattern: 'http://127.0.0.1/*' },
    { url: 'https://[::1]:8443/', pattern: 'https://[::1]/*' },
    { url: 'chrome://extensions', pattern: null },
    { url: 'file:///home/notes.html', pattern: null },
    { url: 'not a url', pattern: null },
  ])('the site of $url is $pattern', ({ url, pattern }) => {
    expect(recordSitePattern(url)).toBe(pattern);
  });

  it("tells the panel a visible tab's site and whether the button may already insert there", async () => {
    const deps = fakeDeps({ tabUrl: async () => 'https://record.example.nhs.uk/p/1', hasOrigins: async (patterns) => patterns[0] === 'https://record.example.nhs.uk/*' });
    expect(await createRecordInsertion(deps).recordSiteAccess(3)).toEqual({
      origin: 'https://record.example.nhs.uk',
      pattern: 'https://record.example.nhs.uk/*',
      granted: true,
    });
    expect(await createRecordInsertion(fakeDeps()).recordSiteAccess(3)).toBeNull();
  });
});

describe('copying', () => {
  it('writes exactly the text, and reports a refusal', async () => {
    const deps = fakeDeps();
    expect(await createRecordInsertion(deps).copyToClipboard('a\nb')).toEqual({ status: 'copied' });
    expect(deps.writeClipboard).toHaveBeenCalledWith('a\nb');
    const refusing = fakeDeps({ writeClipboard: async () => Promise.reject(new Error('Document is not focused.')) });
    expect(await createRecordInsertion(refusing).copyToClipboard('a')).toEqual({ status: 'failed', reason: 'Document is not focused.' });
  });
});
