import { describe, expect, it } from 'vitest';
import type { PushRequest } from '@/domain/sync/protocol';
import { raiseEscalation, recordInvalidClockIn } from '../../test/sync-engine-kit';
import { recordPushes, setupEngine } from '../../test/sync-engine-setup';
import { SyncError, type SyncAdapter } from './sync-adapter';

/** Records every push and refuses it, as a server that cannot find the client group. */
function refuseAsUnknownClientGroup(requests: PushRequest[]) {
  return (adapter: SyncAdapter): SyncAdapter => ({
    ...adapter,
    push: async (request) => {
      requests.push(structuredClone(request));
      throw new SyncError('client-state-not-found', '410');
    },
  });
}

describe('a server that lost the client group (SYNC.md A8)', () => {
  it('re-registers, renumbers the outbox from seq 1 and applies every mutation exactly once', async () => {
    const requests: PushRequest[] = [];
    const { db, store, server, adapter, engine } = setupEngine({ wrap: recordPushes(requests) });
    await raiseEscalation(db);
    const firstRejectedId = await recordInvalidClockIn(db, 'clock-1');
    await engine.syncNow('manual');
    expect(await store.getLastAckedSeq()).toBe(2);
    const oldClientGroupId = await store.getClientGroupId();

    // Five records go out and the server commits them, but the answer is lost on the way back.
    const escalations = [];
    for (let index = 0; index < 4; index += 1) escalations.push(await raiseEscalation(db));
    const rejectedId = await recordInvalidClockIn(db, 'clock-2');
    adapter.failNextPush('lose-response-after-commit');
    await engine.syncNow('manual');
    // Then the server is restored from a backup that has no state for this device, and the agent
    // saves one more record.
    server.loseClientState();
    escalations.push(await raiseEscalation(db));
    const queued = await db.outbox.toArray();
    expect(queued.map((row) => row.seq)).toEqual([3, 4, 5, 6, 7, 8]);
    requests.length = 0;

    await engine.syncNow('manual');

    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0, rejected: 2 });
    expect(engine.getStatus().lastError).toBeUndefined();
    const [refused, resent] = requests;
    expect(requests).toHaveLength(2);
    expect(refused?.clientGroupId).toBe(oldClientGroupId);
    expect(refused?.mutations.map((mutation) => mutation.seq)).toEqual([3, 4, 5, 6, 7, 8]);
    const newClientGroupId = await store.getClientGroupId();
    expect(newClientGroupId).not.toBe(oldClientGroupId);
    expect(resent?.clientGroupId).toBe(newClientGroupId);
    // Same mutations, same order, same content; only seq changed.
    expect(resent?.mutations).toEqual(queued.map((row, index) => ({ ...row, seq: index + 1 })));

    for (const row of queued)
      expect(server.effectCount(row.mutationId)).toBe(row.mutationId === rejectedId ? 0 : 1);
    expect(server.quarantine().map((entry) => entry.envelope.mutationId)).toEqual([
      firstRejectedId,
      rejectedId,
    ]);
    expect((await db.rejected.toArray()).map((row) => row.mutationId).sort()).toEqual(
      [firstRejectedId, rejectedId].sort(),
    );
    expect((await db.clockRecords.get('clock-2'))?.syncState).toBe('rejected');
    for (const escalation of escalations)
      expect((await db.escalations.get(escalation.id))?.syncState).toBe('sent');
    expect(await store.getLastAckedSeq()).toBe(6);

    // The next record continues the new numbering.
    await raiseEscalation(db);
    expect((await db.outbox.toArray()).map((row) => row.seq)).toEqual([7]);
    await engine.syncNow('manual');
    expect(await db.outbox.count()).toBe(0);
    expect(server.lastSeq(newClientGroupId)).toBe(7);
  });

  it('halts as before when the server still cannot find the client group after re-registering', async () => {
    const requests: PushRequest[] = [];
    const { db, store, engine, timers } = setupEngine({
      wrap: refuseAsUnknownClientGroup(requests),
    });
    await raiseEscalation(db);
    await raiseEscalation(db);
    const before = await db.outbox.toArray();
    const original = await store.getClientGroupId();
    engine.start();
    await engine.syncNow('boot');

    expect(engine.getStatus()).toMatchObject({
      state: 'error',
      lastError: 'client-state-not-found',
      pending: 2,
    });
    expect(timers.pendingCount()).toBe(0);
    // One re-registration, not a loop: the old group, the new one, then stop.
    const renewed = await store.getClientGroupId();
    expect(renewed).not.toBe(original);
    expect(requests.map((request) => request.clientGroupId)).toEqual([original, renewed]);
    expect((await db.outbox.toArray()).map((row) => row.mutationId)).toEqual(
      before.map((row) => row.mutationId),
    );

    await engine.syncNow('interval');
    expect(requests).toHaveLength(2);
    engine.stop();
  });

  it('re-registers when a pull is refused the same way, then pulls under the new group', async () => {
    const pulledAs: string[] = [];
    let pullRefusals = 1;
    const { db, store, server, engine } = setupEngine({
      wrap: (adapter) => ({
        ...adapter,
        pull: (request, options) => {
          pulledAs.push(request.clientGroupId);
          return pullRefusals-- > 0
            ? Promise.reject(new SyncError('client-state-not-found', '410'))
            : adapter.pull(request, options);
        },
      }),
    });
    await raiseEscalation(db);
    const original = await store.getClientGroupId();

    await engine.syncNow('manual');

    const renewed = await store.getClientGroupId();
    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
    expect(pulledAs).toEqual([original, renewed]);
    expect(renewed).not.toBe(original);
    expect(await store.getLastAckedSeq()).toBe(0);
    const next = await raiseEscalation(db);
    expect((await db.outbox.toArray()).map((row) => row.seq)).toEqual([1]);
    await engine.syncNow('manual');
    expect(server.lastSeq(renewed)).toBe(1);
    expect((await db.escalations.get(next.id))?.syncState).toBe('sent');
  });
});
