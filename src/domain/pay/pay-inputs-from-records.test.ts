import { describe, expect, it } from 'vitest';
import {
  makeKpiDay,
  makeLeaveDecision,
  makeLeaveRequest,
  makePayAgent,
  makePayPolicy,
  makePayRecords,
  makeWorkedShift,
  shanghaiAt,
} from '../../../test/pay-builders';
import type { KpiDaily } from '../kpi/kpi-daily';
import type { ProjectPolicy } from '../policy/project-policy';
import type { ClockRecord, Shift } from '../roster/shift';
import { payInputFromRecords } from './pay-inputs-from-records';

const POLICY = makePayPolicy({ kpiTargets: [{ metric: 'monitoredCalls', min: 1, max: null }] });

function clock(
  id: string,
  shiftId: string,
  kind: ClockRecord['kind'],
  day: string,
  time: string,
): ClockRecord {
  return { id, agentId: 'agent', kind, at: shanghaiAt(day, time), shiftId, syncState: 'sent' };
}

function kpi(id: string, day: string, monitoredCalls: number, agentId = 'agent'): KpiDaily {
  return makeKpiDay({ id, agentId, day, monitoredCalls });
}

const DAY = '2026-10-12'; // a Monday, an ordinary working day

describe('payInputFromRecords: worked time and overtime', () => {
  it.each([
    // 09:00–18:00 is 540 min; the 60-min meal is unpaid, the 15-min rest is paid: 480, no overtime.
    {
      case: 'a contract day',
      shifts: [
        makeWorkedShift('s1', DAY, '09:00', '18:00', {
          meal: ['12:00', '13:00'],
          rest: ['15:00', '15:15'],
        }),
      ],
      days: 1,
      overtime: 0,
    },
    // 09:00–20:00 less the meal: 600 min, 120 beyond 8 h.
    {
      case: 'a long day',
      shifts: [makeWorkedShift('s1', DAY, '09:00', '20:00', { meal: ['12:00', '13:00'] })],
      days: 1,
      overtime: 120,
    },
    // Two shifts the same day, 300 + 300 min: the day's 600 min carry 120 of overtime.
    {
      case: 'two shifts on one day',
      shifts: [
        makeWorkedShift('s1', DAY, '08:00', '13:00'),
        makeWorkedShift('s2', DAY, '17:00', '22:00'),
      ],
      days: 1,
      overtime: 120,
    },
    // Overtime is per day: 540 on Monday (60 over) and 420 on Tuesday do not offset.
    {
      case: 'a long and a short day',
      shifts: [
        makeWorkedShift('s1', DAY, '09:00', '18:00'),
        makeWorkedShift('s2', '2026-10-13', '09:00', '16:00'),
      ],
      days: 2,
      overtime: 60,
    },
    // 22:00–08:00 is 600 min on the shift's day less a 60-min meal after midnight: 540, 60 over.
    {
      case: 'a night shift past midnight',
      shifts: [
        {
          ...makeWorkedShift('s1', DAY, '22:00', '08:00'),
          breaks: [
            {
              kind: 'meal' as const,
              start: shanghaiAt('2026-10-13', '02:00'),
              end: shanghaiAt('2026-10-13', '03:00'),
            },
          ],
        },
      ],
      days: 1,
      overtime: 60,
    },
    // Only worked shifts count.
    {
      case: 'scheduled, confirmed and cancelled shifts',
      shifts: ['scheduled', 'confirmed', 'cancelled'].map((status, index) =>
        makeWorkedShift(`s${index}`, DAY, '09:00', '20:00', { status: status as Shift['status'] }),
      ),
      days: 0,
      overtime: 0,
    },
    // Shifts of September and November are outside October.
    {
      case: 'shifts of other months',
      shifts: [
        makeWorkedShift('s1', '2026-09-30', '09:00', '20:00'),
        makeWorkedShift('s2', '2026-11-01', '09:00', '20:00'),
      ],
      days: 0,
      overtime: 0,
    },
  ])('counts $case: $days days worked, $overtime min overtime', ({ shifts, days, overtime }) => {
    const { input } = payInputFromRecords('2026-10', makePayRecords({ shifts }), POLICY);
    expect(input.daysWorked).toBe(days);
    expect(input.overtimeMinutes).toBe(overtime);
  });

  it("charges a day's overtime to the shift that went past the contract hours", () => {
    const shifts = [
      makeWorkedShift('s2', DAY, '17:00', '22:00'),
      makeWorkedShift('s1', DAY, '08:00', '13:00'),
    ];
    const { evidence } = payInputFromRecords('2026-10', makePayRecords({ shifts }), POLICY);
    expect(evidence.overtime).toEqual([
      {
        table: 'shifts',
        id: 's2',
        day: DAY,
        quantity: 120,
        unit: 'minutes',
        timeSource: 'schedule',
      },
    ]);
  });

  it.each([
    // One on, one off: 12 h a day. 08:00–21:00 less the meal is 720 min, none over;
    // 08:00–22:00 is 780, 60 over.
    { to: '21:00', overtime: 0 },
    { to: '22:00', overtime: 60 },
  ])('counts overtime beyond 12 h for one on, one off (08:00–$to)', ({ to, overtime }) => {
    const agent = makePayAgent({ workPattern: 'one-on-one-off' });
    const shifts = [makeWorkedShift('s1', DAY, '08:00', to, { meal: ['12:00', '13:00'] })];
    expect(
      payInputFromRecords('2026-10', makePayRecords({ agent, shifts }), POLICY).input
        .overtimeMinutes,
    ).toBe(overtime);
  });
});

