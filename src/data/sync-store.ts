/**
 * The only Dexie code of sync: the client group id, the outbox as the engine sees it, and the two
 * appliers. Each applier commits in one transaction so a crash leaves either the old state or the
 * new one, never half a page or half an acknowledgement (SYNC.md §4.6 step 4, §4.7).
 */
import { liveQuery, type Table } from 'dexie';
import { v4 as uuidv4 } from 'uuid';
import type { AttachmentRef } from '@/domain/escalation/escalation';
import { RECORD_TABLE_BY_MUTATION } from '@/domain/sync/down-row-schemas';
import { referencedAttachments } from '@/domain/sync/mutation-args-schemas';
import { MUTATION_NAMES, type MutationName } from '@/domain/sync/mutation-names';
import type { Validated } from '@/domain/sync/protocol-schemas';
import {
  AGENT_TABLES,
  EMPLOYER_TABLES,
  type AgentTable,
  type Change,
  type DownTable,
  type MutationEnvelope,
  type PullResponse,
  type PushResponse,
} from '@/domain/sync/protocol';
import type { AgentRecordSyncState, Shift, ShiftAcknowledgement } from '@/domain/roster/shift';
import { revisionOf } from '@/domain/roster/shift-change';
import { buildShiftChange } from '@/domain/roster/shift-diff';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import { NEXT_SEQ_KEY } from './agent-write';
import type { OutboxRow, WorkbenchDb } from './db';

/** Meta keys owned by sync; `nextSeq` belongs to `agent-write.ts`. */
const META = {
  clientGroupId: 'clientGroupId',
  lastAckedSeq: 'lastAckedSeq',
  cursor: 'cursor',
  lastSyncOkAt: 'lastSyncOkAt',
} as const;

/** Most mutations one push carries (SYNC.md §4.8). */
export const MAX_PUSH_BATCH = 50;

const AGENT_TABLE_SET: ReadonlySet<DownTable> = new Set(AGENT_TABLES);
const KNOWN_NAMES: ReadonlySet<string> = new Set(MUTATION_NAMES);

export interface PushApplySummary {
  /** Outbox rows removed because the server applied them (or had already). */
  acknowledged: number;
  /** Outbox rows moved to `rejected`. */
  rejected: number;
}

/** An attachment to upload before the mutation at `seq` (the first that references it) goes. */
export interface PendingUpload {
  ref: AttachmentRef;
  blob: Blob;
  seq: number;
}

export interface SyncStore {
  /** Name of the database, used to scope the cross-tab sync lock. */
  readonly databaseName: string;
  /** The random id of this database's client group, created on first use. */
  getClientGroupId(): Promise<string>;
  /**
   * Starts a new client group after the server lost the old one (SYNC.md §4.3): in one
   * transaction, a new id, the queued mutations renumbered from seq 1 in their order (each keeps
   * its mutationId and content), nothing acknowledged, and `nextSeq` after the last of them.
   * Resolves with the new id.
   */
  reregisterClientGroup(): Promise<string>;
  /** Up to `limit` (at most `MAX_PUSH_BATCH`) queued mutations, lowest `seq` first. */
  readOutboxBatch(limit: number): Promise<MutationEnvelope[]>;
  getLastAckedSeq(): Promise<number>;
  /**
   * Attachments that `mutations` reference and the server has not confirmed yet, in the order of
   * the first mutation needing each. One whose bytes are no longer on the device is left out: the
   * server then holds its mutation back, and the agent sees it pending.
   */
  readPendingUploads(mutations: readonly MutationEnvelope[]): Promise<PendingUpload[]>;
  /** Records that the server holds an attachment's bytes. */
  markUploaded(sha256: string): Promise<void>;
  /** Marks an attachment for upload again (the server stopped before a mutation needing it). */
  forgetUpload(sha256: string): Promise<void>;
  /** Applies a validated push response; rows it does not answer stay queued. */
  applyPushResponse(response: Validated<PushResponse>, now: Date): Promise<PushApplySummary>;
  /** Applies a validated pull page and its cursor together. */
  applyPullPage(page: Validated<PullResponse>): Promise<void>;
  getCursor(): Promise<string | null>;
  countPending(): Promise<number>;
  countRejected(): Promise<number>;
  getLastSyncOkAt(): Promise<string | undefined>;
  markSyncOk(at: Date): Promise<void>;
  /** Calls `listener` after each new outbox row commits, in this tab or another. */
  subscribeToLocalWrites(listener: () => void): () => void;
}

type Row = Record<string, unknown>;

/**
 * The notice period when the device holds no policy for a shift's project: the figure the
 * sources and the demo project use (issue #6, "e.g. 48 h").
 */
export const FALLBACK_CHANGE_NOTICE_HOURS = 48;

