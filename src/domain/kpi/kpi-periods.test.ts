import { describe, expect, it } from 'vitest';
import { makeKpiDay } from '../../../test/pay-builders';
import { periodRange, todayIn, trendRange } from './kpi-periods';
import { trendSeries } from './kpi-trend';

describe('periodRange', () => {
  it.each([
    // 2026-11-22 is a Sunday: its week began on Monday the 16th.
    { period: 'today', today: '2026-11-22', from: '2026-11-22', to: '2026-11-22' },
    { period: 'week', today: '2026-11-22', from: '2026-11-16', to: '2026-11-22' },
    { period: 'week', today: '2026-11-16', from: '2026-11-16', to: '2026-11-16' },
    { period: 'week', today: '2026-11-18', from: '2026-11-16', to: '2026-11-18' },
    // A week that began in the previous month and year.
    { period: 'week', today: '2027-01-01', from: '2026-12-28', to: '2027-01-01' },
    { period: 'month', today: '2026-11-22', from: '2026-11-01', to: '2026-11-22' },
    { period: 'month', today: '2028-02-29', from: '2028-02-01', to: '2028-02-29' },
  ] as const)('$period on $today is $from to $to', ({ period, today, from, to }) => {
    expect(periodRange(period, today)).toEqual({ from, to });
  });
});

describe('trendRange', () => {
  it.each([
    { span: 7, from: '2026-11-15', to: '2026-11-21' },
    { span: 30, from: '2026-10-23', to: '2026-11-21' },
    { span: 90, from: '2026-08-24', to: '2026-11-21' },
  ] as const)('the $span days before 2026-11-22 end yesterday', ({ span, from, to }) => {
    expect(trendRange(span, '2026-11-22')).toEqual({ from, to });
  });
});

describe('todayIn', () => {
  it.each([
    // 16:30 UTC is already the next day in Shanghai (UTC+8), still the same day in London.
    { zone: 'Asia/Shanghai', day: '2026-11-23' },
    { zone: 'Europe/London', day: '2026-11-22' },
    { zone: 'America/Los_Angeles', day: '2026-11-22' },
  ])('is $day in $zone', ({ zone, day }) => {
    expect(todayIn(new Date('2026-11-22T16:30:00Z'), zone)).toBe(day);
  });
});

describe('trendSeries', () => {
  const records = [
    makeKpiDay({ id: 'a', day: '2026-11-16', talkSeconds: 96 * 150 }),
    makeKpiDay({ id: 'b', day: '2026-11-18', talkSeconds: 96 * 210 }),
    makeKpiDay({ id: 'c', day: '2026-11-30', talkSeconds: 96 * 100 }), // outside the range
  ];

  it('has one point per day, empty where there is no record', () => {
    const series = trendSeries(records, 'averageTalkSeconds', trendRange(7, '2026-11-22'));
    expect(series.points).toEqual([
      { day: '2026-11-15', value: undefined },
      { day: '2026-11-16', value: 150 },
      { day: '2026-11-17', value: undefined },
      { day: '2026-11-18', value: 210 },
      { day: '2026-11-19', value: undefined },
      { day: '2026-11-20', value: undefined },
      { day: '2026-11-21', value: undefined },
    ]);
    expect(series.overall).toBe(180);
  });

  it.each([7, 30, 90] as const)('has %i points for %i days', (span) => {
    expect(trendSeries(records, 'abandonRate', trendRange(span, '2026-11-22')).points).toHaveLength(
      span,
    );
  });
});
