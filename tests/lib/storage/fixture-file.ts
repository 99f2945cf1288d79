import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromBase64, toBase64 } from '../../../lib/storage/crypto';
import type { Contact } from '../../../lib/contact/contact';

// Migration fixtures: the raw rows of every table as stored at one schema version, plus the
// passphrase and the contacts they must decode to. Bytes (IVs, ciphertexts, salts) are written as
// { "$bytes": base64 } so the fixture is plain JSON.

export type StorageFixture = {
  version: number;
  description: string;
  passphrase: string;
  tables: Record<string, unknown[]>;
  expected: { contacts: Record<string, Contact> };
};

export function fixturePath(version: number): string {
  return fileURLToPath(new URL(`./fixtures/v${version}.json`, import.meta.url));
}

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encode(inner)]));
  }
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$bytes === 'string' && Object.keys(record).length === 1) return fromBase64(record.$bytes);
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, decode(inner)]));
  }
  return value;
}

export function readFixture(version: number): StorageFixture {
  const raw = JSON.parse(readFileSync(fixturePath(version), 'utf8')) as StorageFixture;
  return { ...raw, tables: decode(raw.tables) as Record<string, unknown[]> };
}

export function writeFixture(fixture: StorageFixture): void {
  writeFileSync(fixturePath(fixture.version), `${JSON.stringify({ ...fixture, tables: encode(fixture.tables) }, null, 2)}\n`);
}
