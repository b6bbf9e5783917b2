import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeKpiDay } from '../../../test/pay-builders';
import { KPI_METRICS } from '../policy/project-policy';
import { KPI_CATALOG } from './kpi-catalog';
import type { KpiDaily } from './kpi-daily';
import { KPI_FIGURES, measureKpis, measureMetric, sumFigures } from './measure-kpis';

// `makeKpiDay()`: 100 offered, 96 handled, 8 h scheduled and logged in; every figure worked out.
const INBOUND_DAY = makeKpiDay();
const OUTBOUND_DAY = makeKpiDay({
  contactsOffered: 0,
  contactsHandled: 0,
  talkSeconds: 0,
  afterCallWorkSeconds: 0,
  answerWaitSeconds: 0,
  resolvedFirstContact: 0,
  nonFatalErrors: 0,
  satisfactionResponses: 0,
  satisfiedResponses: 0,
  escalations: 0,
  dials: 200,
  connects: 50,
  conversions: 4,
});
const CHAT_DAY = makeKpiDay({
  chatSessions: 60,
  // 28 800 s logged in, sessions open 72 000 s in all: 2.5 at once on average.
  chatSessionSeconds: 72_000,
  firstReplySeconds: 60 * 12,
});

describe('measureMetric, each formula on one day', () => {
  it.each([
    { metric: 'contactsHandled', day: INBOUND_DAY, value: 96 },
    { metric: 'abandonRate', day: INBOUND_DAY, value: 4 }, // (100 − 96) ÷ 100
    { metric: 'averageTalkSeconds', day: INBOUND_DAY, value: 180 },
    { metric: 'afterCallWorkSeconds', day: INBOUND_DAY, value: 15 },
    { metric: 'averageSpeedOfAnswerSeconds', day: INBOUND_DAY, value: 10 },
    { metric: 'scheduleAdherence', day: INBOUND_DAY, value: 99 }, // 28 512 ÷ 28 800
    { metric: 'utilisation', day: INBOUND_DAY, value: 80 }, // 23 040 ÷ 28 800
    { metric: 'auxShare', day: INBOUND_DAY, value: 5 }, // 1 440 ÷ 28 800
    { metric: 'firstContactResolution', day: INBOUND_DAY, value: 93.75 }, // 90 ÷ 96
    { metric: 'fatalErrorAccuracy', day: INBOUND_DAY, value: 100 },
    { metric: 'nonFatalErrorAccuracy', day: INBOUND_DAY, value: (1 - 1 / 96) * 100 },
    { metric: 'monitoredCalls', day: INBOUND_DAY, value: 1 },
    { metric: 'satisfaction', day: INBOUND_DAY, value: 90 }, // 36 ÷ 40
    { metric: 'escalations', day: INBOUND_DAY, value: 1 },
    {
      metric: 'validComplaintRate',
      day: makeKpiDay({ validComplaints: 3 }),
      value: (3 / 96) * 100,
    },
    { metric: 'escalationRate', day: INBOUND_DAY, value: (1 / 96) * 100 },
    { metric: 'dialsPerDay', day: OUTBOUND_DAY, value: 200 },
    { metric: 'connectRate', day: OUTBOUND_DAY, value: 25 }, // 50 ÷ 200
    { metric: 'conversionRate', day: OUTBOUND_DAY, value: 8 }, // 4 ÷ 50
    { metric: 'concurrentSessions', day: CHAT_DAY, value: 2.5 },
    { metric: 'firstReplySeconds', day: CHAT_DAY, value: 12 },
    { metric: 'chatSessions', day: CHAT_DAY, value: 60 },
  ] as const)('$metric is $value', ({ metric, day, value }) => {
    expect(measureMetric(sumFigures([day]), metric)).toBe(value);
  });

  it('has a formula case for every metric in the catalog', () => {
    expect(Object.keys(KPI_CATALOG)).toEqual([...KPI_METRICS]);
    for (const metric of KPI_METRICS) {
      expect(measureMetric(sumFigures([INBOUND_DAY, OUTBOUND_DAY, CHAT_DAY]), metric)).toEqual(
        expect.any(Number),
      );
    }
  });

  it.each([
    // No contact offered or handled: every per-contact rate and average is undefined, not 0.
    { case: 'no contact (outbound day)', day: OUTBOUND_DAY, metric: 'abandonRate' },
    { case: 'no contact (outbound day)', day: OUTBOUND_DAY, metric: 'averageTalkSeconds' },
    { case: 'no contact (outbound day)', day: OUTBOUND_DAY, metric: 'firstContactResolution' },
    { case: 'no contact (outbound day)', day: OUTBOUND_DAY, metric: 'fatalErrorAccuracy' },
    { case: 'no survey answered', day: OUTBOUND_DAY, metric: 'satisfaction' },
    { case: 'no dial', day: INBOUND_DAY, metric: 'connectRate' },
    { case: 'no connect', day: INBOUND_DAY, metric: 'conversionRate' },
    { case: 'no chat session', day: INBOUND_DAY, metric: 'firstReplySeconds' },
    {
      case: 'no time scheduled',
      day: makeKpiDay({ scheduledSeconds: 0, adheredSeconds: 0 }),
      metric: 'scheduleAdherence',
    },
    { case: 'never logged in', day: makeKpiDay({ loggedInSeconds: 0 }), metric: 'utilisation' },
    {
      case: 'never logged in',
      day: makeKpiDay({ loggedInSeconds: 0 }),
      metric: 'concurrentSessions',
    },
  ] as const)('cannot measure $metric with $case', ({ day, metric }) => {
    expect(measureMetric(sumFigures([day]), metric)).toBeUndefined();
  });
});

