import { describe, expect, it } from 'vitest';
import type { KpiDaily } from '../kpi/kpi-daily';
import { type Fen, fen, yuan } from '../money';
import type { PayLineKind } from '../pay/pay-statement';
import type { ShiftStatus } from '../roster/shift';
import { watchAfterEscalation, type WatchInput } from './watch-after-escalation';
import type { WatchedPayLine, WatchedStatement } from './watch-penalties';
import type { WatchedShift } from './watch-shifts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** 10:00 in Shanghai on Friday 20 November 2026. */
const RAISED_AT = '2026-11-20T02:00:00.000Z';
const RAISED_MS = Date.parse(RAISED_AT);
const daysAfter = (days: number) => new Date(RAISED_MS + days * DAY_MS);
/** Three weeks after: the after window is 21 days long. */
const NOW = daysAfter(21);

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Shifts from `firstDay` for `days` days, `perWeek` of every 7 days, 11:00–(11 + hours) Shanghai.
 * Ids are `${prefix}-${day}`.
 */
function schedule(
  prefix: string,
  firstDay: string,
  days: number,
  { perWeek = 5, hours = 8, status = 'scheduled' as ShiftStatus } = {},
): WatchedShift[] {
  return Array.from({ length: days }, (_, index) => index)
    .filter((index) => index % 7 < perWeek)
    .map((index) => {
      const day = addDays(firstDay, index);
      const start = Date.parse(`${day}T03:00:00.000Z`);
      return {
        id: `${prefix}-${day}`,
        day,
        status,
        segments: [
          {
            start: new Date(start).toISOString(),
            end: new Date(start + hours * 3_600_000).toISOString(),
          },
        ],
      };
    });
}

/** Four weeks before the escalation, five 8-hour shifts a week: 20 shifts. */
const BEFORE_SHIFTS = schedule('before', '2026-10-23', 28);
/** The same pattern in the three weeks after: 15 shifts. */
const STEADY_AFTER_SHIFTS = schedule('after', '2026-11-20', 21);

function statement(period: string): WatchedStatement {
  return { id: `statement-${period}`, period };
}

function line(
  id: string,
  period: string,
  amount: Fen,
  kind: PayLineKind = 'penalty',
): WatchedPayLine {
  return { id, statementId: `statement-${period}`, kind, amount };
}

function kpiDay(day: string, adherencePermille: number, satisfied = 9, responses = 10): KpiDaily {
  return {
    id: `kpi-${day}`,
    agentId: 'agent-1',
    day,
    contactsOffered: 100,
    contactsHandled: 95,
    talkSeconds: 18_000,
    afterCallWorkSeconds: 1_900,
    answerWaitSeconds: 1_500,
    scheduledSeconds: 28_800,
    adheredSeconds: (28_800 * adherencePermille) / 1000,
    loggedInSeconds: 28_800,
    productiveSeconds: 21_000,
    auxSeconds: 1_200,
    resolvedFirstContact: 88,
    fatalErrors: 0,
    nonFatalErrors: 1,
    monitoredCalls: 1,
    satisfactionResponses: responses,
    satisfiedResponses: satisfied,
    validComplaints: 0,
    escalations: 0,
    dials: 0,
    connects: 0,
    conversions: 0,
    chatSessions: 0,
    chatSessionSeconds: 0,
    firstReplySeconds: 0,
  };
}

/** Daily KPI rows for `days` days from `firstDay`. */
function kpiDays(firstDay: string, days: number, build: (day: string) => KpiDaily): KpiDaily[] {
  return Array.from({ length: days }, (_, index) => build(addDays(firstDay, index)));
}

function makeInput(overrides: Partial<WatchInput> = {}): WatchInput {
  return {
    escalations: [{ id: 'esc-1', createdAt: RAISED_AT }],
    shifts: [...BEFORE_SHIFTS, ...STEADY_AFTER_SHIFTS],
    payStatements: [statement('2026-10'), statement('2026-11')],
    payLines: [
      line('base-10', '2026-10', yuan(2800), 'base'),
      line('base-11', '2026-11', yuan(2800), 'base'),
    ],
    kpiDays: kpiDays('2026-10-23', 50, (day) => kpiDay(day, 990)),
    timeZone: 'Asia/Shanghai',
    now: NOW,
    ...overrides,
  };
}

