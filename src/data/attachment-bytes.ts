/**
 * Reading, checking and hashing an attachment's bytes. All run before the write transaction: an IndexedDB
 * transaction commits as soon as it waits on anything that is not IndexedDB, such as a file read
 * or Web Crypto.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MAX_ATTACHMENT_BYTES, type AttachmentRef } from '@/domain/escalation/escalation';
import { WIRE_LIMITS } from '@/domain/sync/wire-limits';
import type { AttachmentRow } from './db';

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

/** The picture types the server takes for escalation notes and readiness checklist photos. */
const IMAGE_TYPES: readonly AttachmentRef['contentType'][] = [
  'image/jpeg',
  'image/png',
  'image/webp',
];

/** Why a picture cannot be stored; each repository throws its own error with it. */
export type ImageRefusal = 'unsupported-type' | 'too-large';

/** A file name the wire accepts: no control characters, at most `shortTextLength` characters. */
function displayName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(printable).slice(0, WIRE_LIMITS.shortTextLength).join('') || fallback;
}

/**
 * A picture checked (type, size) and read into the row the device stores until it is uploaded,
 * or why it was refused. Runs before the write transaction, like the reads above.
 */
export async function readImageAttachment(
  blob: Blob,
  name: string,
  fallbackName: string,
): Promise<AttachmentRow | ImageRefusal> {
  const contentType = IMAGE_TYPES.find((type) => type === blob.type);
  if (!contentType || blob.size === 0) return 'unsupported-type';
  if (blob.size > MAX_ATTACHMENT_BYTES) return 'too-large';
  const bytes = await readBlobBytes(blob);
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return 'too-large';
  return {
    sha256: await sha256Hex(bytes),
    contentType,
    size: bytes.byteLength,
    name: displayName(name, fallbackName),
    bytes: bytes.slice().buffer,
    uploaded: 0,
  };
}
