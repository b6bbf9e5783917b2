/**
 * The model-based sync run (SYNC.md §5.2 A4): a device (real Dexie on fake-indexeddb, real engine)
 * against the memory server, driven by random commands, with the invariants checked after every
 * command. The model only remembers what the agent was told was "saved on this device".
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { expect } from 'vitest';
import { WorkbenchDb, databaseNameFor } from '@/data/db';
import { createSyncStore, type SyncStore } from '@/data/sync-store';
import type { PullResponse, PushResponse } from '@/domain/sync/protocol';
import { createMemoryServer, type MemoryServer } from '@/sync/adapters/memory-server';
import {
  createMemoryServerAdapter,
  type MemoryServerAdapter,
  type PushFault,
} from '@/sync/adapters/memory-server-adapter';
import {
  comparePositions,
  decodeCursor,
  type ServerCursor,
} from '@/sync/adapters/memory-server-cursor';
import { createSyncEngine, type SyncEngine } from '@/sync/sync-engine';
import { dumpDatabase } from './dump-database';
import { AGENT_ID, SAMPLE_ROWS } from './sync-builders';
import { NOW, raiseEscalation, recordInvalidClockIn } from './sync-engine-kit';

export interface SyncModel {
  /** Every mutation whose write resolved, by mutationId. */
  created: Map<string, { recordId: string; isValid: boolean }>;
  isOffline: boolean;
}

export interface SyncReal {
  workspace: string;
  db: WorkbenchDb;
  store: SyncStore;
  engine: SyncEngine;
  server: MemoryServer;
  adapter: MemoryServerAdapter;
  lastCursor: ServerCursor | null;
  /** The client group `lastAckedSeq` was last read under: the seq is monotonic within one. */
  clientGroupId: string | null;
  lastAckedSeq: number;
  stats: Map<string, number>;
}

type SyncCommand = fc.AsyncCommand<SyncModel, SyncReal>;

function count(real: SyncReal, label: string): void {
  real.stats.set(label, (real.stats.get(label) ?? 0) + 1);
}

/** Opens the device's database and a fresh engine, as a restarted app does. */
async function openDevice(real: Omit<SyncReal, 'db' | 'store' | 'engine'>) {
  const db = new WorkbenchDb(databaseNameFor(real.workspace));
  const store = createSyncStore(db);
  // Pokes would start cycles no command waits for; the model calls syncNow itself.
  const { subscribe: _poke, ...adapter } = real.adapter;
  const engine = createSyncEngine({
    store,
    adapter,
    now: () => NOW,
    maxPushBatch: 4,
    pullLimit: 3,
  });
  await store.getClientGroupId();
  return { db, store, engine };
}

export async function createReal(workspace: string, stats: Map<string, number>): Promise<SyncReal> {
  const server = createMemoryServer({ maxPushMutations: 1_000 });
  const adapter = createMemoryServerAdapter(server, { agentId: AGENT_ID, retryAfterMs: 1_000 });
  const partial = {
    workspace,
    server,
    adapter,
    lastCursor: null,
    clientGroupId: null,
    lastAckedSeq: 0,
    stats,
  };
  return { ...partial, ...(await openDevice(partial)) };
}

export async function closeReal(real: SyncReal): Promise<void> {
  real.engine.stop();
  real.db.close();
  await Dexie.delete(real.db.name);
}

