import { createContact, nobodyElsePresent, type Contact } from '../contact/contact';
import type { ContactChange } from '../contact/contact-change';
import { createAutosave } from './autosave';
import { createContactStore } from './contact-store';
import { sealBase, sealCard } from './contact-codec';
import type { ContactHeaderRow, PmhDatabase } from './database';
import type { Vault } from './vault';

// `npm run bench` (issue 6): time from an answer to its durable write, and time to open the
// database and list 5,000 stored contacts. Browser-agnostic (performance.now, IndexedDB,
// WebCrypto), so the same function runs in Chromium for the official figures and in Node with
// fake-indexeddb for a rough check. Not part of the panel bundle: import it from this file only.

export type StorageBenchmarkOptions = {
  db: PmhDatabase;
  /** Must be unlocked. */
  vault: Vault;
  count?: number;
  writes?: number;
  /** Remove the benchmark's contacts afterwards (default true). */
  cleanUp?: boolean;
};

export type StorageBenchmarkResult = {
  readonly count: number;
  readonly writes: number;
  readonly seedMs: number;
  /** From autosave.save(answer) to the status turning "saved" (transaction committed). */
  readonly writeMedianMs: number;
  readonly writeP95Ms: number;
  /** First listing, decrypting every label (a cold listing cache). */
  readonly listColdMs: number;
  /** Re-open the database and list (the usual case: the listing index is current, no header is read). */
  readonly listMs: number;
  /** Re-open and list after one answer was saved since the last listing (every header read, index rewritten). */
  readonly listAfterWriteMs: number;
};

const BENCH_PREFIX = 'bench-';

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

function benchContact(index: number, now: string): Contact {
  return createContact({
    id: `${BENCH_PREFIX}${String(index).padStart(6, '0')}`,
    pathwayVersion: 'bench',
    label: `Visit ${index}`,
    role: 'health-visitor',
    contactType: 'hv-new-birth',
    presence: nobodyElsePresent,
    now,
  });
}

export async function runStorageBenchmark(options: StorageBenchmarkOptions): Promise<StorageBenchmarkResult> {
  const { db, vault } = options;
  const count = options.count ?? 5000;
  const writes = options.writes ?? 200;
  const keys = vault.keys();
  const now = new Date().toISOString();

  // Seed in bulk (the seeding time is reported but is not one of the targets).
  let started = performance.now();
  const chunk = 500;
  for (let offset = 0; offset < count; offset += chunk) {
    const rows = await Promise.all(
      Array.from({ length: Math.min(chunk, count - offset) }, async (_, i) => {
        const contact = benchContact(offset + i, now);
        const [base, card] = await Promise.all([sealBase(keys, contact), sealCard(keys, contact.id, contact.label)]);
        const at = Date.parse(now);
        const header: ContactHeaderRow = { id: contact.id, status: 'in-progress', startedAt: at, updatedAt: at, seq: 0, card, cardAt: at, cardSeq: 0 };
        return { header, base: { id: contact.id, base } };
      }),
    );
    await db.transaction('rw', [db.contacts, db.contactBases], async () => {
      await db.contacts.bulkPut(rows.map((row) => row.header));
      await db.contactBases.bulkPut(rows.map((row) => row.base));
    });
  }
  const seedMs = performance.now() - started;

  // Writes: one answer at a time, as a practitioner gives them, through autosave.
  const store = createContactStore({ db, vault });
  const target = benchContact(count, now);
  await store.create(target);
  const loaded = await store.load(target.id);
  const autosave = createAutosave({ store, initial: loaded, watch: false });
  const latencies: number[] = [];
  for (let i = 0; i < writes; i += 1) {
    const change: ContactChange = {
      type: 'answer',
      answer: {
        questionId: `bench-q${i % 40}`,
        subject: i % 2 === 0 ? 'birthing-parent' : 'partner',
        response: { kind: 'option', optionId: `o${i % 4}` },
        answeredAt: new Date().toISOString(),
      },
    };
    started = performance.now();
    autosave.save(change);
    await autosave.flush();
    latencies.push(performance.now() - started);
  }
  autosave.dispose();

  started = performance.now();
  const cold = await store.list();
  const listColdMs = performance.now() - started;

  db.close();
  started = performance.now();
  await db.open();
  const listed = await createContactStore({ db, vault }).list();
  const listMs = performance.now() - started;

  await createContactStore({ db, vault }).saveChange(target.id, {
    type: 'answer',
    answer: { questionId: 'bench-after', subject: 'birthing-parent', response: { kind: 'option', optionId: 'o1' }, answeredAt: new Date().toISOString() },
  });
  db.close();
  started = performance.now();
  await db.open();
  const afterWrite = await createContactStore({ db, vault }).list();
  const listAfterWriteMs = performance.now() - started;
  if (cold.length < count || listed.length < count || afterWrite.length < count) throw new Error('benchmark: listing is missing contacts');

  if (options.cleanUp !== false) {
    await store.purgeExpired((facts) => facts.id.startsWith(BENCH_PREFIX), Number.NEGATIVE_INFINITY);
  }

  return {
    count,
    writes,
    seedMs,
    writeMedianMs: percentile(latencies, 50),
    writeP95Ms: percentile(latencies, 95),
    listColdMs,
    listMs,
    listAfterWriteMs,
  };
}
