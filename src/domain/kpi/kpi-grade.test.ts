import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuan } from '../money';
import type { ProjectPolicy } from '../policy/project-policy';
import { makeKpiDay, makePayPolicy } from '../../../test/pay-builders';
import { defaultKpiTargets } from './default-kpi-targets';
import { gradeFor } from './kpi-grade';
import { projectMonth, scoreFromRecords, scoreFromValues } from './kpi-score';
import { simulateMetric, simulateScore } from './kpi-simulator';
import { assessKpis } from './assessment-score';

// DOMAIN.md's bands and inbound targets: A ≥ 95 → 500, B ≥ 90 → 300, C ≥ 80 → 200, D ≥ 71 → 100, E → 0.
const POLICY = makePayPolicy({ kpiTargets: defaultKpiTargets('inbound') });
const BANDS = POLICY.bonusBands;

describe('gradeFor, at the band edges', () => {
  it.each([
    { score: 100, grade: 'A', bonus: 500, next: null },
    { score: 95, grade: 'A', bonus: 500, next: null },
    {
      score: 94.99,
      grade: 'B',
      bonus: 300,
      next: { grade: 'A', pointsNeeded: 0.01, bonusChange: 200 },
    },
    { score: 90, grade: 'B', bonus: 300, next: { grade: 'A', pointsNeeded: 5, bonusChange: 200 } },
    {
      score: 89.9,
      grade: 'C',
      bonus: 200,
      next: { grade: 'B', pointsNeeded: 0.1, bonusChange: 100 },
    },
    { score: 80, grade: 'C', bonus: 200, next: { grade: 'B', pointsNeeded: 10, bonusChange: 100 } },
    {
      score: 79.9,
      grade: 'D',
      bonus: 100,
      next: { grade: 'C', pointsNeeded: 0.1, bonusChange: 100 },
    },
    { score: 71, grade: 'D', bonus: 100, next: { grade: 'C', pointsNeeded: 9, bonusChange: 100 } },
    {
      score: 70.9,
      grade: 'E',
      bonus: 0,
      next: { grade: 'D', pointsNeeded: 0.1, bonusChange: 100 },
    },
    { score: 0, grade: 'E', bonus: 0, next: { grade: 'D', pointsNeeded: 71, bonusChange: 100 } },
  ] as const)('$score % is grade $grade, bonus $bonus', ({ score, grade, bonus, next }) => {
    const result = gradeFor(score, BANDS);
    expect(result.band?.grade).toBe(grade);
    expect(result.bonus).toBe(yuan(bonus));
    expect(result.gap).toEqual(next && { ...next, bonusChange: yuan(next.bonusChange) });
  });

  it('has no band and no bonus below every band', () => {
    const result = gradeFor(
      50,
      BANDS.filter((band) => band.grade !== 'E'),
    );
    expect(result.band).toBeNull();
    expect(result.bonus).toBe(0);
    expect(result.gap).toMatchObject({ grade: 'D', pointsNeeded: 21, bonusChange: yuan(100) });
  });
});

