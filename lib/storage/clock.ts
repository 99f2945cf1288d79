/** Epoch milliseconds. Injected everywhere time matters so tests control it. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** Timers, injected for the same reason (autosave retries, idle lock). */
export type Timers = {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