describe('measureKpis over several days', () => {
  it('sums the figures of the days before dividing', () => {
    const second = makeKpiDay({
      id: 'k2',
      day: '2026-10-06',
      contactsOffered: 50,
      contactsHandled: 48,
      talkSeconds: 48 * 240,
      monitoredCalls: 2,
    });
    const measured = measureKpis([INBOUND_DAY, second]);
    expect(measured.contactsHandled).toBe(72); // (96 + 48) ÷ 2 days
    expect(measured.abandonRate).toBe(4); // (150 − 144) ÷ 150
    expect(measured.averageTalkSeconds).toBe(200); // (17 280 + 11 520) ÷ 144, not (180 + 240) ÷ 2
    expect(measured.monitoredCalls).toBe(1.5);
  });

  it('measures nothing without records', () => {
    expect(measureKpis([])).toEqual({});
  });

  it('leaves out what a day cannot measure and keeps the rest', () => {
    const measured = measureKpis([OUTBOUND_DAY]);
    expect(measured).not.toHaveProperty('abandonRate');
    expect(measured).toMatchObject({ dialsPerDay: 200, connectRate: 25, scheduleAdherence: 99 });
  });
});

const figure = fc.integer({ min: 0, max: 50_000 });
const anyDay = fc
  .record(
    Object.fromEntries(KPI_FIGURES.map((name) => [name, figure])) as Record<
      (typeof KPI_FIGURES)[number],
      typeof figure
    >,
  )
  .map((figures): KpiDaily => ({ id: 'k', agentId: 'a', day: '2026-10-05', ...figures }));

describe('measuring, invariants', () => {
  it('sums are exact integers and order does not matter', () => {
    fc.assert(
      fc.property(fc.array(anyDay, { maxLength: 20 }), (days) => {
        const totals = sumFigures(days);
        const reversed = sumFigures([...days].reverse());
        expect(reversed).toEqual(totals);
        for (const name of KPI_FIGURES) expect(Number.isInteger(totals[name])).toBe(true);
        expect(totals.days).toBe(days.length);
      }),
    );
  });

  it('a rate of a period lies between the lowest and highest daily rates (a mediant)', () => {
    fc.assert(
      fc.property(fc.array(anyDay, { minLength: 1, maxLength: 10 }), (days) => {
        for (const metric of ['utilisation', 'averageTalkSeconds', 'connectRate'] as const) {
          // Days whose divisor is 0 have no rate of their own; the property is about the others.
          const measurable = days.filter(
            (day) => measureMetric(sumFigures([day]), metric) !== undefined,
          );
          const daily = measurable.map((day) => measureMetric(sumFigures([day]), metric)!);
          const overall = measureMetric(sumFigures(measurable), metric);
          if (daily.length === 0) {
            expect(overall).toBeUndefined();
          } else {
            expect(overall).toBeGreaterThanOrEqual(Math.min(...daily) - 1e-9);
            expect(overall).toBeLessThanOrEqual(Math.max(...daily) + 1e-9);
          }
        }
      }),
    );
  });
});
