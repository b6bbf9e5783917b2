/**
 * Sets an issued statement beside the statement the agent's own records give, line by line.
 * Every line ends up matching, differing (with the likely cause, as codes and figures) or
 * unverifiable (with the reason); a line the app cannot check is never counted as matching.
 */
import { addFen, fen, ZERO_FEN, type Fen } from '../money';
import type { ProjectPolicy } from '../policy/project-policy';
import type { ComputedPayLine, ComputedStatement, PayEngineIssue, PayRuleId } from './pay-line';
import type { PayEvidence, RecordCoverage, RecordEvidence } from './pay-inputs-from-records';
import {
  isKnownPayLineKind,
  type PayLineKind,
  type PayStatement,
  type PayStatementLine,
} from './pay-statement';
import { checkStatement, type StatementIssue } from './statement-checks';

/** A statement as the employer issued it, with its lines. */
export interface IssuedStatement {
  statement: PayStatement;
  lines: readonly PayStatementLine[];
}

/**
 * Why a line differs. Quantities are in the unit the issued line's `quantity` uses: hours for
 * overtime and hourly lines, days for holiday and leave lines, a count for rewards, penalties
 * and per-result lines.
 */
export type DifferenceCause =
  /** "The statement counts 8 h overtime; your records show 10 h." */
  | { code: 'quantity'; unit: 'hours' | 'days' | 'count'; issued: number; expected: number }
  /** The same quantity (or none) at a different amount: a rate or fixed amount not the policy's. */
  | { code: 'rate' }
  /** The bonus follows a different assessment score (percent; `null` when there is none). */
  | { code: 'score'; issued: number | null; expected: number | null }
  /** The statement applied another policy version than the one in force. */
  | { code: 'policy-version'; issued: number; inForce: number }
  /** The statement has a line the records do not support. */
  | { code: 'not-in-records' }
  /** The records give a line the statement leaves out. */
  | { code: 'missing-from-statement' };

/**
 * Why a line cannot be checked: it cites no rule (`no-rule`), a rule the policy does not publish
 * (`unknown-rule`), a kind this version does not know (`unknown-kind`), it depends on records the
 * period lacks (`no-records`), no policy was in force (`no-policy`), or its amount is not a whole
 * number of fen (`invalid-amount`).
 */
export type UnverifiableReason =
  'no-rule' | 'unknown-rule' | 'unknown-kind' | 'no-records' | 'no-policy' | 'invalid-amount';

export type LineCheck =
  | { status: 'matches' }
  | { status: 'differs'; cause: DifferenceCause }
  | { status: 'unverifiable'; reason: UnverifiableReason };

export interface ReconciliationEntry {
  /** `null`: a line the records give that the statement does not have. */
  issued: PayStatementLine | null;
  /** `null`: no expected counterpart (or nothing could be computed). */
  expected: ComputedPayLine | null;
  /** The rule the entry was checked against: the expected line's, else the one the issued cites. */
  rule: string | null;
  /** Issued minus expected, a missing side counting 0; `null` when the issued amount is not fen. */
  difference: Fen | null;
  check: LineCheck;
  /** The agent's records behind the rule (shifts, leave requests, KPI days). */
  evidence: RecordEvidence[];
}

/** Statement-level findings: the employer's own arithmetic, the policy, the engine. */
export type ReconciliationIssue =
  | StatementIssue
  | { code: 'pay/policy-version-differs'; issued: number; inForce: number }
  | { code: 'pay/no-policy-in-force'; period: string }
  | PayEngineIssue;

export interface Reconciliation {
  statementId: string;
  period: string;
  policyVersion: { issued: number; inForce: number | null };
  /** The statement the records give; `null` when no policy was in force. */
  expected: ComputedStatement | null;
  /** One per issued line (in line order), then one per expected line the statement lacks. */
  entries: ReconciliationEntry[];
  issues: ReconciliationIssue[];
  totals: {
    issuedNet: Fen;
    expectedNet: Fen | null;
    /**
     * Issued minus expected net; `null` without an expected statement or with a malformed net.
     * Only meaningful when nothing is unverifiable: an unchecked line's expected side counts 0.
     */
    difference: Fen | null;
    /** Sum of the differences of the lines that differ: what the records say is owed (or over). */
    differsTotal: Fen;
    /** Entries that do not match: `differsCount` + `unverifiableCount`. */
    flaggedCount: number;
    differsCount: number;
    unverifiableCount: number;
  };
}

