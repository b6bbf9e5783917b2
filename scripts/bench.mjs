// Measures the built app (dist/) against the budgets of the performance issue and prints a
// table. Run through `npm run bench`, which builds first. Starts and stops its own preview
// server and Chromium; nothing else needs to be running.
//
//   a  JS + CSS the browser fetches before Today first renders with data (gzip -9 of dist files)
//   b  everything the service worker precaches (raw and gzip -9)
//   c  warm offline reload of Today at 4× CPU slowdown, 360 × 740: median of 5 to the mark
//   d  JS heap in use after Today renders (after a forced GC)
//   e  the demo workspace's IndexedDB size as the browser reports it
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  DIST_DIR,
  launchBrowser,
  startDemoWorkspace,
  startPreviewServer,
  waitForServiceWorkerControl,
  waitForTodayRendered,
} from './launch-app.mjs';

const TODAY_MARK = 'awb:today-rendered';
const RUNS = 5;
const CPU_SLOWDOWN = 4;
const BUDGETS = { initialKb: 190, offlineReloadMs: 450, heapMb: 20 };

const KB = 1024;
const MB = 1024 * 1024;

/** @param {string} file path inside dist/ */
async function sizeOf(file) {
  const bytes = await readFile(join(DIST_DIR, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Files listed in the Workbox precache manifest inside dist/sw.js. */
async function readPrecacheList() {
  const sw = await readFile(join(DIST_DIR, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((match) => match[1]);
  if (urls.length === 0) throw new Error('No precache entries found in dist/sw.js.');
  return [...new Set(urls)];
}

/**
 * (a) Cold load of Today on a profile that already holds the demo workspace, with service
 * workers blocked so every file really comes over the network. Resource Timing lists what
 * started before the mark.
 */
async function measureInitialLoad(origin) {
  const browser = await launchBrowser({ serviceWorkers: 'block' });
  try {
    await startDemoWorkspace(browser.page, origin);
  } finally {
    await browser.context.close();
  }
  const cold = await launchBrowser({ userDataDir: browser.userDataDir, serviceWorkers: 'block' });
  try {
    const cdp = await cold.context.newCDPSession(cold.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cold.page.goto(`${origin}/`);
    await waitForTodayRendered(cold.page);
    const urls = await cold.page.evaluate((mark) => {
      const markTime = performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= markTime)
        .map((entry) => entry.name);
    }, TODAY_MARK);
    const files = [
      ...new Set(
        urls
          .map((url) => new URL(url))
          .filter((url) => url.origin === origin && /\.(js|css)$/.test(url.pathname))
          .map((url) => url.pathname.slice(1)),
      ),
    ];
    const sizes = await Promise.all(files.map(async (file) => ({ file, ...(await sizeOf(file)) })));
    return sizes.sort((a, b) => b.gzip - a.gzip);
  } finally {
    await cold.close();
    await browser.close();
  }
}

/** JS and CSS named by dist/index.html itself (entry script, modulepreload, stylesheets). */
async function readEntryFiles() {
  const html = await readFile(join(DIST_DIR, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="\/([^"]+)"/g),
  ].map((match) => match[1]);
  return [...new Set(files)];
}

/** (c), (d), (e): one profile with the demo workspace, then offline reloads. */
async function measureWarmOffline(server) {
  const browser = await launchBrowser();
  const { page, context } = browser;
  try {
    await startDemoWorkspace(page, server.url);
    await waitForServiceWorkerControl(page);
    await waitForTodayRendered(page);

    const storage = await page.evaluate(async () => {
      const estimate = /** @type {StorageEstimate & { usageDetails?: Record<string, number> }} */ (
        await navigator.storage.estimate()
      );
      return {
        indexedDb: estimate.usageDetails?.indexedDB ?? null,
        usage: estimate.usage ?? 0,
      };
    });

    await server.close();
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    // One unmeasured reload lets V8 settle its code cache for the offline path.
    await page.reload();
    await waitForTodayRendered(page);
    const timesMs = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.reload();
      await waitForTodayRendered(page);
      timesMs.push(
        await page.evaluate(
          (mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? NaN,
          TODAY_MARK,
        ),
      );
    }

    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { timesMs, heapBytes: usedSize, storage };
  } finally {
    await browser.close();
  }
}

function row(label, value, budget = '', verdict = '') {
  return `${label.padEnd(46)} ${value.padStart(14)}  ${budget.padEnd(12)} ${verdict}`;
}

const verdict = (ok) => (ok ? 'ok' : 'OVER BUDGET');

const server = await startPreviewServer();
let initial;
let warm;
try {
  initial = await measureInitialLoad(server.url);
  warm = await measureWarmOffline(server);
} finally {
  await server.close();
}

const entryFiles = await readEntryFiles();
const entrySizes = await Promise.all(entryFiles.map(sizeOf));
const precached = await readPrecacheList();
const precachedSizes = await Promise.all(precached.map(sizeOf));
const sum = (sizes, key) => sizes.reduce((total, size) => total + size[key], 0);

const initialJs = initial.filter((entry) => entry.file.endsWith('.js'));
const initialCss = initial.filter((entry) => entry.file.endsWith('.css'));
const initialGzip = sum(initial, 'gzip');
const offlineMedian = median(warm.timesMs);
const heapMb = warm.heapBytes / MB;
const idbBytes = warm.storage.indexedDb ?? warm.storage.usage;

console.log('\nFiles fetched before Today rendered (cold load, gzip -9):');
for (const { file, raw, gzip } of initial) {
  console.log(
    `  ${file.padEnd(52)} ${(raw / KB).toFixed(1).padStart(8)} KB raw ${(gzip / KB).toFixed(1).padStart(7)} KB gzip`,
  );
}

console.log('\nAgent Workbench bench (dist/, Chromium, 360 × 740)\n');
console.log(row('Figure', 'Measured', 'Budget', ''));
console.log(row('-'.repeat(46), '-'.repeat(14), '-'.repeat(12), '-'.repeat(11)));
console.log(
  row(
    `(a) initial JS + CSS before Today, gzip (${initial.length} files)`,
    `${(initialGzip / KB).toFixed(1)} KB`,
    `≤ ${BUDGETS.initialKb} KB`,
    verdict(initialGzip <= BUDGETS.initialKb * KB),
  ),
);
console.log(row('    of which JS', `${(sum(initialJs, 'gzip') / KB).toFixed(1)} KB`));
console.log(row('    of which CSS', `${(sum(initialCss, 'gzip') / KB).toFixed(1)} KB`));
console.log(
  row(
    `    index.html entry + preloads only (${entryFiles.length})`,
    `${(sum(entrySizes, 'gzip') / KB).toFixed(1)} KB`,
  ),
);
console.log(
  row(
    `(b) precached, raw (${precached.length} files)`,
    `${(sum(precachedSizes, 'raw') / KB).toFixed(1)} KB`,
  ),
);
console.log(row('    precached, gzip', `${(sum(precachedSizes, 'gzip') / KB).toFixed(1)} KB`));
console.log(
  row(
    `(c) warm offline reload, ${CPU_SLOWDOWN}× CPU, median of ${RUNS}`,
    `${offlineMedian.toFixed(0)} ms`,
    `≤ ${BUDGETS.offlineReloadMs} ms`,
    verdict(offlineMedian <= BUDGETS.offlineReloadMs),
  ),
);
console.log(row('    runs', warm.timesMs.map((ms) => ms.toFixed(0)).join(' ')));
console.log(
  row(
    '(d) JS heap used after Today renders',
    `${heapMb.toFixed(1)} MB`,
    `≤ ${BUDGETS.heapMb} MB`,
    verdict(heapMb <= BUDGETS.heapMb),
  ),
);
console.log(
  row(
    `(e) demo workspace in IndexedDB${warm.storage.indexedDb === null ? ' (total usage)' : ''}`,
    `${(idbBytes / KB).toFixed(1)} KB`,
  ),
);
console.log('');
