import { defineConfig } from 'vitest/config';

// End-to-end tests: each file launches Debian's Chromium (or $PMH_BROWSER) with the BUILT extension
// from .output/chrome-mv3 and drives it as a practitioner would. One file at a time: these machines
// have two cores and each test runs a whole browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    testTimeout: 60_000,
    // Something that appears after a render or a write is polled for; a loaded CI machine needs longer than 1 s.
    expect: { poll: { timeout: 5_000 } },
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    reporters: ['verbose'],
  },
});
