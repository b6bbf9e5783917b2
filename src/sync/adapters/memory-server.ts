/**
 * An in-memory system of record implementing the server side of SYNC.md §4.6–4.7: per client group
 * `last_seq`, mutationId dedupe, stop at a gap, rejection with quarantine, `client-state-not-found`
 * for a client group it has no state for, per-space versions and paged pulls with an estimate of
 * what remains, content-addressed attachments, and pulls shaped for an older app schema. Each call
 * runs synchronously, so it commits atomically like one SQL transaction.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { v4 as uuidv4 } from 'uuid';
import { MAX_ATTACHMENT_BYTES, type AttachmentRef } from '@/domain/escalation/escalation';
import { parsePullRequest, parsePushRequest } from '@/domain/sync/protocol-schemas';
import {
  PROTOCOL_VERSION,
  type Change,
  type DownTable,
  type MutationEnvelope,
  type MutationResult,
  type PullResponse,
  type PushResponse,
} from '@/domain/sync/protocol';
import { splitExamKey, withExamKey, type ExamKey } from '@/domain/sync/exam-key';
import { isTableKnownAt, needsReshapeAt, rowForSchema } from '@/domain/sync/schema-history';
import type { Exam, ExamAttempt, ExamResult } from '@/domain/training/training';
import { SyncError } from '@/sync/sync-adapter';
import {
  comparePositions,
  decodeCursor,
  encodeCursor,
  type SpacePosition,
} from './memory-server-cursor';
import { decideMutation } from './memory-server-mutations';

/** Training content and project rules are shared by the organisation; the rest is per agent. */
const ORG_TABLES: ReadonlySet<DownTable> = new Set([
  'projects',
  'policies',
  'trainingModules',
  'lessons',
  'exams',
]);
const ORG_SPACE = 'org';

interface ServerRow {
  space: string;
  table: DownTable;
  key: string;
  version: number;
  /** `null` is a tombstone. */
  value: unknown;
}

export interface MutationLogEntry {
  clientGroupId: string;
  seq: number;
  mutationId: string;
  result: MutationResult;
}

export interface QuarantineEntry {
  agentId: string;
  envelope: MutationEnvelope;
  code: string;
  message: string;
}

export interface MemoryServerOptions {
  /** Newest app schema the server understands; older mutations within two versions are accepted. */
  schemaVersion?: number;
  /** Largest batch accepted before answering 413. */
  maxPushMutations?: number;
  /** Server time (the receipt of an escalation, the grading of an attempt). */
  now?: () => Date;
  /**
   * Who its exam results say graded them: `device` (the default) when it stands in for the
   * agent's own browser, `server` when it plays the reference server in a test.
   */
  gradedBy?: ExamResult['gradedBy'];
}

export type MemoryServer = ReturnType<typeof createMemoryServer>;

