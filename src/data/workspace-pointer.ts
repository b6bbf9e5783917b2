/**
 * The active-workspace pointer, made to survive a killed browser.
 *
 * The pointer has two copies:
 * - localStorage (`awb.workspace`, workspace-registry.ts): read synchronously, so an app with a
 *   workspace open renders it at once. Chromium writes localStorage to disk a few seconds late, so
 *   a browser killed soon after a workspace was opened, switched or closed comes back with the
 *   previous value, or none.
 * - a one-row table in its own small IndexedDB database, `awb-registry`, committed with strict
 *   durability: when `saveActiveWorkspace` resolves, the pointer is on disk, as the records are.
 *
 * Why a separate database and not the workspace's own `meta` plus `indexedDB.databases()`
 * discovery: closing a workspace must be able to say "no workspace" durably (its database is gone
 * by then), and choosing among several workspace databases would need ordering rules. One row
 * that is either a workspace or an explicit `null` needs neither.
 *
 * Every path that opens, switches, resets or closes a workspace awaits `saveActiveWorkspace`
 * before the UI reports the result. At start-up `resolveActiveWorkspace` reconciles the copies:
 * the durable one wins whenever it has a row; without a row (the pointer was only ever written to
 * localStorage, by an older version) localStorage is taken and copied to the durable side.
 * localStorage is rewritten to match, so the next start reads the right pointer synchronously.
 */
import Dexie, { type EntityTable } from 'dexie';
import {
  parseWorkspace,
  readActiveWorkspace,
  writeActiveWorkspace,
  type Workspace,
} from './workspace-registry';

export const REGISTRY_DATABASE_NAME = 'awb-registry';
const ACTIVE_KEY = 'active';

interface PointerRow {
  key: string;
  /** The open workspace; `null` once it was closed, so a stale localStorage copy cannot revive it. */
  workspace: Workspace | null;
}

class RegistryDb extends Dexie {
  pointer!: EntityTable<PointerRow, 'key'>;

  constructor() {
    // Chromium commits with relaxed durability by default; the pointer must be on disk before the
    // UI says the workspace is open, like the records it leads to (SYNC.md §4.4).
    super(REGISTRY_DATABASE_NAME, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ pointer: 'key' });
  }
}

/**
 * Pointer operations run one after another, so the start-up reconciliation and a workspace
 * action started right after it cannot interleave their reads and writes.
 */
let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(operation: () => Promise<T>): Promise<T> {
  const result = queue.then(operation);
  queue = result.catch(() => undefined);
  return result;
}

/** Opens the registry for one operation and closes it again: it is used a few times a session. */
async function withRegistry<T>(operation: (db: RegistryDb) => Promise<T>): Promise<T> {
  const db = new RegistryDb();
  try {
    return await operation(db);
  } finally {
    db.close();
  }
}

/**
 * The durable row's workspace, `null` when it says none is open, `undefined` when there is no
 * usable row (never written, or damaged).
 */
async function readRow(db: RegistryDb): Promise<Workspace | null | undefined> {
  const row = await db.pointer.get(ACTIVE_KEY);
  if (!row) return undefined;
  return row.workspace === null ? null : (parseWorkspace(row.workspace) ?? undefined);
}

function writeRow(db: RegistryDb, workspace: Workspace | null): Promise<unknown> {
  return db.transaction('rw', db.pointer, () => db.pointer.put({ key: ACTIVE_KEY, workspace }));
}

/**
 * Records `workspace` (or none) as the active one: durably first, then in `storage`. Rejects, with
 * localStorage unchanged, when the durable write fails.
 */
export function saveActiveWorkspace(storage: Storage, workspace: Workspace | null): Promise<void> {
  return serialized(async () => {
    await withRegistry((db) => writeRow(db, workspace));
    writeActiveWorkspace(storage, workspace);
  });
}

/** The durable copy alone: `undefined` when it was never written (for tests and diagnostics). */
export function readDurableWorkspace(): Promise<Workspace | null | undefined> {
  return serialized(() => withRegistry(readRow));
}

/**
 * The workspace to open at start-up, with both copies brought into agreement: the durable copy
 * when it has a row, else localStorage's (then written durably). When IndexedDB cannot be read at
 * all, localStorage's answer stands and nothing is written.
 */
export function resolveActiveWorkspace(storage: Storage): Promise<Workspace | null> {
  return serialized(async () => {
    const fast = readActiveWorkspace(storage);
    let durable: Workspace | null | undefined;
    try {
      durable = await withRegistry(async (db) => {
        const row = await readRow(db);
        if (row === undefined && fast) await writeRow(db, fast);
        return row;
      });
    } catch {
      return fast;
    }
    if (durable === undefined) return fast;
    // Also replaces an unreadable value, which reads as no workspace.
    writeActiveWorkspace(storage, durable);
    return durable;
  });
}

export function isSameWorkspace(a: Workspace | null, b: Workspace | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.demoDate === b.demoDate &&
    a.serverUrl === b.serverUrl &&
    a.agentId === b.agentId &&
    a.createdAt === b.createdAt
  );
}
