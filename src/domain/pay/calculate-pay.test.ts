import { describe, expect, it } from 'vitest';
import {
  makeFullAttendanceReward,
  makePayInput,
  makePayPolicy,
  makePayRules,
  NO_LEAVE,
  RULE_TEXT,
} from '../../../test/pay-builders';
import { fen, yuan } from '../money';
import type { ProjectPolicy } from '../policy/project-policy';
import { calculatePay, paidMinutesByDay } from './calculate-pay';
import { defaultPayRules } from './default-pay-rules';
import type { PayPeriodInput } from './pay-input';
import { evaluateFormula } from './pay-formula';
import type { ComputedStatement, FormulaStep } from './pay-line';

/** DOMAIN.md's structure (source 004), version 3, plus a few rewards, penalties and rates. */
function policy(overrides: Partial<ProjectPolicy> = {}): ProjectPolicy {
  const payRules = makePayRules({
    rewards: [
      makeFullAttendanceReward(),
      { id: 'task-bonus', kind: 'per-occurrence', amount: yuan(50), text: RULE_TEXT },
    ],
    penalties: [{ id: 'stop-outbound', amount: yuan(20), text: RULE_TEXT }],
  });
  payRules.hourly!.perResult = [
    { id: 'connected-call', amount: fen(50), text: RULE_TEXT },
    { id: 'wechat-added', amount: yuan(2), text: RULE_TEXT },
  ];
  return makePayPolicy({ version: 3, payRules, ...overrides });
}

/** Amount by rule id. */
function amounts(statement: ComputedStatement): Record<string, number> {
  return Object.fromEntries(statement.lines.map((line) => [line.rule, line.amount]));
}

