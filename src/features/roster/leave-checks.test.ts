import { describe, expect, it } from 'vitest';
import { checkLeaveDays } from './leave-checks';

describe('checkLeaveDays', () => {
  it.each([
    { days: [], expected: [{ code: 'leave/no-days' }] },
    { days: ['2026-11-21'], expected: [{ code: 'leave/past-day', day: '2026-11-21' }] },
    { days: ['2026-11-22', '2026-11-30'], expected: [] },
    {
      days: ['2026-11-25', '2026-11-24'],
      expected: [{ code: 'leave/already-requested', day: '2026-11-25' }],
    },
  ])('finds $expected.length problem(s) in $days', ({ days, expected }) => {
    expect(checkLeaveDays(days, '2026-11-22', new Set(['2026-11-25']))).toEqual(expected);
  });
});
