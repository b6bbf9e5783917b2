// The roster month view with five years of shifts on the device (issue #6): the month's indexed
// read (`awb:roster-query`) and its render, from the shifts read to the DOM committed
// (`awb:roster-month-render`), both measured inside the page at 4× CPU slowdown while stepping
// from month to month. Used by scripts/bench.mjs.
import {
  launchBrowser,
  startDemoWorkspace,
  VIEWPORT,
  waitForServiceWorkerControl,
} from './launch-app.mjs';

export const ROSTER_YEARS = 5;
const RUNS = 10;
const WARMUP_RUNS = 2;

/**
 * Writes a shift a day for `years` years before the demo's first one, copies of that shift moved
 * by whole days, straight into the workspace database (what five years of syncs would leave).
 * Runs in the page. @param {number} years
 */
async function seedYearsOfShifts(years) {
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
  const DAY_MS = 86_400_000;
  const store = (mode) => db.transaction('shifts', mode).objectStore('shifts');
  const template = await new Promise((resolve, reject) => {
    const request = store('readonly').index('day').openCursor();
    request.onsuccess = () => resolve(request.result?.value);
    request.onerror = () => reject(request.error);
  });
  if (!template) throw new Error('The demo workspace has no shift to copy.');
  const move = (instant, days) => new Date(Date.parse(instant) + days * DAY_MS).toISOString();
  const count = Math.round(years * 365.25);
  await new Promise((resolve, reject) => {
    const tx = db.transaction('shifts', 'readwrite');
    const shifts = tx.objectStore('shifts');
    for (let back = 1; back <= count; back += 1) {
      const day = move(`${template.day}T00:00:00.000Z`, -back).slice(0, 10);
      shifts.put({
        ...template,
        id: `bench-${day}`,
        day,
        start: move(template.start, -back),
        end: move(template.end, -back),
        segments: template.segments.map((s) => ({
          start: move(s.start, -back),
          end: move(s.end, -back),
        })),
        breaks: template.breaks.map((b) => ({
          ...b,
          start: move(b.start, -back),
          end: move(b.end, -back),
        })),
        status: 'worked',
      });
    }
    tx.oncomplete = () => resolve(undefined);
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return count;
}

/**
 * @param {string} origin
 * @param {number} cpuSlowdown
 * @returns {Promise<{ seeded: number, queryMs: number[], renderMs: number[] }>}
 */
export async function measureRosterMonth(origin, cpuSlowdown) {
  const browser = await launchBrowser();
  const { page, context } = browser;
  try {
    await startDemoWorkspace(page, origin);
    await waitForServiceWorkerControl(page);
    const seeded = await page.evaluate(seedYearsOfShifts, ROSTER_YEARS);
    await page.goto(`${origin}/roster?view=month`);
    await page.getByRole('table').first().waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });

    const queryMs = [];
    const renderMs = [];
    for (let run = 0; run < WARMUP_RUNS + RUNS; run += 1) {
      await page.evaluate(() => {
        performance.clearMeasures();
        performance.clearMarks('awb:roster-shifts-ready');
      });
      // Back through the seeded years, a month at a time: each step reads and renders a month.
      await page.getByRole('link', { name: 'Previous month', exact: true }).click();
      const handle = await page.waitForFunction(() => {
        const query = performance.getEntriesByName('awb:roster-query', 'measure').at(-1);
        const render = performance.getEntriesByName('awb:roster-month-render', 'measure').at(-1);
        return query && render ? { query: query.duration, render: render.duration } : null;
      });
      const { query, render } = await handle.jsonValue();
      await handle.dispose();
      if (run < WARMUP_RUNS) continue;
      queryMs.push(query);
      renderMs.push(render);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { seeded, queryMs, renderMs, viewport: VIEWPORT };
  } finally {
    await browser.close();
  }
}
