import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { StorageError, storageErrorMessages, toStorageError, type StorageErrorCode } from '../../../lib/storage/errors';
import { openDatabase } from '../../../lib/storage/database';

function named(name: string, inner?: unknown) {
  return Object.assign(new Error(name), { name, ...(inner ? { inner } : {}) });
}

describe('storage errors', () => {
  it.each<[string, unknown, StorageErrorCode, boolean]>([
    ['a quota error', named('QuotaExceededError'), 'quota-exceeded', true],
    ['a quota error wrapped by Dexie', new Dexie.AbortError('aborted', named('QuotaExceededError')), 'quota-exceeded', true],
    ['IndexedDB missing', named('MissingAPIError'), 'unavailable', true],
    ['a failed open', named('OpenFailedError', named('UnknownError')), 'unavailable', true],
    ['a newer database version', named('VersionError'), 'newer-version', false],
    ['anything else', new Error('boom'), 'unknown', true],
  ])('maps %s to %s (retryable: %s)', (_name, error, code, retryable) => {
    const mapped = toStorageError(error);
    expect(mapped.code).toBe(code);
    expect(mapped.retryable).toBe(retryable);
    expect(mapped.practitionerMessage).toBe(storageErrorMessages[code]);
  });

  it('finds a StorageError wrapped inside another error', () => {
    const inner = new StorageError('migration-failed');
    expect(toStorageError(named('OpenFailedError', inner))).toBe(inner);
  });

  it('has a practitioner message for every code, without jargon', () => {
    for (const message of Object.values(storageErrorMessages)) {
      expect(message.length).toBeGreaterThan(20);
      expect(message).not.toMatch(/IndexedDB|Dexie|exception|undefined/i);
    }
  });

  it('reports a browser without IndexedDB as unavailable', async () => {
    await expect(
      openDatabase({ name: 'no-idb', indexedDB: { open: () => { throw named('InvalidStateError'); } } as unknown as IDBFactory }),
    ).rejects.toMatchObject({ code: 'unavailable' });
  });
});
