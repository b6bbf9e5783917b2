import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  makeFullAttendanceReward,
  makeOctoberPayInput,
  makePayPolicy,
  makePayRules,
  makePayStatement,
  makePayStatementLine,
  NO_LEAVE,
  RULE_TEXT,
} from '../../../test/pay-builders';
import { fen, yuan, type Fen } from '../money';
import { calculatePay } from './calculate-pay';
import type { PayPeriodInput } from './pay-input';
import type { PayEvidence, RecordCoverage } from './pay-inputs-from-records';
import type { ComputedStatement } from './pay-line';
import type { PayStatement, PayStatementLine } from './pay-statement';
import {
  reconcileStatement,
  type IssuedStatement,
  type LineCheck,
  type Reconciliation,
} from './reconcile-statement';

/** DOMAIN.md's figures, version 3, with a full-attendance reward and one published penalty. */
const POLICY = makePayPolicy({
  version: 3,
  payRules: makePayRules({
    rewards: [makeFullAttendanceReward()],
    penalties: [{ id: 'abandon-work', amount: yuan(50), text: RULE_TEXT }],
  }),
});

/**
 * October 2026, one-star, five on two off: 10 h overtime, one statutory holiday worked, one
 * personal and one sick day, score 92.9 (grade B). Worked by hand:
 *   base 2 800.00, post allowance 400.00, subsidy 500.00, bonus B 300.00
 *   overtime 2 800 ÷ 21.75 ÷ 8 × 10 h × 1.5 = 241.379… → 241.38
 *   holiday 2 800 ÷ 21.75 × 1 d × 3 = 386.206… → 386.21
 *   personal leave −2 800 ÷ 21.75 × 1 d = −128.735… → −128.74
 *   sick leave −2 800 ÷ 21.75 × 1 d × 40 % = −51.494… → −51.49
 *   net 4 447.36
 */
const INPUT: PayPeriodInput = makeOctoberPayInput({ statutoryHolidaysWorked: 1 });

const FULL: RecordCoverage = { shifts: true, leave: true, kpi: true, occurrences: true };
const FROM_RECORDS: RecordCoverage = { ...FULL, occurrences: false };
const EVIDENCE: PayEvidence = {
  overtime: [
    {
      table: 'shifts',
      id: 's1',
      day: '2026-10-12',
      quantity: 600,
      unit: 'minutes',
      timeSource: 'schedule',
    },
  ],
};

/** The issued line's quantity, in the unit statements use: hours, days or a count. */
function quantityOf(formula: ComputedStatement['lines'][number]['formula']): number | null {
  for (const step of formula) {
    if (step.operator !== 'times') continue;
    if (step.operand.kind === 'hours') return step.operand.minutes / 60;
    if (step.operand.kind === 'days') return step.operand.days;
    if (step.operand.kind === 'count') return step.operand.count;
  }
  return null;
}

/** A statement issued exactly as the engine computed it. */
function issueAsComputed(expected: ComputedStatement, score: number | null): IssuedStatement {
  const lines = expected.lines.map((line, order) =>
    makePayStatementLine({
      id: `l${order}`,
      order,
      kind: line.kind,
      amount: line.amount,
      quantity: quantityOf(line.formula),
      ruleId: line.rule,
    }),
  );
  const statement = makePayStatement({
    period: expected.period,
    policyVersion: expected.policyVersion,
    gross: expected.gross,
    net: expected.net,
    assessmentScore: score,
  });
  return { statement, lines };
}

const EXPECTED = calculatePay(POLICY, INPUT);
const AS_COMPUTED = issueAsComputed(EXPECTED, INPUT.assessmentScore);

function reconcile(
  issued: IssuedStatement,
  coverage: RecordCoverage = FROM_RECORDS,
  expected: ComputedStatement = EXPECTED,
  score: number | null = INPUT.assessmentScore,
): Reconciliation {
  return reconcileStatement(issued, expected, EVIDENCE, coverage, {
    policy: POLICY,
    assessmentScore: score,
  });
}

