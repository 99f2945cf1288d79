// Protection against eviction. Chrome and Firefox may evict an origin's storage under heavy
// disk pressure unless the extension holds "unlimitedStorage" or the origin is persisted
// (https://developer.chrome.com/docs/extensions/develop/concepts/storage-and-cookies#persistence).
// The settings screen shows whether the store is protected.

/** The part of navigator.storage used here (injected so tests and the platform layer can supply it). */
export interface StorageManagerLike {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

export type StorageProtection = {
  readonly protected: boolean;
  /** How it is protected, or why we cannot tell. */
  readonly how: 'unlimited-storage-permission' | 'persistent-storage' | 'not-protected' | 'unknown';
  /** Plain words for the settings screen. */
  readonly message: string;
  readonly usageBytes?: number;
  readonly quotaBytes?: number;
};

export const protectionMessages: Readonly<Record<StorageProtection['how'], string>> = {
  'unlimited-storage-permission':
    'Protected: the browser will not clear what is stored here to make space, and there is no size limit.',
  'persistent-storage': 'Protected: the browser will not clear what is stored here to make space.',
  'not-protected':
    'Not protected: if this computer runs very low on disk space, the browser may clear what is stored here. Copy each summary into the record promptly.',
  unknown: 'This browser does not say whether what is stored here is protected from being cleared.',
};

export type StorageProtectionOptions = {
  /** navigator.storage in an extension page; absent in some contexts. */
  storageManager?: StorageManagerLike | undefined;
  /** e.g. () => browser.permissions.contains({ permissions: ['unlimitedStorage'] }) */
  hasUnlimitedStorage?: () => Promise<boolean>;
};

export interface StorageProtectionService {
  /** Reports without asking the browser for anything. */
  check(): Promise<StorageProtection>;
  /** Asks for persistent storage when not already protected (call at start-up), then reports. */
  ensure(): Promise<StorageProtection>;
}

function defaultStorageManager(): StorageManagerLike | undefined {
  const nav = (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator;
  return nav?.storage;
}

export function createStorageProtection(options: StorageProtectionOptions = {}): StorageProtectionService {
  const manager = 'storageManager' in options ? options.storageManager : defaultStorageManager();

  async function usage(): Promise<{ usageBytes?: number; quotaBytes?: number }> {
    try {
      const estimate = await manager?.estimate?.();
      return {
        ...(estimate?.usage !== undefined ? { usageBytes: estimate.usage } : {}),
        ...(estimate?.quota !== undefined ? { quotaBytes: estimate.quota } : {}),
      };
    } catch {
      return {};
    }
  }

  function result(how: StorageProtection['how'], extra: { usageBytes?: number; quotaBytes?: number }): StorageProtection {
    return {
      protected: how === 'unlimited-storage-permission' || how === 'persistent-storage',
      how,
      message: protectionMessages[how],
      ...extra,
    };
  }

  async function report(ask: boolean): Promise<StorageProtection> {
    const extra = await usage();
    const unlimited = await options.hasUnlimitedStorage?.().catch(() => false);
    if (unlimited) return result('unlimited-storage-permission', extra);
    if (!manager?.persisted) return result('unknown', extra);
    try {
      if (await manager.persisted()) return result('persistent-storage', extra);
      if (ask && manager.persist && (await manager.persist())) return result('persistent-storage', extra);
      return result('not-protected', extra);
    } catch {
      return result('unknown', extra);
    }
  }

  return { check: () => report(false), ensure: () => report(true) };
}
