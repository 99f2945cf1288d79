import { describe, expect, it } from 'vitest';
import { percentile, runStorageBenchmark } from '../../../lib/storage/benchmark';
import { fakeBrowserProfile, unlockedVault } from './helpers';

// The benchmark's own checks run small. For figures in Node (fake-indexeddb, not the official
// measure, which is Chromium via `npm run bench`):
//   STORAGE_BENCH=1 npx vitest run tests/lib/storage/benchmark.test.ts
describe('the storage benchmark', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[5], 95, 5],
  ])('percentile of %j at %i is %i', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('reports write and listing times and cleans up after itself', async () => {
    const db = fakeBrowserProfile().open();
    const vault = await unlockedVault(db);
    const result = await runStorageBenchmark({ db, vault, count: 50, writes: 10 });
    expect(result).toMatchObject({ count: 50, writes: 10 });
    for (const value of [result.writeMedianMs, result.writeP95Ms, result.listMs, result.listColdMs]) {
      expect(value).toBeGreaterThan(0);
    }
    expect(result.writeP95Ms).toBeGreaterThanOrEqual(result.writeMedianMs);
    expect(await db.contacts.count()).toBe(0);
  });

  it.runIf(process.env.STORAGE_BENCH === '1')('measures 5,000 contacts in Node with fake-indexeddb', async () => {
    const db = fakeBrowserProfile().open();
    const vault = await unlockedVault(db);
    const result = await runStorageBenchmark({ db, vault, count: 5000, writes: 200 });
    console.log('Node + fake-indexeddb (not the official measure):', JSON.stringify(result, null, 2));
  }, 300_000);
});
