import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import { validateGoal } from '@/domain/kpi/kpi-goals';
import { compareTally, validateTally } from '@/domain/kpi/kpi-tally';
import { makeKpiDay } from '../../../test/pay-builders';
import { assessKpis, KPI_WINDOW_DAYS, measureKpis } from './demo-kpis';
import { DEMO_KPI_TARGETS } from './demo-policy';
import { generateDemoWorkspace } from './generate-demo-workspace';
import { addDays, addMonths, eachDay, monthOf, shanghaiDayOf } from './shanghai-date';

const SAMPLE_DAYS = ['2026-11-22', '2026-01-01', '2026-03-01', '2028-02-29', '2026-12-31'];
const anyDay = fc.integer({ min: 0, max: 15 * 365 }).map((offset) => addDays('2020-01-01', offset));

function expectConsistent(record: KpiDaily) {
  const { id, agentId, day, ...figures } = record;
  expect(id).toBe(`demo-kpi-${day}`);
  expect(agentId).toBe('demo-agent');
  for (const value of Object.values(figures)) {
    expect(Number.isInteger(value) && value >= 0).toBe(true);
  }
  expect(record.contactsHandled).toBeLessThanOrEqual(record.contactsOffered);
  expect(record.contactsHandled).toBeGreaterThan(0);
  expect(record.resolvedFirstContact).toBeLessThanOrEqual(record.contactsHandled);
  expect(record.satisfiedResponses).toBeLessThanOrEqual(record.satisfactionResponses);
  expect(record.satisfactionResponses).toBeLessThanOrEqual(record.contactsHandled);
  expect(record.monitoredCalls).toBeLessThanOrEqual(record.contactsHandled);
  expect(record.fatalErrors + record.nonFatalErrors).toBeLessThanOrEqual(record.contactsHandled);
  expect(record.adheredSeconds).toBeLessThanOrEqual(record.scheduledSeconds);
  expect(record.productiveSeconds + record.auxSeconds).toBeLessThanOrEqual(record.loggedInSeconds);
  expect(record.talkSeconds + record.afterCallWorkSeconds).toBeLessThanOrEqual(
    record.productiveSeconds,
  );
}

function expectKpiWindow(today: string) {
  const { kpiDaily, shifts } = generateDemoWorkspace(today);
  const first = addDays(today, -KPI_WINDOW_DAYS);
  const yesterday = addDays(today, -1);
  const days = kpiDaily.map((record) => record.day);

  // Working days of the 90 days that end yesterday: none in the future, five in every seven.
  expect(days.every((day) => day >= first && day <= yesterday)).toBe(true);
  expect(days).toEqual([...new Set(days)].sort());
  expect(days[0]! <= addDays(first, 2) && days.at(-1)! >= addDays(yesterday, -2)).toBe(true);
  for (const start of eachDay(first, addDays(yesterday, -6))) {
    expect(days.filter((day) => day >= start && day <= addDays(start, 6))).toHaveLength(5);
  }
  // Where the roster reaches back, there is a record exactly for each worked shift.
  const worked = shifts
    .filter((shift) => shift.day >= first && shift.day <= yesterday)
    .map((shift) => shift.day);
  const rosterStart = shifts[0]?.day ?? today;
  expect(days.filter((day) => day >= rosterStart)).toEqual(worked);
  kpiDaily.forEach(expectConsistent);
}

describe('demo KPIs', () => {
  it.each(SAMPLE_DAYS)('covers the 90 days up to the day before %s', (today) => {
    expectKpiWindow(today);
  });

  it('covers the 90 days up to yesterday on any day, with consistent whole figures', () => {
    fc.assert(fc.property(anyDay, expectKpiWindow), { numRuns: 40 });
  });

  it('stays mostly near the targets, with some daily misses', () => {
    fc.assert(
      fc.property(anyDay, (today) => {
        const checks = generateDemoWorkspace(today).kpiDaily.flatMap((record) =>
          DEMO_KPI_TARGETS.map(({ metric, min, max }) => {
            const value = measureKpis([record])[metric]!;
            return (min === null || value >= min) && (max === null || value <= max);
          }),
        );
        const metShare = checks.filter(Boolean).length / checks.length;
        // "Mostly": three checks in four or better. The share varies with the day the demo is
        // generated for (fast-check found 0.7997 for 2027-03-10), so the bound leaves room.
        expect(metShare).toBeGreaterThanOrEqual(0.75);
        expect(metShare).toBeLessThan(1);
      }),
      { numRuns: 20 },
    );
  });

  it('records no valid complaint in last month, the month of the complaint deduction', () => {
    const today = '2026-11-22';
    const lastMonth = addMonths(monthOf(today), -1);
    const records = generateDemoWorkspace(today).kpiDaily.filter(
      (record) => monthOf(record.day) === lastMonth,
    );
    expect(records.length).toBeGreaterThan(15);
    expect(records.every((record) => record.validComplaints === 0)).toBe(true);
  });

  it.each([
    { met: 11, score: 100 },
    { met: 10, score: (10 / 11) * 100 },
    { met: 0, score: 0 },
  ])('scores a month meeting $met of 11 targets at $score %', ({ met, score }) => {
    const record = makeKpiDay({
      id: 'k',
      agentId: 'a',
      day: '2026-11-20',
      adheredSeconds: 28_700,
      productiveSeconds: 23_000,
      auxSeconds: 1_000,
    });
    const missOne = { ...record, afterCallWorkSeconds: 96 * 25 };
    const missAll: KpiDaily = {
      ...record,
      contactsHandled: 50,
      talkSeconds: 50 * 300,
      afterCallWorkSeconds: 50 * 40,
      answerWaitSeconds: 50 * 40,
      adheredSeconds: 20_000,
      productiveSeconds: 15_000,
      auxSeconds: 3_000,
      resolvedFirstContact: 10,
      fatalErrors: 10,
      nonFatalErrors: 10,
      monitoredCalls: 0,
    };
    const input = met === 11 ? record : met === 10 ? missOne : missAll;
    expect(assessKpis([input], DEMO_KPI_TARGETS)).toBeCloseTo(score, 10);
  });
});

describe('demo KPI tallies and goals', () => {
  it('pass the domain checks, and the comparison flags the earlier tally only', () => {
    const today = '2026-11-22';
    const { kpiDaily, kpiTallies, kpiGoals } = generateDemoWorkspace(today);
    expect(kpiTallies).toHaveLength(2);
    for (const tally of kpiTallies) {
      expect(validateTally(tally, today)).toEqual([]);
      expect(tally.createdAt < `${today}T00:00:00Z`).toBe(true);
    }
    const flagged = kpiTallies.map(
      (tally) =>
        compareTally(tally, kpiDaily.find((record) => record.day === tally.day) ?? null)
          .hasDifferences,
    );
    expect(flagged).toEqual([true, false]);
    expect(kpiGoals).toHaveLength(2);
    for (const goal of kpiGoals) {
      expect(validateGoal(goal, shanghaiDayOf(goal.createdAt))).toEqual([]);
    }
  });
});
