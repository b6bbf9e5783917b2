import { describe, expect, it } from 'vitest';
import { makeKpiDay } from '../../../test/pay-builders';
import type { KpiGoal } from './kpi-records';
import { goalProgress, suggestedDirection, validateGoal, type GoalDraft } from './kpi-goals';

const TODAY = '2026-11-22';
const ZONE = 'Asia/Shanghai';

function makeGoal(overrides: Partial<KpiGoal> = {}): KpiGoal {
  return {
    id: 'g1',
    agentId: 'a1',
    metric: 'afterCallWorkSeconds',
    direction: 'at-most',
    target: 15,
    dueDay: '2026-11-30',
    // 17:00 UTC on the 9th is already the 10th in Shanghai.
    createdAt: '2026-11-09T17:00:00.000Z',
    syncState: 'pending',
    ...overrides,
  };
}

describe('validateGoal', () => {
  const draft: GoalDraft = {
    metric: 'satisfaction',
    direction: 'at-least',
    target: 92,
    dueDay: null,
  };

  it.each([
    { case: 'an open-ended goal', change: {}, issues: [] },
    { case: 'a goal due today', change: { dueDay: TODAY }, issues: [] },
    { case: 'a rate of 100 %', change: { target: 100 }, issues: [] },
    {
      case: 'a rate above 100 %',
      change: { target: 100.5 },
      issues: [{ code: 'kpiGoal/over-100-percent' }],
    },
    {
      case: 'a negative target',
      change: { target: -1 },
      issues: [{ code: 'kpiGoal/invalid-target' }],
    },
    {
      case: 'no number',
      change: { target: Number.NaN },
      issues: [{ code: 'kpiGoal/invalid-target' }],
    },
    {
      case: 'a due day past',
      change: { dueDay: '2026-11-21' },
      issues: [{ code: 'kpiGoal/due-day-past' }],
    },
    {
      case: 'a due day that is no day',
      change: { dueDay: '2026-11-31' },
      issues: [{ code: 'kpiGoal/invalid-due-day' }],
    },
    // Seconds and counts have no 100 cap.
    { case: '300 contacts a day', change: { metric: 'contactsHandled', target: 300 }, issues: [] },
  ] as const)('$case: $issues.length issue(s)', ({ change, issues }) => {
    expect(validateGoal({ ...draft, ...change }, TODAY)).toEqual(issues);
  });
});

describe('suggestedDirection', () => {
  it.each([
    ['afterCallWorkSeconds', 'at-most'],
    ['abandonRate', 'at-most'],
    ['satisfaction', 'at-least'],
    ['averageTalkSeconds', 'at-least'],
  ] as const)('%s: %s', (metric, direction) => {
    expect(suggestedDirection(metric)).toBe(direction);
  });
});

describe('goalProgress', () => {
  const before = makeKpiDay({ id: 'x', day: '2026-11-09', afterCallWorkSeconds: 96 * 40 });
  const acw = (day: string, seconds: number) =>
    makeKpiDay({ id: day, day, afterCallWorkSeconds: 96 * seconds });

  it.each([
    {
      case: 'reached, at most 15 s',
      goal: makeGoal(),
      records: [before, acw('2026-11-10', 14)],
      status: 'reached',
      value: 14,
      progress: 100,
    },
    {
      case: 'on the way, 20 s of 15',
      goal: makeGoal(),
      records: [before, acw('2026-11-12', 20)],
      status: 'on-the-way',
      value: 20,
      progress: 75,
    },
    {
      case: 'missed, due day past',
      goal: makeGoal({ dueDay: '2026-11-20' }),
      records: [acw('2026-11-12', 20)],
      status: 'missed',
      value: 20,
      progress: 75,
    },
    {
      case: 'no data yet',
      goal: makeGoal(),
      records: [before],
      status: 'no-data',
      value: undefined,
      progress: 0,
    },
    {
      case: 'at least 95 % satisfaction, at 90',
      goal: makeGoal({ metric: 'satisfaction', direction: 'at-least', target: 95 }),
      records: [acw('2026-11-12', 1)],
      status: 'on-the-way',
      value: 90,
      progress: (90 / 95) * 100,
    },
  ])('$case', ({ goal, records, status, value, progress }) => {
    const result = goalProgress(goal, records, TODAY, ZONE);
    expect(result.status).toBe(status);
    expect(result.value).toBe(value);
    expect(result.progressPercent).toBeCloseTo(progress, 10);
  });

  it('measures from the local day the goal was set to the due day or today', () => {
    expect(goalProgress(makeGoal(), [], TODAY, ZONE)).toMatchObject({
      range: { from: '2026-11-10', to: TODAY },
      daysLeft: 8,
    });
    expect(goalProgress(makeGoal({ dueDay: '2026-11-20' }), [], TODAY, ZONE)).toMatchObject({
      range: { from: '2026-11-10', to: '2026-11-20' },
      daysLeft: -2,
    });
    expect(goalProgress(makeGoal({ dueDay: null }), [], TODAY, ZONE).daysLeft).toBeNull();
  });
});
