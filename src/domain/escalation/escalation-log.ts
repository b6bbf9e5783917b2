/**
 * The agent's escalation log: append-only and hash-chained on the device (issue #4, "tamper
 * evidence"). Each entry hashes its record's content and the entry before it, so removing or
 * altering an entry or a record shows up in `verifyLog`; each record keeps a copy of its link.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ChainLink, Escalation, EscalationNote } from './escalation';

/** The records the log covers, by entry kind. */
export interface LoggedRecords {
  escalation: Escalation;
  note: EscalationNote;
}

export type LogEntryKind = keyof LoggedRecords;

export interface LogEntry {
  /** 1, 2, 3… with no gaps. */
  seq: number;
  kind: LogEntryKind;
  recordId: string;
  /** ISO instant the entry was appended. */
  at: string;
  /** SHA-256 (lower-case hex) of the record's canonical content, see `contentHashOf`. */
  contentHash: string;
  /** `hash` of the entry before; `GENESIS_HASH` for entry 1. */
  prevHash: string;
  /** SHA-256 of the canonical JSON of this entry without `hash`. */
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Fields that change on the device after the record is logged (sync progress, its own chain link)
 * and so are not part of what the log vouches for.
 */
const LOCAL_ONLY_FIELDS: ReadonlySet<string> = new Set(['syncState', 'chain']);

/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace, the same text on every
 * device and on the server (it agrees with RFC 8785 for the strings and safe integers records
 * hold). Properties set to `undefined` are left out; anything JSON cannot carry throws.
 * @example canonicalJson({ b: [1, 'x'], a: null }) // '{"a":null,"b":[1,"x"]}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('escalation-log/not-json: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  if (isPlainObject(value)) {
    const members = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`escalation-log/not-json: ${typeof value}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** SHA-256 of a record's canonical content, leaving out its local-only fields. */
export function contentHashOf(record: LoggedRecords[LogEntryKind]): string {
  const content = Object.fromEntries(
    Object.entries(record).filter(([key]) => !LOCAL_ONLY_FIELDS.has(key)),
  );
  return sha256Hex(canonicalJson(content));
}

function entryHashOf(entry: Omit<LogEntry, 'hash'>): string {
  const { seq, kind, recordId, at, contentHash, prevHash } = entry;
  return sha256Hex(canonicalJson({ seq, kind, recordId, at, contentHash, prevHash }));
}

/**
 * The entry that logs `record` after `previous` (the newest entry, `undefined` for an empty log).
 * Pure: the data layer stores it and copies `{ seq, hash }` into the record's `chain` in the same
 * transaction.
 */
export function appendEntry<K extends LogEntryKind>(
  previous: LogEntry | undefined,
  kind: K,
  record: LoggedRecords[K],
  at: string,
): LogEntry {
  const unsigned = {
    seq: previous ? previous.seq + 1 : 1,
    kind,
    recordId: record.id,
    at,
    contentHash: contentHashOf(record),
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...unsigned, hash: entryHashOf(unsigned) };
}

/** The record's `{ seq, hash }` as the data layer copies it from its entry. */
export function chainLinkOf(entry: LogEntry): ChainLink {
  return { seq: entry.seq, hash: entry.hash };
}

interface RecordRef {
  kind: LogEntryKind;
  recordId: string;
}

/** One thing wrong with the log, as a code for the UI to explain. */
export type LogProblem =
  /** Entries `fromSeq`…`toSeq` are missing (a gap in the numbering). */
  | { code: 'log/entries-removed'; fromSeq: number; toSeq: number }
  /** Entry `seq` does not point at the entry before it: that one was removed or replaced. */
  | { code: 'log/chain-broken'; seq: number }
  /** A second entry claims number `seq`: one of them was inserted. */
  | { code: 'log/seq-repeated'; seq: number }
  /** Entry `seq` no longer matches its own hash. */
  | { code: 'log/entry-altered'; seq: number }
  /** The record differs from the content entry `seq` logged. */
  | ({ code: 'log/record-altered'; seq: number } & RecordRef)
  /** The record's copy of its link disagrees with entry `seq`: the chain was rewritten. */
  | ({ code: 'log/link-mismatch'; seq: number } & RecordRef)
  /** A record on the device that no entry logs (its entry was removed, or it was slipped in). */
  | ({ code: 'log/record-without-entry' } & RecordRef)
  /** An entry whose record is gone from the device. */
  | ({ code: 'log/entry-without-record'; seq: number } & RecordRef);

export interface LogVerification {
  ok: boolean;
  problems: LogProblem[];
}

export interface LogRecordSet {
  escalations: readonly Escalation[];
  notes: readonly EscalationNote[];
}

/**
 * Checks the whole log against the records on the device and lists every problem found. Removing
 * the newest entries leaves no gap, but their records are then without entries, and the server
 * holds each record's link as a witness.
 */
export function verifyLog(entries: readonly LogEntry[], records: LogRecordSet): LogVerification {
  const byKey = new Map<string, { kind: LogEntryKind; record: LoggedRecords[LogEntryKind] }>();
  for (const record of records.escalations) {
    byKey.set(keyOf('escalation', record.id), { kind: 'escalation', record });
  }
  for (const record of records.notes) byKey.set(keyOf('note', record.id), { kind: 'note', record });

  const problems: LogProblem[] = [];
  const logged = new Set<string>();
  let previous: LogEntry | undefined;
  for (const entry of [...entries].sort((a, b) => a.seq - b.seq)) {
    problems.push(...chainProblems(previous, entry));
    if (entryHashOf(entry) !== entry.hash)
      problems.push({ code: 'log/entry-altered', seq: entry.seq });

    const ref = { kind: entry.kind, recordId: entry.recordId };
    const key = keyOf(entry.kind, entry.recordId);
    const record = byKey.get(key)?.record;
    logged.add(key);
    if (!record) {
      problems.push({ code: 'log/entry-without-record', seq: entry.seq, ...ref });
    } else {
      if (contentHashOf(record) !== entry.contentHash) {
        problems.push({ code: 'log/record-altered', seq: entry.seq, ...ref });
      }
      const link = (record as { chain?: ChainLink }).chain;
      if (link && (link.seq !== entry.seq || link.hash !== entry.hash)) {
        problems.push({ code: 'log/link-mismatch', seq: entry.seq, ...ref });
      }
    }
    previous = entry;
  }

  for (const [key, { kind, record }] of byKey) {
    if (!logged.has(key))
      problems.push({ code: 'log/record-without-entry', kind, recordId: record.id });
  }
  return { ok: problems.length === 0, problems };
}

function keyOf(kind: LogEntryKind, recordId: string): string {
  return `${kind}:${recordId}`;
}

function chainProblems(previous: LogEntry | undefined, entry: LogEntry): LogProblem[] {
  const expectedSeq = previous ? previous.seq + 1 : 1;
  if (previous && entry.seq === previous.seq) return [{ code: 'log/seq-repeated', seq: entry.seq }];
  if (entry.seq > expectedSeq) {
    return [{ code: 'log/entries-removed', fromSeq: expectedSeq, toSeq: entry.seq - 1 }];
  }
  if (entry.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
    return [{ code: 'log/chain-broken', seq: entry.seq }];
  }
  return [];
}
