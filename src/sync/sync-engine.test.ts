import { describe, expect, it } from 'vitest';
import { createSyncStore } from '@/data/sync-store';
import type { PushRequest, PushResponse } from '@/domain/sync/protocol';
import { AGENT_ID, SAMPLE_ROWS } from '../../test/sync-builders';
import {
  createFakeLocks,
  NOW,
  raiseEscalation,
  recordInvalidClockIn,
} from '../../test/sync-engine-kit';
import {
  openTestDb as openDb,
  recordPushes,
  setupEngine as setup,
  uniqueWorkspace,
} from '../../test/sync-engine-setup';
import { createLocalAdapter } from './adapters/local-adapter';
import { createMemoryServer } from './adapters/memory-server';
import { createMemoryServerAdapter, type PushFault } from './adapters/memory-server-adapter';
import { SyncError, type SyncErrorKind } from './sync-adapter';
import { createSyncEngine, type SyncStatus } from './sync-engine';

describe('sync engine with the memory server', () => {
  it('sends queued records once, marks them sent and reports an idle, empty outbox', async () => {
    const { db, server, engine } = setup();
    const first = await raiseEscalation(db);
    const second = await raiseEscalation(db);

    await engine.syncNow('manual');

    expect(await db.outbox.count()).toBe(0);
    expect((await db.escalations.toArray()).map((row) => row.syncState)).toEqual(['sent', 'sent']);
    const ids = server.rowsVisibleTo(AGENT_ID).map((row) => row.key);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(engine.getStatus()).toEqual({
      state: 'idle',
      pending: 0,
      rejected: 0,
      lastSyncOkAt: NOW.toISOString(),
    });
  });

  it('stays offline with everything queued, then recovers on the scheduled retry', async () => {
    const { db, adapter, timers, engine, server } = setup();
    const escalation = await raiseEscalation(db);
    adapter.setOffline(true);
    engine.start();
    await engine.syncNow('manual');

    expect(engine.getStatus()).toMatchObject({
      state: 'offline',
      pending: 1,
      lastError: 'offline',
    });
    expect((await db.escalations.get(escalation.id))?.syncState).toBe('pending');
    expect(timers.pendingCount()).toBe(1);

    adapter.setOffline(false);
    await timers.fireNext();

    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
    expect(engine.getStatus().lastError).toBeUndefined();
    expect(server.rowsVisibleTo(AGENT_ID).map((row) => row.key)).toContain(escalation.id);
    engine.stop();
  });

  it('goes out at once when the network returns during a failing attempt, without the backoff', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { db, adapter, timers, engine } = setup({ adapter: { latency: () => gate } });
    await raiseEscalation(db);
    adapter.failNextPush('offline');
    engine.start();

    const attempt = engine.syncNow('write');
    // The network comes back while the doomed attempt is still on its way.
    const online = engine.syncNow('online');
    release();
    await Promise.all([attempt, online]);

    expect(await db.outbox.count()).toBe(0);
    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
    expect(adapter.traffic.pushes).toBe(2);
    expect(timers.pendingCount()).toBe(0);
    engine.stop();
  });

  it.each<[string, PushFault]>([
    ['a response lost after the commit', 'lose-response-after-commit'],
    ['a push delivered twice', 'deliver-twice'],
    ['a replay of the previous push', 'replay-previous-request'],
  ])('applies each mutation once despite %s', async (_name, fault) => {
    const { db, adapter, server, engine } = setup();
    await raiseEscalation(db);
    await engine.syncNow('manual');
    const escalation = await raiseEscalation(db);
    const queued = await db.outbox.toArray();
    adapter.failNextPush(fault);

    await engine.syncNow('manual');
    await engine.syncNow('manual');

    expect(await db.outbox.count()).toBe(0);
    expect(queued).toHaveLength(1);
    expect(server.effectCount(queued[0]!.mutationId)).toBe(1);
    expect(server.logEntry(queued[0]!.mutationId)?.result.status).toBe('applied');
    expect((await db.escalations.get(escalation.id))?.syncState).toBe('sent');
  });

  it.each<[string, 'server-error' | 'unavailable', number]>([
    ['a 500', 'server-error', 0],
    ['a 503 with Retry-After', 'unavailable', 5_000],
  ])(
    'backs off after %s, keeps the outbox, and succeeds on retry',
    async (_name, fault, minDelayMs) => {
      const { db, adapter, timers, engine } = setup({ adapter: { retryAfterMs: 5_000 } });
      await raiseEscalation(db);
      engine.start();
      adapter.failNextPush(fault);
      await engine.syncNow('manual');

      expect(engine.getStatus()).toMatchObject({ state: 'error', lastError: 'server', pending: 1 });
      expect(timers.delays.at(-1)).toBeGreaterThanOrEqual(minDelayMs);

      await timers.fireNext();
      expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
      engine.stop();
    },
  );

  it('halves the batch on 413 until it fits, without reporting a failure', async () => {
    const requests: PushRequest[] = [];
    const { db, engine } = setup({ server: { maxPushMutations: 4 }, wrap: recordPushes(requests) });
    for (let index = 0; index < 10; index += 1) await raiseEscalation(db);

    await engine.syncNow('manual');

    expect(requests.map((request) => request.mutations.length)).toEqual([10, 5, 2, 2, 2, 2, 2]);
    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
  });

  it('drains a long offline backlog in batches of at most 50, each mutation once', async () => {
    const requests: PushRequest[] = [];
    const { db, adapter, server, engine } = setup({ wrap: recordPushes(requests) });
    adapter.setOffline(true);
    for (let index = 0; index < 120; index += 1) await raiseEscalation(db);
    await engine.syncNow('manual');
    expect(requests.map((request) => request.mutations.length)).toEqual([50]);
    adapter.setOffline(false);
    const queued = await db.outbox.toArray();
    requests.length = 0;

    await engine.syncNow('online');

    expect(requests.map((request) => request.mutations.length)).toEqual([50, 50, 20]);
    expect(await db.outbox.count()).toBe(0);
    expect(queued.every((row) => server.effectCount(row.mutationId) === 1)).toBe(true);
  });

  it('keeps a single oversize mutation queued and reports it', async () => {
    const { db, adapter, engine } = setup();
    await raiseEscalation(db);
    adapter.failNextPush('payload-too-large');
    await engine.syncNow('manual');
    expect(engine.getStatus()).toMatchObject({
      state: 'error',
      lastError: 'payload-too-large',
      pending: 1,
    });
  });

  it('quarantines a rejected mutation, keeps it on the device as rejected and goes on', async () => {
    const { db, server, engine } = setup();
    const rejectedId = await recordInvalidClockIn(db, 'clock-9');
    const escalation = await raiseEscalation(db);

    await engine.syncNow('manual');

    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0, rejected: 1 });
    expect(await db.rejected.get(rejectedId)).toMatchObject({
      code: 'mutation/forbidden',
      recordId: 'clock-9',
    });
    expect((await db.clockRecords.get('clock-9'))?.syncState).toBe('rejected');
    expect((await db.escalations.get(escalation.id))?.syncState).toBe('sent');
    expect(server.quarantine().map((entry) => entry.envelope.mutationId)).toEqual([rejectedId]);
  });
});

