import { describe, expect, it, vi } from 'vitest';
import { createOnDemandRecordInsertion } from '../../../lib/platform/record-insertion-on-demand';
import type { RecordInsertion } from '../../../lib/platform/record-insertion';

// lib/platform/record-insertion-on-demand.ts (issue 17): the insertion code is loaded on the first
// insert or when the summary opens, never before; Copy never waits for it (H102).

function fakeInsertion(): RecordInsertion {
  return {
    insertIntoRecord: vi.fn(async () => ({ status: 'no-record-page' as const })),
    requestRecordSiteAccess: vi.fn(async () => 'granted' as const),
    recordSiteAccess: vi.fn(async () => null),
    copyToClipboard: vi.fn(async () => ({ status: 'copied' as const })),
  };
}

describe('record insertion loaded on demand', () => {
  it('[H102-j] copies without loading the insertion code, and says why when the clipboard refuses', async () => {
    const importInsertion = vi.fn(async () => fakeInsertion());
    const write = vi.fn(async () => undefined);
    const insertion = createOnDemandRecordInsertion(importInsertion, write);
    expect(await insertion.copyToClipboard('summary')).toEqual({ status: 'copied' });
    expect(write).toHaveBeenCalledWith('summary');
    const refusing = createOnDemandRecordInsertion(importInsertion, async () => Promise.reject(new Error('Document is not focused.')));
    expect(await refusing.copyToClipboard('summary')).toEqual({ status: 'failed', reason: 'Document is not focused.' });
    expect(importInsertion).not.toHaveBeenCalled();
  });

  it('loads the code once, on prefetch or the first insert, and then calls straight through in the same task', async () => {
    const loaded = fakeInsertion();
    const importInsertion = vi.fn(async () => loaded);
    const insertion = createOnDemandRecordInsertion(importInsertion, async () => undefined);
    insertion.prefetch();
    expect(await insertion.insertIntoRecord({ text: 'summary', tabId: 3 })).toEqual({ status: 'no-record-page' });
    expect(loaded.insertIntoRecord).toHaveBeenCalledWith({ text: 'summary', tabId: 3 });
    // The site permission must be asked for within the click: no await before the browser call.
    void insertion.requestRecordSiteAccess('https://record.example');
    expect(loaded.requestRecordSiteAccess).toHaveBeenCalledWith('https://record.example');
    expect(importInsertion).toHaveBeenCalledTimes(1);
  });

  it('[H102-k] a failed load fails the insert (the summary then says to use Copy), refuses site access quietly, and the next insert loads afresh', async () => {
    const loaded = fakeInsertion();
    let attempts = 0;
    const importInsertion = vi.fn(async () => {
      attempts += 1;
      if (attempts <= 2) throw new Error('Failed to fetch dynamically imported module');
      return loaded;
    });
    const insertion = createOnDemandRecordInsertion(importInsertion, async () => undefined);
    await expect(insertion.insertIntoRecord({ text: 'summary' })).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(await insertion.requestRecordSiteAccess('https://record.example')).toBe('failed');
    expect(await insertion.insertIntoRecord({ text: 'summary' })).toEqual({ status: 'no-record-page' });
    expect(importInsertion).toHaveBeenCalledTimes(3);
  });
});
