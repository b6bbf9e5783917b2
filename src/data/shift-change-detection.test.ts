/**
 * The pull applier's record of shift changes (issue #6): a changed or removed shift the device
 * held becomes a `ShiftChange` in the same transaction as the page; a reset (the first pull
 * included) and brand-new shifts record nothing; a malformed shift changes nothing stored.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Shift } from '@/domain/roster/shift';
import { parsePullResponse, type Validated } from '@/domain/sync/protocol-schemas';
import type { Change, PullResponse } from '@/domain/sync/protocol';
import { dumpDatabase } from '../../test/dump-database';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import { createRosterRepository } from './roster-repository';
import { createSyncStore, type SyncStore } from './sync-store';

/** 2026-11-21 09:30 in Shanghai; the sample shift starts 2026-11-23 09:00 there (47.5 h later). */
const NOW = new Date('2026-11-21T01:30:00.000Z');
const SHIFT: Shift = SAMPLE_ROWS.shifts;

let db: WorkbenchDb;
let store: SyncStore;

beforeEach(() => {
  db = openWorkbenchDb('shift-change-detection-test');
  store = createSyncStore(db, { now: () => NOW });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function page(changes: Change[], extra: Partial<PullResponse> = {}): Validated<PullResponse> {
  const parsed = parsePullResponse({
    cursor: 'cursor-2',
    reset: false,
    changes,
    hasMore: false,
    lastMutationSeq: 0,
    ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.issue);
  return parsed.value;
}

const put = (shift: Shift): Change => ({ table: 'shifts', op: 'put', key: shift.id, value: shift });

/** The device after its first pull: the policy (48 h notice) and the sample shift. */
async function firstPull(...shifts: Shift[]) {
  await store.applyPullPage(
    page(
      [
        { table: 'policies', op: 'put', key: 'policy-1', value: SAMPLE_ROWS.policies },
        ...(shifts.length > 0 ? shifts : [SHIFT]).map(put),
      ],
      { reset: true, cursor: 'cursor-1' },
    ),
  );
}

const moved: Shift = {
  ...SHIFT,
  start: '2026-11-23T02:00:00.000Z',
  segments: [{ start: '2026-11-23T02:00:00.000Z', end: '2026-11-23T10:00:00.000Z' }],
  revision: 2,
};

describe('recording shift changes on pull', () => {
  it('records nothing on the first pull, nor for a shift the device did not hold', async () => {
    await firstPull();
    await store.applyPullPage(page([put({ ...SHIFT, id: 'shift-new', day: '2026-11-24' })]));
    expect(await db.shiftChanges.count()).toBe(0);
  });

  it('records a moved shift with the old and new version, late inside the notice period', async () => {
    await firstPull();
    await store.applyPullPage(page([put(moved)]));
    expect(await db.shiftChanges.toArray()).toEqual([
      {
        id: 'shift-1:2',
        shiftId: 'shift-1',
        previous: SHIFT,
        current: moved,
        detectedAt: NOW.toISOString(),
        isLate: true,
        acknowledgedAt: null,
      },
    ]);
    expect(await db.shifts.get('shift-1')).toEqual(moved);
  });

  it('is not late when the change comes before the notice period', async () => {
    const later: Shift = {
      ...SHIFT,
      day: '2026-11-30',
      start: '2026-11-30T01:00:00.000Z',
      end: '2026-11-30T10:00:00.000Z',
      segments: [{ start: '2026-11-30T01:00:00.000Z', end: '2026-11-30T10:00:00.000Z' }],
      breaks: [],
    };
    await firstPull(later);
    await store.applyPullPage(page([put({ ...later, status: 'cancelled', revision: 2 })]));
    expect(await db.shiftChanges.toArray()).toEqual([
      expect.objectContaining({ id: 'shift-1:2', isLate: false }),
    ]);
  });

  it('records a removal, and nothing for a bare revision bump or a shift marked worked', async () => {
    await firstPull(SHIFT, { ...SHIFT, id: 'shift-2' });
    await store.applyPullPage(
      page([
        put({ ...SHIFT, revision: 5 }),
        put({ ...SHIFT, id: 'shift-2', status: 'worked', revision: 2 }),
      ]),
    );
    expect(await db.shiftChanges.count()).toBe(0);
    await store.applyPullPage(page([{ table: 'shifts', op: 'del', key: 'shift-1' }]));
    expect(await db.shiftChanges.toArray()).toEqual([
      expect.objectContaining({
        id: 'shift-1:removed',
        previous: { ...SHIFT, revision: 5 },
        current: null,
      }),
    ]);
  });

  it('records nothing on a reset page, even for a shift it replaces', async () => {
    await firstPull();
    await store.applyPullPage(page([put(moved)], { reset: true }));
    expect(await db.shiftChanges.count()).toBe(0);
  });

  it('keeps the recorded changes through a reset: they are the device’s own', async () => {
    await firstPull();
    await store.applyPullPage(page([put(moved)]));
    await store.applyPullPage(page([], { reset: true, cursor: 'cursor-3' }));
    expect(await db.shiftChanges.count()).toBe(1);
  });

  it('settles changes an acknowledgement from another device covers', async () => {
    await firstPull();
    await store.applyPullPage(page([put(moved)]));
    const fromOtherDevice = {
      ...SAMPLE_ROWS.shiftAcknowledgements,
      id: 'ack-b',
      revision: 2,
      acknowledgedAt: '2026-11-21T02:00:00.000Z',
    };
    await store.applyPullPage(
      page([
        {
          table: 'shiftAcknowledgements',
          op: 'put',
          key: fromOtherDevice.id,
          value: fromOtherDevice,
        },
      ]),
    );
    expect(await createRosterRepository(db).unacknowledgedChanges()).toEqual([]);
    expect((await db.shiftChanges.get('shift-1:2'))?.acknowledgedAt).toBe(
      '2026-11-21T02:00:00.000Z',
    );
  });

  it('refuses a shift that ends before it starts: the pull fails validation, nothing stored moves', async () => {
    await firstPull();
    const before = await dumpDatabase(db);
    const backwards = { ...moved, end: '2026-11-22T10:00:00.000Z' };
    const parsed = parsePullResponse({
      cursor: 'cursor-2',
      reset: false,
      changes: [put(backwards)],
      hasMore: false,
      lastMutationSeq: 0,
    });
    expect(parsed).toMatchObject({
      ok: false,
      issue: expect.stringContaining('ends-before-start'),
    });
    expect(await dumpDatabase(db)).toBe(before);
  });
});
