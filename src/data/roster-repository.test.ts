import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Shift } from '@/domain/roster/shift';
import type { ShiftChange } from '@/domain/roster/shift-change';
import { MUTATION_ARGS_SCHEMAS } from '@/domain/sync/mutation-args-schemas';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { CURRENT_SCHEMA_VERSION } from './db-schema';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import { createRosterRepository, LOCAL_AGENT_ID, type RosterRepository } from './roster-repository';

const NOW = new Date('2026-11-22T08:30:00.000Z');
const SHIFT: Shift = SAMPLE_ROWS.shifts;

let db: WorkbenchDb;
let roster: RosterRepository;

beforeEach(async () => {
  db = openWorkbenchDb('roster-repository-test');
  roster = createRosterRepository(db);
  await db.agentProfile.put(SAMPLE_ROWS.agentProfile);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function shiftOn(day: string, id = `shift-${day}`): Shift {
  const start = `${day}T01:00:00.000Z`;
  const end = `${day}T10:00:00.000Z`;
  return { ...SHIFT, id, day, start, end, segments: [{ start, end }], breaks: [] };
}

function change(overrides: Partial<ShiftChange> = {}): ShiftChange {
  const current = { ...SHIFT, start: '2026-11-23T02:00:00.000Z', revision: 2 };
  return {
    id: 'shift-1:2',
    shiftId: 'shift-1',
    previous: SHIFT,
    current,
    detectedAt: '2026-11-21T01:30:00.000Z',
    isLate: true,
    acknowledgedAt: null,
    ...overrides,
  };
}

/** The employer's decision on a leave or swap request, taken at `NOW`. */
function decidedAtNow<Status extends string>(requestId: string, status: Status, note = '') {
  return { requestId, status, decidedAt: NOW.toISOString(), note };
}

/** Every queued mutation's args pass the server's schema for its name. */
async function expectOutboxValid() {
  for (const row of await db.outbox.toArray()) {
    const schema = MUTATION_ARGS_SCHEMAS[row.name as keyof typeof MUTATION_ARGS_SCHEMAS];
    expect(schema.safeParse(row.args).error?.issues).toBeUndefined();
    expect(row.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  }
}

describe('shifts by day', () => {
  it('lists the shifts of a day range, inclusive, ordered by start', async () => {
    await db.shifts.bulkPut([
      shiftOn('2026-11-30'),
      shiftOn('2026-11-01'),
      shiftOn('2026-10-31'),
      shiftOn('2026-12-01'),
    ]);
    const november = await roster.listShiftsForDays('2026-11-01', '2026-11-30');
    expect(november.map((shift) => shift.day)).toEqual(['2026-11-01', '2026-11-30']);
  });
});

describe('shift changes', () => {
  it('lists every change newest first, and the unacknowledged ones', async () => {
    await db.shiftChanges.bulkPut([
      change({ id: 'old', detectedAt: '2026-11-01T00:00:00.000Z', acknowledgedAt: 'x' }),
      change(),
    ]);
    expect((await roster.changes()).map((item) => item.id)).toEqual(['shift-1:2', 'old']);
    expect((await roster.unacknowledgedChanges()).map((item) => item.id)).toEqual(['shift-1:2']);
  });

  it('acknowledges a change and queues the acknowledgement in one write', async () => {
    await db.shiftChanges.put(change());
    const acknowledgement = await roster.acknowledge('shift-1:2', NOW);

    expect(acknowledgement).toMatchObject({
      agentId: SAMPLE_ROWS.agentProfile.id,
      shiftId: 'shift-1',
      revision: 2,
      acknowledgedAt: NOW.toISOString(),
      syncState: 'pending',
    });
    expect(await roster.unacknowledgedChanges()).toEqual([]);
    expect(await db.shiftAcknowledgements.toArray()).toEqual([acknowledgement]);
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({
        name: 'shiftChange.acknowledge',
        recordId: acknowledgement!.id,
      }),
    ]);
    await expectOutboxValid();
    // Acknowledging again is a no-op: no second mutation.
    expect(await roster.acknowledge('shift-1:2', NOW)).toBeNull();
    expect(await db.outbox.count()).toBe(1);
  });

  it('settles older changes of the same shift with the newer one, and a removal by its last revision', async () => {
    await db.shiftChanges.bulkPut([
      change({ id: 'shift-1:2' }),
      change({
        id: 'shift-1:3',
        previous: { ...SHIFT, revision: 2 },
        current: { ...SHIFT, revision: 3 },
      }),
      change({
        id: 'shift-9:removed',
        shiftId: 'shift-9',
        previous: { ...SHIFT, id: 'shift-9', revision: 4 },
        current: null,
      }),
    ]);
    await roster.acknowledge('shift-1:3', NOW);
    expect((await roster.unacknowledgedChanges()).map((item) => item.id)).toEqual([
      'shift-9:removed',
    ]);
    expect((await roster.acknowledge('shift-9:removed', NOW))?.revision).toBe(4);
  });

  it('refuses an unknown change', async () => {
    await expect(roster.acknowledge('nope', NOW)).rejects.toThrow('roster/not-found');
  });
});

describe('leave requests', () => {
  it('queues a request, pending until the employer decides', async () => {
    const request = await roster.requestLeave(
      { kind: 'personal', days: ['2026-12-02', '2026-12-01', '2026-12-02'], note: '' },
      NOW,
    );
    expect(request).toMatchObject({ days: ['2026-12-01', '2026-12-02'], syncState: 'pending' });
    expect(await roster.leaveRequestsWithStatus()).toEqual([
      { request, status: 'pending', decision: null },
    ]);
    await expectOutboxValid();

    const decision = decidedAtNow(request.id, 'approved', 'ok');
    await db.leaveDecisions.put(decision);
    expect(await roster.leaveRequestsWithStatus()).toEqual([
      { request, status: 'approved', decision },
    ]);
  });

  it('shows a cancelled request as cancelled, also after the server removed it', async () => {
    const request = await roster.requestLeave(
      { kind: 'sick', days: ['2026-12-03'], note: '' },
      NOW,
    );
    const declined = await roster.requestLeave(
      { kind: 'annual', days: ['2026-12-04'], note: '' },
      new Date('2026-11-22T09:00:00.000Z'),
    );
    await db.leaveDecisions.put(decidedAtNow(declined.id, 'declined', 'no cover'));
    await roster.cancelLeave(request.id, NOW);
    expect((await db.outbox.toArray()).map((row) => row.name)).toEqual([
      'leave.request',
      'leave.request',
      'leave.cancel',
    ]);
    await expectOutboxValid();
    const statuses = async () =>
      (await roster.leaveRequestsWithStatus()).map((item) => [item.request.id, item.status]);
    expect(await statuses()).toEqual([
      [declined.id, 'declined'],
      [request.id, 'cancelled'],
    ]);
    // The server applied the cancel and echoed the removal.
    await db.outbox.clear();
    await db.leaveRequests.delete(request.id);
    expect(await statuses()).toEqual([
      [declined.id, 'declined'],
      [request.id, 'cancelled'],
    ]);
  });
});

describe('swap requests', () => {
  it('offers a shift and asks for one, each with its status', async () => {
    const offer = await roster.offerShift('shift-1', 'family dinner', NOW);
    const take = await roster.requestSwap(
      { shiftId: 'shift-2', kind: 'take', note: '' },
      new Date('2026-11-22T09:00:00.000Z'),
    );
    await db.swapDecisions.put(decidedAtNow(offer.id, 'approved'));
    await roster.cancelSwap(take.id, NOW);
    expect(
      (await roster.swapRequestsWithStatus()).map((item) => [item.request.kind, item.status]),
    ).toEqual([
      ['take', 'cancelled'],
      ['offer', 'approved'],
    ]);
    await expectOutboxValid();
  });
});

describe('clock records', () => {
  it('records the agent’s own clock events, by day in a zone and by shift', async () => {
    const start = await roster.clockRecord(
      'work-start',
      'shift-1',
      new Date('2026-11-22T00:55:00Z'),
    );
    const end = await roster.clockRecord('work-end', 'shift-1', new Date('2026-11-22T10:02:00Z'));
    // 23:30 on the 22nd in UTC is already the 23rd in Shanghai.
    const late = await roster.clockRecord('work-start', null, new Date('2026-11-22T23:30:00Z'));
    await expectOutboxValid();

    expect(await roster.clockRecordsForDay('2026-11-22', 'Asia/Shanghai')).toEqual([start, end]);
    expect(await roster.clockRecordsForDay('2026-11-23', 'Asia/Shanghai')).toEqual([late]);
    expect(await roster.clockRecordsForShifts(['shift-1', 'shift-x'])).toEqual([start, end]);
    expect(await roster.clockRecordsForShifts([])).toEqual([]);
  });

  it('writes records of a workspace without a profile as the local agent', async () => {
    await db.agentProfile.clear();
    expect((await roster.clockRecord('break-start', null, NOW)).agentId).toBe(LOCAL_AGENT_ID);
  });
});