export interface ReconcileContext {
  policy: ProjectPolicy;
  /** The assessment score the records give (`PayPeriodInput.assessmentScore`). */
  assessmentScore: number | null;
}

/** The rules the engine applies by itself, whatever the policy publishes besides. */
export const STANDARD_RULES = [
  'base',
  'post-allowance',
  'subsidy',
  'performance-bonus',
  'overtime',
  'statutory-holiday',
  'personal-leave',
  'sick-leave',
  'absence',
  'hourly',
  'hourly-holiday',
] as const satisfies readonly PayRuleId[];

export type StandardRule = (typeof STANDARD_RULES)[number];

export function isStandardRule(rule: string): rule is StandardRule {
  return (STANDARD_RULES as readonly string[]).includes(rule);
}

const FIXED_RULES: ReadonlySet<string> = new Set(STANDARD_RULES);

/** Every rule id the policy publishes. */
function knownRulesOf(policy: ProjectPolicy): Set<string> {
  const rules = new Set(FIXED_RULES);
  for (const reward of policy.payRules.rewards) rules.add(`reward:${reward.id}`);
  for (const penalty of policy.payRules.penalties) rules.add(`penalty:${penalty.id}`);
  for (const rate of policy.payRules.hourly?.perResult ?? []) rules.add(`per-result:${rate.id}`);
  return rules;
}

type Needed = keyof RecordCoverage | null;

const RECORDS_BY_RULE: Record<string, Needed> = {
  base: null,
  'post-allowance': null,
  subsidy: null,
  'performance-bonus': 'kpi',
  overtime: 'shifts',
  'statutory-holiday': 'shifts',
  'personal-leave': 'leave',
  'sick-leave': 'leave',
  absence: 'shifts',
  hourly: 'shifts',
  'hourly-holiday': 'shifts',
};

const RECORDS_BY_KIND: Record<PayLineKind, Needed> = {
  base: null,
  'post-allowance': null,
  subsidy: null,
  'performance-bonus': 'kpi',
  overtime: 'shifts',
  holiday: 'shifts',
  'leave-deduction': 'leave',
  hourly: 'shifts',
  reward: 'occurrences',
  penalty: 'occurrences',
  'per-result': 'occurrences',
};

/** The records a rule's quantity comes from; full attendance hangs on the shifts (absences). */
function recordsNeededFor(rule: string, policy: ProjectPolicy): Needed {
  if (rule in RECORDS_BY_RULE) return RECORDS_BY_RULE[rule] ?? null;
  const fullAttendance = policy.payRules.rewards.some(
    (reward) => reward.kind === 'full-attendance' && `reward:${reward.id}` === rule,
  );
  return fullAttendance ? 'shifts' : 'occurrences';
}

/** The expected line's quantity in the issued line's unit: the first quantity it multiplies by. */
function expectedQuantityOf(
  line: ComputedPayLine,
): { unit: 'hours' | 'days' | 'count'; value: number } | null {
  for (const step of line.formula) {
    if (step.operator !== 'times') continue;
    const { operand } = step;
    if (operand.kind === 'hours') return { unit: 'hours', value: operand.minutes / 60 };
    if (operand.kind === 'days') return { unit: 'days', value: operand.days };
    if (operand.kind === 'count') return { unit: 'count', value: operand.count };
  }
  return null;
}

/** Quantities agree to the minute (hours) or to a millionth (days, counts). */
function sameQuantity(unit: 'hours' | 'days' | 'count', a: number, b: number): boolean {
  return Math.abs(a - b) * (unit === 'hours' ? 60 : 1) < 1e-6;
}

/** Scores written to one decimal, as statements print them, count as the same score. */
function sameScore(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) < 0.05;
}

