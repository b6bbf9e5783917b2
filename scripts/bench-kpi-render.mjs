// The month's KPI scorecard with three years of daily records on the device (issue #7): from the
// month's records read (`awb:kpi-records-ready`) to the scorecard committed to the DOM
// (`awb:kpi-scorecard-render`), measured inside the page at 4× CPU slowdown over reloads of
// /kpis?period=month. The month's indexed read is reported beside it (`awb:kpi-query`). Used by
// scripts/bench.mjs; the compute side is scripts/bench-kpi*.ts.
import {
  launchBrowser,
  startDemoWorkspace,
  VIEWPORT,
  waitForServiceWorkerControl,
} from './launch-app.mjs';

export const KPI_YEARS = 3;
const RUNS = 10;
const WARMUP_RUNS = 2;

/**
 * Writes a daily record for every day of `years` years before the demo's first one, copies of
 * that record moved by whole days, straight into the workspace database (what three years of
 * syncs would leave). Runs in the page. @param {number} years
 */
async function seedYearsOfKpis(years) {
  const names = (await indexedDB.databases())
    .map((database) => database.name ?? '')
    .filter((name) => name.startsWith('agent-workbench:'));
  if (names.length !== 1)
    throw new Error(`Expected one workspace database, found ${names.length}.`);
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(names[0]);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const template = await new Promise((resolve, reject) => {
    const request = db
      .transaction('kpiDaily', 'readonly')
      .objectStore('kpiDaily')
      .index('day')
      .openCursor();
    request.onsuccess = () => resolve(request.result?.value);
    request.onerror = () => reject(request.error);
  });
  if (!template) throw new Error('The demo workspace has no daily KPI record to copy.');
  const count = Math.round(years * 365.25);
  const first = Date.parse(`${template.day}T00:00:00Z`);
  await new Promise((resolve, reject) => {
    const tx = db.transaction('kpiDaily', 'readwrite');
    const store = tx.objectStore('kpiDaily');
    for (let back = 1; back <= count; back += 1) {
      const day = new Date(first - back * 86_400_000).toISOString().slice(0, 10);
      store.put({ ...template, id: `bench-kpi-${day}`, day });
    }
    tx.oncomplete = () => resolve(undefined);
    tx.onerror = () => reject(tx.error);
  });
  const total = await new Promise((resolve, reject) => {
    const request = db.transaction('kpiDaily', 'readonly').objectStore('kpiDaily').count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return total;
}

/**
 * @param {string} origin
 * @param {number} cpuSlowdown
 * @returns {Promise<{ records: number, queryMs: number[], renderMs: number[], viewport: object }>}
 */
export async function measureKpiScorecard(origin, cpuSlowdown) {
  const browser = await launchBrowser();
  const { page, context } = browser;
  try {
    await startDemoWorkspace(page, origin);
    await waitForServiceWorkerControl(page);
    const records = await page.evaluate(seedYearsOfKpis, KPI_YEARS);
    await page.goto(`${origin}/kpis?period=month`);
    await page.getByRole('region', { name: 'Scorecard: This month' }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });

    const queryMs = [];
    const renderMs = [];
    for (let run = 0; run < WARMUP_RUNS + RUNS; run += 1) {
      await page.reload();
      const handle = await page.waitForFunction(
        () => {
          const query = performance.getEntriesByName('awb:kpi-query', 'measure').at(-1);
          const render = performance.getEntriesByName('awb:kpi-scorecard-render', 'measure').at(-1);
          return query && render ? { query: query.duration, render: render.duration } : null;
        },
        undefined,
        { timeout: 30_000 },
      );
      const { query, render } = await handle.jsonValue();
      await handle.dispose();
      if (run < WARMUP_RUNS) continue;
      queryMs.push(query);
      renderMs.push(render);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { records, queryMs, renderMs, viewport: VIEWPORT };
  } finally {
    await browser.close();
  }
}

// `node scripts/bench-kpi-render.mjs` on its own (after `vite build`): this phase only.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { startPreviewServer } = await import('./launch-app.mjs');
  const server = await startPreviewServer();
  try {
    const result = await measureKpiScorecard(server.url, 4);
    const median = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    };
    console.log(
      `KPI month scorecard, ${result.records} daily records, 4× CPU: read median ${median(result.queryMs).toFixed(1)} ms, ` +
        `render median ${median(result.renderMs).toFixed(1)} ms (budget < 150 ms), max ${Math.max(...result.renderMs).toFixed(1)} ms`,
    );
    console.log(`runs: ${result.renderMs.map((ms) => ms.toFixed(1)).join(' ')}`);
  } finally {
    await server.close();
  }
}
