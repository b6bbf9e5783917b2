import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { diffShift } from '@/domain/roster/shift-diff';
import { checkShift } from '@/domain/roster/shift-validation';
import { openWorkbenchDb, type WorkbenchDb } from '../db';
import { createRosterRepository } from '../roster-repository';
import {
  buildDemoShiftChange,
  firstPublishedVersionOf,
  seedDemoShiftChange,
} from './demo-shift-changes';
import { generateDemoWorkspace } from './generate-demo-workspace';

let db: WorkbenchDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
});

describe('the demo shift change', () => {
  const workspace = generateDemoWorkspace('2026-11-22');
  const policy = workspace.policies[0]!;

  it('shows the split shift against its first, unsplit version, unacknowledged', () => {
    const change = buildDemoShiftChange(workspace.shifts, policy, '2026-11-22T01:00:00.000Z');
    expect(change).not.toBeNull();
    expect(change!.previous!.revision).toBe(1);
    expect(change!.current!.revision).toBe(2);
    expect(change!.acknowledgedAt).toBeNull();
    expect(checkShift(change!.previous!)).toEqual([]);
    expect(diffShift(change!.previous, change!.current).map((item) => item.field)).toContain(
      'segments',
    );
  });

  it('is written once into a workspace after its first sync', async () => {
    db = openWorkbenchDb('demo-shift-changes-test');
    await db.shifts.bulkPut(workspace.shifts);
    await db.policies.bulkPut(workspace.policies);
    const now = new Date('2026-11-22T01:00:00.000Z');
    await seedDemoShiftChange(db, now);
    const roster = createRosterRepository(db);
    const [change] = await roster.unacknowledgedChanges();
    expect(change?.shiftId).toBe(workspace.shifts.find((shift) => shift.segments.length > 1)?.id);
    await roster.acknowledge(change!.id, now);
    await seedDemoShiftChange(db, now);
    expect(await roster.unacknowledgedChanges()).toEqual([]);
    expect(firstPublishedVersionOf(change!.current!).revision).toBe(1);
  });
});
