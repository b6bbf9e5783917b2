import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1 } from './db-schema';
import { openWorkbenchDb, type WorkbenchDb } from './db';

const WORKSPACE = 'upgrade-test';
const NAME = `agent-workbench:${WORKSPACE}`;

/** Writes a database exactly as version 1 of the app left it. */
async function createVersion1Database() {
  const legacy = new Dexie(NAME);
  legacy.version(1).stores(SCHEMA_V1);
  await legacy.open();
  await legacy.table('meta').bulkPut([
    { key: 'clientGroupId', value: 'client-group-1' },
    { key: 'nextSeq', value: 2 },
    { key: 'cursor', value: 'opaque-cursor-7' },
  ]);
  await legacy.table('escalations').bulkPut([
    { id: 'esc-pending', agentId: 'a1', category: 'other', createdAt: '2026-05-01T01:00:00Z' },
    {
      id: 'esc-acked',
      agentId: 'a1',
      category: 'system-outage',
      createdAt: '2026-04-01T01:00:00Z',
    },
  ]);
  await legacy.table('outbox').add({
    seq: 1,
    mutationId: '0196c1a0-0000-7000-8000-000000000001',
    name: 'escalation.create',
    recordId: 'esc-pending',
    args: { category: 'other' },
    schemaVersion: 1,
    createdAt: '2026-05-01T01:00:00Z',
  });
  await legacy.table('shifts').put({ id: 'shift-1', start: '2026-05-02T01:00:00Z' });
  legacy.close();
}

let db: WorkbenchDb | undefined;
afterEach(async () => {
  db?.close();
  await Dexie.delete(NAME);
});

describe('database upgrade from version 1', () => {
  it('keeps every row, the queued mutation and the sync cursor', async () => {
    await createVersion1Database();
    db = openWorkbenchDb(WORKSPACE);
    await db.open();

    expect(db.verno).toBe(2);
    expect(await db.escalations.count()).toBe(2);
    expect(await db.shifts.get('shift-1')).toMatchObject({ start: '2026-05-02T01:00:00Z' });
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: 'opaque-cursor-7' });
    // The old envelope is sent as it was created, with its own schema version (SYNC.md §4.9).
    expect(await db.outbox.get(1)).toMatchObject({ recordId: 'esc-pending', schemaVersion: 1 });
  });

  it('marks rows with a queued mutation pending and the others sent', async () => {
    await createVersion1Database();
    db = openWorkbenchDb(WORKSPACE);
    expect((await db.escalations.get('esc-pending'))?.syncState).toBe('pending');
    expect((await db.escalations.get('esc-acked'))?.syncState).toBe('sent');
    expect(await db.escalations.where('syncState').equals('pending').count()).toBe(1);
  });

  it('opens the tables version 2 added, empty', async () => {
    await createVersion1Database();
    db = openWorkbenchDb(WORKSPACE);
    expect(await db.leaveRequests.count()).toBe(0);
    expect(await db.payStatementLines.count()).toBe(0);
  });
});