describe('simulateScore', () => {
  it.each([
    // The example: QA from 85 to 90 moves C to B, +100.
    { before: 85, after: 90, change: 100 },
    { before: 85, after: 89.9, change: 0 },
    { before: 70, after: 100, change: 500 },
    { before: 95, after: 94.9, change: -200 },
    { before: 92, after: 92, change: 0 },
  ])('from $before to $after changes the bonus by $change', ({ before, after, change }) => {
    const simulation = simulateScore(before, after, BANDS);
    expect(simulation.bonusChange).toBe(yuan(change));
    expect(simulation.after.bonus - simulation.before.bonus).toBe(simulation.bonusChange);
  });

  it('never lowers the bonus when the score rises (bands are monotone)', () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(simulateScore(low, high, BANDS).bonusChange).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

const WEIGHTED: ProjectPolicy = {
  ...POLICY,
  kpi: {
    ...POLICY.kpi,
    scoreWeights: [
      { metric: 'firstContactResolution', weightPercent: 40 },
      { metric: 'averageTalkSeconds', weightPercent: 30 },
      { metric: 'scheduleAdherence', weightPercent: 20 },
      // No target for satisfaction in DOMAIN.md's table: its weight can never be earned.
      { metric: 'satisfaction', weightPercent: 10 },
    ],
  },
};

describe('scoreFromValues', () => {
  it('without weights is the share of targets met, each worth an equal part', () => {
    const breakdown = scoreFromRecords([makeKpiDay()], POLICY);
    expect(breakdown.isWeighted).toBe(false);
    expect(breakdown.contributions).toHaveLength(11);
    expect(breakdown.contributions[0]).toMatchObject({
      metric: 'abandonRate',
      isMet: true,
      weightPercent: 100 / 11,
    });
    // Equal to the score pay expects from the same records, to the last bit.
    expect(breakdown.score).toBe(assessKpis([makeKpiDay()], POLICY.kpiTargets));
  });

  it.each([
    {
      case: 'all weighted targets met',
      values: { firstContactResolution: 93, averageTalkSeconds: 180, scheduleAdherence: 99.5 },
      score: 90,
    },
    {
      case: 'talk time above its range',
      values: { firstContactResolution: 93, averageTalkSeconds: 211, scheduleAdherence: 99.5 },
      score: 60,
    },
    {
      case: 'talk time below its range',
      values: { firstContactResolution: 93, averageTalkSeconds: 119, scheduleAdherence: 99.5 },
      score: 60,
    },
    {
      case: 'resolution at its bound',
      values: { firstContactResolution: 90, averageTalkSeconds: 120, scheduleAdherence: 99 },
      score: 90,
    },
    { case: 'nothing measured', values: {}, score: 0 },
  ])('with weights scores $case at $score', ({ values, score }) => {
    const breakdown = scoreFromValues(values, WEIGHTED);
    expect(breakdown.isWeighted).toBe(true);
    expect(breakdown.score).toBe(score);
    expect(breakdown.contributions.reduce((sum, item) => sum + item.points, 0)).toBe(score);
    expect(breakdown.contributions.find((item) => item.metric === 'satisfaction')).toMatchObject({
      target: null,
      isMet: false,
      points: 0,
    });
  });
});

describe('simulateMetric', () => {
  const values = { firstContactResolution: 88, averageTalkSeconds: 180, scheduleAdherence: 99.5 };

  it('shows what raising one metric over its target does to the score and bonus', () => {
    // 50 → 90 points: grade E (0) to B (300).
    const simulation = simulateMetric(values, WEIGHTED, 'firstContactResolution', 90);
    expect(simulation.scoreBefore).toBe(50);
    expect(simulation.scoreAfter).toBe(90);
    expect(simulation.after.band?.grade).toBe('B');
    expect(simulation.bonusChange).toBe(yuan(300));
  });

  it('changes nothing when the metric stays on the same side of its target', () => {
    expect(simulateMetric(values, WEIGHTED, 'firstContactResolution', 89.9).bonusChange).toBe(0);
  });

  it('a drop out of range costs the metric’s weight', () => {
    const simulation = simulateMetric(values, WEIGHTED, 'averageTalkSeconds', 240);
    expect(simulation.scoreAfter).toBe(20);
    expect(simulation.bonusChange).toBe(0); // 50 and 20 are both grade E
  });

  it('does not change the values it is given', () => {
    const copy = { ...values };
    simulateMetric(values, WEIGHTED, 'scheduleAdherence', 50);
    expect(values).toEqual(copy);
  });
});

describe('projectMonth', () => {
  it('scores the month so far and leaves out other months', () => {
    const inMonth = makeKpiDay({ id: 'a', day: '2026-11-03' });
    const lastMonth = makeKpiDay({ id: 'b', day: '2026-10-31', talkSeconds: 96 * 400 });
    const projection = projectMonth([lastMonth, inMonth], WEIGHTED, '2026-11-22');
    expect(projection.month).toBe('2026-11');
    expect(projection.range).toEqual({ from: '2026-11-01', to: '2026-11-22' });
    expect(projection.daysWithRecords).toBe(1);
    // makeKpiDay: resolution 93.75 %, talk 180 s, adherence 99 %: 90 points, grade B.
    expect(projection.breakdown.score).toBe(90);
    expect(projection.grade.band?.grade).toBe('B');
    expect(projection.grade.gap).toMatchObject({ grade: 'A', pointsNeeded: 5 });
  });

  it('without records scores 0', () => {
    expect(projectMonth([], POLICY, '2026-11-01').breakdown.score).toBe(0);
  });
});

describe('score, invariants', () => {
  const count = fc.integer({ min: 0, max: 40_000 });
  const day = fc
    .record({
      contactsOffered: count,
      contactsHandled: count,
      talkSeconds: count,
      afterCallWorkSeconds: count,
      adheredSeconds: count,
      productiveSeconds: count,
      resolvedFirstContact: count,
    })
    .map((figures) => makeKpiDay(figures));

  it('without weights equals the score pay expects, and stays within 0–100 with weights', () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 5 }), (records) => {
        expect(scoreFromRecords(records, POLICY).score).toBe(
          assessKpis(records, POLICY.kpiTargets),
        );
        const weighted = scoreFromRecords(records, WEIGHTED).score;
        expect(weighted).toBeGreaterThanOrEqual(0);
        expect(weighted).toBeLessThanOrEqual(100);
      }),
    );
  });
});