describe('calculatePay: monthly agents', () => {
  it.each([
    // Base level: base 2 800 and subsidy 300; no post allowance line (0), full attendance 100.
    {
      name: 'base level',
      level: 'base' as const,
      expected: { base: 280_000, subsidy: 30_000, 'reward:full-attendance': 10_000 },
    },
    // One star: post allowance 400, subsidy 500.
    {
      name: 'one star',
      level: 'one-star' as const,
      expected: {
        base: 280_000,
        'post-allowance': 40_000,
        subsidy: 50_000,
        'reward:full-attendance': 10_000,
      },
    },
    // Two star: 600 and 700.
    {
      name: 'two star',
      level: 'two-star' as const,
      expected: {
        base: 280_000,
        'post-allowance': 60_000,
        subsidy: 70_000,
        'reward:full-attendance': 10_000,
      },
    },
    // Three star: 900 and 900.
    {
      name: 'three star',
      level: 'three-star' as const,
      expected: {
        base: 280_000,
        'post-allowance': 90_000,
        subsidy: 90_000,
        'reward:full-attendance': 10_000,
      },
    },
  ])('pays base, post allowance and subsidy by level: $name', ({ level, expected }) => {
    expect(amounts(calculatePay(policy(), makePayInput({ level })))).toEqual(expected);
  });

  it.each([
    // Grade-band edges (score ≥ lower bound, highest first).
    { score: 100, grade: 'A', bonus: 50_000 },
    { score: 95, grade: 'A', bonus: 50_000 },
    { score: 94.9, grade: 'B', bonus: 30_000 },
    { score: 94.5, grade: 'B', bonus: 30_000 },
    { score: 90, grade: 'B', bonus: 30_000 },
    { score: 89.99, grade: 'C', bonus: 20_000 },
    { score: 80, grade: 'C', bonus: 20_000 },
    { score: 79.9, grade: 'D', bonus: 10_000 },
    { score: 71, grade: 'D', bonus: 10_000 },
    { score: 70.5, grade: 'E', bonus: 0 },
    { score: 70, grade: 'E', bonus: 0 },
    { score: 0, grade: 'E', bonus: 0 },
  ])('score $score % is grade $grade, bonus $bonus fen', ({ score, grade, bonus }) => {
    const statement = calculatePay(policy(), makePayInput({ assessmentScore: score }));
    const line = statement.lines.find((l) => l.rule === 'performance-bonus');
    expect(line).toMatchObject({ kind: 'performance-bonus', grade, amount: bonus });
    expect(line?.withheld).toBeUndefined();
  });

  it('writes no bonus line without a score', () => {
    const statement = calculatePay(policy(), makePayInput({ assessmentScore: null }));
    expect(statement.lines.some((l) => l.rule === 'performance-bonus')).toBe(false);
  });

  it('keeps the bonus line visible at 0 with its grade for a partial period', () => {
    const statement = calculatePay(
      policy(),
      makePayInput({ assessmentScore: 96, coversWholePeriod: false }),
    );
    const line = statement.lines.find((l) => l.rule === 'performance-bonus');
    // Grade A would pay 500; the period was not covered in full: 500 × 0 = 0.
    expect(line).toMatchObject({ grade: 'A', amount: 0, withheld: 'partial-period' });
    expect(statement.issues).toEqual([]);
  });

  it('pays the bonus for a partial period when the policy does not require a full one', () => {
    const rules = { ...defaultPayRules(), bonusRequiresFullPeriod: false };
    const statement = calculatePay(
      policy({ payRules: rules }),
      makePayInput({ assessmentScore: 96, coversWholePeriod: false }),
    );
    expect(amounts(statement)['performance-bonus']).toBe(50_000);
  });

  it('reports a score no band reaches instead of inventing a bonus', () => {
    const bands = policy().bonusBands.filter((band) => band.grade !== 'E');
    const statement = calculatePay(
      policy({ bonusBands: bands }),
      makePayInput({ assessmentScore: 60 }),
    );
    expect(statement.issues).toEqual([{ code: 'pay/no-band-for-score', score: 60 }]);
    expect(statement.lines.some((l) => l.rule === 'performance-bonus')).toBe(false);
  });

  it.each([
    // 2 800 ÷ 21.75 ÷ 8 × 10 h × 1.5 = 241.379… → 241.38
    { pattern: 'five-on-two-off' as const, minutes: 600, expected: 24_138 },
    // 2 800 ÷ 21.75 ÷ 8 × 10 h 20 min × 1.5 = 4 200 000 × (620/600) ÷ 174 fen = 24 942.53 → 24 943
    { pattern: 'five-on-two-off' as const, minutes: 620, expected: 24_943 },
    // 1 minute: 280 000 × 1.5 ÷ (21.75 × 8 × 60) = 40.23 fen → 40
    { pattern: 'five-on-two-off' as const, minutes: 1, expected: 40 },
    // 2 800 ÷ 15.5 ÷ 12 × 10 h × 1.5 = 225.806… → 225.81
    { pattern: 'one-on-one-off' as const, minutes: 600, expected: 22_581 },
    // 2 800 ÷ 15.5 ÷ 12 × 3 h × 1.5 = 67.741… → 67.74
    { pattern: 'one-on-one-off' as const, minutes: 180, expected: 6_774 },
  ])('overtime, $pattern, $minutes min = $expected fen', ({ pattern, minutes, expected }) => {
    const statement = calculatePay(
      policy(),
      makePayInput({ workPattern: pattern, overtimeMinutes: minutes }),
    );
    expect(amounts(statement).overtime).toBe(expected);
  });

  it('rounds the overtime of the period once, not shift by shift', () => {
    // Ten 1-minute stretches would each round 40.23 fen to 40 (400 in all); summed first:
    // 280 000 × 10 × 1.5 ÷ (21.75 × 8 × 60) = 402.3 → 402.
    const statement = calculatePay(policy(), makePayInput({ overtimeMinutes: 10 }));
    expect(amounts(statement).overtime).toBe(402);
  });

  it.each([
    // 3 × 2 800 ÷ 21.75 = 386.206… → 386.21
    { pattern: 'five-on-two-off' as const, days: 1, expected: 38_621 },
    // 2 days: 772.413… → 772.41
    { pattern: 'five-on-two-off' as const, days: 2, expected: 77_241 },
    // 3 × 2 800 ÷ 15.5 = 541.935… → 541.94
    { pattern: 'one-on-one-off' as const, days: 1, expected: 54_194 },
  ])(
    'statutory holiday worked, $pattern, $days d = $expected fen',
    ({ pattern, days, expected }) => {
      const statement = calculatePay(
        policy(),
        makePayInput({ workPattern: pattern, statutoryHolidaysWorked: days }),
      );
      const line = statement.lines.find((l) => l.rule === 'statutory-holiday');
      expect(line).toMatchObject({ kind: 'holiday', amount: expected });
    },
  );

  it.each([
    // Personal leave deducts the day: −2 800 ÷ 21.75 = −128.735… → −128.74
    { leave: { ...NO_LEAVE, personal: 1 }, rule: 'personal-leave', expected: -12_874 },
    // Half a day: −64.367… → −64.37
    { leave: { ...NO_LEAVE, personal: 0.5 }, rule: 'personal-leave', expected: -6_437 },
    // Sick leave deducts 40 %: −2 800 ÷ 21.75 × 2 × 0.4 = −102.988… → −102.99
    { leave: { ...NO_LEAVE, sick: 2 }, rule: 'sick-leave', expected: -10_299 },
    // Sick, 1 day: −51.494… → −51.49
    { leave: { ...NO_LEAVE, sick: 1 }, rule: 'sick-leave', expected: -5_149 },
    // Absence without leave deducts the full day: 3 days = −386.206… → −386.21
    { leave: { ...NO_LEAVE, absence: 3 }, rule: 'absence', expected: -38_621 },
  ])('$rule, $leave: $expected fen', ({ leave, rule, expected }) => {
    const statement = calculatePay(policy(), makePayInput({ leaveDays: leave }));
    const line = statement.lines.find((l) => l.rule === rule);
    expect(line).toMatchObject({ kind: 'leave-deduction', amount: expected });
  });

  it('deducts nothing for annual leave and keeps the full-attendance reward', () => {
    const statement = calculatePay(
      policy(),
      makePayInput({ leaveDays: { ...NO_LEAVE, annual: 3 } }),
    );
    expect(amounts(statement)).toEqual({
      base: 280_000,
      subsidy: 30_000,
      'reward:full-attendance': 10_000,
    });
  });

  it.each([
    { name: 'personal leave', coversWholePeriod: true, leave: { ...NO_LEAVE, personal: 1 } },
    { name: 'sick leave', coversWholePeriod: true, leave: { ...NO_LEAVE, sick: 0.5 } },
    { name: 'absence', coversWholePeriod: true, leave: { ...NO_LEAVE, absence: 1 } },
    { name: 'a partial period', coversWholePeriod: false, leave: NO_LEAVE },
  ])('grants no full-attendance reward after $name', ({ coversWholePeriod, leave }) => {
    const statement = calculatePay(policy(), makePayInput({ coversWholePeriod, leaveDays: leave }));
    expect(statement.lines.some((l) => l.rule === 'reward:full-attendance')).toBe(false);
  });

  it('uses the policy percentages for personal leave and absence', () => {
    const rules = {
      ...defaultPayRules(),
      personalLeaveDeductionPercent: 50,
      absenceDeductionPercent: 200,
    };
    const statement = calculatePay(
      policy({ payRules: rules }),
      makePayInput({ leaveDays: { ...NO_LEAVE, personal: 1, absence: 1 } }),
    );
    // −2 800 ÷ 21.75 × 0.5 = −64.367… → −64.37; × 2 = −257.471… → −257.47
    expect(amounts(statement)).toMatchObject({ 'personal-leave': -6_437, absence: -25_747 });
  });

  it('pays per-occurrence rewards and deducts penalties by count, one line per rule', () => {
    const statement = calculatePay(
      policy(),
      makePayInput({
        rewards: [
          { ruleId: 'task-bonus', count: 1 },
          { ruleId: 'task-bonus', count: 2 },
        ],
        penalties: [{ ruleId: 'stop-outbound', count: 3 }],
      }),
    );
    // 50 × 3 = 150; −20 × 3 = −60.
    expect(amounts(statement)).toMatchObject({
      'reward:task-bonus': 15_000,
      'penalty:stop-outbound': -6_000,
    });
    expect(statement.lines.filter((l) => l.rule === 'reward:task-bonus')).toHaveLength(1);
    expect(statement.lines.find((l) => l.rule === 'penalty:stop-outbound')?.kind).toBe('penalty');
  });

  it('reports unknown reward and penalty rules and writes no line for them', () => {
    const statement = calculatePay(
      policy(),
      makePayInput({
        rewards: [{ ruleId: 'mystery-bonus', count: 1 }],
        penalties: [{ ruleId: 'customer-complaint', count: 1 }],
      }),
    );
    expect(statement.issues).toEqual([
      { code: 'pay/unknown-reward-rule', ruleId: 'mystery-bonus' },
      { code: 'pay/unknown-penalty-rule', ruleId: 'customer-complaint' },
    ]);
    expect(statement.lines.map((l) => l.rule)).toEqual([
      'base',
      'subsidy',
      'reward:full-attendance',
    ]);
  });

  it('computes a whole month: lines in order, gross and net', () => {
    const statement = calculatePay(
      policy(),
      makePayInput({
        level: 'one-star',
        overtimeMinutes: 600,
        statutoryHolidaysWorked: 1,
        leaveDays: { ...NO_LEAVE, personal: 1 },
        assessmentScore: 92,
      }),
    );
    expect(statement.lines.map((l) => [l.rule, l.amount])).toEqual([
      ['base', 280_000],
      ['post-allowance', 40_000],
      ['subsidy', 50_000],
      ['performance-bonus', 30_000], // 92 % → B
      ['overtime', 24_138],
      ['statutory-holiday', 38_621],
      ['personal-leave', -12_874],
    ]);
    // 2 800 + 400 + 500 + 300 + 241.38 + 386.21 = 4 627.59; − 128.74 = 4 498.85
    expect(statement.gross).toBe(462_759);
    expect(statement.net).toBe(449_885);
    expect(statement.period).toBe('2026-03');
    expect(statement.policyVersion).toBe(3);
    expect(statement.lines.every((l) => l.policyVersion === 3)).toBe(true);
    expect(statement.issues).toEqual([]);
  });

  it('writes the overtime formula so a screen can print 2 800 ÷ 21.75 ÷ 8 × 10 h × 1.5', () => {
    const statement = calculatePay(policy(), makePayInput({ overtimeMinutes: 600 }));
    const expected: FormulaStep[] = [
      { operator: 'start', operand: { kind: 'money', amount: fen(280_000) } },
      { operator: 'divide', operand: { kind: 'factor', hundredths: 2175 } },
      { operator: 'divide', operand: { kind: 'count', count: 8 } },
      { operator: 'times', operand: { kind: 'hours', minutes: 600 } },
      { operator: 'times', operand: { kind: 'factor', hundredths: 150 } },
    ];
    expect(statement.lines.find((l) => l.rule === 'overtime')?.formula).toEqual(expected);
  });

  it('writes a deduction as the sign step times the magnitude', () => {
    const statement = calculatePay(policy(), makePayInput({ leaveDays: { ...NO_LEAVE, sick: 2 } }));
    const line = statement.lines.find((l) => l.rule === 'sick-leave');
    expect(line?.formula).toEqual([
      { operator: 'start', operand: { kind: 'factor', hundredths: -100 } },
      { operator: 'times', operand: { kind: 'money', amount: 280_000 } },
      { operator: 'divide', operand: { kind: 'factor', hundredths: 2175 } },
      { operator: 'times', operand: { kind: 'days', days: 2 } },
      { operator: 'times', operand: { kind: 'percent', percent: 40 } },
    ]);
    expect(evaluateFormula(line!.formula)).toBe(line!.amount);
  });

  it('reports a work pattern with a zero divisor instead of dividing by zero', () => {
    const rules = defaultPayRules();
    rules.workPatterns['five-on-two-off'] = { monthlyWorkdaysHundredths: 0, hoursPerDay: 8 };
    const statement = calculatePay(
      policy({ payRules: rules }),
      makePayInput({ overtimeMinutes: 60, leaveDays: { ...NO_LEAVE, personal: 1 } }),
    );
    expect(statement.issues).toEqual([
      { code: 'pay/invalid-work-pattern', workPattern: 'five-on-two-off' },
    ]);
    expect(statement.lines.map((l) => l.rule)).toEqual(['base', 'subsidy']);
  });

  it('ignores hourly records and results for monthly agents', () => {
    const statement = calculatePay(
      policy(),
      makePayInput({
        hourlyRecords: [{ day: '2026-03-10', start: '09:00', end: '17:00' }],
        results: [{ rateId: 'connected-call', count: 10 }],
      }),
    );
    expect(statement.lines.some((l) => l.kind === 'hourly' || l.kind === 'per-result')).toBe(false);
  });
});

