import type { ResolvedConfig } from './resolve';

/**
 * The configuration in force for one panel: the latest value, and who to tell when it changes
 * (options saved, or a policy pushed while the panel is open). The store reads retention from it
 * when it lists drafts; the app re-renders from it.
 */
export type ConfigFeed = {
  current(): ResolvedConfig;
  publish(next: ResolvedConfig): void;
  /**
   * Tells the listener the configuration in force now, then every change. The replay matters: a
   * policy pushed between the panel's first read and its subscription would otherwise be missed
   * until the next change (the idle lock, for one, would keep the old minutes).
   */
  watch(listener: (config: ResolvedConfig) => void): () => void;
};

export function createConfigFeed(initial: ResolvedConfig): ConfigFeed {
  let current = initial;
  const listeners = new Set<(config: ResolvedConfig) => void>();
  return {
    current: () => current,
    publish(next) {
      current = next;
      for (const listener of listeners) listener(next);
    },
    watch(listener) {
      listeners.add(listener);
      listener(current);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