describe('acknowledgement bookkeeping (SYNC.md A2)', () => {
  it('keeps a record written while its batch was in flight and sends it next', async () => {
    const requests: PushRequest[] = [];
    let lateId = '';
    const latency = async () => {
      // The agent saves another record while the first batch is on the wire.
      if (requests.length === 1 && !lateId) lateId = (await raiseEscalation(context.db)).id;
    };
    const context = setup({ adapter: { latency }, wrap: recordPushes(requests) });
    const { db } = context;
    await raiseEscalation(db);

    await context.engine.syncNow('manual');

    expect(requests.map((request) => request.mutations.map((mutation) => mutation.seq))).toEqual([
      [1],
      [2],
    ]);
    expect(requests[1]?.mutations[0]?.recordId).toBe(lateId);
    expect(await db.outbox.count()).toBe(0);
  });

  it('removes only the rows a partial answer acknowledges', async () => {
    const requests: PushRequest[] = [];
    const stopAtFirst = (_request: PushRequest, response: PushResponse): PushResponse =>
      requests.length === 1
        ? { lastMutationSeq: 1, results: response.results.slice(0, 1) }
        : response;
    const { db, engine, timers } = setup({ wrap: recordPushes(requests, stopAtFirst) });
    for (let index = 0; index < 3; index += 1) await raiseEscalation(db);
    engine.start();
    await engine.syncNow('manual');

    expect((await db.outbox.toArray()).map((row) => row.seq)).toEqual([2, 3]);
    expect(engine.getStatus()).toMatchObject({ state: 'error', lastError: 'server', pending: 2 });

    await timers.fireNext();
    expect(requests.at(-1)?.mutations.map((mutation) => mutation.seq)).toEqual([2, 3]);
    expect(await db.outbox.count()).toBe(0);
    engine.stop();
  });
});