/** The issued statement with one line changed (by rule), net and gross kept consistent. */
function withLine(
  rule: string,
  change: Partial<PayStatementLine>,
  statementChange: Partial<PayStatement> = {},
): IssuedStatement {
  const lines = AS_COMPUTED.lines.map((line) =>
    line.ruleId === rule ? { ...line, ...change } : line,
  );
  return withLines(lines, statementChange);
}

function withLines(
  lines: readonly PayStatementLine[],
  statementChange: Partial<PayStatement> = {},
): IssuedStatement {
  const net = lines.reduce((total, line) => total + line.amount, 0);
  const gross = lines
    .filter((line) => line.amount > 0)
    .reduce((total, line) => total + line.amount, 0);
  return {
    statement: { ...AS_COMPUTED.statement, net: fen(net), gross: fen(gross), ...statementChange },
    lines,
  };
}

function extraLine(overrides: Partial<PayStatementLine>): PayStatementLine {
  return makePayStatementLine({
    id: 'x',
    order: 99,
    kind: 'penalty',
    amount: yuan(-200),
    description: '客户投诉赔偿',
    ...overrides,
  });
}

const checkOf = (reconciliation: Reconciliation, id: string): LineCheck | undefined =>
  reconciliation.entries.find((entry) => entry.issued?.id === id)?.check;