describe("payInputFromRecords: the agent's own clock records", () => {
  const scheduled = makeWorkedShift('s1', DAY, '09:00', '18:00', { meal: ['12:00', '13:00'] });

  it.each([
    {
      // Clocked 08:55–18:40 (585 min), the meal break clocked 12:00–12:30 (overlaps the
      // scheduled meal, so unpaid): 555 min paid, 75 over 8 h. The schedule alone would say 0.
      case: 'complete records with a short meal',
      clocks: [
        clock('c1', 's1', 'work-start', DAY, '08:55'),
        clock('c2', 's1', 'break-start', DAY, '12:00'),
        clock('c3', 's1', 'break-end', DAY, '12:30'),
        clock('c4', 's1', 'work-end', DAY, '18:40'),
      ],
      overtime: 75,
      source: 'clock',
    },
    {
      // A clocked 15:00–15:15 break does not overlap the meal: a paid rest break. No meal clocked,
      // so the agent's own record says 09:00–18:00 worked through: 540 min, 60 over.
      case: 'complete records with only a rest break',
      clocks: [
        clock('c1', 's1', 'work-start', DAY, '09:00'),
        clock('c2', 's1', 'break-start', DAY, '15:00'),
        clock('c3', 's1', 'break-end', DAY, '15:15'),
        clock('c4', 's1', 'work-end', DAY, '18:00'),
      ],
      overtime: 60,
      source: 'clock',
    },
    {
      case: 'records with no work-end (the schedule stands)',
      clocks: [clock('c1', 's1', 'work-start', DAY, '08:00')],
      overtime: 0,
      source: 'schedule',
    },
    {
      case: 'an unclosed break (the schedule stands)',
      clocks: [
        clock('c1', 's1', 'work-start', DAY, '08:00'),
        clock('c2', 's1', 'break-start', DAY, '12:00'),
        clock('c4', 's1', 'work-end', DAY, '20:00'),
      ],
      overtime: 0,
      source: 'schedule',
    },
    {
      case: 'a rejected work-end (the schedule stands)',
      clocks: [
        clock('c1', 's1', 'work-start', DAY, '08:00'),
        { ...clock('c4', 's1', 'work-end', DAY, '20:00'), syncState: 'rejected' as const },
      ],
      overtime: 0,
      source: 'schedule',
    },
    {
      case: "another shift's records",
      clocks: [
        clock('c1', 'other', 'work-start', DAY, '08:00'),
        clock('c4', 'other', 'work-end', DAY, '20:00'),
      ],
      overtime: 0,
      source: 'schedule',
    },
  ])('uses $case', ({ clocks, overtime, source }) => {
    const { input, evidence } = payInputFromRecords(
      '2026-10',
      makePayRecords({
        shifts: [scheduled],
        clockRecords: clocks,
      }),
      POLICY,
    );
    // The schedule alone pays 09:00–18:00 less the meal: 480 min, no overtime.
    expect(input.overtimeMinutes).toBe(overtime);
    if (source === 'clock') {
      expect(evidence.overtime).toEqual([
        {
          table: 'shifts',
          id: 's1',
          day: DAY,
          quantity: overtime,
          unit: 'minutes',
          timeSource: 'clock',
          clockRecordIds: clocks.map((record) => record.id),
        },
      ]);
    }
  });
});

