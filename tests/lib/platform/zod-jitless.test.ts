import { describe, expect, it, vi } from 'vitest';

// [H100-c] lib/platform/zod-jitless.ts turns Zod's compiled validators off without importing Zod
// (issue 17), through the global configuration Zod 4 shares between its copies. If Zod kept its
// configuration elsewhere, the setting would silently stop applying: these fail then (seen failing
// with the key misspelt). Zod is not reloaded between tests (an npm module), so the order matters.

describe('[H100-c] zod-jitless sets Zod jitless without importing it', () => {
  it('applies when Zod is loaded after it (the panel: before its first schema)', async () => {
    await import('../../../lib/platform/zod-jitless');
    const { config } = await import('zod/mini');
    expect(config().jitless).toBe(true);
  });

  it('applies when Zod was loaded before it', async () => {
    const { config } = await import('zod/mini');
    config({ jitless: false });
    vi.resetModules();
    await import('../../../lib/platform/zod-jitless');
    expect(config().jitless).toBe(true);
  });
});
