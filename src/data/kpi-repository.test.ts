import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MUTATION_ARGS_SCHEMAS } from '@/domain/sync/mutation-args-schemas';
import { makeKpiDay, makePayStatement } from '../../test/pay-builders';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import { createKpiRepository, KpiInputError, type KpiRepository } from './kpi-repository';

// 08:30 UTC is 16:30 in Shanghai on 22 November.
const NOW = new Date('2026-11-22T08:30:00.000Z');
const ZONE = 'Asia/Shanghai';

let db: WorkbenchDb;
let kpis: KpiRepository;

beforeEach(async () => {
  db = openWorkbenchDb('kpi-repository-test');
  kpis = createKpiRepository(db);
  await db.agentProfile.put(SAMPLE_ROWS.agentProfile);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Every queued mutation's args pass the server's schema for its name. */
async function expectOutboxValid() {
  for (const row of await db.outbox.toArray()) {
    const schema = MUTATION_ARGS_SCHEMAS[row.name as keyof typeof MUTATION_ARGS_SCHEMAS];
    expect(schema.safeParse(row.args).error?.issues).toBeUndefined();
    expect(row.schemaVersion).toBe(5);
  }
}

describe('scorecardInputs', () => {
  it('reads the range and leaves out invalid records, saying which and why', async () => {
    await db.kpiDaily.bulkPut([
      makeKpiDay({ id: 'before', day: '2026-10-31' }),
      makeKpiDay({ id: 'b', day: '2026-11-03' }),
      makeKpiDay({ id: 'bad', day: '2026-11-02', contactsHandled: 120 }),
      makeKpiDay({ id: 'a', day: '2026-11-01' }),
      makeKpiDay({ id: 'future', day: '2026-11-23' }),
    ]);
    const inputs = await kpis.scorecardInputs(
      { from: '2026-11-01', to: '2026-11-30' },
      '2026-11-22',
    );
    expect(inputs.records.map((record) => record.id)).toEqual(['a', 'b']);
    expect(inputs.rejected).toEqual([
      {
        record: expect.objectContaining({ id: 'bad' }),
        issues: [
          { code: 'kpi/part-over-whole', figure: 'contactsHandled', whole: 'contactsOffered' },
        ],
      },
      {
        record: expect.objectContaining({ id: 'future' }),
        issues: [{ code: 'kpi/future-day', day: '2026-11-23' }],
      },
    ]);
  });
});

describe('employerScore', () => {
  it('is the month’s statement score, or null', async () => {
    await db.payStatements.put(
      makePayStatement({ id: 's', period: '2026-10', assessmentScore: 92.5 }),
    );
    expect(await kpis.employerScore('2026-10')).toBe(92.5);
    expect(await kpis.employerScore('2026-09')).toBeNull();
  });
});

describe('tallies', () => {
  it('stores a tally and its kpiTally.record mutation together', async () => {
    const tally = await kpis.recordTally(
      { day: '2026-11-22', counts: { contactsHandled: 80, results: 3 }, note: ' busy day ' },
      NOW,
      ZONE,
    );
    expect(tally).toMatchObject({
      agentId: SAMPLE_ROWS.agentProfile.id,
      note: 'busy day',
      syncState: 'pending',
    });
    expect(await kpis.listTallies()).toEqual([tally]);
    const [row] = await db.outbox.toArray();
    expect(row).toMatchObject({ name: 'kpiTally.record', recordId: tally.id });
    expect(row!.args).not.toHaveProperty('syncState');
    await expectOutboxValid();
  });

  it.each([
    {
      case: 'a day in the future (in the agent’s zone)',
      draft: { day: '2026-11-23', counts: { results: 1 }, note: '' },
      code: 'kpiTally/future-day',
    },
    {
      case: 'a negative count',
      draft: { day: '2026-11-21', counts: { contactsHandled: -2 }, note: '' },
      code: 'kpiTally/not-whole',
    },
    {
      case: 'no counts',
      draft: { day: '2026-11-21', counts: {}, note: '' },
      code: 'kpiTally/no-counts',
    },
  ])('refuses $case and stores nothing', async ({ draft, code }) => {
    const error = await kpis.recordTally(draft, NOW, ZONE).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KpiInputError);
    expect((error as KpiInputError).issues.map((issue) => issue.code)).toEqual([code]);
    expect(await db.kpiTallies.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('goals', () => {
  const draft = {
    metric: 'satisfaction',
    direction: 'at-least',
    target: 92,
    dueDay: '2026-11-30',
  } as const;

  it('sets a goal (kpiGoal.set) and removes it (kpiGoal.remove)', async () => {
    const goal = await kpis.setGoal(draft, NOW, ZONE);
    expect(await kpis.listGoals()).toEqual([goal]);
    await kpis.removeGoal(goal.id, new Date(NOW.getTime() + 1000));
    expect(await kpis.listGoals()).toEqual([]);
    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.map((row) => [row.name, row.recordId])).toEqual([
      ['kpiGoal.set', goal.id],
      ['kpiGoal.remove', goal.id],
    ]);
    await expectOutboxValid();
  });

  it('refuses a rate above 100 % and stores nothing', async () => {
    await expect(kpis.setGoal({ ...draft, target: 120 }, NOW, ZONE)).rejects.toMatchObject({
      issues: [{ code: 'kpiGoal/over-100-percent' }],
    });
    expect(await db.kpiGoals.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses to remove a goal it does not hold', async () => {
    await expect(kpis.removeGoal('nope', NOW)).rejects.toThrow('kpi/goal-not-found');
    expect(await db.outbox.count()).toBe(0);
  });
});