const kindsOf = (input: WatchInput) =>
  watchAfterEscalation(input).findings.map((finding) =>
    finding.kind === 'kpi-drop' ? `kpi-drop:${finding.measure}` : finding.kind,
  );

describe('watchAfterEscalation: shifts and hours', () => {
  it.each([
    { name: 'nothing for a steady roster', shifts: STEADY_AFTER_SHIFTS, expected: [] },
    {
      name: 'fewer shifts and hours at 3 a week after 5',
      shifts: schedule('after', '2026-11-20', 21, { perWeek: 3 }),
      expected: ['fewer-shifts', 'fewer-hours'],
    },
    {
      name: 'fewer hours only when the shifts shrink from 8 to 5 hours',
      shifts: schedule('after', '2026-11-20', 21, { hours: 5 }),
      expected: ['fewer-hours'],
    },
    {
      name: 'nothing for a 20 % drop (4 a week after 5)',
      shifts: schedule('after', '2026-11-20', 21, { perWeek: 4 }),
      expected: [],
    },
    {
      name: 'fewer shifts when shifts after are cancelled',
      shifts: [
        ...schedule('after', '2026-11-20', 7),
        ...schedule('cancelled', '2026-11-27', 14, { status: 'cancelled' }),
      ],
      expected: ['fewer-shifts', 'fewer-hours'],
    },
  ])('reports $name', ({ shifts, expected }) => {
    expect(kindsOf(makeInput({ shifts: [...BEFORE_SHIFTS, ...shifts] }))).toEqual(expected);
  });

  it('reports a drop of exactly 25 % (4 a week before, 3 after)', () => {
    const shifts = [
      ...schedule('before', '2026-10-23', 28, { perWeek: 4 }),
      ...schedule('after', '2026-11-20', 21, { perWeek: 3 }),
    ];
    expect(kindsOf(makeInput({ shifts }))).toEqual(['fewer-shifts', 'fewer-hours']);
  });

  it('does not alarm on one missing shift of a part-timer', () => {
    // Two 4-hour shifts in four weeks before, none in the week after: short by half a shift.
    const shifts = [
      ...schedule('before', '2026-10-23', 2, { perWeek: 7, hours: 4 }),
      ...schedule('after', '2026-11-20', 0),
    ];
    expect(kindsOf(makeInput({ shifts, now: daysAfter(7) }))).toEqual([]);
  });

  it('does not alarm for an agent with no shifts before', () => {
    expect(kindsOf(makeInput({ shifts: [] }))).toEqual([]);
  });

  it('shows the rates and the shifts behind them, cancelled ones included', () => {
    const kept = schedule('after', '2026-11-20', 7);
    const cancelled = schedule('cancelled', '2026-11-27', 14, { status: 'cancelled' });
    const [finding] = watchAfterEscalation(
      makeInput({ shifts: [...BEFORE_SHIFTS, ...kept, ...cancelled] }),
    ).findings;
    expect(finding).toEqual({
      escalationId: 'esc-1',
      kind: 'fewer-shifts',
      before: {
        from: '2026-10-23T02:00:00.000Z',
        to: RAISED_AT,
        shifts: 20,
        scheduledMinutes: 20 * 480,
        shiftsPerWeek: 5,
        scheduledMinutesPerWeek: 2400,
      },
      after: {
        from: RAISED_AT,
        to: NOW.toISOString(),
        shifts: 5,
        scheduledMinutes: 5 * 480,
        shiftsPerWeek: 5 / 3,
        scheduledMinutesPerWeek: 800,
      },
      evidence: {
        before: BEFORE_SHIFTS.map(({ id }) => id),
        after: [...kept, ...cancelled].map(({ id }) => id),
      },
    });
  });
});

