import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarOf, isWorkingDay } from '@/domain/pay/holiday-calendar';
import { reconcilePeriods } from '@/domain/pay/reconcile-periods';
import { DEMO_PAY_MONTHS, UNSUPPORTED_DEDUCTION } from './demo-pay';
import { generateDemoWorkspace } from './generate-demo-workspace';
import { addDays, addMonths, monthOf } from './shanghai-date';

const anyDay = fc.integer({ min: 0, max: 15 * 365 }).map((offset) => addDays('2020-01-01', offset));
const sum = (amounts: readonly number[]) => amounts.reduce((total, amount) => total + amount, 0);

/** The demo's statements reconciled against the demo's own records, as the Pay screen does. */
function reconcileDemo(today: string) {
  const workspace = generateDemoWorkspace(today);
  const [agent] = workspace.agentProfile;
  if (!agent) throw new Error('demo without agent');
  const issued = workspace.payStatements.map((statement) => ({
    statement,
    lines: workspace.payStatementLines.filter((line) => line.statementId === statement.id),
  }));
  const records = {
    agent,
    shifts: workspace.shifts,
    kpiDaily: workspace.kpiDaily,
    clockRecords: [],
    leaveRequests: [],
    leaveDecisions: [],
  };
  return {
    workspace,
    issued,
    reconciliations: reconcilePeriods(issued, records, workspace.policies),
  };
}

function expectPayStory(today: string) {
  const { workspace, issued, reconciliations } = reconcileDemo(today);
  const thisMonth = monthOf(today);
  const lastMonth = addMonths(thisMonth, -1);
  const calendar = calendarOf(workspace.policies[0]!);

  // Twelve months up to last month, oldest first, each issued by today and paid on a working day.
  expect(issued.map(({ statement }) => statement.period)).toEqual(
    Array.from({ length: DEMO_PAY_MONTHS }, (_, index) =>
      addMonths(thisMonth, index - DEMO_PAY_MONTHS),
    ),
  );
  for (const { statement, lines } of issued) {
    const amounts = lines.map((line) => line.amount);
    expect(amounts.every(Number.isSafeInteger)).toBe(true);
    expect(sum(amounts)).toBe(statement.net);
    expect(sum(amounts.filter((amount) => amount > 0))).toBe(statement.gross);
    expect(lines.map((line) => line.order)).toEqual(lines.map((_, index) => index + 1));
    expect(statement.issuedOn <= today).toBe(true);
    expect(statement.payDay.startsWith(addMonths(statement.period, 1))).toBe(true);
    expect(isWorkingDay(statement.payDay, calendar)).toBe(true);
  }

  // Only last month's statement differs from the records: a day of overtime left out, and a
  // deduction no rule explains. Older months are either confirmed or beyond the records' reach.
  for (const reconciliation of reconciliations) {
    const flagged = reconciliation.entries.filter((entry) => entry.check.status !== 'matches');
    if (reconciliation.period !== lastMonth) {
      expect(flagged.every((entry) => entry.check.status === 'unverifiable')).toBe(true);
      continue;
    }
    const overtime = flagged.find((entry) => entry.rule === 'overtime');
    const dayLeftOut = (overtime?.evidence.at(-1)?.quantity ?? 0) / 60;
    expect(dayLeftOut).toBeGreaterThan(0);
    expect(flagged.map((entry) => entry.check)).toEqual([
      {
        status: 'differs',
        cause: {
          code: 'quantity',
          unit: 'hours',
          issued: overtime?.issued?.quantity,
          expected: (overtime?.issued?.quantity ?? 0) + dayLeftOut,
        },
      },
      { status: 'unverifiable', reason: 'no-rule' },
    ]);
    expect(flagged[1]?.issued).toMatchObject({ kind: 'penalty', ...UNSUPPORTED_DEDUCTION });
  }
}

describe('demo pay statements', () => {
  it.each(['2026-11-22', '2026-01-01', '2026-03-01', '2028-02-29', '2026-12-31'])(
    'issues twelve statements before %s, with last month short and one unsupported deduction',
    (today) => {
      expectPayStory(today);
    },
  );

  it('keeps the story on any day', () => {
    fc.assert(fc.property(anyDay, expectPayStory), { numRuns: 40 });
  });

  it('states the score behind each bonus and cites a rule on every line but the unsupported one', () => {
    const { issued } = reconcileDemo('2026-11-22');
    for (const { statement, lines } of issued) {
      expect(statement.assessmentScore).toEqual(expect.any(Number));
      const uncited = lines.filter((line) => line.ruleId === null);
      expect(uncited.map((line) => line.description)).toEqual(
        statement.period === '2026-10' ? [UNSUPPORTED_DEDUCTION.description] : [],
      );
    }
  });

  it('checks last month against the records: base, allowance, subsidy and bonus match', () => {
    const { reconciliations } = reconcileDemo('2026-11-22');
    const october = reconciliations.find((reconciliation) => reconciliation.period === '2026-10');
    const matching = october?.entries
      .filter((entry) => entry.check.status === 'matches')
      .map((entry) => entry.rule);
    expect(matching).toEqual(
      expect.arrayContaining(['base', 'post-allowance', 'subsidy', 'performance-bonus']),
    );
  });
});
