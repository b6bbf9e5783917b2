import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbenchDb, type WorkbenchDb } from '@/data/db';
import { createSyncStore, type SyncStore } from '@/data/sync-store';
import { parsePullResponse } from '@/domain/sync/protocol-schemas';
import type { MutationEnvelope, PullResponse, PushResponse } from '@/domain/sync/protocol';
import { dumpDatabase } from '../../test/dump-database';
import { createFakeTimers, NOW, raiseEscalation } from '../../test/sync-engine-kit';
import {
  MALFORMED_PULL_RESPONSES,
  MALFORMED_PUSH_RESPONSES,
  PUSH_FIXTURE_PREVIOUS_ACKED_SEQ,
  PUSH_FIXTURE_SEQS,
  validPullPage,
} from '../../test/sync-malformed-fixtures';
import type { SyncAdapter } from './sync-adapter';
import { createSyncEngine } from './sync-engine';

const openDbs: WorkbenchDb[] = [];
let counter = 0;

afterEach(async () => {
  for (const db of openDbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A device with synced employer rows, a cursor, a client group and (optionally) queued rows. */
async function seededDevice({ queued }: { queued: boolean }) {
  const db = openWorkbenchDb(`malformed-${++counter}`);
  openDbs.push(db);
  const store = createSyncStore(db);
  await store.getClientGroupId();
  const page = parsePullResponse({ ...validPullPage(), cursor: 'cursor-1' });
  if (!page.ok) throw new Error(page.issue);
  await store.applyPullPage(page.value);
  if (queued) {
    await db.meta.bulkPut([
      { key: 'nextSeq', value: PUSH_FIXTURE_SEQS[0] },
      { key: 'lastAckedSeq', value: PUSH_FIXTURE_PREVIOUS_ACKED_SEQ },
    ]);
    for (const _seq of PUSH_FIXTURE_SEQS) await raiseEscalation(db);
  }
  return { db, store };
}

/** Runs one started-engine cycle against `adapter` and returns what a caller can observe. */
async function syncOnce(store: SyncStore, adapter: SyncAdapter) {
  const timers = createFakeTimers();
  const engine = createSyncEngine({ store, adapter, now: () => NOW, setTimer: timers.setTimer });
  engine.start();
  await engine.syncNow('boot');
  engine.stop();
  return { status: engine.getStatus(), retriesScheduled: timers.delays.length };
}

function pullOnly(respond: () => unknown): SyncAdapter {
  return {
    name: 'malformed-pull',
    push: () => Promise.reject(new Error('nothing to push')),
    pull: async () => respond() as PullResponse,
    uploadAttachment: () => Promise.reject(new Error('nothing to upload')),
  };
}

function pushOnly(respond: (sent: readonly MutationEnvelope[]) => unknown): SyncAdapter {
  return {
    name: 'malformed-push',
    push: async (request) => respond(request.mutations) as PushResponse,
    pull: () => Promise.reject(new Error('pull must not run after a bad push')),
    uploadAttachment: () => Promise.reject(new Error('nothing to upload')),
  };
}

describe('malformed responses leave the device untouched (SYNC.md A3, I3)', () => {
  it.each(MALFORMED_PULL_RESPONSES)('pull answered with %s', async (_name, respond) => {
    const { db, store } = await seededDevice({ queued: false });
    const before = await dumpDatabase(db);

    const { status, retriesScheduled } = await syncOnce(store, pullOnly(respond));

    expect(await dumpDatabase(db)).toBe(before);
    expect(await store.getCursor()).toBe('cursor-1');
    expect(status).toMatchObject({ state: 'error', lastError: 'invalid-response' });
    expect(retriesScheduled).toBe(1);
  });

  it.each(MALFORMED_PUSH_RESPONSES)('push answered with %s', async (_name, respond) => {
    const { db, store } = await seededDevice({ queued: true });
    const before = await dumpDatabase(db);

    const { status, retriesScheduled } = await syncOnce(store, pushOnly(respond));

    expect(await dumpDatabase(db)).toBe(before);
    expect(status).toMatchObject({ state: 'error', lastError: 'invalid-response', pending: 3 });
    expect(retriesScheduled).toBe(1);
  });

  it('a valid pull page after the same setup does change the device (the check can fail)', async () => {
    const { db, store } = await seededDevice({ queued: false });
    const before = await dumpDatabase(db);
    await syncOnce(
      store,
      pullOnly(() => ({ ...validPullPage(), cursor: 'cursor-2' })),
    );
    expect(await dumpDatabase(db)).not.toBe(before);
  });

  it('refuses randomly corrupted pages without a single write', async () => {
    const { db, store } = await seededDevice({ queued: false });
    const before = await dumpDatabase(db);
    const corruptions = fc.record({
      changeIndex: fc.nat({ max: 1 }),
      field: fc.constantFrom('key', 'table', 'op', 'value'),
      replacement: fc.oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.string({ maxLength: 3 }),
      ),
    });
    await fc.assert(
      fc.asyncProperty(corruptions, async ({ changeIndex, field, replacement }) => {
        const page = validPullPage();
        (page.changes[changeIndex] as unknown as Record<string, unknown>)[field] = replacement;
        const { status } = await syncOnce(
          store,
          pullOnly(() => page),
        );
        expect(status.lastError).toBe('invalid-response');
        expect(await dumpDatabase(db)).toBe(before);
      }),
      { numRuns: 100, seed: 5_221 },
    );
  });
});
