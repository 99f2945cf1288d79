import { describe, expect, it } from 'vitest';
import {
  IV_BYTES,
  PBKDF2_MIN_ITERATIONS,
  SALT_BYTES,
  assertIterations,
  deriveDataKeys,
  deriveKeyEncryptionKey,
  fromBase64,
  newKdfParams,
  openBytes,
  openJson,
  randomBytes,
  rowAad,
  sealBytes,
  sealJson,
  slotRowId,
  toBase64,
  type Sealed,
} from '../../../lib/storage/crypto';
import { isStorageError } from '../../../lib/storage/errors';

const weak = { allowWeakIterationsForTests: true } as const;

async function keys() {
  return deriveDataKeys(randomBytes(32));
}

describe('sealing values with AES-GCM', () => {
  it('round-trips JSON through encryption', async () => {
    const { data } = await keys();
    const value = { familyWords: 'We would like the GP to know', n: 3, nested: [true, null] };
    const sealed = await sealJson(data, value, rowAad('contacts', 'c1', 'base'));
    expect(sealed.iv.byteLength).toBe(IV_BYTES);
    expect(await openJson(data, sealed, rowAad('contacts', 'c1', 'base'))).toEqual(value);
  });

  it('[H17-b] uses a fresh IV every time, so equal answers do not look equal at rest', async () => {
    const { data } = await keys();
    const a = await sealJson(data, 'same', 'aad');
    const b = await sealJson(data, 'same', 'aad');
    expect(toBase64(a.iv)).not.toBe(toBase64(b.iv));
    expect(toBase64(a.ct)).not.toBe(toBase64(b.ct));
  });

  it('[H17-a] refuses a ciphertext moved to another row (the AAD names the row)', async () => {
    const { data } = await keys();
    const sealed = await sealJson(data, 'answer', rowAad('contactChanges', 'c1', 'slotA'));
    await expect(openJson(data, sealed, rowAad('contactChanges', 'c1', 'slotB'))).rejects.toSatisfy((error) =>
      isStorageError(error, 'corrupt-record'),
    );
    await expect(openJson(data, sealed, rowAad('contactChanges', 'c2', 'slotA'))).rejects.toSatisfy((error) =>
      isStorageError(error, 'corrupt-record'),
    );
  });

  it.each([
    ['the ciphertext', (s: Sealed): Sealed => ({ ...s, ct: flip(s.ct, 0) })],
    ['the authentication tag', (s: Sealed): Sealed => ({ ...s, ct: flip(s.ct, s.ct.byteLength - 1) })],
    ['the IV', (s: Sealed): Sealed => ({ ...s, iv: flip(s.iv, 3) })],
  ])('detects one altered bit in %s', async (_part, tamper) => {
    const { data } = await keys();
    const sealed = await sealBytes(data, new TextEncoder().encode('EPDS item 10: never') as Uint8Array<ArrayBuffer>, 'aad');
    await expect(openBytes(data, tamper(sealed), 'aad')).rejects.toSatisfy((error) =>
      isStorageError(error, 'corrupt-record'),
    );
  });

  it('refuses a value sealed under another key', async () => {
    const a = await keys();
    const b = await keys();
    const sealed = await sealJson(a.data, 'x', 'aad');
    await expect(openJson(b.data, sealed, 'aad')).rejects.toSatisfy((error) => isStorageError(error, 'corrupt-record'));
  });

  it('refuses something that is not a sealed value', async () => {
    const { data } = await keys();
    await expect(openJson(data, { v: 1, iv: 'x', ct: 'y' } as unknown as Sealed, 'aad')).rejects.toSatisfy((error) =>
      isStorageError(error, 'corrupt-record'),
    );
  });

  it('[H17-c] derives non-extractable keys, so key bytes cannot be read back out', async () => {
    const derived = await keys();
    expect(derived.data.extractable).toBe(false);
    expect(derived.slot.extractable).toBe(false);
    const kek = await deriveKeyEncryptionKey('passphrase here', newKdfParams(1000, weak), weak);
    expect(kek.extractable).toBe(false);
  });
});

describe('the passphrase key (PBKDF2-SHA256)', () => {
  it.each([0, 1, 100_000, PBKDF2_MIN_ITERATIONS - 1])('refuses %i iterations without the test-only option', (n) => {
    expect(() => assertIterations(n)).toThrow(/iterations/);
    expect(() => newKdfParams(n)).toThrow(/iterations/);
  });

  it('[H17-d] accepts the floor of 600,000 iterations and uses it by default', () => {
    expect(PBKDF2_MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(() => assertIterations(PBKDF2_MIN_ITERATIONS)).not.toThrow();
    expect(newKdfParams().iterations).toBe(PBKDF2_MIN_ITERATIONS);
  });

  it('makes a random 16-byte salt for every new passphrase', () => {
    const a = newKdfParams();
    const b = newKdfParams();
    expect(a.salt.byteLength).toBe(SALT_BYTES);
    expect(toBase64(a.salt)).not.toBe(toBase64(b.salt));
  });

  it('refuses weak iteration counts even when deriving from stored parameters', async () => {
    const params = newKdfParams(1000, weak);
    await expect(deriveKeyEncryptionKey('passphrase here', params)).rejects.toThrow(/iterations/);
  });

  it('derives the same key from the same passphrase, a different one otherwise, at the real 600,000 iterations', async () => {
    const params = newKdfParams();
    const [a, b, wrong] = await Promise.all([
      deriveKeyEncryptionKey('three random words', params),
      deriveKeyEncryptionKey('three random words', params),
      deriveKeyEncryptionKey('three random wordz', params),
    ]);
    const sealed = await sealJson(a, 'secret', 'aad');
    expect(await openJson(b, sealed, 'aad')).toBe('secret');
    await expect(openJson(wrong, sealed, 'aad')).rejects.toSatisfy((error) => isStorageError(error, 'corrupt-record'));
  }, 20_000);

  it('treats composed and decomposed accents as the same passphrase', async () => {
    const params = newKdfParams(1000, weak);
    const composed = await deriveKeyEncryptionKey('caf\u00e9 au lait', params, weak);
    const decomposed = await deriveKeyEncryptionKey('cafe\u0301 au lait', params, weak);
    const sealed = await sealJson(composed, 'ok', 'aad');
    expect(await openJson(decomposed, sealed, 'aad')).toBe('ok');
  });
});

describe('slot row ids', () => {
  it('are stable for a slot and differ between slots and contacts, without revealing the slot', async () => {
    const { slot } = await keys();
    const a = await slotRowId(slot, 'c1', 'answer:birthing-parent/epds-10');
    expect(await slotRowId(slot, 'c1', 'answer:birthing-parent/epds-10')).toBe(a);
    expect(await slotRowId(slot, 'c1', 'answer:partner/epds-10')).not.toBe(a);
    expect(await slotRowId(slot, 'c2', 'answer:birthing-parent/epds-10')).not.toBe(a);
    expect(a).not.toMatch(/epds|answer|parent/);
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('base64', () => {
  it('round-trips bytes', () => {
    const bytes = randomBytes(40);
    expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
  });
});

function flip(bytes: Uint8Array<ArrayBuffer>, index: number): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}
