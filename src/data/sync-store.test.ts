import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeaveRequest } from '@/domain/roster/shift';
import {
  parsePullResponse,
  parsePushResponse,
  type Validated,
} from '@/domain/sync/protocol-schemas';
import type {
  Change,
  MutationEnvelope,
  MutationResult,
  PullResponse,
  PushResponse,
} from '@/domain/sync/protocol';
import { dumpDatabase } from '../../test/dump-database';
import { AGENT_ID, makeEscalation, SAMPLE_ROWS } from '../../test/sync-builders';
import { commitAgentWrite } from './agent-write';
import { readBlobBytes } from './attachment-bytes';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import { CURRENT_SCHEMA_VERSION } from './db-schema';
import { createEscalationRepository } from './escalation-repository';
import { createSyncStore, type SyncStore } from './sync-store';

const NOW = new Date('2026-11-22T08:30:00Z');
const WORKSPACE = 'sync-store-test';

let db: WorkbenchDb;
let store: SyncStore;

beforeEach(() => {
  db = openWorkbenchDb(WORKSPACE);
  store = createSyncStore(db);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function raiseEscalations(count: number): Promise<string[]> {
  const repository = createEscalationRepository(db);
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const {
      id: _id,
      syncState: _local,
      routing: _routing,
      chain: _chain,
      ...input
    } = makeEscalation({ caseReference: `CASE-${index}` });
    ids.push((await repository.raise({ ...input, policy: null }, NOW)).id);
  }
  return ids;
}

function validPush(
  response: PushResponse,
  sent: MutationEnvelope[],
  acked = 0,
): Validated<PushResponse> {
  const parsed = parsePushResponse(response, sent, acked);
  if (!parsed.ok) throw new Error(parsed.issue);
  return parsed.value;
}

function validPage(page: Partial<PullResponse>): Validated<PullResponse> {
  const parsed = parsePullResponse({
    cursor: 'cursor-1',
    reset: false,
    changes: [],
    hasMore: false,
    lastMutationSeq: 0,
    ...page,
  });
  if (!parsed.ok) throw new Error(parsed.issue);
  return parsed.value;
}

function answer(mutation: MutationEnvelope, status: 'applied' | 'duplicate'): MutationResult {
  return { seq: mutation.seq, mutationId: mutation.mutationId, status };
}

const put = (table: Change['table'], value: { id: string }): Change => ({
  table,
  op: 'put',
  key: value.id,
  value,
});

describe('client group id', () => {
  it('is created once and survives a reopened database', async () => {
    const [first, second] = await Promise.all([
      store.getClientGroupId(),
      createSyncStore(db).getClientGroupId(),
    ]);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
    db.close();
    db = openWorkbenchDb(WORKSPACE);
    expect(await createSyncStore(db).getClientGroupId()).toBe(first);
  });
});

describe('re-registering after the server lost the client group', () => {
  it('gives a new id and renumbers the queued rows from 1, keeping their ids and content', async () => {
    await raiseEscalations(5);
    const sent = await store.readOutboxBatch(2);
    await store.applyPushResponse(
      validPush({ lastMutationSeq: 2, results: sent.map((row) => answer(row, 'applied')) }, sent),
      NOW,
    );
    const oldId = await store.getClientGroupId();
    const queued = await db.outbox.toArray();
    expect(queued.map((row) => row.seq)).toEqual([3, 4, 5]);

    const newId = await store.reregisterClientGroup();

    expect(newId).not.toBe(oldId);
    expect(await store.getClientGroupId()).toBe(newId);
    expect(await db.outbox.toArray()).toEqual(
      queued.map((row, index) => ({ ...row, seq: index + 1 })),
    );
    expect(await store.getLastAckedSeq()).toBe(0);
    await raiseEscalations(1);
    expect((await db.outbox.toArray()).map((row) => row.seq)).toEqual([1, 2, 3, 4]);
  });

  it('changes nothing when the transaction fails part-way', async () => {
    await raiseEscalations(3);
    await store.getClientGroupId();
    const before = await dumpDatabase(db);
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(store.reregisterClientGroup()).rejects.toThrow();
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('still tells a listener about the first write after the renumbering', async () => {
    await raiseEscalations(3);
    let calls = 0;
    const unsubscribe = store.subscribeToLocalWrites(() => (calls += 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const sent = await store.readOutboxBatch(1);
    await store.applyPushResponse(
      validPush({ lastMutationSeq: 1, results: [answer(sent[0]!, 'applied')] }, sent),
      NOW,
    );
    await store.reregisterClientGroup();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBe(0);

    await raiseEscalations(1);
    await expect.poll(() => calls).toBe(1);
    unsubscribe();
  });
});

describe('outbox batch', () => {
  it('reads at most `limit` mutations, lowest seq first, as wire envelopes', async () => {
    const [firstId] = await raiseEscalations(3);
    const batch = await store.readOutboxBatch(2);
    expect(batch.map((mutation) => mutation.seq)).toEqual([1, 2]);
    expect(batch[0]).toMatchObject({
      name: 'escalation.create',
      recordId: firstId,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: NOW.toISOString(),
      args: { id: firstId, agentId: AGENT_ID },
    });
    expect(await store.countPending()).toBe(3);
  });

  it('never hands out more than one push batch of 50', async () => {
    await raiseEscalations(55);
    expect(await store.readOutboxBatch(500)).toHaveLength(50);
  });
});

describe('attachments waiting for upload', () => {
  async function noteWithPicture(escalationId: string, text: string, fill: number) {
    const blob = new Blob([new Uint8Array(16).fill(fill)], { type: 'image/jpeg' });
    return createEscalationRepository(db).addNote(
      { escalationId, agentId: AGENT_ID, text, attachment: { blob, name: `${text}.jpg` } },
      NOW,
    );
  }

  it('names each attachment the batch references once, with the first mutation needing it', async () => {
    const [escalationId] = await raiseEscalations(1);
    const first = await noteWithPicture(escalationId!, 'one', 1);
    await createEscalationRepository(db).addNote(
      { escalationId: escalationId!, agentId: AGENT_ID, text: 'words only', attachment: null },
      NOW,
    );
    const again = await noteWithPicture(escalationId!, 'same picture', 1);
    const other = await noteWithPicture(escalationId!, 'two', 2);
    const uploads = await store.readPendingUploads(await store.readOutboxBatch(50));
    expect(uploads.map((upload) => [upload.ref.sha256, upload.seq])).toEqual([
      [first.attachment!.sha256, 2],
      [other.attachment!.sha256, 5],
    ]);
    expect(again.attachment?.sha256).toBe(first.attachment?.sha256);
    expect(uploads[0]?.blob.type).toBe('image/jpeg');
    expect(await readBlobBytes(uploads[0]!.blob)).toEqual(new Uint8Array(16).fill(1));
  });

  it('leaves out attachments marked uploaded until the server is found without them', async () => {
    const [escalationId] = await raiseEscalations(1);
    const note = await noteWithPicture(escalationId!, 'one', 1);
    const hash = note.attachment!.sha256;
    await store.markUploaded(hash);
    expect(await store.readPendingUploads(await store.readOutboxBatch(50))).toEqual([]);
    await store.forgetUpload(hash);
    const uploads = await store.readPendingUploads(await store.readOutboxBatch(50));
    expect(uploads.map((upload) => upload.ref.sha256)).toEqual([hash]);
  });
});

describe('applying a push response', () => {
  it('removes applied and duplicate rows, marks their records sent and leaves the rest', async () => {
    const ids = await raiseEscalations(4);
    const sent = await store.readOutboxBatch(3);
    const response = {
      lastMutationSeq: 2,
      results: [answer(sent[0]!, 'applied'), answer(sent[1]!, 'duplicate')],
    };

    expect(await store.applyPushResponse(validPush(response, sent), NOW)).toEqual({
      acknowledged: 2,
      rejected: 0,
    });

    expect((await db.outbox.toArray()).map((row) => row.seq)).toEqual([3, 4]);
    const states = await Promise.all(
      ids.map(async (id) => (await db.escalations.get(id))?.syncState),
    );
    expect(states).toEqual(['sent', 'sent', 'pending', 'pending']);
    expect(await store.getLastAckedSeq()).toBe(2);
  });

  it('moves a rejected mutation to `rejected` with its code and marks the record rejected', async () => {
    const [id] = await raiseEscalations(1);
    const sent = await store.readOutboxBatch(50);
    const rejection: MutationResult = {
      ...answer(sent[0]!, 'applied'),
      status: 'rejected',
      code: 'args/invalid',
      message: 'description too long',
    };

    await store.applyPushResponse(
      validPush({ lastMutationSeq: 1, results: [rejection] }, sent),
      NOW,
    );

    expect(await db.outbox.count()).toBe(0);
    expect(await db.rejected.toArray()).toEqual([
      {
        ...sent[0],
        code: 'args/invalid',
        message: 'description too long',
        rejectedAt: NOW.toISOString(),
      },
    ]);
    expect((await db.escalations.get(id!))?.syncState).toBe('rejected');
    expect([await store.countPending(), await store.countRejected()]).toEqual([0, 1]);
  });

  it('keeps rows queued while the push was in flight (SYNC.md A2)', async () => {
    await raiseEscalations(2);
    const sent = await store.readOutboxBatch(50);
    const [lateId] = await raiseEscalations(1);
    const results = sent.map((mutation) => answer(mutation, 'applied'));

    await store.applyPushResponse(validPush({ lastMutationSeq: 2, results }, sent), NOW);

    expect(await db.outbox.toArray()).toMatchObject([{ seq: 3, recordId: lateId }]);
    expect((await db.escalations.get(lateId!))?.syncState).toBe('pending');
  });

  it('keeps a record pending while a later mutation of it is still queued', async () => {
    const request: LeaveRequest = { ...SAMPLE_ROWS.leaveRequests, syncState: 'pending' };
    for (const name of ['leave.request', 'leave.cancel'] as const) {
      await commitAgentWrite(db, {
        name,
        recordId: request.id,
        args: {},
        now: NOW,
        tables: [db.leaveRequests],
        write: () => db.leaveRequests.put(request),
      });
    }
    const sent = await store.readOutboxBatch(50);

    await store.applyPushResponse(
      validPush({ lastMutationSeq: 1, results: [answer(sent[0]!, 'applied')] }, sent),
      NOW,
    );
    expect((await db.leaveRequests.get(request.id))?.syncState).toBe('pending');

    await store.applyPushResponse(
      validPush({ lastMutationSeq: 2, results: [answer(sent[1]!, 'applied')] }, sent, 1),
      NOW,
    );
    expect((await db.leaveRequests.get(request.id))?.syncState).toBe('sent');
  });

  it('never moves lastAckedSeq backwards', async () => {
    await raiseEscalations(3);
    const sent = await store.readOutboxBatch(50);
    await store.applyPushResponse(validPush({ lastMutationSeq: 3, results: [] }, sent), NOW);
    await store.applyPushResponse(validPush({ lastMutationSeq: 1, results: [] }, sent), NOW);
    expect(await store.getLastAckedSeq()).toBe(3);
  });
});

describe('applying a pull page', () => {
  const shift = SAMPLE_ROWS.shifts;

  it('writes puts and dels and saves the cursor', async () => {
    await store.applyPullPage(
      validPage({
        cursor: 'c-1',
        changes: [put('shifts', shift), put('kpiDaily', SAMPLE_ROWS.kpiDaily)],
      }),
    );
    await store.applyPullPage(
      validPage({ cursor: 'c-2', changes: [{ table: 'kpiDaily', op: 'del', key: 'kpi-1' }] }),
    );

    expect(await db.shifts.toArray()).toEqual([shift]);
    expect(await db.kpiDaily.count()).toBe(0);
    expect(await store.getCursor()).toBe('c-2');
  });

  it('on reset drops every employer-owned row but keeps agent records and the outbox', async () => {
    await store.applyPullPage(
      validPage({
        changes: [put('shifts', shift), put('payStatements', SAMPLE_ROWS.payStatements)],
      }),
    );
    await raiseEscalations(1);
    const secondShift = { ...shift, id: 'shift-2' };

    await store.applyPullPage(
      validPage({ cursor: 'c-reset', reset: true, changes: [put('shifts', secondShift)] }),
    );

    expect(await db.shifts.toArray()).toEqual([secondShift]);
    expect(await db.payStatements.count()).toBe(0);
    expect([await db.escalations.count(), await db.outbox.count()]).toEqual([1, 1]);
  });

  it('does not overwrite or delete an agent record that still has queued mutations', async () => {
    const [pendingId] = await raiseEscalations(1);
    const echo = {
      ...makeEscalation({ id: pendingId!, description: 'server copy' }),
      syncState: 'sent' as const,
    };
    const otherDevice = makeEscalation({ id: 'escalation-from-b', syncState: 'pending' });

    await store.applyPullPage(
      validPage({ changes: [put('escalations', echo), put('escalations', otherDevice)] }),
    );
    await store.applyPullPage(
      validPage({ changes: [{ table: 'escalations', op: 'del', key: pendingId! }] }),
    );

    expect((await db.escalations.get(pendingId!))?.description).not.toBe('server copy');
    // An echo is on the server by definition: it arrives as sent whatever the payload says.
    expect((await db.escalations.get('escalation-from-b'))?.syncState).toBe('sent');
  });

  it('writes nothing, cursor included, when one write of the page fails', async () => {
    await store.applyPullPage(validPage({ cursor: 'c-1', changes: [put('shifts', shift)] }));
    const before = await dumpDatabase(db);
    db.kpiDaily.hook('creating', () => {
      throw new Error('disk full');
    });
    const page = validPage({
      cursor: 'c-2',
      reset: true,
      changes: [put('kpiDaily', SAMPLE_ROWS.kpiDaily)],
    });

    await expect(store.applyPullPage(page)).rejects.toThrow('disk full');

    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('status reads', () => {
  it('starts with no cursor, nothing acknowledged and no successful sync', async () => {
    expect([
      await store.getCursor(),
      await store.getLastAckedSeq(),
      await store.getLastSyncOkAt(),
    ]).toEqual([null, 0, undefined]);
    await store.markSyncOk(NOW);
    expect(await store.getLastSyncOkAt()).toBe(NOW.toISOString());
  });

  it('tells a listener about new outbox rows, not about acknowledgements', async () => {
    let calls = 0;
    const unsubscribe = store.subscribeToLocalWrites(() => (calls += 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await raiseEscalations(1);
    await expect.poll(() => calls).toBe(1);

    const sent = await store.readOutboxBatch(50);
    await store.applyPushResponse(
      validPush({ lastMutationSeq: 1, results: [answer(sent[0]!, 'applied')] }, sent),
      NOW,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    unsubscribe();
    expect(calls).toBe(1);
  });
});
