import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests (lib/, Node) and component tests (components/, happy-dom, chosen per file with
// `// @vitest-environment happy-dom`). End-to-end tests have their own config: vitest.e2e.config.ts.
export default defineConfig({
  // The WXT plugin does not copy Vite plugins from wxt.config.ts, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    restoreMocks: true,
    setupFiles: ['tests/setup.ts'],
    // Longer than Testing Library's 5 s wait (tests/setup.ts), so a failed wait reports what it saw.
    testTimeout: 15_000,
  },
});
