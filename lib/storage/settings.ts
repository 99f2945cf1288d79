import { z } from 'zod';
import type { PmhDatabase } from './database';
import { toStorageError } from './errors';
import { DEFAULT_IDLE_LOCK_MS, MAX_IDLE_LOCK_MS, MIN_IDLE_LOCK_MS } from './idle-lock';

// The practitioner's own, non-clinical preferences kept with the store (not encrypted: nothing
// here says anything about a family). Organisation choices come from lib/config, not from here.

export const localSettingsSchema = z.object({
  idleLockMinutes: z
    .number()
    .int()
    .min(MIN_IDLE_LOCK_MS / 60_000)
    .max(MAX_IDLE_LOCK_MS / 60_000),
});
export type LocalSettings = z.infer<typeof localSettingsSchema>;

export const DEFAULT_LOCAL_SETTINGS: LocalSettings = { idleLockMinutes: DEFAULT_IDLE_LOCK_MS / 60_000 };

const KEY = 'local';

export interface SettingsStore {
  /** Stored settings, or the defaults when none (or an unreadable value) is stored. */
  get(): Promise<LocalSettings>;
  update(patch: Partial<LocalSettings>): Promise<LocalSettings>;
}

export function createSettingsStore(db: PmhDatabase): SettingsStore {
  async function get(): Promise<LocalSettings> {
    const row = await db.settings.get(KEY).catch((error: unknown) => {
      throw toStorageError(error);
    });
    const parsed = localSettingsSchema.partial().safeParse(row?.value ?? {});
    return { ...DEFAULT_LOCAL_SETTINGS, ...(parsed.success ? parsed.data : {}) };
  }
  return {
    get,
    async update(patch) {
      const next = localSettingsSchema.parse({ ...(await get()), ...patch });
      await db.settings.put({ key: KEY, value: next }).catch((error: unknown) => {
        throw toStorageError(error);
      });
      return next;
    },
  };
}
