// KPI bench, compute side (issue #7): the month scorecard from three years of daily records in
// the workspace database, budget < 50 ms. Run with `npx tsx scripts/bench-kpi.ts` (Node, Dexie on
// fake-indexeddb); `npm run bench` runs it after the browser figures. The render side at 4× CPU
// is `bench-kpi-render` (the KPI screens' bench).
//
// The records are the demo agent's: her workspace generated every 80 days over three years, the
// KPI records merged by id (~780 working days) and written to a fresh database. One run is what
// the Scorecard's month tab does on open: the month's indexed read with every record checked
// (`scorecardInputs`), the scorecard against the policy's targets and the month-to-date
// projection with its grade, bonus and gap to the next band. Each run takes another of the 36
// months. Median and p95 of 36 runs after 5 warm-up runs; the 90-day trend of every reported
// metric is timed the same way and printed beside it.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import Dexie from 'dexie';
import { openWorkbenchDb } from '../src/data/db';
import { generateDemoWorkspace } from '../src/data/demo/generate-demo-workspace';
import { addDays, addMonths, lastDayOf } from '../src/domain/calendar-day';
import type { KpiDaily } from '../src/domain/kpi/kpi-daily';
import { trendRange } from '../src/domain/kpi/kpi-periods';
import { projectMonth } from '../src/domain/kpi/kpi-score';
import { buildScorecard, metricsShown } from '../src/domain/kpi/kpi-scorecard';
import { trendSeries } from '../src/domain/kpi/kpi-trend';
import { createKpiRepository } from '../src/data/kpi-repository';

const BUDGET_MS = 50;
const YEARS = 3;
const RUNS = 36;
const WARM_UP = 5;
const TODAY = '2026-11-22';

const records = new Map<string, KpiDaily>();
for (let day = addDays(TODAY, -YEARS * 365); day <= TODAY; day = addDays(day, 80)) {
  for (const record of generateDemoWorkspace(day).kpiDaily) records.set(record.id, record);
}
for (const record of generateDemoWorkspace(TODAY).kpiDaily) records.set(record.id, record);
const { policies } = generateDemoWorkspace(TODAY);
const policy = policies[0]!;

const db = openWorkbenchDb('bench-kpi');
await db.kpiDaily.bulkPut([...records.values()]);
const kpis = createKpiRepository(db);

function summarise(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

const monthTimes: number[] = [];
const trendTimes: number[] = [];
let rowsShown = 0;
let monthRecords = 0;
let graded = 0;
for (let run = 0; run < WARM_UP + RUNS; run += 1) {
  // The last day of an earlier month as "today", so the month is complete (the worst case).
  const today = lastDayOf(addMonths(TODAY.slice(0, 7), -(run % RUNS)));
  const started = performance.now();
  const { records: month } = await kpis.scorecardInputs(
    { from: `${today.slice(0, 7)}-01`, to: today },
    today,
  );
  const card = buildScorecard(month, policy, { from: `${today.slice(0, 7)}-01`, to: today });
  const projection = projectMonth(month, policy, today);
  const monthElapsed = performance.now() - started;

  const trendStarted = performance.now();
  const range = trendRange(90, today);
  const { records: days } = await kpis.scorecardInputs(range, today);
  for (const metric of metricsShown(policy)) trendSeries(days, metric, range);
  const trendElapsed = performance.now() - trendStarted;

  if (run >= WARM_UP) {
    monthTimes.push(monthElapsed);
    trendTimes.push(trendElapsed);
  }
  rowsShown = card.rows.length;
  if (run >= WARM_UP) {
    monthRecords += month.length;
    if (projection.grade.band) graded += 1;
  }
}
db.close();
await Dexie.delete(db.name);

const month = summarise(monthTimes);
const trend = summarise(trendTimes);
const row = (label: string, value: string, budget = '', verdict = '') =>
  `${label.padEnd(50)} ${value.padStart(14)}  ${budget.padEnd(12)} ${verdict}`;
console.log('\nAgent Workbench KPI bench (Node, Dexie on fake-indexeddb)\n');
console.log(row('Figure', 'Measured', 'Budget', ''));
console.log(row('-'.repeat(50), '-'.repeat(14), '-'.repeat(12), '-'.repeat(11)));
console.log(
  row(
    `Month scorecard (read + check + score), median of ${RUNS}`,
    `${month.median.toFixed(2)} ms`,
    `< ${BUDGET_MS} ms`,
    month.median < BUDGET_MS ? 'within' : 'OVER BUDGET',
  ),
);
console.log(row('    p95', `${month.p95.toFixed(2)} ms`));
console.log(
  row(
    `90-day trends of ${rowsShown} metrics (read + series), median`,
    `${trend.median.toFixed(2)} ms`,
  ),
);
console.log(row('    p95', `${trend.p95.toFixed(2)} ms`));
console.log(row('    records in the database', `${records.size} days`));
console.log(row('    records per month read, average', (monthRecords / RUNS).toFixed(1)));
console.log(row('    months graded', `${graded} of ${RUNS}`));
console.log('');
if (month.median >= BUDGET_MS) process.exitCode = 1;
