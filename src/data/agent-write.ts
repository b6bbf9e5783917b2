/**
 * The one way to write an agent-authored record: the record, its outbox row and the next
 * sequence number commit in a single strict-durability transaction, so a record never exists
 * without its queued mutation and a mutation never exists without its record (SYNC.md §4.4).
 */
import type { Table } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import type { MutationName } from '@/domain/sync/mutation-names';
import { CURRENT_SCHEMA_VERSION } from './db-schema';
import type { OutboxRow, WorkbenchDb } from './db';

/** Meta key of the next sequence number; `sync-store.ts` resets it when it renumbers the outbox. */
export const NEXT_SEQ_KEY = 'nextSeq';

export interface AgentWrite {
  name: MutationName;
  recordId: string;
  /**
   * The mutation's args, or a function called inside the transaction after `write` when they
   * depend on what `write` read there (an escalation's link to the log entry before it).
   */
  args: unknown;
  now: Date;
  /** Tables the write touches besides the sync tables. */
  tables: Table[];
  /** Writes the record itself; runs inside the transaction. */
  write: () => Promise<unknown>;
}

/** Commits the record and its outbox row together; resolves only after the commit. */
export async function commitAgentWrite(db: WorkbenchDb, change: AgentWrite): Promise<OutboxRow> {
  return db.transaction('rw', [db.meta, db.outbox, ...change.tables], async () => {
    const seq = ((await db.meta.get(NEXT_SEQ_KEY))?.value as number | undefined) ?? 1;
    await change.write();
    const row: OutboxRow = {
      seq,
      mutationId: uuidv7(),
      name: change.name,
      recordId: change.recordId,
      args: typeof change.args === 'function' ? (change.args as () => unknown)() : change.args,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: change.now.toISOString(),
    };
    await db.outbox.add(row);
    await db.meta.put({ key: NEXT_SEQ_KEY, value: seq + 1 });
    return row;
  });
}

/** A fresh id for an agent-owned record (UUIDv7: time-ordered, unique across devices). */
export function newRecordId(): string {
  return uuidv7();
}