describe('reconcileStatement', () => {
  it('computes the worked example line by line', () => {
    expect(EXPECTED.lines.map((line) => [line.rule, line.amount])).toEqual([
      ['base', 280_000],
      ['post-allowance', 40_000],
      ['subsidy', 50_000],
      ['performance-bonus', 30_000],
      ['overtime', 24_138],
      ['statutory-holiday', 38_621],
      ['personal-leave', -12_874],
      ['sick-leave', -5_149],
    ]);
    expect(EXPECTED.net).toBe(444_736);
  });

  it('matches every line of a statement issued as computed', () => {
    const result = reconcile(AS_COMPUTED);
    expect(result.entries.map((entry) => entry.check)).toEqual(
      EXPECTED.lines.map(() => ({ status: 'matches' })),
    );
    expect(result.entries.every((entry) => entry.difference === 0)).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.totals).toEqual({
      issuedNet: 444_736,
      expectedNet: 444_736,
      difference: 0,
      differsTotal: 0,
      flaggedCount: 0,
      differsCount: 0,
      unverifiableCount: 0,
    });
  });

  it.each([
    {
      // 2 800 ÷ 21.75 ÷ 8 × 8 h × 1.5 = 193.10: the statement counts 8 h, the records 10 h.
      case: 'fewer overtime hours',
      rule: 'overtime',
      change: { quantity: 8, amount: fen(19_310) },
      difference: 19_310 - 24_138,
      cause: { code: 'quantity', unit: 'hours', issued: 8, expected: 10 },
    },
    {
      case: 'the right hours at a lower rate',
      rule: 'overtime',
      change: { amount: fen(20_000) },
      difference: 20_000 - 24_138,
      cause: { code: 'rate' },
    },
    {
      // 2 holiday days at 3 × 128.7356… = 772.41 where the records show 1.
      case: 'a holiday day too many',
      rule: 'statutory-holiday',
      change: { quantity: 2, amount: fen(77_241) },
      difference: 77_241 - 38_621,
      cause: { code: 'quantity', unit: 'days', issued: 2, expected: 1 },
    },
    {
      // Two personal days deducted where the records show one approved day.
      case: 'a leave day too many',
      rule: 'personal-leave',
      change: { quantity: 2, amount: fen(-25_747) },
      difference: -25_747 + 12_874,
      cause: { code: 'quantity', unit: 'days', issued: 2, expected: 1 },
    },
    {
      case: 'the base at another figure (no quantity)',
      rule: 'base',
      change: { amount: yuan(2600) },
      difference: -20_000,
      cause: { code: 'rate' },
    },
  ])('flags $case', ({ rule, change, difference, cause }) => {
    const result = reconcile(withLine(rule, change));
    const entry = result.entries.find((candidate) => candidate.rule === rule)!;
    expect(entry.check).toEqual({ status: 'differs', cause });
    expect(entry.difference).toBe(difference);
    expect(result.totals).toMatchObject({
      flaggedCount: 1,
      differsCount: 1,
      difference,
      differsTotal: difference,
    });
  });

  it('carries the records behind a line as its evidence', () => {
    const entry = reconcile(
      withLine('overtime', { quantity: 8, amount: fen(19_310) }),
    ).entries.find((candidate) => candidate.rule === 'overtime');
    expect(entry?.evidence).toEqual(EVIDENCE.overtime);
  });

  it.each([
    // The statement's score 85 gives grade C (200) where the records give 92.9, grade B (300).
    {
      case: 'a different score',
      statement: { assessmentScore: 85 },
      cause: { code: 'score', issued: 85, expected: 92.9 },
    },
    {
      case: 'no score',
      statement: { assessmentScore: null },
      cause: { code: 'score', issued: null, expected: 92.9 },
    },
    // Same score, a lower bonus, issued under version 1 while version 3 is in force.
    {
      case: 'an older policy version',
      statement: { policyVersion: 1 },
      cause: { code: 'policy-version', issued: 1, inForce: 3 },
    },
    {
      case: 'the same score and version',
      statement: { assessmentScore: 92.94 },
      cause: { code: 'rate' },
    },
  ])('explains a lower bonus by $case', ({ statement, cause }) => {
    const result = reconcile(withLine('performance-bonus', { amount: yuan(200) }, statement));
    const entry = result.entries.find((candidate) => candidate.rule === 'performance-bonus')!;
    expect(entry.check).toEqual({ status: 'differs', cause });
    expect(entry.difference).toBe(-10_000);
  });

  it('names an older policy version at statement level', () => {
    const result = reconcile(withLines(AS_COMPUTED.lines, { policyVersion: 1 }));
    expect(result.issues).toEqual([{ code: 'pay/policy-version-differs', issued: 1, inForce: 3 }]);
    expect(result.policyVersion).toEqual({ issued: 1, inForce: 3 });
  });

  it.each([
    {
      case: 'a penalty citing no rule',
      line: { kind: 'penalty', ruleId: null },
      check: { status: 'unverifiable', reason: 'no-rule' },
    },
    {
      case: 'a reward citing no rule',
      line: { kind: 'reward', ruleId: null, amount: yuan(200) },
      check: { status: 'unverifiable', reason: 'no-rule' },
    },
    {
      case: 'a penalty citing a rule the policy lacks',
      line: { kind: 'penalty', ruleId: 'penalty:customer-complaint' },
      check: { status: 'unverifiable', reason: 'unknown-rule' },
    },
    // The policy publishes it, but no record on the device holds its occurrences.
    {
      case: 'a published penalty',
      line: { kind: 'penalty', ruleId: 'penalty:abandon-work', amount: yuan(-50), quantity: 1 },
      check: { status: 'unverifiable', reason: 'no-records' },
    },
    {
      case: 'a kind this version does not know',
      line: { kind: 'night-allowance', ruleId: 'night', amount: yuan(80) },
      check: { status: 'unverifiable', reason: 'unknown-kind' },
    },
    // Records are complete for shifts: an absence they do not show is not in the records.
    {
      case: 'an absence the records do not show',
      line: { kind: 'leave-deduction', ruleId: 'absence', amount: fen(-12_874), quantity: 1 },
      check: { status: 'differs', cause: { code: 'not-in-records' } },
    },
    {
      case: 'a second overtime line',
      line: { kind: 'overtime', ruleId: 'overtime', amount: fen(24_138), quantity: 10 },
      check: { status: 'differs', cause: { code: 'not-in-records' } },
    },
  ])('marks $case without touching the other lines', ({ line, check }) => {
    const extra = extraLine(line as Partial<PayStatementLine>);
    const result = reconcile(withLines([...AS_COMPUTED.lines, extra]));
    expect(checkOf(result, 'x')).toEqual(check);
    expect(result.entries.filter((entry) => entry.check.status === 'matches')).toHaveLength(
      EXPECTED.lines.length,
    );
    expect(result.totals).toMatchObject({ flaggedCount: 1, difference: extra.amount });
  });

  it('flags the demo complaint deduction as unverifiable, never matching, even when amounts agree', () => {
    // A penalty citing no rule is unverifiable even if the records would give the same line.
    const expected = calculatePay(POLICY, {
      ...INPUT,
      penalties: [{ ruleId: 'abandon-work', count: 1 }],
    });
    const issued = issueAsComputed(expected, 92.9);
    const lines = issued.lines.map((line) =>
      line.kind === 'penalty' ? { ...line, ruleId: null } : line,
    );
    const result = reconcile({ ...issued, lines }, FULL, expected);
    expect(result.entries.find((entry) => entry.issued?.kind === 'penalty')?.check).toEqual({
      status: 'unverifiable',
      reason: 'no-rule',
    });
  });

  it('lists a line the statement leaves out', () => {
    const lines = AS_COMPUTED.lines.filter((line) => line.ruleId !== 'sick-leave');
    const result = reconcile(withLines(lines));
    const missing = result.entries.at(-1)!;
    expect(missing).toMatchObject({ issued: null, rule: 'sick-leave', difference: 5_149 });
    expect(missing.check).toEqual({ status: 'differs', cause: { code: 'missing-from-statement' } });
    expect(result.totals.flaggedCount).toBe(1);
  });

  it.each([
    { case: 'shifts', coverage: { ...FROM_RECORDS, shifts: false }, rule: 'overtime' },
    { case: 'leave', coverage: { ...FROM_RECORDS, leave: false }, rule: 'personal-leave' },
    { case: 'KPI days', coverage: { ...FROM_RECORDS, kpi: false }, rule: 'performance-bonus' },
  ])('cannot check a line without the $case it depends on', ({ coverage, rule }) => {
    // The statement counts 8 h (or another figure), but the period has no records to say otherwise.
    const result = reconcile(withLine(rule, { amount: fen(1) }), coverage);
    const entry = result.entries.find((candidate) => candidate.rule === rule)!;
    expect(entry.check).toEqual({ status: 'unverifiable', reason: 'no-records' });
  });

  it('cannot check an expected line the statement lacks when its records are missing', () => {
    // Records without any shift: the engine grants full attendance, the statement does not.
    const input = { ...INPUT, leaveDays: NO_LEAVE };
    const expected = calculatePay(POLICY, input);
    const issued = issueAsComputed(expected, 92.9);
    const lines = issued.lines.filter((line) => line.kind !== 'reward');
    const result = reconcile(withLines(lines), { ...FROM_RECORDS, shifts: false }, expected);
    expect(result.entries.at(-1)).toMatchObject({
      issued: null,
      rule: 'reward:full-attendance',
      check: { status: 'unverifiable', reason: 'no-records' },
    });
  });

  it('accepts a withheld (zero) bonus the statement leaves out', () => {
    // Joined mid-month: the bonus line is there with amount 0; leaving it out changes nothing.
    const expected = calculatePay(POLICY, { ...INPUT, coversWholePeriod: false });
    const issued = issueAsComputed(expected, 92.9);
    const lines = issued.lines.filter((line) => line.kind !== 'performance-bonus');
    const result = reconcile(withLines(lines), FROM_RECORDS, expected);
    expect(result.entries.at(-1)).toMatchObject({
      rule: 'performance-bonus',
      difference: 0,
      check: { status: 'matches' },
    });
    expect(result.totals.flaggedCount).toBe(0);
  });

  it('pairs lines that cite no rule by kind when the kind is unique', () => {
    const lines = AS_COMPUTED.lines.map((line) =>
      line.kind === 'leave-deduction' ? line : { ...line, ruleId: null },
    );
    const result = reconcile(withLines(lines));
    expect(result.totals.flaggedCount).toBe(0);
    expect(result.entries.map((entry) => entry.rule)).toEqual(
      EXPECTED.lines.map((line) => line.rule),
    );
  });

  it('leaves uncited lines of a repeated kind unverifiable instead of guessing', () => {
    const lines = AS_COMPUTED.lines.map((line) =>
      line.kind === 'leave-deduction' ? { ...line, ruleId: null } : line,
    );
    const result = reconcile(withLines(lines));
    const leave = result.entries.filter(
      (entry) => (entry.issued ?? entry.expected)?.kind === 'leave-deduction',
    );
    // Two issued lines and the two expected lines they may stand for: none claimed to match.
    expect(leave.map((entry) => entry.check)).toEqual(
      Array(4).fill({ status: 'unverifiable', reason: 'no-rule' }),
    );
  });

  it('reports bad input at statement level and never throws', () => {
    const broken = extraLine({
      kind: 'reward',
      ruleId: 'reward:full-attendance',
      amount: 12.5 as Fen,
    });
    const issued = {
      statement: { ...AS_COMPUTED.statement, net: fen(1) },
      lines: [...AS_COMPUTED.lines, broken],
    };
    const result = reconcile(issued);
    expect(checkOf(result, 'x')).toEqual({ status: 'unverifiable', reason: 'invalid-amount' });
    expect(result.entries.find((entry) => entry.issued?.id === 'x')?.difference).toBeNull();
    expect(result.issues.map((issue) => issue.code)).toEqual([
      'statement/amount-not-integer',
      'statement/lines-do-not-sum-to-net',
      'statement/positive-lines-do-not-sum-to-gross',
    ]);
  });
});

