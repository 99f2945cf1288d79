// Which version's "what's new" note the practitioner has seen: one string in extension storage
// (browser.storage.local), no clinical data. The storage area is passed in so tests give a fake.

export const WHATS_NEW_SEEN_KEY = 'pmh.whatsNewSeenVersion';

export type FlagArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

export type WhatsNewFlag = {
  seenVersion(): Promise<string | null>;
  markSeen(version: string): Promise<void>;
};

export function createWhatsNewFlag(area: FlagArea): WhatsNewFlag {
  return {
    async seenVersion() {
      const value = (await area.get(WHATS_NEW_SEEN_KEY))[WHATS_NEW_SEEN_KEY];
      return typeof value === 'string' ? value : null;
    },
    async markSeen(version) {
      await area.set({ [WHATS_NEW_SEEN_KEY]: version });
    },
  };
}
