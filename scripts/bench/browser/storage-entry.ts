import '../../../lib/platform/zod-jitless';
import { runStorageBenchmark } from '../../../lib/storage/benchmark';
import { createVault, openDatabase } from '../../../lib/storage';

// Runs the storage benchmark in a Chromium page: the same IndexedDB and WebCrypto the extension
// uses, on a throwaway database, with the real key derivation (600,000 PBKDF2 iterations).
(globalThis as { runPmhStorageBenchmark?: unknown }).runPmhStorageBenchmark = async (count: number, writes: number) => {
  const db = await openDatabase({ name: `pmh-bench-${Date.now()}` });
  const vault = createVault({ db });
  await vault.setPassphrase('bench passphrase words');
  const result = await runStorageBenchmark({ db, vault, count, writes });
  db.close();
  return result;
};
