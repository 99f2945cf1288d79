import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zipEntries } from '../../scripts/deploy/zip';

// scripts/deploy/zip.ts: the packages' zip writer. Its output depends only on names and bytes.

const entries = [
  { name: 'manifest.json', data: Buffer.from('{"name":"x"}') },
  { name: 'chunks/a.js', data: Buffer.from('console.log(1);'.repeat(200)) },
  { name: 'icon/16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
];

describe('zipEntries', () => {
  it('[H75-e] gives the same bytes for the same files in any order (no dates, sorted names)', () => {
    const first = zipEntries(entries);
    const second = zipEntries([...entries].reverse());
    expect(second.equals(first)).toBe(true);
  });

  it('writes a zip that unzip reads back exactly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmh-zip-'));
    try {
      const file = join(dir, 'test.zip');
      writeFileSync(file, zipEntries(entries));
      const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
      expect(listing).toEqual(['chunks/a.js', 'icon/16.png', 'manifest.json']);
      execFileSync('unzip', ['-tq', file]);
      for (const entry of entries) expect(execFileSync('unzip', ['-p', file, entry.name]).equals(entry.data)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses the same name twice', () => {
    expect(() => zipEntries([entries[0]!, entries[0]!])).toThrow('twice');
  });

  it('computes the zip CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
