import { describe, expect, it } from 'vitest';
import { makeKpiDay } from '../../../test/pay-builders';
import type { KpiTarget } from '../policy/project-policy';
import { assessKpis, meetsTarget } from './assessment-score';

// `makeKpiDay()` is 100 offered, 96 handled (measure-kpis.test.ts works out each figure).

const TALK_TIME: KpiTarget = { metric: 'averageTalkSeconds', min: 120, max: 210 };
const ABANDON: KpiTarget = { metric: 'abandonRate', min: null, max: 5 };
const MONITORED: KpiTarget = { metric: 'monitoredCalls', min: 1, max: null };
const RESOLUTION: KpiTarget = { metric: 'firstContactResolution', min: 90, max: null };

describe('meetsTarget', () => {
  it.each([
    { value: 119, met: false },
    { value: 120, met: true },
    { value: 180, met: true },
    { value: 210, met: true },
    { value: 210.5, met: false },
    { value: undefined, met: false },
  ])('a talk time of $value s meets 120–210 s: $met', ({ value, met }) => {
    expect(meetsTarget(value, TALK_TIME)).toBe(met);
  });

  it.each([
    { target: ABANDON, value: 5, met: true },
    { target: ABANDON, value: 5.01, met: false },
    { target: ABANDON, value: -1000, met: true },
    { target: MONITORED, value: 0.99, met: false },
    { target: MONITORED, value: 1e9, met: true },
  ])('a one-sided target of $target.metric with $value: $met', ({ target, value, met }) => {
    expect(meetsTarget(value, target)).toBe(met);
  });
});

describe('assessKpis', () => {
  const targets = [ABANDON, TALK_TIME, MONITORED, RESOLUTION];

  it.each([
    { case: 'all four targets met', day: makeKpiDay(), score: 100 },
    // 211 s is above the range's upper bound: outside the range, so missed.
    { case: 'talk time above the range', day: makeKpiDay({ talkSeconds: 96 * 211 }), score: 75 },
    // 110 s is below the range's lower bound: short calls miss a range target too.
    { case: 'talk time below the range', day: makeKpiDay({ talkSeconds: 96 * 110 }), score: 75 },
    // 86 ÷ 96 = 89.6 % resolution and 8 % abandoned: two of four missed.
    {
      case: 'resolution and abandonment missed',
      day: makeKpiDay({ contactsOffered: 104, resolvedFirstContact: 86 }),
      score: 50,
    },
    {
      case: 'nothing met',
      day: makeKpiDay({
        contactsOffered: 200,
        talkSeconds: 96 * 300,
        monitoredCalls: 0,
        resolvedFirstContact: 10,
      }),
      score: 0,
    },
  ])('scores $case at $score %', ({ day, score }) => {
    expect(assessKpis([day], targets)).toBe(score);
  });

  it('scores one missed target of eleven at 90.9… % (grade B, not A)', () => {
    const eleven = [...targets, ...Array.from({ length: 7 }, () => MONITORED)];
    expect(assessKpis([makeKpiDay({ talkSeconds: 96 * 211 })], eleven)).toBeCloseTo(
      (10 / 11) * 100,
      10,
    );
  });

  it.each([
    { case: 'no records (nothing measurable)', records: [], targets, score: 0 },
    { case: 'no targets', records: [makeKpiDay()], targets: [], score: 0 },
    // No call reached a customer, so there is no conversion rate: that target counts as missed.
    {
      case: 'a target it cannot measure',
      records: [makeKpiDay()],
      targets: [ABANDON, { metric: 'conversionRate', min: 5, max: null } as KpiTarget],
      score: 50,
    },
  ])('scores $case at $score', ({ records, targets: given, score }) => {
    expect(assessKpis(records, given)).toBe(score);
  });
});