describe('watchAfterEscalation: which escalations and when', () => {
  const noShiftsAfter = [...BEFORE_SHIFTS];

  it.each([
    {
      name: 'waits until a week has passed',
      escalations: [{ id: 'esc-1', createdAt: RAISED_AT }],
      now: daysAfter(6),
      expected: {
        findings: [],
        tooSoon: [{ escalationId: 'esc-1', judgeFrom: daysAfter(7).toISOString() }],
      },
    },
    {
      name: 'judges from the seventh day',
      escalations: [{ id: 'esc-1', createdAt: RAISED_AT }],
      now: daysAfter(7),
      expected: { findings: ['fewer-shifts', 'fewer-hours'], tooSoon: [] },
    },
    {
      name: 'still judges at eight weeks',
      escalations: [{ id: 'esc-1', createdAt: RAISED_AT }],
      now: daysAfter(56),
      expected: { findings: ['fewer-shifts', 'fewer-hours'], tooSoon: [] },
    },
    {
      name: 'stops watching after eight weeks',
      escalations: [{ id: 'esc-1', createdAt: RAISED_AT }],
      now: new Date(daysAfter(56).getTime() + 1),
      expected: { findings: [], tooSoon: [] },
    },
    {
      name: 'ignores an escalation dated after now',
      escalations: [{ id: 'esc-1', createdAt: daysAfter(22).toISOString() }],
      now: NOW,
      expected: { findings: [], tooSoon: [] },
    },
  ])('$name', ({ escalations, now, expected }) => {
    const report = watchAfterEscalation(makeInput({ escalations, shifts: noShiftsAfter, now }));
    expect({ findings: report.findings.map((f) => f.kind), tooSoon: report.tooSoon }).toEqual(
      expected,
    );
  });

  it('looks at four weeks after at most', () => {
    // Five shifts a week for four weeks after, then none: weeks five and six are outside the window.
    const shifts = [...BEFORE_SHIFTS, ...schedule('after', '2026-11-20', 28)];
    expect(kindsOf(makeInput({ shifts, now: daysAfter(42) }))).toEqual([]);
  });

  it('judges each escalation on its own windows, oldest first', () => {
    const report = watchAfterEscalation(
      makeInput({
        escalations: [
          { id: 'esc-new', createdAt: daysAfter(18).toISOString() },
          { id: 'esc-old', createdAt: RAISED_AT },
        ],
        shifts: noShiftsAfter,
      }),
    );
    expect(report.findings.map((f) => f.escalationId)).toEqual(['esc-old', 'esc-old']);
    expect(report.tooSoon).toEqual([
      { escalationId: 'esc-new', judgeFrom: daysAfter(25).toISOString() },
    ]);
  });
});

describe('watchAfterEscalation: penalties', () => {
  const base = makeInput().payLines;

  it.each([
    { name: 'no penalties on either side', lines: [], expected: [] },
    {
      name: 'a penalty after none before',
      lines: [line('p-11', '2026-11', yuan(-50))],
      expected: ['new-penalties'],
    },
    {
      name: 'the same penalty as the month before',
      lines: [line('p-10', '2026-10', yuan(-50)), line('p-11', '2026-11', yuan(-50))],
      expected: [],
    },
    {
      name: 'twice as many penalties as the month before',
      lines: [
        line('p-10', '2026-10', yuan(-50)),
        line('p-11a', '2026-11', yuan(-20)),
        line('p-11b', '2026-11', yuan(-20)),
      ],
      expected: ['new-penalties'],
    },
    {
      name: 'a penalty twice the amount of the month before',
      lines: [line('p-10', '2026-10', yuan(-50)), line('p-11', '2026-11', yuan(-100))],
      expected: ['new-penalties'],
    },
    {
      name: 'a penalty one fen short of twice the amount',
      lines: [line('p-10', '2026-10', yuan(-50)), line('p-11', '2026-11', fen(-9999))],
      expected: [],
    },
    {
      name: 'a penalty two months before, none since (only the month before counts)',
      lines: [line('p-09', '2026-09', yuan(-50))],
      expected: [],
    },
    {
      name: 'a leave deduction, which is not a penalty',
      lines: [line('leave-11', '2026-11', yuan(-120), 'leave-deduction')],
      expected: [],
    },
  ])('reports $name', ({ lines, expected }) => {
    const payStatements = ['2026-09', '2026-10', '2026-11'].map(statement);
    expect(kindsOf(makeInput({ payStatements, payLines: [...base, ...lines] }))).toEqual(expected);
  });

  it.each([
    { name: 'no statement before (a new agent)', periods: ['2026-11'] },
    { name: 'no statement after issued yet', periods: ['2026-10'] },
  ])('does not judge penalties with $name', ({ periods }) => {
    const input = makeInput({
      payStatements: periods.map(statement),
      payLines: [line('p-11', '2026-11', yuan(-50))],
    });
    expect(kindsOf(input)).toEqual([]);
  });

  it('shows the count, amount in fen and the lines', () => {
    const input = makeInput({ payLines: [...base, line('p-11', '2026-11', fen(-5050))] });
    expect(watchAfterEscalation(input).findings).toEqual([
      {
        escalationId: 'esc-1',
        kind: 'new-penalties',
        before: { periods: ['2026-10'], statements: 1, penalties: 0, deducted: 0 },
        after: { periods: ['2026-11', '2026-12'], statements: 1, penalties: 1, deducted: 5050 },
        evidence: { before: [], after: ['p-11'] },
      },
    ]);
  });

  it.each([
    // 01:00 on 1 November in Shanghai, still 31 October in UTC.
    { timeZone: 'Asia/Shanghai', expected: [] },
    { timeZone: 'UTC', expected: ['new-penalties'] },
  ])('reads the escalation month in the project zone ($timeZone)', ({ timeZone, expected }) => {
    const input = makeInput({
      escalations: [{ id: 'esc-1', createdAt: '2026-10-31T17:00:00.000Z' }],
      now: new Date('2026-11-14T00:00:00.000Z'),
      shifts: [],
      kpiDays: [],
      payStatements: ['2026-09', '2026-10', '2026-11'].map(statement),
      payLines: [line('p-10', '2026-10', yuan(-50))],
      timeZone,
    });
    expect(kindsOf(input)).toEqual(expected);
  });
});

