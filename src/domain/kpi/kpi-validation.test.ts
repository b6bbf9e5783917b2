import { describe, expect, it } from 'vitest';
import { makeKpiDay } from '../../../test/pay-builders';
import { isCalendarDay, partitionKpiDays, validateKpiDaily } from './kpi-validation';

const TODAY = '2026-11-22';

describe('validateKpiDaily', () => {
  it('accepts a sound record, today included', () => {
    expect(validateKpiDaily(makeKpiDay(), TODAY)).toEqual([]);
    expect(validateKpiDaily(makeKpiDay({ day: TODAY }), TODAY)).toEqual([]);
  });

  it.each([
    {
      case: 'a day in the future',
      change: { day: '2026-11-23' },
      issue: { code: 'kpi/future-day', day: '2026-11-23' },
    },
    {
      case: 'a day that does not exist',
      change: { day: '2026-02-30' },
      issue: { code: 'kpi/invalid-day', day: '2026-02-30' },
    },
    {
      case: 'a day badly written',
      change: { day: '22/11/2026' },
      issue: { code: 'kpi/invalid-day', day: '22/11/2026' },
    },
    {
      case: 'a negative duration',
      change: { talkSeconds: -5 },
      issue: { code: 'kpi/negative', figure: 'talkSeconds' },
    },
    {
      case: 'a negative count',
      change: { dials: -1 },
      issue: { code: 'kpi/negative', figure: 'dials' },
    },
    {
      case: 'a fractional count',
      change: { monitoredCalls: 1.5 },
      issue: { code: 'kpi/not-whole', figure: 'monitoredCalls' },
    },
    {
      case: 'a figure that is not a number',
      change: { auxSeconds: Number.NaN },
      issue: { code: 'kpi/not-whole', figure: 'auxSeconds' },
    },
    // Rates above 100 %.
    {
      case: 'more handled than offered',
      change: { contactsHandled: 101, resolvedFirstContact: 90 },
      issue: { code: 'kpi/part-over-whole', figure: 'contactsHandled', whole: 'contactsOffered' },
    },
    {
      case: 'more adhered than scheduled',
      change: { adheredSeconds: 28_801 },
      issue: { code: 'kpi/part-over-whole', figure: 'adheredSeconds', whole: 'scheduledSeconds' },
    },
    {
      case: 'more productive than logged in',
      change: { productiveSeconds: 28_801 },
      issue: { code: 'kpi/part-over-whole', figure: 'productiveSeconds', whole: 'loggedInSeconds' },
    },
    {
      case: 'more aux than logged in',
      change: { auxSeconds: 30_000 },
      issue: { code: 'kpi/part-over-whole', figure: 'auxSeconds', whole: 'loggedInSeconds' },
    },
    {
      case: 'more resolved than handled',
      change: { resolvedFirstContact: 97 },
      issue: {
        code: 'kpi/part-over-whole',
        figure: 'resolvedFirstContact',
        whole: 'contactsHandled',
      },
    },
    {
      case: 'more satisfied than answered',
      change: { satisfiedResponses: 41 },
      issue: {
        code: 'kpi/part-over-whole',
        figure: 'satisfiedResponses',
        whole: 'satisfactionResponses',
      },
    },
    {
      case: 'more connects than dials',
      change: { dials: 10, connects: 11 },
      issue: { code: 'kpi/part-over-whole', figure: 'connects', whole: 'dials' },
    },
    {
      case: 'more sales than connects',
      change: { dials: 10, connects: 2, conversions: 3 },
      issue: { code: 'kpi/part-over-whole', figure: 'conversions', whole: 'connects' },
    },
  ] as const)('rejects $case', ({ change, issue }) => {
    expect(validateKpiDaily(makeKpiDay(change), TODAY)).toEqual([issue]);
  });

  it('reports every issue of a record, and no rate issue on a figure already wrong', () => {
    expect(
      validateKpiDaily(
        makeKpiDay({ day: '2027-01-01', contactsOffered: -1, fatalErrors: 200 }),
        TODAY,
      ),
    ).toEqual([
      { code: 'kpi/future-day', day: '2027-01-01' },
      { code: 'kpi/negative', figure: 'contactsOffered' },
      { code: 'kpi/part-over-whole', figure: 'fatalErrors', whole: 'contactsHandled' },
    ]);
  });
});

describe('partitionKpiDays', () => {
  it('keeps sound records in order and lists the rejected with their issues', () => {
    const a = makeKpiDay({ id: 'a', day: '2026-11-01' });
    const bad = makeKpiDay({ id: 'bad', day: '2026-11-02', talkSeconds: -1 });
    const b = makeKpiDay({ id: 'b', day: '2026-11-03' });
    expect(partitionKpiDays([a, bad, b], TODAY)).toEqual({
      valid: [a, b],
      rejected: [{ record: bad, issues: [{ code: 'kpi/negative', figure: 'talkSeconds' }] }],
    });
  });
});

describe('isCalendarDay', () => {
  it.each([
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('%s: %s', (day, ok) => {
    expect(isCalendarDay(day)).toBe(ok);
  });
});