/** I1, I2, I5 and the record/outbox agreement, checked after every command. */
export async function assertInvariants(model: SyncModel, real: SyncReal): Promise<void> {
  const { db, server } = real;
  const outbox = new Set((await db.outbox.toArray()).map((row) => row.mutationId));
  const rejected = await db.rejected.toArray();
  const quarantined = new Set(server.quarantine().map((entry) => entry.envelope.mutationId));
  for (const [mutationId] of model.created) {
    const entry = server.logEntry(mutationId);
    // I1: queued on the device, or processed (applied or quarantined) on the server.
    expect(outbox.has(mutationId) || entry !== undefined, `lost ${mutationId}`).toBe(true);
    if (entry?.result.status === 'rejected') expect(quarantined.has(mutationId)).toBe(true);
    // I2: each mutation took effect at most once.
    expect(server.effectCount(mutationId), `duplicated ${mutationId}`).toBeLessThanOrEqual(1);
  }
  for (const row of rejected) expect(quarantined.has(row.mutationId)).toBe(true);
  const rejectedRecords = new Set(rejected.map((row) => row.recordId));
  const queuedRecords = new Set((await db.outbox.toArray()).map((row) => row.recordId));
  for (const record of [
    ...(await db.escalations.toArray()),
    ...(await db.clockRecords.toArray()),
  ]) {
    const expected = queuedRecords.has(record.id)
      ? 'pending'
      : rejectedRecords.has(record.id)
        ? 'rejected'
        : 'sent';
    expect(record.syncState, `syncState of ${record.id}`).toBe(expected);
  }
  // I5: the cursor moves forward within an epoch; lastAckedSeq never decreases.
  const text = await real.store.getCursor();
  const cursor = text === null ? null : decodeCursor(text);
  if (real.lastCursor) {
    expect(cursor, 'cursor disappeared').not.toBeNull();
    if (cursor && cursor.epoch === real.lastCursor.epoch) {
      for (const [space, position] of Object.entries(real.lastCursor.positions)) {
        const next = cursor.positions[space];
        expect(next && comparePositions(next, position) >= 0, `cursor of ${space} went back`).toBe(
          true,
        );
      }
    } else if (cursor) {
      expect(cursor.epoch).toBeGreaterThan(real.lastCursor.epoch);
    }
  }
  real.lastCursor = cursor;
  // A re-registration (SYNC.md §4.3) starts a new client group whose seqs begin again at 1.
  const clientGroupId = await real.store.getClientGroupId();
  const lastAckedSeq = await real.store.getLastAckedSeq();
  if (clientGroupId === real.clientGroupId) {
    expect(lastAckedSeq).toBeGreaterThanOrEqual(real.lastAckedSeq);
  } else if (real.clientGroupId !== null) {
    count(real, 'Re-registrations');
  }
  real.clientGroupId = clientGroupId;
  real.lastAckedSeq = lastAckedSeq;
}

/** Wraps a command so every run ends with leftover faults dropped and the invariants checked. */
function command(
  label: string,
  run: (model: SyncModel, real: SyncReal) => Promise<void>,
): SyncCommand {
  return {
    check: () => true,
    async run(model, real) {
      count(real, label);
      await run(model, real);
      real.adapter.clearFaults();
      await assertInvariants(model, real);
    },
    toString: () => label,
  };
}

const createCommand = fc.boolean().map((isValid) =>
  command(isValid ? 'Create(escalation)' : 'Create(invalid clock record)', async (model, real) => {
    const recordId = isValid
      ? (await raiseEscalation(real.db)).id
      : `clock-${model.created.size + 1}`;
    const mutationId = isValid
      ? (await real.db.outbox.where('recordId').equals(recordId).first())!.mutationId
      : await recordInvalidClockIn(real.db, recordId);
    model.created.set(mutationId, { recordId, isValid });
  }),
);

const MALFORMED_PUSH: ((response: PushResponse) => unknown)[] = [
  (response) => ({ ...response, lastMutationSeq: response.lastMutationSeq + 1_000 }),
  () => '<html>502</html>',
  (response) => ({ ...response, results: 'none' }),
];

const pushCommand = fc
  .constantFrom<PushFault | 'ok' | 'malformed'>(
    'ok',
    'fail-before-server',
    'lose-response-after-commit',
    'server-error',
    'unavailable',
    'payload-too-large',
    'replay-previous-request',
    'deliver-twice',
    'stop-after-first',
    'malformed',
  )
  .chain((outcome) =>
    fc.nat({ max: MALFORMED_PUSH.length - 1 }).map((variant) => ({ outcome, variant })),
  )
  .map(({ outcome, variant }) =>
    command(
      `Push(${outcome === 'malformed' ? `malformed#${variant}` : String(outcome)})`,
      async (model, real) => {
        if (outcome === 'malformed') {
          const isChecked = !model.isOffline && (await real.db.outbox.count()) > 0;
          // Twice: a server that lost the client group refuses the first push before answering,
          // and the corrupted answer then comes to the resend after the re-registration.
          real.adapter.failNextPush({ corrupt: MALFORMED_PUSH[variant]! });
          real.adapter.failNextPush({ corrupt: MALFORMED_PUSH[variant]! });
          const before = await dumpDatabase(real.db);
          const clientGroupId = await real.store.getClientGroupId();
          await real.engine.syncNow('manual');
          if (!isChecked) return;
          expect(real.engine.getStatus().lastError).toBe('invalid-response');
          // A re-registration changes the database on purpose; the answer itself changed nothing.
          if ((await real.store.getClientGroupId()) !== clientGroupId) return;
          count(real, 'I3 checks');
          expect(await dumpDatabase(real.db)).toBe(before);
          return;
        }
        if (outcome !== 'ok') real.adapter.failNextPush(outcome);
        await real.engine.syncNow('manual');
      },
    ),
  );

const MALFORMED_PULL: ((page: PullResponse) => unknown)[] = [
  (page) => ({ ...page, cursor: 5 }),
  (page) => ({ ...page, changes: [{ table: 'salaries', op: 'del', key: 'x' }] }),
  () => 'garbage',
  (page) => ({
    ...page,
    changes: [...page.changes, { table: 'shifts', op: 'put', key: 'a', value: {} }],
  }),
];