describe('errors a retry cannot fix', () => {
  it.each<SyncErrorKind>(['auth', 'forbidden', 'version-not-supported'])(
    'stops on %s, keeps the outbox, ignores automatic triggers and resumes on a manual sync',
    async (kind) => {
      let failures = 1;
      const { db, engine, timers } = setup({
        wrap: (adapter) => ({
          ...adapter,
          push: (request, options) =>
            failures-- > 0
              ? Promise.reject(new SyncError(kind, kind))
              : adapter.push(request, options),
        }),
      });
      await raiseEscalation(db);
      engine.start();
      await engine.syncNow('boot');

      expect(engine.getStatus()).toMatchObject({ state: 'error', lastError: kind, pending: 1 });
      expect(timers.pendingCount()).toBe(0);
      await engine.syncNow('interval');
      expect(engine.getStatus().state).toBe('error');

      await engine.syncNow('manual');
      expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
      engine.stop();
    },
  );
});

describe('one sync at a time', () => {
  it('joins concurrent calls in a tab into one request at a time', async () => {
    const { db, adapter, engine } = setup({
      adapter: { latency: () => new Promise((resolve) => setTimeout(resolve, 2)) },
    });
    await raiseEscalation(db);
    await Promise.all([engine.syncNow('manual'), engine.syncNow('write'), engine.syncNow('poke')]);
    expect(adapter.traffic.maxInFlight).toBe(1);
    expect(adapter.traffic.pushes).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('lets only one tab sync a database at a time through the shared lock', async () => {
    const locks = createFakeLocks();
    const server = createMemoryServer();
    const adapter = createMemoryServerAdapter(server, {
      agentId: AGENT_ID,
      latency: () => new Promise((resolve) => setTimeout(resolve, 2)),
    });
    const workspace = uniqueWorkspace('engine-tabs');
    const tabs = [openDb(workspace), openDb(workspace)].map((db) => ({
      db,
      engine: createSyncEngine({ store: createSyncStore(db), adapter, now: () => NOW, locks }),
    }));
    for (const { db } of tabs) await raiseEscalation(db);

    await Promise.all(tabs.map(({ engine }) => engine.syncNow('manual')));

    expect(locks.maxHolders).toBe(1);
    expect(adapter.traffic.maxInFlight).toBe(1);
    expect(await tabs[0]!.db.outbox.count()).toBe(0);
    const outbox = await tabs[0]!.db.escalations.toArray();
    expect(outbox.map((row) => row.syncState)).toEqual(['sent', 'sent']);
  });
});

describe('pulling', () => {
  it('brings employer rows down, applies deletes, and starts over after a reset', async () => {
    const { db, server, engine } = setup({ engine: { pullLimit: 2 } });
    const shifts = [1, 2, 3].map((index) => ({ ...SAMPLE_ROWS.shifts, id: `shift-${index}` }));
    server.writeAsEmployer(
      shifts.map((value) => ({ table: 'shifts', op: 'put', key: value.id, value })),
      AGENT_ID,
    );
    await engine.syncNow('manual');
    expect((await db.shifts.toArray()).map((shift) => shift.id)).toEqual([
      'shift-1',
      'shift-2',
      'shift-3',
    ]);

    server.writeAsEmployer([{ table: 'shifts', op: 'del', key: 'shift-1' }], AGENT_ID);
    await engine.syncNow('manual');
    expect(await db.shifts.count()).toBe(2);

    await db.payStatements.put(SAMPLE_ROWS.payStatements);
    server.invalidateCursors();
    await engine.syncNow('manual');
    expect((await db.shifts.toArray()).map((shift) => shift.id)).toEqual(['shift-2', 'shift-3']);
    expect(await db.payStatements.count()).toBe(0);
  });

  it('syncs when the server pokes a started engine', async () => {
    const { db, server, engine } = setup();
    engine.start();
    await engine.syncNow('manual');
    server.writeAsEmployer(
      [{ table: 'shifts', op: 'put', key: 'shift-1', value: SAMPLE_ROWS.shifts }],
      AGENT_ID,
    );
    await expect.poll(() => db.shifts.count()).toBe(1);
    engine.stop();
  });
});

describe('engine lifecycle and status', () => {
  it('publishes each status change to subscribers as plain data', async () => {
    const { db, engine } = setup();
    await raiseEscalation(db);
    const seen: SyncStatus[] = [];
    const unsubscribe = engine.subscribe((status) => seen.push(status));
    await engine.syncNow('manual');
    unsubscribe();
    expect(seen.map((status) => [status.state, status.pending])).toEqual([
      ['syncing', 0],
      ['syncing', 1],
      ['idle', 0],
    ]);
  });

  it('stop aborts the request in flight and schedules nothing', async () => {
    let release: () => void = () => undefined;
    const { db, engine, timers } = setup({
      adapter: { latency: () => new Promise<void>((resolve) => (release = resolve)) },
    });
    await raiseEscalation(db);
    engine.start();
    await expect.poll(() => engine.getStatus().state).toBe('syncing');
    engine.stop();
    release();
    await expect.poll(() => engine.getStatus().state).toBe('idle');
    expect(timers.pendingCount()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('gives up on a request after the timeout', async () => {
    const { db, engine } = setup({
      engine: { requestTimeoutMs: 5 },
      wrap: (adapter) => ({ ...adapter, push: () => new Promise<never>(() => undefined) }),
    });
    await raiseEscalation(db);
    await engine.syncNow('manual');
    expect(engine.getStatus()).toMatchObject({
      state: 'offline',
      lastError: 'timeout',
      pending: 1,
    });
  });

  it('reports a failing device database as a storage error', async () => {
    const { db, engine } = setup();
    await raiseEscalation(db);
    db.escalations.hook('updating', () => {
      throw new Error('quota exceeded');
    });
    await engine.syncNow('manual');
    expect(engine.getStatus()).toMatchObject({ state: 'error', lastError: 'storage', pending: 1 });
  });
});

describe('sync engine with the local adapter', () => {
  it('fills the workspace on boot, acknowledges writes, and pulls nothing more afterwards', async () => {
    const db = openDb();
    const changes = [
      { table: 'shifts' as const, op: 'put' as const, key: 'shift-1', value: SAMPLE_ROWS.shifts },
    ];
    const engine = createSyncEngine({
      store: createSyncStore(db),
      adapter: createLocalAdapter({ initialChanges: async () => changes }),
      now: () => NOW,
    });
    await engine.syncNow('boot');
    expect(await db.shifts.toArray()).toEqual([SAMPLE_ROWS.shifts]);

    await db.shifts.clear();
    const escalation = await raiseEscalation(db);
    await engine.syncNow('write');
    expect(await db.shifts.count()).toBe(0);
    expect((await db.escalations.get(escalation.id))?.syncState).toBe('sent');
    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
  });
});