describe('calculatePay: crowdsourced agents', () => {
  const crowd = (overrides: Partial<PayPeriodInput>) =>
    makePayInput({
      employment: 'crowdsourced',
      coversWholePeriod: false,
      assessmentScore: 99,
      ...overrides,
    });

  it.each([
    {
      name: 'a day with the unpaid dinner',
      // 09:00–21:00 is 12 h, less 18:00–19:00: 11 h × 15 = 165.
      records: [{ day: '2026-03-10', start: '09:00', end: '21:00' }],
      expected: { hourly: 16_500 },
    },
    {
      name: 'a stretch before dinner',
      // 13:00–18:00 touches the window only at its edge: 5 h × 15 = 75.
      records: [{ day: '2026-03-10', start: '13:00', end: '18:00' }],
      expected: { hourly: 7_500 },
    },
    {
      name: 'a stretch crossing midnight',
      // 17:30–24:00 is 6.5 h less the 1 h dinner, then 00:00–01:30 the next day: 7 h × 15 = 105.
      records: [{ day: '2026-03-10', start: '17:30', end: '01:30' }],
      expected: { hourly: 10_500 },
    },
    {
      name: 'hours summed over records before the single rounding',
      // 7 min + 7 min on two days = 14 min: 15 × 14 ÷ 60 = 3.50.
      records: [
        { day: '2026-03-10', start: '09:00', end: '09:07' },
        { day: '2026-03-11', start: '09:00', end: '09:07' },
      ],
      expected: { hourly: 350 },
    },
    {
      name: 'Spring Festival hours at double pay',
      // 17 February 2026 is in the Spring Festival block: 8 h × 15 × 2 = 240.
      records: [{ day: '2026-02-17', start: '09:00', end: '17:00' }],
      expected: { 'hourly-holiday': 24_000 },
    },
    {
      name: 'a midnight crossing out of the last day of a block',
      // 23 Feb 2026 (last block day) 20:00–24:00 = 4 h × 15 × 2 = 120; 24 Feb 00:00–02:00 = 2 h × 15 = 30.
      records: [{ day: '2026-02-23', start: '20:00', end: '02:00' }],
      expected: { hourly: 3_000, 'hourly-holiday': 12_000 },
    },
    {
      name: 'National Day hours at double pay, Qingming at the plain rate',
      // 2 Oct 2026: 8 h × 15 × 2 = 240. 5 Apr 2026 (Qingming, not an uplift holiday): 8 h × 15 = 120.
      records: [
        { day: '2026-10-02', start: '08:00', end: '16:00' },
        { day: '2026-04-05', start: '08:00', end: '16:00' },
      ],
      expected: { hourly: 12_000, 'hourly-holiday': 24_000 },
    },
  ])('$name', ({ records, expected }) => {
    const statement = calculatePay(policy(), crowd({ hourlyRecords: records }));
    expect(amounts(statement)).toEqual(expected);
  });

  it('pays per-result lines and no base, allowance, subsidy or bonus', () => {
    const statement = calculatePay(
      policy(),
      crowd({
        level: 'three-star',
        results: [
          { rateId: 'connected-call', count: 30 },
          { rateId: 'wechat-added', count: 4 },
          { rateId: 'connected-call', count: 10 },
        ],
      }),
    );
    // 0.50 × 40 = 20; 2 × 4 = 8.
    expect(statement.lines.map((l) => [l.kind, l.rule, l.amount])).toEqual([
      ['per-result', 'per-result:connected-call', 2_000],
      ['per-result', 'per-result:wechat-added', 800],
    ]);
  });

  it('reports unknown result rates, and a crowdsourced agent without hourly rules', () => {
    const unknown = calculatePay(
      policy(),
      crowd({ results: [{ rateId: 'qualified-lead', count: 1 }] }),
    );
    expect(unknown.issues).toEqual([{ code: 'pay/unknown-result-rate', rateId: 'qualified-lead' }]);

    const noHourly = calculatePay(
      policy({ payRules: { ...defaultPayRules(), hourly: null } }),
      crowd({ hourlyRecords: [{ day: '2026-03-10', start: '09:00', end: '10:00' }] }),
    );
    expect(noHourly.issues).toEqual([{ code: 'pay/no-hourly-rules' }]);
    expect(noHourly.lines).toEqual([]);
  });

  it('reports a malformed record and leaves it out', () => {
    const statement = calculatePay(
      policy(),
      crowd({
        hourlyRecords: [
          { day: '2026-03-10', start: '9am', end: '10:00' },
          { day: '2026-03-10', start: '10:00', end: '11:00' },
        ],
      }),
    );
    expect(statement.issues).toEqual([
      { code: 'pay/invalid-hourly-record', day: '2026-03-10', start: '9am', end: '10:00' },
    ]);
    expect(amounts(statement)).toEqual({ hourly: 1_500 });
  });

  it('grants rewards and penalties to crowdsourced agents too', () => {
    const statement = calculatePay(
      policy(),
      crowd({
        coversWholePeriod: true,
        rewards: [{ ruleId: 'task-bonus', count: 1 }],
        penalties: [{ ruleId: 'stop-outbound', count: 1 }],
      }),
    );
    expect(amounts(statement)).toEqual({
      'reward:full-attendance': 10_000,
      'reward:task-bonus': 5_000,
      'penalty:stop-outbound': -2_000,
    });
  });
});

