// CRC-32 (IEEE 802.3, the zip/PNG polynomial), synchronous and dependency-free. The handover
// block uses it to detect accidental damage: a record system that drops a line, a stray keypress,
// a truncated paste. It is a checksum, not a signature: anyone can recompute it after editing, so
// it cannot prove who made a block (see docs/handover.md). WebCrypto's SHA-256 would be no stronger
// against deliberate edits without a shared secret, and it is asynchronous.

const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of raw bytes (the zip writer of `npm run package` uses it too: scripts/deploy/zip.ts). */
export function crc32Bytes(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-32 of the bytes of an ASCII string (the block's envelope is ASCII). */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = (TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function crc32Hex(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}