/** The project's newest policy version already in effect on `day`, else its oldest one. */
function noticePolicyFor(
  policies: readonly ProjectPolicy[],
  projectId: string,
  day: string,
): Pick<ProjectPolicy, 'changeNoticeHours'> {
  const own = policies
    .filter((policy) => policy.projectId === projectId)
    .sort((a, b) => a.version - b.version);
  const inEffect = own.filter((policy) => policy.effectiveFrom <= day);
  return inEffect.at(-1) ?? own[0] ?? { changeNoticeHours: FALLBACK_CHANGE_NOTICE_HOURS };
}

export interface SyncStoreOptions {
  newClientGroupId?: () => string;
  /** The time a pulled shift change is recorded as detected at. */
  now?: () => Date;
}

/** The sync view of one workspace database; `newClientGroupId` and `now` are injectable for tests. */
export function createSyncStore(
  db: WorkbenchDb,
  { newClientGroupId = uuidv4, now = () => new Date() }: SyncStoreOptions = {},
): SyncStore {
  const downTable = (name: DownTable): Table<Row, string> => db.table<Row, string>(name);
  const agentTables = AGENT_TABLES.map(downTable);
  const employerTables = EMPLOYER_TABLES.map(downTable);

  async function readMeta(key: string): Promise<unknown> {
    return (await db.meta.get(key))?.value;
  }

  async function markRecord(name: string, recordId: string, state: AgentRecordSyncState) {
    if (!KNOWN_NAMES.has(name)) return;
    const table: AgentTable = RECORD_TABLE_BY_MUTATION[name as MutationName];
    await downTable(table).update(recordId, { syncState: state });
  }

  /**
   * Rewrites the whole row rather than `update()`: Dexie's update deep-clones the row, and its
   * clone does not know an ArrayBuffer made by another realm (fake-indexeddb under jsdom).
   */
  function setUploaded(sha256: string, uploaded: 0 | 1): Promise<void> {
    return db.transaction('rw', db.attachments, async () => {
      const row = await db.attachments.get(sha256);
      if (row && row.uploaded !== uploaded) await db.attachments.put({ ...row, uploaded });
    });
  }

  async function settle(row: OutboxRow, result: PushResponse['results'][number], now: Date) {
    await db.outbox.delete(row.seq);
    if (result.status === 'rejected') {
      await db.rejected.put({
        ...row,
        code: result.code,
        message: result.message ?? '',
        rejectedAt: now.toISOString(),
      });
      await markRecord(row.name, row.recordId, 'rejected');
      return;
    }
    // A record with a later mutation still queued (a cancel after a request) stays pending.
    const isStillQueued = (await db.outbox.where('recordId').equals(row.recordId).count()) > 0;
    if (!isStillQueued) await markRecord(row.name, row.recordId, 'sent');
  }

  /**
   * Keeps what a pulled shift change did to a shift the device already held (issue #6): new
   * times, segments, breaks, status, queue or work mode, or its removal. A shift the device did
   * not hold is not a change (the roster grows by publication, not by surprise), nor is a bare
   * revision bump or the employer marking it worked (`buildShiftChange`).
   */
  async function recordShiftChange(
    change: Change,
    detectedAt: string,
    policies: readonly ProjectPolicy[],
  ): Promise<void> {
    const stored = await db.shifts.get(change.key);
    if (!stored) return;
    const current = change.op === 'put' ? (change.value as Shift) : null;
    const notice = noticePolicyFor(policies, stored.projectId, detectedAt.slice(0, 10));
    const record = buildShiftChange(stored, current, detectedAt, notice);
    if (record) await db.shiftChanges.put(record);
  }

  /**
   * An acknowledgement made on another of the agent's devices (or echoed back) settles the
   * changes it covers here too: those of the same shift up to its revision.
   */
  async function markAcknowledged(acknowledgement: ShiftAcknowledgement): Promise<void> {
    const covered = (
      await db.shiftChanges.where('shiftId').equals(acknowledgement.shiftId).toArray()
    ).filter(
      (record) => record.acknowledgedAt === null && revisionOf(record) <= acknowledgement.revision,
    );
    for (const record of covered) {
      await db.shiftChanges.put({ ...record, acknowledgedAt: acknowledgement.acknowledgedAt });
    }
  }

  return {
    databaseName: db.name,

    getClientGroupId: () =>
      db.transaction('rw', db.meta, async () => {
        const existing = await readMeta(META.clientGroupId);
        if (typeof existing === 'string') return existing;
        const id = newClientGroupId();
        await db.meta.put({ key: META.clientGroupId, value: id });
        return id;
      }),

    reregisterClientGroup: () =>
      db.transaction('rw', [db.meta, db.outbox], async () => {
        const queued = await db.outbox.orderBy('seq').toArray();
        // Deleted by key and added back renumbered in the same transaction: no row is ever absent.
        await db.outbox.bulkDelete(queued.map((row) => row.seq));
        await db.outbox.bulkAdd(queued.map((row, index) => ({ ...row, seq: index + 1 })));
        const id = newClientGroupId();
        await db.meta.bulkPut([
          { key: META.clientGroupId, value: id },
          { key: META.lastAckedSeq, value: 0 },
          { key: NEXT_SEQ_KEY, value: queued.length + 1 },
        ]);
        return id;
      }),

    async readOutboxBatch(limit) {
      const rows = await db.outbox.orderBy('seq').limit(Math.min(limit, MAX_PUSH_BATCH)).toArray();
      // An unknown name (written by a newer build) is still sent: the server quarantines it.
      return rows.map((row) => ({ ...row, name: row.name as MutationName }));
    },

    async readPendingUploads(mutations) {
      const firstSeq = new Map<string, { ref: AttachmentRef; seq: number }>();
      for (const mutation of mutations) {
        for (const ref of referencedAttachments(mutation.name, mutation.args)) {
          if (!firstSeq.has(ref.sha256)) firstSeq.set(ref.sha256, { ref, seq: mutation.seq });
        }
      }
      if (firstSeq.size === 0) return [];
      const rows = await db.attachments.bulkGet([...firstSeq.keys()]);
      return rows.flatMap((row) => {
        const needed = row && row.uploaded === 0 ? firstSeq.get(row.sha256) : undefined;
        if (!row || !needed) return [];
        const blob = new Blob([row.bytes], { type: row.contentType });
        return [{ ref: needed.ref, blob, seq: needed.seq }];
      });
    },

    markUploaded: (sha256) => setUploaded(sha256, 1),
    forgetUpload: (sha256) => setUploaded(sha256, 0),

    async getLastAckedSeq() {
      const value = await readMeta(META.lastAckedSeq);
      return typeof value === 'number' ? value : 0;
    },

    applyPushResponse: (response, now) =>
      db.transaction('rw', [db.outbox, db.rejected, db.meta, ...agentTables], async () => {
        const summary: PushApplySummary = { acknowledged: 0, rejected: 0 };
        for (const result of response.results) {
          if (result.seq > response.lastMutationSeq) continue;
          const row = await db.outbox.get(result.seq);
          if (!row || row.mutationId !== result.mutationId) continue;
          await settle(row, result, now);
          if (result.status === 'rejected') summary.rejected += 1;
          else summary.acknowledged += 1;
        }
        const previous = await readMeta(META.lastAckedSeq);
        const lastAckedSeq = Math.max(
          typeof previous === 'number' ? previous : 0,
          response.lastMutationSeq,
        );
        await db.meta.put({ key: META.lastAckedSeq, value: lastAckedSeq });
        return summary;
      }),

    applyPullPage: (page) =>
      db.transaction(
        'rw',
        [db.meta, db.outbox, db.shiftChanges, ...employerTables, ...agentTables],
        async () => {
          // A reset replaces everything (the first pull resets too): nothing to compare with.
          const detectedAt = page.reset ? null : now().toISOString();
          if (page.reset) await Promise.all(employerTables.map((table) => table.clear()));
          let policies: ProjectPolicy[] | undefined;
          for (const change of page.changes) {
            const table = downTable(change.table);
            if (AGENT_TABLE_SET.has(change.table)) {
              // The device's own pending version wins until the server has acknowledged it.
              const isPending = (await db.outbox.where('recordId').equals(change.key).count()) > 0;
              if (isPending) continue;
            }
            if (change.table === 'shifts' && detectedAt !== null) {
              policies ??= await db.policies.toArray();
              await recordShiftChange(change, detectedAt, policies);
            }
            if (change.table === 'shiftAcknowledgements' && change.op === 'put') {
              await markAcknowledged(change.value as ShiftAcknowledgement);
            }
            if (change.op === 'del') await table.delete(change.key);
            else if (AGENT_TABLE_SET.has(change.table)) {
              await table.put({ ...(change.value as Row), syncState: 'sent' });
            } else await table.put(change.value as Row);
          }
          await db.meta.put({ key: META.cursor, value: page.cursor });
        },
      ),

    async getCursor() {
      const value = await readMeta(META.cursor);
      return typeof value === 'string' ? value : null;
    },

    countPending: () => db.outbox.count(),
    countRejected: () => db.rejected.count(),

    async getLastSyncOkAt() {
      const value = await readMeta(META.lastSyncOkAt);
      return typeof value === 'string' ? value : undefined;
    },

    async markSyncOk(at) {
      await db.meta.put({ key: META.lastSyncOkAt, value: at.toISOString() });
    },

    subscribeToLocalWrites(listener) {
      let lastSeq: number | undefined;
      let isFirst = true;
      // Acknowledgements remove rows from the low end, so the highest seq only grows with a new
      // row, or drops: to nothing when the outbox drains, lower when a re-registration renumbers.
      const subscription = liveQuery(() => db.outbox.orderBy('seq').lastKey()).subscribe({
        next: (seq) => {
          const isNew = typeof seq === 'number' && (lastSeq === undefined || seq > lastSeq);
          lastSeq = typeof seq === 'number' ? seq : undefined;
          if (isNew && !isFirst) listener();
          isFirst = false;
        },
        error: () => {},
      });
      return () => subscription.unsubscribe();
    },
  };
}