function causeOf(
  issued: PayStatementLine,
  expected: ComputedPayLine,
  statement: PayStatement,
  expectedStatement: ComputedStatement,
  context: ReconcileContext,
): DifferenceCause {
  const quantity = expectedQuantityOf(expected);
  if (
    quantity &&
    issued.quantity !== null &&
    !sameQuantity(quantity.unit, issued.quantity, quantity.value)
  ) {
    return {
      code: 'quantity',
      unit: quantity.unit,
      issued: issued.quantity,
      expected: quantity.value,
    };
  }
  if (
    expected.rule === 'performance-bonus' &&
    !sameScore(statement.assessmentScore, context.assessmentScore)
  ) {
    return { code: 'score', issued: statement.assessmentScore, expected: context.assessmentScore };
  }
  if (statement.policyVersion !== expectedStatement.policyVersion) {
    return {
      code: 'policy-version',
      issued: statement.policyVersion,
      inForce: expectedStatement.policyVersion,
    };
  }
  return { code: 'rate' };
}

const MATCHES: LineCheck = { status: 'matches' };
const unverifiable = (reason: UnverifiableReason): LineCheck => ({
  status: 'unverifiable',
  reason,
});
const differs = (cause: DifferenceCause): LineCheck => ({ status: 'differs', cause });

/**
 * `issued − expected` in fen, or `null` when the issued amount is not a whole, safe number of fen
 * (bad input from a backend is shown, never thrown on).
 */
export function differenceOf(issued: number, expected: Fen): Fen | null {
  const difference = issued - expected;
  return Number.isSafeInteger(issued) && Number.isSafeInteger(difference) ? fen(difference) : null;
}

/** Every issued line, in order, as unverifiable for one reason (e.g. no policy in force). */
export function uncheckedEntries(
  lines: readonly PayStatementLine[],
  reason: UnverifiableReason,
): ReconciliationEntry[] {
  return sortedLines(lines).map((line) => ({
    issued: line,
    expected: null,
    rule: line.ruleId,
    difference: differenceOf(line.amount, ZERO_FEN),
    check: { status: 'unverifiable', reason },
    evidence: [],
  }));
}

/** Orders issued lines as the statement lists them. */
export function sortedLines(lines: readonly PayStatementLine[]): PayStatementLine[] {
  return [...lines].sort((a, b) => a.order - b.order);
}

/** Totals and counts over finished entries. */
export function totalsOf(
  statement: PayStatement,
  expected: ComputedStatement | null,
  entries: readonly ReconciliationEntry[],
): Reconciliation['totals'] {
  const differsCount = entries.filter((entry) => entry.check.status === 'differs').length;
  const unverifiableCount = entries.filter((entry) => entry.check.status === 'unverifiable').length;
  return {
    issuedNet: statement.net,
    expectedNet: expected?.net ?? null,
    difference: expected ? differenceOf(statement.net, expected.net) : null,
    differsTotal: addFen(
      ZERO_FEN,
      ...entries.flatMap((entry) =>
        entry.check.status === 'differs' && entry.difference !== null ? [entry.difference] : [],
      ),
    ),
    flaggedCount: differsCount + unverifiableCount,
    differsCount,
    unverifiableCount,
  };
}

/**
 * Reconciles an issued statement with the expected one (`calculatePay` on the records'
 * inputs under the policy in force). Lines pair up by the rule they cite, else by kind when the
 * kind has exactly one line on each side. A penalty or reward that cites no rule, or a rule the
 * policy does not publish, is unverifiable, as is a line whose records the period lacks.
 * @example
 * const { input, evidence, coverage } = payInputFromRecords(period, records, policy);
 * reconcileStatement(issued, calculatePay(policy, input), evidence, coverage,
 *   { policy, assessmentScore: input.assessmentScore });
 */