describe('paidMinutesByDay', () => {
  it.each([
    // 18:30–02:00 with a wrapping 23:00–01:00 window: 18:30–24:00 is 330 min, less 30 of the
    // 18:00–19:00 dinner and 60 of 23:00–24:00 = 240; then 00:00–02:00 less 00:00–01:00 = 60.
    {
      record: { day: '2026-03-31', start: '18:30', end: '02:00' },
      windows: [
        { start: '18:00', end: '19:00' },
        { start: '23:00', end: '01:00' },
      ],
      expected: [
        ['2026-03-31', 240],
        ['2026-04-01', 60],
      ],
    },
    // Overlapping windows are not subtracted twice: 17:00–20:00 less 18:00–19:30 = 90.
    {
      record: { day: '2026-03-10', start: '17:00', end: '20:00' },
      windows: [
        { start: '18:00', end: '19:00' },
        { start: '18:30', end: '19:30' },
      ],
      expected: [['2026-03-10', 90]],
    },
    // Inside the window only: nothing paid.
    {
      record: { day: '2026-03-10', start: '18:10', end: '18:50' },
      windows: [{ start: '18:00', end: '19:00' }],
      expected: [],
    },
  ])('$record.start–$record.end', ({ record, windows, expected }) => {
    expect([...(paidMinutesByDay(record, windows) ?? new Map<string, number>())]).toEqual(expected);
  });
});