/** A fresh, empty server; `writeAsEmployer` fills it, the adapter talks to it. */
export function createMemoryServer({
  schemaVersion = 5,
  maxPushMutations = 1_000,
  now = () => new Date(),
  gradedBy = 'device',
}: MemoryServerOptions = {}) {
  const spaceVersions = new Map<string, number>();
  const rows = new Map<string, ServerRow>();
  const clientGroups = new Map<string, { agentId: string; lastSeq: number }>();
  const log = new Map<string, MutationLogEntry>();
  const logBySeq = new Map<string, MutationLogEntry>();
  const quarantine: QuarantineEntry[] = [];
  const effectCounts = new Map<string, number>();
  const pokeListeners = new Set<() => void>();
  /** Attachment bytes per agent and hash: one agent never sees or vouches for another's. */
  const attachments = new Map<string, { ref: AttachmentRef; bytes: Uint8Array }>();
  const attachmentId = (agentId: string, hash: string) => `${agentId}\u0000${hash}`;
  /** Certification keys, by the exam row's id: kept here, never sent down (issue #8). */
  const examKeys = new Map<string, ExamKey>();
  let epoch = 1;

  const spaceOf = (table: DownTable, agentId: string) =>
    ORG_TABLES.has(table) ? ORG_SPACE : `agent:${agentId}`;
  const rowId = (space: string, table: string, key: string) => `${space}\u0000${table}\u0000${key}`;
  const clone = <T>(value: T): T => structuredClone(value);

  /** One writer transaction: every change gets the next version of its space. */
  function write(agentId: string, changes: readonly Change[]): void {
    const versions = new Map<string, number>();
    for (const change of changes) {
      const space = spaceOf(change.table, agentId);
      const version = versions.get(space) ?? (spaceVersions.get(space) ?? 0) + 1;
      versions.set(space, version);
      let value = change.op === 'put' ? clone(change.value) : null;
      const id = rowId(space, change.table, change.key);
      if (change.table === 'exams') {
        const split = splitExamKey(value);
        value = split.row;
        if (split.key) examKeys.set(id, split.key);
        else examKeys.delete(id);
      }
      rows.set(id, {
        space,
        table: change.table,
        key: change.key,
        version,
        value,
      });
    }
    for (const [space, version] of versions) spaceVersions.set(space, version);
    for (const listener of pokeListeners) listener();
  }

  function readRow(agentId: string, table: DownTable, key: string): unknown {
    return rows.get(rowId(spaceOf(table, agentId), table, key))?.value ?? null;
  }

  /**
   * Validates and applies one mutation; a permanent problem becomes a quarantined rejection, a
   * transient one (`wait`) leaves everything as it was and stops the push there.
   */
  function applyMutation(agentId: string, envelope: MutationEnvelope): MutationResult | 'wait' {
    const { seq, mutationId } = envelope;
    const decision = decideMutation(envelope, {
      agentId,
      schemaVersion,
      readRow: (table, key) => readRow(agentId, table, key),
      hasHeldRow: (table, key) => rows.has(rowId(spaceOf(table, agentId), table, key)),
      hasAttachment: (hash) => attachments.has(attachmentId(agentId, hash)),
      readExam: (examId) => {
        const exam = readRow(agentId, 'exams', examId) as Exam | null;
        const key = examKeys.get(rowId(spaceOf('exams', agentId), 'exams', examId));
        return exam && withExamKey(clone(exam), key ?? null);
      },
      listAttempts: (examId) =>
        [...rows.values()]
          .filter(
            (row) =>
              row.space === `agent:${agentId}` &&
              row.table === 'examAttempts' &&
              row.value !== null,
          )
          .map((row) => row.value as ExamAttempt)
          .filter((attempt) => attempt.examId === examId),
      gradedBy,
      now,
      newId: uuidv4,
    });
    if (decision.outcome === 'wait') return 'wait';
    if (decision.outcome === 'reject') {
      const { code, message } = decision;
      quarantine.push({ agentId, envelope: clone(envelope), code, message });
      return { seq, mutationId, status: 'rejected', code, message };
    }
    if (decision.outcome === 'apply') {
      write(agentId, decision.changes);
      effectCounts.set(mutationId, (effectCounts.get(mutationId) ?? 0) + 1);
    }
    return { seq, mutationId, status: 'applied' };
  }

  /** A re-delivered mutation gets its first answer again: a rejection stays a rejection. */
  function answerAgain(
    entry: MutationLogEntry | undefined,
    envelope: MutationEnvelope,
  ): MutationResult {
    const duplicate: MutationResult = {
      seq: envelope.seq,
      mutationId: envelope.mutationId,
      status: 'duplicate',
    };
    if (entry?.mutationId !== envelope.mutationId || entry.result.status !== 'rejected')
      return duplicate;
    return { ...entry.result, seq: envelope.seq };
  }

  /** An unknown protocol or a newer app schema is refused as such, not as a bad request. */
  function checkVersions(raw: unknown): void {
    const versions =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
    const isNewer =
      typeof versions.schemaVersion === 'number' && versions.schemaVersion > schemaVersion;
    if (versions.protocolVersion !== PROTOCOL_VERSION || isNewer) {
      throw new SyncError('version-not-supported', '426 unsupported protocol or schema version');
    }
  }

  function push(agentId: string, raw: unknown): PushResponse {
    checkVersions(raw);
    const request = parsePushRequest(raw);
    if (!request.ok) throw new SyncError('server', `400 ${request.issue}`);
    const { clientGroupId, mutations } = request.value;
    if (mutations.length > maxPushMutations) throw new SyncError('payload-too-large', '413');
    const known = clientGroups.get(clientGroupId);
    // A batch that does not start at seq 1 continues a client group this server has lost.
    if (!known && (mutations[0]?.seq ?? 1) > 1) {
      throw new SyncError('client-state-not-found', '410 no state for this client group');
    }
    const client = known ?? { agentId, lastSeq: 0 };
    if (client.agentId !== agentId)
      throw new SyncError('forbidden', '403 client group of another agent');
    clientGroups.set(clientGroupId, client);
    const results: MutationResult[] = [];
    for (const envelope of mutations) {
      if (envelope.seq <= client.lastSeq) {
        results.push(answerAgain(logBySeq.get(`${clientGroupId}:${envelope.seq}`), envelope));
        continue;
      }
      if (envelope.seq > client.lastSeq + 1) break;
      const known = log.get(envelope.mutationId);
      const result = known ? answerAgain(known, envelope) : applyMutation(agentId, envelope);
      if (result === 'wait') break;
      const entry = { clientGroupId, seq: envelope.seq, mutationId: envelope.mutationId, result };
      if (!known) log.set(envelope.mutationId, entry);
      logBySeq.set(`${clientGroupId}:${envelope.seq}`, entry);
      client.lastSeq = envelope.seq;
      results.push(result);
    }
    return { lastMutationSeq: client.lastSeq, results: clone(results) };
  }

  function pull(agentId: string, raw: unknown): PullResponse {
    checkVersions(raw);
    const request = parsePullRequest(raw);
    if (!request.ok) throw new SyncError('server', `400 ${request.issue}`);
    const { clientGroupId, cursor: cursorText, limit } = request.value;
    const client = clientGroups.get(clientGroupId);
    if (client && client.agentId !== agentId)
      throw new SyncError('forbidden', '403 client group of another agent');
    const decoded = cursorText === null ? null : decodeCursor(cursorText);
    const isUsable =
      decoded?.epoch === epoch &&
      decoded.agentId === agentId &&
      decoded.schemaVersion === request.value.schemaVersion;
    const positions: Record<string, SpacePosition> = isUsable ? { ...decoded.positions } : {};
    const spaces = [`agent:${agentId}`, ORG_SPACE];
    const clientSchema = request.value.schemaVersion;
    const pending = [...rows.values()]
      .filter((row) => spaces.includes(row.space))
      .filter((row) => isTableKnownAt(row.table, clientSchema))
      .filter(
        (row) =>
          comparePositions([row.version, row.table, row.key], positions[row.space] ?? [0, '', '']) >
          0,
      )
      .sort(
        (a, b) =>
          spaces.indexOf(a.space) - spaces.indexOf(b.space) ||
          comparePositions([a.version, a.table, a.key], [b.version, b.table, b.key]),
      );
    const page = pending.slice(0, limit);
    for (const row of page) positions[row.space] = [row.version, row.table, row.key];
    return {
      cursor: encodeCursor({
        v: 1,
        epoch,
        agentId,
        schemaVersion: request.value.schemaVersion,
        positions,
      }),
      reset: !isUsable,
      changes: page.map((row): Change =>
        row.value === null
          ? { table: row.table, op: 'del', key: row.key }
          : {
              table: row.table,
              op: 'put',
              key: row.key,
              value: needsReshapeAt(row.table, clientSchema)
                ? rowForSchema(row.table, clone(row.value) as Record<string, unknown>, clientSchema)
                : clone(row.value),
            },
      ),
      hasMore: pending.length > limit,
      ...(pending.length > limit && { remaining: pending.length - limit }),
      lastMutationSeq: client?.lastSeq ?? 0,
    };
  }

  /**
   * Stores an attachment's bytes for `agentId` (SYNC.md §4.8): the hash must match the bytes and
   * the size the limit. Sending the same bytes again changes nothing.
   */
  function uploadAttachment(agentId: string, ref: AttachmentRef, bytes: Uint8Array): void {
    if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new SyncError('payload-too-large', '413');
    if (bytesToHex(sha256(bytes)) !== ref.sha256) {
      throw new SyncError('server', '400 attachment bytes do not match their hash');
    }
    const id = attachmentId(agentId, ref.sha256);
    if (!attachments.has(id)) attachments.set(id, { ref: clone(ref), bytes: bytes.slice() });
  }

  return {
    push,
    pull,
    uploadAttachment,
    /** The bytes of an agent's attachment, as the employer would fetch them. */
    attachment: (agentId: string, hash: string): Uint8Array | undefined =>
      attachments.get(attachmentId(agentId, hash))?.bytes.slice(),
    /** The employer's systems write rows; all changes of one call share a version per space. */
    writeAsEmployer(changes: readonly Change[], agentId: string): void {
      write(agentId, changes);
    },
    /** Forgets every cursor issued so far (a retention horizon passed): the next pull resets. */
    invalidateCursors(): void {
      epoch += 1;
    },
    /**
     * Forgets every client group's `last_seq`, as a restore from an old backup would, while the
     * records and the mutation log stay: mutations sent again are recognised by mutationId.
     */
    loseClientState(): void {
      clientGroups.clear();
      logBySeq.clear();
    },
    subscribe(listener: () => void): () => void {
      pokeListeners.add(listener);
      return () => pokeListeners.delete(listener);
    },
    /** How often the effect of each mutationId was applied; more than 1 is a duplicate. */
    effectCount: (mutationId: string): number => effectCounts.get(mutationId) ?? 0,
    logEntry: (mutationId: string): MutationLogEntry | undefined => log.get(mutationId),
    quarantine: (): readonly QuarantineEntry[] => quarantine,
    lastSeq: (clientGroupId: string): number => clientGroups.get(clientGroupId)?.lastSeq ?? 0,
    /** The live rows an agent can see, as the client should hold them after a full pull. */
    rowsVisibleTo(agentId: string): { table: DownTable; key: string; value: unknown }[] {
      const spaces = new Set([`agent:${agentId}`, ORG_SPACE]);
      return [...rows.values()]
        .filter((row) => spaces.has(row.space) && row.value !== null)
        .map((row) => ({ table: row.table, key: row.key, value: clone(row.value) }));
    },
  };
}