export function reconcileStatement(
  issued: IssuedStatement,
  expected: ComputedStatement,
  evidence: PayEvidence,
  coverage: RecordCoverage,
  context: ReconcileContext,
): Reconciliation {
  const { statement } = issued;
  const { policy } = context;
  const knownRules = knownRulesOf(policy);
  const lines = sortedLines(issued.lines);
  const expectedUsed = expected.lines.map(() => false);
  const matchOf = new Map<PayStatementLine, number>();

  const takeExpected = (predicate: (line: ComputedPayLine) => boolean): number => {
    const index = expected.lines.findIndex((line, i) => !expectedUsed[i] && predicate(line));
    if (index >= 0) expectedUsed[index] = true;
    return index;
  };

  // First pass: lines that cite a rule the policy publishes pair with the expected line of it.
  for (const line of lines) {
    if (!isKnownPayLineKind(line.kind) || line.ruleId === null || !knownRules.has(line.ruleId))
      continue;
    const index = takeExpected((candidate) => candidate.rule === line.ruleId);
    if (index >= 0) matchOf.set(line, index);
  }

  // Second pass: lines citing no rule pair by kind when the kind is unique on both sides.
  const uncitedByKind = new Map<string, PayStatementLine[]>();
  for (const line of lines) {
    if (line.ruleId !== null || !isKnownPayLineKind(line.kind)) continue;
    if (line.kind === 'penalty' || line.kind === 'reward') continue;
    uncitedByKind.set(line.kind, [...(uncitedByKind.get(line.kind) ?? []), line]);
  }
  const ambiguousKinds = new Set<string>();
  for (const [kind, uncited] of uncitedByKind) {
    const candidates = expected.lines.filter((line, i) => !expectedUsed[i] && line.kind === kind);
    if (uncited.length === 1 && candidates.length === 1) {
      matchOf.set(
        uncited[0]!,
        takeExpected((line) => line.kind === kind),
      );
    } else if (candidates.length > 0) {
      ambiguousKinds.add(kind);
    }
  }

  const evidenceOf = (rule: string | null): RecordEvidence[] =>
    rule === null ? [] : [...(evidence[rule as keyof PayEvidence] ?? [])];
  const isCovered = (needed: Needed): boolean => needed === null || coverage[needed];

  const entries: ReconciliationEntry[] = lines.map((line) => {
    const index = matchOf.get(line);
    const expectedLine = index === undefined ? null : expected.lines[index]!;
    const rule = expectedLine?.rule ?? line.ruleId;
    const entry = (check: LineCheck): ReconciliationEntry => ({
      issued: line,
      expected: expectedLine,
      rule,
      difference: differenceOf(line.amount, expectedLine?.amount ?? ZERO_FEN),
      check,
      evidence: evidenceOf(rule),
    });

    if (!isKnownPayLineKind(line.kind)) return entry(unverifiable('unknown-kind'));
    if (!Number.isSafeInteger(line.amount)) return entry(unverifiable('invalid-amount'));
    if (line.ruleId === null && (line.kind === 'penalty' || line.kind === 'reward')) {
      return entry(unverifiable('no-rule'));
    }
    if (line.ruleId !== null && !knownRules.has(line.ruleId))
      return entry(unverifiable('unknown-rule'));

    const needed = rule !== null ? recordsNeededFor(rule, policy) : RECORDS_BY_KIND[line.kind];
    if (!isCovered(needed)) return entry(unverifiable('no-records'));
    if (expectedLine === null) {
      return entry(
        ambiguousKinds.has(line.kind)
          ? unverifiable('no-rule')
          : differs({ code: 'not-in-records' }),
      );
    }
    if (line.amount === expectedLine.amount) return entry(MATCHES);
    return entry(differs(causeOf(line, expectedLine, statement, expected, context)));
  });

  expected.lines.forEach((line, index) => {
    if (expectedUsed[index]) return;
    const check: LineCheck =
      line.amount === 0
        ? MATCHES
        : ambiguousKinds.has(line.kind)
          ? unverifiable('no-rule')
          : !isCovered(recordsNeededFor(line.rule, policy))
            ? unverifiable('no-records')
            : differs({ code: 'missing-from-statement' });
    entries.push({
      issued: null,
      expected: line,
      rule: line.rule,
      difference: differenceOf(ZERO_FEN, line.amount),
      check,
      evidence: evidenceOf(line.rule),
    });
  });

  const issues: ReconciliationIssue[] = [
    ...checkStatement(statement, issued.lines),
    ...expected.issues,
  ];
  if (statement.policyVersion !== expected.policyVersion) {
    issues.push({
      code: 'pay/policy-version-differs',
      issued: statement.policyVersion,
      inForce: expected.policyVersion,
    });
  }

  return {
    statementId: statement.id,
    period: statement.period,
    policyVersion: { issued: statement.policyVersion, inForce: expected.policyVersion },
    expected,
    entries,
    issues,
    totals: totalsOf(statement, expected, entries),
  };
}
