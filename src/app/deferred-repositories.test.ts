/**
 * The stand-ins for the repositories whose code loads after the first screen: a call made before
 * the code is here waits for it and gets the real repository's answer, writes go through to the
 * same database, refused input is refused as before, and Today's KPI reads answer at once.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbenchDb, type WorkbenchDb } from '@/data/db';
import { createKpiRepository } from '@/data/kpi-repository';
import { createTrainingRepository } from '@/data/training-repository';
import { makeKpiDay } from '../../test/pay-builders';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { createDeferredRepositories, loadDeferredRepositories } from './deferred-repositories';

const NOW = new Date('2026-11-22T08:30:00.000Z');
const ZONE = 'Asia/Shanghai';
const GOAL = {
  metric: 'satisfaction',
  direction: 'at-least',
  target: 92,
  dueDay: '2026-11-30',
} as const;

let db: WorkbenchDb;
beforeEach(async () => {
  db = openWorkbenchDb('deferred-repositories-test');
  await db.agentProfile.put(SAMPLE_ROWS.agentProfile);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('createDeferredRepositories', () => {
  it("answers Today's KPI reads from the daily records", async () => {
    await db.kpiDaily.bulkPut([
      makeKpiDay({ id: 'older', day: '2026-11-20' }),
      makeKpiDay({ id: 'newest', day: '2026-11-21' }),
      makeKpiDay({ id: 'oldest', day: '2026-11-02' }),
    ]);
    const { kpis } = createDeferredRepositories(db, { gradesOnDevice: true });
    expect((await kpis.findLatest())?.id).toBe('newest');
    const days = await kpis.listDays('2026-11-19', '2026-11-30');
    expect(days.map((day) => day.id)).toEqual(['older', 'newest']);
  });

  it('forwards a write to the real repository and reads it back through either', async () => {
    const { kpis } = createDeferredRepositories(db, { gradesOnDevice: true });
    const goal = await kpis.setGoal(GOAL, NOW, ZONE);
    expect(await kpis.listGoals()).toEqual([goal]);
    expect(await createKpiRepository(db).listGoals()).toEqual([goal]);
    expect((await db.outbox.toArray()).map((row) => row.name)).toEqual(['kpiGoal.set']);
  });

  it('refuses bad input as the real repository does, storing nothing', async () => {
    const { kpis } = createDeferredRepositories(db, { gradesOnDevice: true });
    await expect(kpis.setGoal({ ...GOAL, target: 120 }, NOW, ZONE)).rejects.toMatchObject({
      issues: [{ code: 'kpiGoal/over-100-percent' }],
    });
    expect(await db.kpiGoals.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('gives the same answers as the real repositories once their code is loaded', async () => {
    await loadDeferredRepositories('training', 'readiness');
    const { training, readiness } = createDeferredRepositories(db, { gradesOnDevice: true });
    const real = createTrainingRepository(db, { gradesOnDevice: true });
    expect(await training.listModules()).toEqual(await real.listModules());
    expect(await training.certificates()).toEqual(await real.certificates());
    expect(await readiness.list()).toEqual([]);
  });

  it('is never taken for a promise', async () => {
    const { kpis } = createDeferredRepositories(db, { gradesOnDevice: true });
    // `await` on a thenable would call its `then`; a stand-in must resolve to itself.
    expect(await Promise.resolve(kpis)).toBe(kpis);
  });
});