const pullCommand = fc
  .constantFrom('ok', 'malformed', 'reset')
  .chain((kind) => fc.nat({ max: MALFORMED_PULL.length - 1 }).map((variant) => ({ kind, variant })))
  .map(({ kind, variant }) =>
    command(
      `Pull(${kind === 'malformed' ? `malformed#${variant}` : kind})`,
      async (model, real) => {
        if (kind === 'reset') real.server.invalidateCursors();
        if (kind !== 'malformed') return void (await real.engine.syncNow('manual'));
        const isChecked = !model.isOffline && (await real.db.outbox.count()) === 0;
        real.adapter.failNextPull({ corrupt: MALFORMED_PULL[variant]! });
        const before = await dumpDatabase(real.db);
        await real.engine.syncNow('manual');
        if (!isChecked) return;
        count(real, 'I3 checks');
        expect(await dumpDatabase(real.db)).toBe(before);
        expect(real.engine.getStatus().lastError).toBe('invalid-response');
      },
    ),
  );

const employerCommand = fc
  .record({
    index: fc.integer({ min: 1, max: 4 }),
    isDelete: fc.boolean(),
    revision: fc.nat({ max: 99 }),
  })
  .map(({ index, isDelete, revision }) =>
    command(`Employer(${isDelete ? 'del' : 'put'} shift-${index})`, async (_model, real) => {
      const key = `shift-${index}`;
      const value = { ...SAMPLE_ROWS.shifts, id: key, revision };
      real.server.writeAsEmployer(
        [
          isDelete
            ? { table: 'shifts', op: 'del', key }
            : { table: 'shifts', op: 'put', key, value },
        ],
        AGENT_ID,
      );
    }),
  );

const crashCommand = fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }).map((ticks) =>
  command(
    ticks === undefined ? 'Crash(idle)' : `Crash(mid-sync after ${ticks} ticks)`,
    async (_model, real) => {
      const inFlight = ticks === undefined ? undefined : real.engine.syncNow('manual');
      for (let tick = 0; tick < (ticks ?? 0); tick += 1)
        await new Promise((resolve) => setTimeout(resolve, 0));
      // The process dies: nothing more reaches this database, and engine memory is gone.
      real.db.close({ disableAutoOpen: true });
      real.engine.stop();
      await inFlight;
      Object.assign(real, await openDevice(real));
    },
  ),
);

/** The server is restored from a backup without this device's client group (SYNC.md A8). */
const loseClientStateCommand = fc.constant(
  command('ServerLosesClientState', async (_model, real) => {
    real.server.loseClientState();
  }),
);

const networkCommand = fc.boolean().map((isOffline) =>
  command(isOffline ? 'Offline' : 'Online', async (model, real) => {
    model.isOffline = isOffline;
    real.adapter.setOffline(isOffline);
  }),
);

export const SYNC_COMMANDS = [
  createCommand,
  createCommand,
  pushCommand,
  pullCommand,
  employerCommand,
  crashCommand,
  networkCommand,
  loseClientStateCommand,
];

/** Heals the network, drains the outbox, and checks I1, I2 and I4 on the quiet system. */
export async function assertConverged(model: SyncModel, real: SyncReal): Promise<void> {
  real.adapter.setOffline(false);
  real.adapter.clearFaults();
  for (let round = 0; round < 5 && (await real.db.outbox.count()) > 0; round += 1)
    await real.engine.syncNow('manual');
  await real.engine.syncNow('manual');
  expect(await real.db.outbox.count()).toBe(0);
  for (const [mutationId, { recordId, isValid }] of model.created) {
    expect(real.server.logEntry(mutationId)?.result.status).toBe(isValid ? 'applied' : 'rejected');
    expect(real.server.effectCount(mutationId)).toBe(isValid ? 1 : 0);
    const local = isValid
      ? await real.db.escalations.get(recordId)
      : await real.db.clockRecords.get(recordId);
    expect(local?.syncState).toBe(isValid ? 'sent' : 'rejected');
  }
  const serverShifts = real.server
    .rowsVisibleTo(AGENT_ID)
    .filter((row) => row.table === 'shifts')
    .map((row) => row.value);
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect((await real.db.shifts.toArray()).sort(byId)).toEqual(
    (serverShifts as { id: string }[]).sort(byId),
  );
  const serverEscalations = real.server
    .rowsVisibleTo(AGENT_ID)
    .filter((row) => row.table === 'escalations')
    .map((row) => row.key);
  const validRecords = [...model.created.values()]
    .filter((record) => record.isValid)
    .map((record) => record.recordId);
  expect(serverEscalations.sort()).toEqual(validRecords.sort());
  expect(await real.db.rejected.count()).toBe(model.created.size - validRecords.length);
}
