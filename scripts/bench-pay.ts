// Pay bench (issue #5): computing and reconciling 24 months of statements for one agent in Node,
// budget < 50 ms. Run through `npm run bench:pay` (tsx, so the domain's TypeScript loads as is);
// `npm run bench` runs it after the browser figures.
//
// The agent is the demo's: her workspace generated for each of 24 months (each brings that month's
// and the previous month's roster and 90 days of KPI figures), merged by record id, and the twelve
// statements of two workspaces a year apart: 24 statements, ~500 shifts, ~700 KPI days. Each run
// reconciles every statement (policy in force, inputs from records, the engine, the comparison),
// exactly what the Pay screen does on open. Median and p95 of 50 runs after 5 warm-up runs.
import { performance } from 'node:perf_hooks';
import { generateDemoWorkspace } from '../src/data/demo/generate-demo-workspace';
import { addMonths } from '../src/data/demo/shanghai-date';
import type { KpiDaily } from '../src/domain/kpi/kpi-daily';
import { reconcilePeriods } from '../src/domain/pay/reconcile-periods';
import type { Shift } from '../src/domain/roster/shift';

const BUDGET_MS = 50;
const RUNS = 50;
const WARM_UP = 5;
const LAST_DAY = '2026-11-22';

const shifts = new Map<string, Shift>();
const kpiDaily = new Map<string, KpiDaily>();
for (let months = 0; months < 24; months += 1) {
  const day = `${addMonths(LAST_DAY.slice(0, 7), -months)}-20`;
  const workspace = generateDemoWorkspace(day);
  for (const shift of workspace.shifts) shifts.set(shift.id, shift);
  for (const record of workspace.kpiDaily) kpiDaily.set(record.id, record);
}
const recent = generateDemoWorkspace(LAST_DAY);
const yearBefore = generateDemoWorkspace(`${Number(LAST_DAY.slice(0, 4)) - 1}${LAST_DAY.slice(4)}`);
const statements = [yearBefore, recent].flatMap((workspace) =>
  workspace.payStatements.map((statement) => ({
    statement,
    lines: workspace.payStatementLines.filter((line) => line.statementId === statement.id),
  })),
);
const [agent] = recent.agentProfile;
if (!agent) throw new Error('bench: the demo has no agent');
const records = {
  agent,
  shifts: [...shifts.values()],
  kpiDaily: [...kpiDaily.values()],
  clockRecords: [],
  leaveRequests: [],
  leaveDecisions: [],
};

let flagged = 0;
const times: number[] = [];
for (let run = 0; run < WARM_UP + RUNS; run += 1) {
  const started = performance.now();
  const reconciliations = reconcilePeriods(statements, records, recent.policies);
  const elapsed = performance.now() - started;
  if (run >= WARM_UP) times.push(elapsed);
  flagged = reconciliations.reduce((total, item) => total + item.totals.differsCount, 0);
}
times.sort((a, b) => a - b);
const at = (share: number) =>
  times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0;
const median = at(0.5);
const p95 = at(0.95);

const row = (label: string, value: string, budget = '', verdict = '') =>
  `${label.padEnd(46)} ${value.padStart(14)}  ${budget.padEnd(12)} ${verdict}`;
console.log('\nAgent Workbench pay bench (Node, one agent)\n');
console.log(row('Figure', 'Measured', 'Budget', ''));
console.log(row('-'.repeat(46), '-'.repeat(14), '-'.repeat(12), '-'.repeat(11)));
console.log(
  row(
    `Reconcile ${statements.length} months, median of ${RUNS}`,
    `${median.toFixed(2)} ms`,
    `< ${BUDGET_MS} ms`,
    median < BUDGET_MS ? 'within' : 'OVER BUDGET',
  ),
);
console.log(row('    p95', `${p95.toFixed(2)} ms`));
console.log(
  row('    records', `${records.shifts.length} shifts, ${records.kpiDaily.length} KPI days`),
);
console.log(row('    lines flagged as differing', String(flagged)));
console.log('');
if (median >= BUDGET_MS) process.exitCode = 1;
