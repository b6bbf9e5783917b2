/**
 * The usual engine test bench: a fresh workspace database (closed and deleted when the test
 * finishes), the memory server behind its scriptable adapter, fake timers and a fixed clock.
 */
import Dexie from 'dexie';
import { onTestFinished } from 'vitest';
import { openWorkbenchDb, type WorkbenchDb } from '@/data/db';
import { createSyncStore } from '@/data/sync-store';
import type { PushRequest, PushResponse } from '@/domain/sync/protocol';
import { createMemoryServer, type MemoryServerOptions } from '@/sync/adapters/memory-server';
import {
  createMemoryServerAdapter,
  type MemoryServerAdapterOptions,
} from '@/sync/adapters/memory-server-adapter';
import type { SyncAdapter } from '@/sync/sync-adapter';
import { createSyncEngine, type SyncEngineOptions } from '@/sync/sync-engine';
import { AGENT_ID } from './sync-builders';
import { createFakeTimers, NOW } from './sync-engine-kit';

let workspaceCounter = 0;
const openDbs: WorkbenchDb[] = [];

/** Closes every database of the test before deleting any, so no delete waits on an open tab. */
async function closeAndDeleteAll(): Promise<void> {
  const dbs = openDbs.splice(0);
  for (const db of dbs) db.close();
  for (const db of dbs) await Dexie.delete(db.name);
}

/** Opens a workspace database for this test; a name shared by two calls is one database. */
export function openTestDb(workspace = `engine-${++workspaceCounter}`): WorkbenchDb {
  if (openDbs.length === 0) onTestFinished(closeAndDeleteAll);
  const db = openWorkbenchDb(workspace);
  openDbs.push(db);
  return db;
}

/** A name no other test uses, for databases several "tabs" open. */
export function uniqueWorkspace(prefix: string): string {
  return `${prefix}-${++workspaceCounter}`;
}

export interface SetupOptions {
  server?: MemoryServerOptions;
  adapter?: Partial<MemoryServerAdapterOptions>;
  engine?: Partial<SyncEngineOptions>;
  wrap?: (adapter: SyncAdapter) => SyncAdapter;
}

/** One device against a fresh memory server; `wrap` puts a spy or a fault in between. */
export function setupEngine({
  server: serverOptions,
  adapter: adapterOptions,
  engine: engineOptions,
  wrap,
}: SetupOptions = {}) {
  const db = openTestDb();
  const store = createSyncStore(db);
  const server = createMemoryServer(serverOptions);
  const adapter = createMemoryServerAdapter(server, { agentId: AGENT_ID, ...adapterOptions });
  const timers = createFakeTimers();
  const engine = createSyncEngine({
    store,
    adapter: wrap ? wrap(adapter) : adapter,
    now: () => NOW,
    random: () => 0.5,
    setTimer: timers.setTimer,
    ...engineOptions,
  });
  return { db, store, server, adapter, timers, engine };
}

/** Wraps an adapter so each push request is recorded, and its response replaced if asked. */
export function recordPushes(
  requests: PushRequest[],
  respond?: (request: PushRequest, response: PushResponse) => PushResponse,
) {
  return (adapter: SyncAdapter): SyncAdapter => ({
    ...adapter,
    async push(request, options) {
      requests.push(structuredClone(request));
      const response = await adapter.push(request, options);
      return respond ? respond(request, response) : response;
    },
  });
}
