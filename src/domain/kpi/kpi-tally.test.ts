import { describe, expect, it } from 'vitest';
import { makeKpiDay } from '../../../test/pay-builders';
import type { KpiTally } from './kpi-records';
import { compareTally, latestTallies, validateTally, type TallyDraft } from './kpi-tally';

const TODAY = '2026-11-22';
const DRAFT: TallyDraft = { day: '2026-11-21', counts: { contactsHandled: 96 }, note: '' };

function makeTally(overrides: Partial<KpiTally> = {}): KpiTally {
  return {
    id: 't1',
    agentId: 'a1',
    day: '2026-10-05',
    counts: { contactsHandled: 96 },
    note: '',
    createdAt: '2026-10-05T12:00:00.000Z',
    syncState: 'pending',
    ...overrides,
  };
}

describe('validateTally', () => {
  it('accepts a day’s counts up to today', () => {
    expect(validateTally(DRAFT, TODAY)).toEqual([]);
    expect(validateTally({ ...DRAFT, day: TODAY, counts: { results: 0 } }, TODAY)).toEqual([]);
  });

  it.each([
    {
      case: 'a day in the future',
      draft: { ...DRAFT, day: '2026-11-23' },
      issues: [{ code: 'kpiTally/future-day' }],
    },
    { case: 'no day', draft: { ...DRAFT, day: '' }, issues: [{ code: 'kpiTally/invalid-day' }] },
    { case: 'no count', draft: { ...DRAFT, counts: {} }, issues: [{ code: 'kpiTally/no-counts' }] },
    {
      case: 'a negative count',
      draft: { ...DRAFT, counts: { dials: -1 } },
      issues: [{ code: 'kpiTally/not-whole', count: 'dials' }],
    },
    {
      case: 'a fraction',
      draft: { ...DRAFT, counts: { results: 2.5 } },
      issues: [{ code: 'kpiTally/not-whole', count: 'results' }],
    },
    {
      case: 'not a number',
      draft: { ...DRAFT, counts: { results: Number.NaN } },
      issues: [{ code: 'kpiTally/not-whole', count: 'results' }],
    },
    {
      case: 'more connects than dials',
      draft: { ...DRAFT, counts: { dials: 3, connects: 4 } },
      issues: [{ code: 'kpiTally/part-over-whole', count: 'connects', whole: 'dials' }],
    },
    {
      case: 'more sales than connects',
      draft: { ...DRAFT, counts: { connects: 1, conversions: 2 } },
      issues: [{ code: 'kpiTally/part-over-whole', count: 'conversions', whole: 'connects' }],
    },
    {
      case: 'a note too long',
      draft: { ...DRAFT, note: 'x'.repeat(501) },
      issues: [{ code: 'kpiTally/note-too-long', max: 500 }],
    },
  ])('rejects $case', ({ draft, issues }) => {
    expect(validateTally(draft as TallyDraft, TODAY)).toEqual(issues);
  });
});

describe('latestTallies', () => {
  it('keeps the latest tally of each day, newest day first', () => {
    const early = makeTally({ id: 'e', day: '2026-11-20', createdAt: '2026-11-20T10:00:00Z' });
    const late = makeTally({ id: 'l', day: '2026-11-20', createdAt: '2026-11-20T18:00:00Z' });
    const other = makeTally({ id: 'o', day: '2026-11-21', createdAt: '2026-11-21T10:00:00Z' });
    expect(latestTallies([late, other, early]).map((tally) => tally.id)).toEqual(['o', 'l']);
  });
});

describe('compareTally', () => {
  it.each([
    { case: 'the same count', mine: 96, employer: 96, difference: 0, isFlagged: false },
    {
      case: 'more than the employer counted',
      mine: 98,
      employer: 96,
      difference: 2,
      isFlagged: true,
    },
    {
      case: 'fewer than the employer counted',
      mine: 90,
      employer: 96,
      difference: -6,
      isFlagged: true,
    },
  ])('flags $case: $isFlagged', ({ mine, employer, difference, isFlagged }) => {
    const comparison = compareTally(
      makeTally({ counts: { contactsHandled: mine } }),
      makeKpiDay({ contactsHandled: employer }),
    );
    expect(comparison.rows).toEqual([
      { count: 'contactsHandled', mine, employer, difference, isFlagged },
    ]);
    expect(comparison.hasDifferences).toBe(isFlagged);
  });

  it('flags every count of a day the employer has no record of', () => {
    const comparison = compareTally(
      makeTally({ counts: { contactsHandled: 5, results: 2 } }),
      null,
    );
    expect(comparison.rows).toEqual([
      { count: 'contactsHandled', mine: 5, employer: null, difference: null, isFlagged: true },
      { count: 'results', mine: 2, employer: null, difference: null, isFlagged: true },
    ]);
  });

  it('does not flag results, which the employer’s daily record does not keep', () => {
    const comparison = compareTally(
      makeTally({ counts: { results: 7, dials: 10, connects: 4 } }),
      makeKpiDay({ dials: 12, connects: 4 }),
    );
    expect(comparison.rows).toEqual([
      { count: 'results', mine: 7, employer: null, difference: null, isFlagged: false },
      { count: 'dials', mine: 10, employer: 12, difference: -2, isFlagged: true },
      { count: 'connects', mine: 4, employer: 4, difference: 0, isFlagged: false },
    ]);
    expect(comparison.hasDifferences).toBe(true);
  });
});
