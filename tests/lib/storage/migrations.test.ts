import { existsSync } from 'node:fs';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createContactStore } from '../../../lib/storage/contact-store';
import { PmhDatabase, openDatabase } from '../../../lib/storage/database';
import { latestVersion, migrations, type Migration } from '../../../lib/storage/migrations';
import { fixturePath, readFixture } from './fixture-file';
import { fakeBrowserProfile, testVault } from './helpers';

// One fixture per schema version; one test runs every step from each fixture to the latest
// version and checks the current code still reads every contact in it.

async function seed(db: PmhDatabase, tables: Record<string, unknown[]>) {
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [name, rows] of Object.entries(tables)) await db.table(name).bulkAdd(rows);
  });
  db.close();
}

describe('schema migrations', () => {
  it('has a fixture for every version', () => {
    for (const step of migrations) expect(existsSync(fixturePath(step.version)), `fixtures/v${step.version}.json`).toBe(true);
  });

  it('declares versions in increasing order, each with a description', () => {
    const versions = migrations.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const step of migrations) expect(step.description.length).toBeGreaterThan(10);
  });

  it('never indexes a clinical field', () => {
    const allowed = new Set(['id', 'status', 'updatedAt', '[contactId+slotId]', 'contactId', '++id', 'quarantinedAt', 'key']);
    for (const step of migrations) {
      for (const spec of Object.values(step.stores)) {
        for (const index of (spec ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
          expect(allowed, `index "${index}" in v${step.version}`).toContain(index);
        }
      }
    }
  });

  it.each(migrations.map((step) => step.version))(
    '[H22-g] runs every step from the v%i fixture to the latest version, and every contact in it still loads',
    async (version) => {
      const fixture = readFixture(version);
      const profile = fakeBrowserProfile();
      await seed(profile.open({ migrations: migrations.filter((step) => step.version <= version) }), fixture.tables);

      const db = await openDatabase({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange });
      expect(db.verno).toBe(latestVersion);
      const vault = testVault(db);
      await vault.unlock(fixture.passphrase);
      const store = createContactStore({ db, vault });
      for (const [id, expected] of Object.entries(fixture.expected.contacts)) {
        expect((await store.load(id)).contact).toEqual(expected);
      }
      expect((await store.list()).map((entry) => entry.id).sort()).toEqual(Object.keys(fixture.expected.contacts).sort());
      db.close();
    },
  );
});

describe('the migration harness (with made-up steps)', () => {
  const v1 = migrations[0]!;
  const renameStatus: Migration = {
    version: 2,
    description: 'Example: index startedAt and rewrite a plain field on every header.',
    stores: { ...v1.stores, contacts: 'id, status, updatedAt, startedAt' },
    upgrade: async (tx) => {
      await tx.table('contacts').toCollection().modify((row: { status: string }) => {
        if (row.status === 'in-progress') row.status = 'in-progress';
      });
      await tx.table('meta').put({ key: 'migrated-to-2', value: true });
    },
  };
  const failing: Migration = {
    version: 2,
    description: 'Fails on purpose halfway through.',
    stores: { ...v1.stores },
    upgrade: async (tx) => {
      await tx.table('contacts').clear();
      throw new Error('deliberate failure');
    },
  };

  it('runs an upgrade step', async () => {
    const profile = fakeBrowserProfile();
    await seed(profile.open({ migrations: [v1] }), readFixture(1).tables);
    const db = await openDatabase({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange, migrations: [v1, renameStatus] });
    expect(db.verno).toBe(2);
    expect(await db.meta.get('migrated-to-2')).toEqual({ key: 'migrated-to-2', value: true });
    expect(await db.contacts.count()).toBe(readFixture(1).tables.contacts!.length);
    db.close();
  });

  it('[H22-e] stops on a failed step and keeps the old data and version', async () => {
    const profile = fakeBrowserProfile();
    const fixture = readFixture(1);
    await seed(profile.open({ migrations: [v1] }), fixture.tables);

    await expect(
      openDatabase({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange, migrations: [v1, failing] }),
    ).rejects.toMatchObject({ code: 'migration-failed' });

    // Still version 1 (opening at v1 would fail with VersionError otherwise), every row intact.
    const db = await openDatabase({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange, migrations: [v1] });
    expect(db.verno).toBe(1);
    for (const [name, rows] of Object.entries(fixture.tables)) {
      expect(await db.table(name).count(), name).toBe(rows.length);
    }
    const vault = testVault(db);
    await vault.unlock(fixture.passphrase);
    const store = createContactStore({ db, vault });
    for (const [id, expected] of Object.entries(fixture.expected.contacts)) {
      expect((await store.load(id)).contact).toEqual(expected);
    }
    db.close();
  });

  it('[H22-f] refuses to open data written by a newer version, without touching it', async () => {
    const profile = fakeBrowserProfile();
    const newer = profile.open({ migrations: [v1, renameStatus] });
    await newer.open();
    newer.close();
    await expect(
      openDatabase({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange, migrations: [v1] }),
    ).rejects.toMatchObject({ code: 'newer-version' });
  });

  it('refuses steps that are out of order', () => {
    expect(() => new PmhDatabase({ name: 'x', migrations: [renameStatus, v1] })).toThrow(/increase/);
  });
});