describe('reconcileStatement (property)', () => {
  const inputs = fc.record({
    level: fc.constantFrom('base', 'one-star', 'two-star', 'three-star' as const),
    workPattern: fc.constantFrom('five-on-two-off', 'one-on-one-off' as const),
    coversWholePeriod: fc.boolean(),
    overtimeMinutes: fc.integer({ min: 0, max: 4_000 }),
    statutoryHolidaysWorked: fc.integer({ min: 0, max: 3 }),
    personal: fc.integer({ min: 0, max: 5 }),
    sick: fc.integer({ min: 0, max: 5 }),
    absence: fc.integer({ min: 0, max: 3 }),
    score: fc.option(fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10)),
    penalties: fc.integer({ min: 0, max: 3 }),
  });
  type Generated = typeof inputs extends fc.Arbitrary<infer T> ? T : never;
  const toInput = (generated: Generated): PayPeriodInput => ({
    ...INPUT,
    level: generated.level,
    workPattern: generated.workPattern,
    coversWholePeriod: generated.coversWholePeriod,
    overtimeMinutes: generated.overtimeMinutes,
    statutoryHolidaysWorked: generated.statutoryHolidaysWorked,
    leaveDays: {
      personal: generated.personal,
      sick: generated.sick,
      annual: 0,
      absence: generated.absence,
    },
    assessmentScore: generated.score,
    penalties:
      generated.penalties > 0 ? [{ ruleId: 'abandon-work', count: generated.penalties }] : [],
  });

  it('matches every line of any statement issued as the engine computes it', () => {
    fc.assert(
      fc.property(inputs, (generated) => {
        const input = toInput(generated);
        const expected = calculatePay(POLICY, input);
        const result = reconcileStatement(
          issueAsComputed(expected, input.assessmentScore),
          expected,
          {},
          FULL,
          {
            policy: POLICY,
            assessmentScore: input.assessmentScore,
          },
        );
        expect(result.totals.flaggedCount).toBe(0);
        expect(result.entries).toHaveLength(expected.lines.length);
        expect(result.entries.every((entry) => entry.check.status === 'matches')).toBe(true);
      }),
    );
  });

  it('flags exactly the one line whose amount changed', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.nat(),
        fc.integer({ min: -100_000, max: 100_000 }).filter((delta) => delta !== 0),
        (generated, pick, delta) => {
          const input = toInput(generated);
          const expected = calculatePay(POLICY, input);
          const issued = issueAsComputed(expected, input.assessmentScore);
          const changed = pick % issued.lines.length;
          const lines = issued.lines.map((line, index) =>
            index === changed ? { ...line, amount: fen(line.amount + delta) } : line,
          );
          const result = reconcileStatement({ ...issued, lines }, expected, {}, FULL, {
            policy: POLICY,
            assessmentScore: input.assessmentScore,
          });
          expect(result.totals.flaggedCount).toBe(1);
          const flagged = result.entries.filter((entry) => entry.check.status !== 'matches');
          expect(flagged.map((entry) => entry.issued?.id)).toEqual([`l${changed}`]);
          expect(flagged[0]!.check.status).toBe('differs');
          expect(flagged[0]!.difference).toBe(delta);
        },
      ),
    );
  });
});
