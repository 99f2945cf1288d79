import { describe, expect, it, vi } from 'vitest';
import { createStorageProtection } from '../../../lib/storage/persistence';

describe('protection against eviction', () => {
  it('[H28-a] reports the unlimitedStorage permission as protected without asking for anything', async () => {
    const persist = vi.fn();
    const protection = createStorageProtection({
      storageManager: { persisted: async () => false, persist },
      hasUnlimitedStorage: async () => true,
    });
    expect(await protection.ensure()).toMatchObject({ protected: true, how: 'unlimited-storage-permission' });
    expect(persist).not.toHaveBeenCalled();
  });

  it('[H28-b] asks for persistent storage when not yet protected, and reports the answer', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    const protection = createStorageProtection({
      storageManager: { persisted: async () => false, persist, estimate: async () => ({ usage: 10, quota: 100 }) },
    });
    expect(await protection.check()).toMatchObject({ protected: false, how: 'not-protected' });
    expect(persist).not.toHaveBeenCalled();
    expect(await protection.ensure()).toMatchObject({
      protected: true,
      how: 'persistent-storage',
      usageBytes: 10,
      quotaBytes: 100,
    });
  });

  it('[H28-c] says plainly when the browser refuses', async () => {
    const protection = createStorageProtection({
      storageManager: { persisted: async () => false, persist: async () => false },
    });
    const result = await protection.ensure();
    expect(result).toMatchObject({ protected: false, how: 'not-protected' });
    expect(result.message).toMatch(/may clear/);
  });

  it('[H28-d] reports "unknown" where the browser has no storage manager', async () => {
    expect(await createStorageProtection({ storageManager: undefined }).ensure()).toMatchObject({
      protected: false,
      how: 'unknown',
    });
  });

  it('reports "unknown" when the browser throws', async () => {
    const protection = createStorageProtection({
      storageManager: { persisted: async () => Promise.reject(new Error('no')) },
    });
    expect((await protection.check()).how).toBe('unknown');
  });
});