describe('payInputFromRecords: statutory holidays', () => {
  it.each([
    // National Day 2026: 1–3 October are statutory, 4–7 October are bridging rest days.
    { day: '2026-10-01', worked: 1 },
    { day: '2026-10-03', worked: 1 },
    { day: '2026-10-04', worked: 0 },
    // Saturday 10 October is a make-up workday: an ordinary day.
    { day: '2026-10-10', worked: 0 },
  ])('counts work on $day as $worked statutory holiday', ({ day, worked }) => {
    const { input, evidence } = payInputFromRecords(
      '2026-10',
      makePayRecords({
        shifts: [makeWorkedShift('s1', day, '09:00', '18:00', { meal: ['12:00', '13:00'] })],
      }),
      POLICY,
    );
    expect(input.statutoryHolidaysWorked).toBe(worked);
    expect(evidence['statutory-holiday']?.length ?? 0).toBe(worked);
  });

  it('counts a statutory day once however many shifts it has', () => {
    const shifts = [
      makeWorkedShift('s1', '2026-10-01', '08:00', '12:00'),
      makeWorkedShift('s2', '2026-10-01', '14:00', '18:00'),
    ];
    expect(
      payInputFromRecords('2026-10', makePayRecords({ shifts }), POLICY).input
        .statutoryHolidaysWorked,
    ).toBe(1);
  });
});

describe('payInputFromRecords: leave and absence', () => {
  const leaveRequests = [
    // Approved: 30 September is outside October, so 2 personal days count.
    makeLeaveRequest('p1', 'personal', ['2026-09-30', '2026-10-13', '2026-10-14']),
    makeLeaveRequest('s1', 'sick', ['2026-10-15']),
    makeLeaveRequest('a1', 'annual', ['2026-10-16']),
    // Declined, and pending (no decision): the days are not leave.
    makeLeaveRequest('p2', 'personal', ['2026-10-20']),
    makeLeaveRequest('p3', 'personal', ['2026-10-21']),
    // Approved, then declined on review: the later decision stands.
    makeLeaveRequest('p4', 'personal', ['2026-10-22']),
  ];
  const leaveDecisions = [
    makeLeaveDecision('p1', 'approved'),
    makeLeaveDecision('s1', 'approved'),
    makeLeaveDecision('a1', 'approved'),
    makeLeaveDecision('p2', 'declined'),
    makeLeaveDecision('p4', 'approved', '2026-09-02T00:00:00Z'),
    makeLeaveDecision('p4', 'declined', '2026-09-03T00:00:00Z'),
  ];
  const absent = (id: string, day: string) =>
    makeWorkedShift(id, day, '09:00', '18:00', { status: 'absent' });
  const shifts = [
    absent('x13', '2026-10-13'), // covered by approved personal leave
    absent('x15', '2026-10-15'), // covered by approved sick leave
    absent('x20', '2026-10-20'), // declined leave: absence
    absent('x21', '2026-10-21'), // pending leave: absence
    absent('x22', '2026-10-22'), // approval withdrawn: absence
    absent('x23', '2026-10-23'), // no request: absence
  ];

  it('counts approved leave by kind and absent shifts no approved leave covers', () => {
    const { input, evidence } = payInputFromRecords(
      '2026-10',
      makePayRecords({ shifts, leaveRequests, leaveDecisions }),
      POLICY,
    );
    expect(input.leaveDays).toEqual({ personal: 2, sick: 1, annual: 1, absence: 4 });
    expect(evidence['personal-leave']).toEqual([
      { table: 'leaveRequests', id: 'p1', day: '2026-10-13', quantity: 2, unit: 'days' },
    ]);
    expect(evidence['sick-leave']).toEqual([
      { table: 'leaveRequests', id: 's1', day: '2026-10-15', quantity: 1, unit: 'days' },
    ]);
    expect(evidence.absence?.map((entry) => entry.id)).toEqual(['x20', 'x21', 'x22', 'x23']);
  });

  it('counts a leave day two requests share once', () => {
    const { input } = payInputFromRecords(
      '2026-10',
      makePayRecords({
        leaveRequests: [
          makeLeaveRequest('p1', 'personal', ['2026-10-13']),
          makeLeaveRequest('p2', 'personal', ['2026-10-13', '2026-10-14']),
        ],
        leaveDecisions: [makeLeaveDecision('p1', 'approved'), makeLeaveDecision('p2', 'approved')],
      }),
      POLICY,
    );
    expect(input.leaveDays.personal).toBe(2);
  });
});

