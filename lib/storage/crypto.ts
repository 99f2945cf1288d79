import { StorageError } from './errors';

// Pure WebCrypto (globalThis.crypto.subtle: browsers and Node 20), no other dependency.
//
// Key hierarchy (see docs/privacy.md):
//   passphrase --PBKDF2-SHA256, >= 600,000 iterations, random 16-byte salt--> key-encryption key
//   key-encryption key --AES-GCM--> wraps a random 32-byte master secret
//   master secret --HKDF-SHA256--> AES-GCM-256 data key (rows) + HMAC-SHA256 slot key (row ids)
// Changing the passphrase re-wraps the master secret only; no row is re-encrypted.
// Every derived key is non-extractable. The master secret exists as bytes only while being
// unwrapped and, when the session key holder is used, in browser.storage.session (memory only).

/** OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256 needs at least 600,000 iterations. */
export const PBKDF2_MIN_ITERATIONS = 600_000;
export const PBKDF2_DEFAULT_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const MASTER_SECRET_BYTES = 32;
/** 96-bit IVs are what AES-GCM is specified for (NIST SP 800-38D §8.2). */
export const IV_BYTES = 12;

export type Bytes = Uint8Array<ArrayBuffer>;

/** Encrypted JSON as stored: `v` lets a later version change the algorithm without guessing. */
export type Sealed = { readonly v: 1; readonly iv: Bytes; readonly ct: Bytes };

export type KdfParams = {
  readonly algorithm: 'PBKDF2-SHA256';
  readonly iterations: number;
  readonly salt: Bytes;
};

export type DataKeys = {
  /** AES-GCM-256, encrypts every clinical value. */
  readonly data: CryptoKey;
  /** HMAC-SHA256, turns a change slot ("answer:partner/epds-10") into an opaque row id. */
  readonly slot: CryptoKey;
};

export type KdfOptions = {
  /**
   * Unit tests only: allows fewer than PBKDF2_MIN_ITERATIONS so a test run takes seconds.
   * Production code never passes it; a test asserts the floor holds without it.
   */
  readonly allowWeakIterationsForTests?: true;
};

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new StorageError('unavailable', 'WebCrypto (crypto.subtle) is not available');
  return api;
}

export function randomBytes(length: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

function utf8(text: string): Bytes {
  return encoder.encode(text) as Bytes;
}

export function assertIterations(iterations: number, options: KdfOptions = {}): void {
  if (!Number.isSafeInteger(iterations) || iterations < 1) {
    throw new StorageError('invalid-data', `PBKDF2 iterations must be a positive integer, got ${iterations}`);
  }
  if (iterations < PBKDF2_MIN_ITERATIONS && options.allowWeakIterationsForTests !== true) {
    throw new StorageError(
      'invalid-data',
      `PBKDF2 iterations ${iterations} is below the floor of ${PBKDF2_MIN_ITERATIONS}`,
    );
  }
}

export function newKdfParams(iterations: number = PBKDF2_DEFAULT_ITERATIONS, options: KdfOptions = {}): KdfParams {
  assertIterations(iterations, options);
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: randomBytes(SALT_BYTES) };
}

/**
 * Passphrases are NFC-normalised so the same words typed on another keyboard layout or OS
 * (composed vs decomposed accents) still unlock.
 */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export async function deriveKeyEncryptionKey(
  passphrase: string,
  params: KdfParams,
  options: KdfOptions = {},
): Promise<CryptoKey> {
  assertIterations(params.iterations, options);
  if (params.salt.byteLength < SALT_BYTES) {
    throw new StorageError('invalid-data', 'PBKDF2 salt is shorter than 16 bytes');
  }
  const material = await subtle().importKey('raw', utf8(normalisePassphrase(passphrase)), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: params.salt, iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** HKDF "info" labels keep the two derived keys independent of each other. */
const HKDF_INFO_DATA = 'pmh-contact-companion/v1/data-key';
const HKDF_INFO_SLOT = 'pmh-contact-companion/v1/slot-key';

export async function deriveDataKeys(masterSecret: Bytes): Promise<DataKeys> {
  if (masterSecret.byteLength !== MASTER_SECRET_BYTES) {
    throw new StorageError('invalid-data', 'master secret has the wrong length');
  }
  const base = await subtle().importKey('raw', masterSecret, 'HKDF', false, ['deriveKey']);
  // A zero salt is what RFC 5869 §2.2 prescribes when none is available; the input is already uniformly random.
  const salt = new Uint8Array(32);
  const [data, slot] = await Promise.all([
    subtle().deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt, info: utf8(HKDF_INFO_DATA) },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    ),
    subtle().deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt, info: utf8(HKDF_INFO_SLOT) },
      base,
      { name: 'HMAC', hash: 'SHA-256', length: 256 },
      false,
      ['sign'],
    ),
  ]);
  return { data, slot };
}

/**
 * Additional authenticated data names the row a ciphertext belongs to, so a ciphertext copied
 * into another row (another contact, another answer) fails to decrypt instead of being believed.
 * JSON array encoding keeps the parts unambiguous whatever characters an id contains.
 */
export function rowAad(...parts: readonly string[]): string {
  return JSON.stringify(['pmh/v1', ...parts]);
}

export async function sealBytes(key: CryptoKey, plaintext: Bytes, aad: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: utf8(aad) }, key, plaintext);
  return { v: 1, iv, ct: new Uint8Array(ct) };
}

/** Throws StorageError('corrupt-record') when the key, the row (AAD) or a single bit is wrong. */
export async function openBytes(key: CryptoKey, sealed: Sealed, aad: string): Promise<Bytes> {
  if (!isSealed(sealed)) throw new StorageError('corrupt-record', 'not an encrypted value');
  try {
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: utf8(aad) }, key, sealed.ct);
    return new Uint8Array(plain);
  } catch (error) {
    throw new StorageError('corrupt-record', 'decryption failed (wrong key, wrong row or altered data)', {
      cause: error,
    });
  }
}

export async function sealJson(key: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
  return sealBytes(key, utf8(JSON.stringify(value)), aad);
}

export async function openJson(key: CryptoKey, sealed: Sealed, aad: string): Promise<unknown> {
  const bytes = await openBytes(key, sealed, aad);
  try {
    return JSON.parse(decoder.decode(bytes)) as unknown;
  } catch (error) {
    throw new StorageError('corrupt-record', 'decrypted value is not JSON', { cause: error });
  }
}

export function isSealed(value: unknown): value is Sealed {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as { v?: unknown; iv?: unknown; ct?: unknown };
  return (
    candidate.v === 1 &&
    candidate.iv instanceof Uint8Array &&
    candidate.iv.byteLength === IV_BYTES &&
    candidate.ct instanceof Uint8Array
  );
}

/**
 * Row ids for change slots are HMACs, so the database never shows which questions were asked
 * or which red flags were acknowledged. 128 bits is ample against collisions within one contact.
 */
export async function slotRowId(slotKey: CryptoKey, contactId: string, slot: string): Promise<string> {
  const mac = await subtle().sign('HMAC', slotKey, utf8(JSON.stringify([contactId, slot])));
  return toBase64Url(new Uint8Array(mac, 0, 16));
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Bytes {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Best effort: JavaScript cannot guarantee a copy was never made, but we do not keep ours. */
export function wipe(bytes: Uint8Array): void {
  bytes.fill(0);
}
