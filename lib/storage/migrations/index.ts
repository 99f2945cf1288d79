import type { Migration } from './migration';
import { v1 } from './v1';

export type { Migration } from './migration';

/**
 * Every schema step, oldest first. To add one: create vN.ts exporting a Migration (copy the
 * shape of a step with an upgrade from tests/lib/storage/migrations.test.ts), append it here,
 * add tests/lib/storage/fixtures/vN.json, and the migration test will run it.
 */
export const migrations: readonly Migration[] = [v1];

export const latestVersion = migrations[migrations.length - 1]?.version ?? 0;