describe('payInputFromRecords: score, employment, coverage', () => {
  it.each([
    { case: 'no KPI records', kpis: [], score: null },
    { case: 'a month meeting the one target', kpis: [kpi('k1', '2026-10-12', 1)], score: 100 },
    // 1 + 0 monitored calls over 2 days is 0.5 a day, below the target of 1.
    {
      case: 'a month missing it',
      kpis: [kpi('k1', '2026-10-12', 1), kpi('k2', '2026-10-13', 0)],
      score: 0,
    },
    // September's record and another agent's record are not October's score.
    {
      case: 'only other records',
      kpis: [kpi('k1', '2026-09-30', 1), kpi('k2', '2026-10-12', 1, 'someone')],
      score: null,
    },
  ])('scores $case as $score', ({ kpis, score }) => {
    const { input, coverage } = payInputFromRecords(
      '2026-10',
      makePayRecords({ kpiDaily: kpis }),
      POLICY,
    );
    expect(input.assessmentScore).toBe(score);
    expect(coverage.kpi).toBe(score !== null);
  });

  // Monitored calls (target ≥ 1) weigh 70 and satisfaction (target ≥ 95 %) 30; the default day's
  // 36 satisfied of 40 responses is 90 %. Without weights each target is half the score.
  it.each([
    { case: 'weights, both met', monitored: 1, satisfied: 40, weighted: 100, equal: 100 },
    { case: 'weights, the heavy one met', monitored: 1, satisfied: 36, weighted: 70, equal: 50 },
    { case: 'weights, the light one met', monitored: 0, satisfied: 40, weighted: 30, equal: 50 },
    { case: 'weights, none met', monitored: 0, satisfied: 36, weighted: 0, equal: 0 },
  ])('scores $case as the KPI screen does', ({ monitored, satisfied, weighted, equal }) => {
    const kpiTargets = [
      { metric: 'monitoredCalls' as const, min: 1, max: null },
      { metric: 'satisfaction' as const, min: 95, max: null },
    ];
    const records = makePayRecords({
      kpiDaily: [
        makeKpiDay({
          id: 'k1',
          agentId: 'agent',
          day: DAY,
          monitoredCalls: monitored,
          satisfiedResponses: satisfied,
        }),
      ],
    });
    const scoreWith = (scoreWeights: ProjectPolicy['kpi']['scoreWeights']) => {
      const base = makePayPolicy({ kpiTargets });
      const policy = { ...base, kpi: { ...base.kpi, scoreWeights } };
      return payInputFromRecords('2026-10', records, policy).input.assessmentScore;
    };
    expect(
      scoreWith([
        { metric: 'monitoredCalls', weightPercent: 70 },
        { metric: 'satisfaction', weightPercent: 30 },
      ]),
    ).toBe(weighted);
    expect(scoreWith(null)).toBe(equal);
  });

  it.each([
    { employedFrom: '2025-03-01', covers: true },
    { employedFrom: '2026-10-01', covers: true },
    { employedFrom: '2026-10-02', covers: false },
  ])('employment from $employedFrom covers October: $covers', ({ employedFrom, covers }) => {
    const agent = makePayAgent({ employedFrom });
    expect(
      payInputFromRecords('2026-10', makePayRecords({ agent }), POLICY).input.coversWholePeriod,
    ).toBe(covers);
  });

  it('copies the profile and leaves rewards, penalties and results to the statement', () => {
    const { input, coverage } = payInputFromRecords('2026-10', makePayRecords(), POLICY);
    expect(input).toMatchObject({
      period: '2026-10',
      level: 'one-star',
      workPattern: 'five-on-two-off',
      employment: 'onsite-outsourced',
      hourlyRecords: [],
      results: [],
      rewards: [],
      penalties: [],
    });
    expect(coverage).toEqual({ shifts: false, leave: false, kpi: false, occurrences: false });
  });

  it.each([
    {
      case: 'a shift',
      overrides: { shifts: [makeWorkedShift('s1', DAY, '09:00', '18:00')] },
      coverage: { shifts: true, leave: true },
    },
    {
      case: 'a leave request only',
      overrides: { leaveRequests: [makeLeaveRequest('p1', 'personal', [DAY])] },
      coverage: { shifts: false, leave: true },
    },
  ])('covers the period with $case', ({ overrides, coverage }) => {
    expect(
      payInputFromRecords('2026-10', makePayRecords(overrides), POLICY).coverage,
    ).toMatchObject(coverage);
  });
});

