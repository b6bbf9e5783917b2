/**
 * Reading and hashing an attachment's bytes. Both run before the write transaction: an IndexedDB
 * transaction commits as soon as it waits on anything that is not IndexedDB, such as a file read
 * or Web Crypto.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The bytes of a Blob or File, also where `Blob#arrayBuffer` is missing (older WebViews, jsdom). */
export async function readBlobBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('attachment/unreadable'));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * Lower-case hex SHA-256 of `bytes`: Web Crypto where the page has it (secure contexts only),
 * otherwise @noble/hashes, so a page served over plain HTTP on a LAN still works.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    return bytesToHex(new Uint8Array(digest));
  }
  return bytesToHex(sha256(bytes));
}