describe('watchAfterEscalation: KPIs', () => {
  const before = (build: (day: string) => KpiDaily) => kpiDays('2026-10-23', 28, build);
  const after = (build: (day: string) => KpiDaily, days = 21) => kpiDays('2026-11-21', days, build);

  it.each([
    {
      name: 'nothing for steady figures',
      rows: [...before((d) => kpiDay(d, 990)), ...after((d) => kpiDay(d, 990))],
      expected: [],
    },
    {
      name: 'an adherence drop of 14 points',
      rows: [...before((d) => kpiDay(d, 990)), ...after((d) => kpiDay(d, 850))],
      expected: ['kpi-drop:adherence'],
    },
    {
      name: 'an adherence drop of exactly 10 points',
      rows: [...before((d) => kpiDay(d, 990)), ...after((d) => kpiDay(d, 890))],
      expected: ['kpi-drop:adherence'],
    },
    {
      name: 'nothing for a drop of 9.5 points',
      rows: [...before((d) => kpiDay(d, 990)), ...after((d) => kpiDay(d, 895))],
      expected: [],
    },
    {
      name: 'a satisfaction drop from 90 % to 70 %',
      rows: [...before((d) => kpiDay(d, 990, 9)), ...after((d) => kpiDay(d, 990, 7))],
      expected: ['kpi-drop:satisfaction'],
    },
    {
      name: 'nothing with only two days of figures after',
      rows: [...before((d) => kpiDay(d, 990)), ...after((d) => kpiDay(d, 500), 2)],
      expected: [],
    },
    {
      name: 'nothing when the satisfaction days after have no responses',
      rows: [...before((d) => kpiDay(d, 990, 9)), ...after((d) => kpiDay(d, 990, 0, 0))],
      expected: [],
    },
    {
      name: 'nothing for a bad day on the escalation day itself',
      rows: [
        ...before((d) => kpiDay(d, 990)),
        ...kpiDays('2026-11-20', 1, (d) => kpiDay(d, 0, 0)),
        ...after((d) => kpiDay(d, 990)),
      ],
      expected: [],
    },
  ])('reports $name', ({ rows, expected }) => {
    expect(kindsOf(makeInput({ kpiDays: rows }))).toEqual(expected);
  });

  it('shows both rates and the days behind them', () => {
    const beforeRows = before((d) => kpiDay(d, 990));
    const afterRows = after((d) => kpiDay(d, 850));
    const [finding] = watchAfterEscalation(
      makeInput({ kpiDays: [...beforeRows, ...afterRows] }),
    ).findings;
    expect(finding).toMatchObject({
      kind: 'kpi-drop',
      measure: 'adherence',
      before: { fromDay: '2026-10-23', toDay: '2026-11-19', days: 28 },
      after: { fromDay: '2026-11-21', toDay: '2026-12-11', days: 21 },
      evidence: { before: beforeRows.map(({ id }) => id), after: afterRows.map(({ id }) => id) },
    });
    expect(finding?.kind === 'kpi-drop' && [finding.before.percent, finding.after.percent]).toEqual(
      [99, 85],
    );
  });
});