describe('payInputFromRecords: crowdsourced agents', () => {
  const crowd = makePayAgent({ employment: 'crowdsourced' });

  it.each([
    {
      // The 18:00–19:00 dinner sits inside the stretch: 480 − 60 = 420 paid minutes.
      case: 'an afternoon and evening',
      shift: makeWorkedShift('s1', DAY, '14:00', '22:00'),
      hourly: [{ day: DAY, start: '14:00', end: '22:00' }],
      rule: 'hourly',
      minutes: 420,
    },
    {
      // A scheduled meal break splits the stretch; the dinner window is already out of it.
      case: 'a stretch split by the meal break',
      shift: makeWorkedShift('s1', DAY, '14:00', '22:00', { meal: ['18:00', '19:00'] }),
      hourly: [
        { day: DAY, start: '14:00', end: '18:00' },
        { day: DAY, start: '19:00', end: '22:00' },
      ],
      rule: 'hourly',
      minutes: 420,
    },
    {
      // Wall-clock times in Shanghai, past midnight: 20:00–02:00 is 360 minutes.
      case: 'a night past midnight',
      shift: makeWorkedShift('s1', DAY, '20:00', '02:00'),
      hourly: [{ day: DAY, start: '20:00', end: '02:00' }],
      rule: 'hourly',
      minutes: 360,
    },
    {
      // 2 October is in the National Day block: the uplift rule.
      case: 'a National Day morning',
      shift: makeWorkedShift('s1', '2026-10-02', '09:00', '12:00'),
      hourly: [{ day: '2026-10-02', start: '09:00', end: '12:00' }],
      rule: 'hourly-holiday',
      minutes: 180,
    },
  ])('records $case in project time', ({ shift: worked, hourly, rule, minutes }) => {
    const { input, evidence } = payInputFromRecords(
      '2026-10',
      makePayRecords({ agent: crowd, shifts: [worked] }),
      POLICY,
    );
    expect(input.hourlyRecords).toEqual(hourly);
    expect(evidence[rule as 'hourly' | 'hourly-holiday']).toEqual([
      {
        table: 'shifts',
        id: 's1',
        day: worked.day,
        quantity: minutes,
        unit: 'minutes',
        timeSource: 'schedule',
      },
    ]);
  });

  it('gives monthly agents no hourly records', () => {
    const shifts = [makeWorkedShift('s1', DAY, '14:00', '22:00')];
    expect(
      payInputFromRecords('2026-10', makePayRecords({ shifts }), POLICY).input.hourlyRecords,
    ).toEqual([]);
  });
});
