// Shared by bench.mjs and screenshots.mjs: serve dist/ with Vite's preview server on a free
// loopback port and drive the app in Debian's Chromium with a throwaway profile. The e2e
// helpers in test/e2e/browser.ts do the same for tests; keep the two in step.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import chromiumArgs from './chromium-args.json' with { type: 'json' };

export const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = join(ROOT_DIR, 'dist');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = chromiumArgs;
export const VIEWPORT = { width: 360, height: 740 };

/** @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function startPreviewServer() {
  const server = await preview({
    root: ROOT_DIR,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report a URL.');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}

/**
 * Launches Chromium on a fresh profile (or `userDataDir`, which the caller then owns).
 * @param {{ locale?: string, colorScheme?: 'light' | 'dark', userDataDir?: string,
 *   serviceWorkers?: 'allow' | 'block' }} [options]
 */
export async function launchBrowser(options = {}) {
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'awb-script-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    userDataDir,
    async close() {
      await context.close();
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** @param {import('playwright-core').Page} page */
export async function waitForTodayRendered(page) {
  await page.waitForFunction(
    () => performance.getEntriesByName('awb:today-rendered', 'mark').length > 0,
  );
}

/**
 * Opens the app on a new profile and starts the demo workspace from /welcome.
 * @param {import('playwright-core').Page} page
 * @param {string} origin
 */
export async function startDemoWorkspace(page, origin) {
  await page.goto(`${origin}/`);
  await page.waitForURL((url) => url.pathname === '/welcome');
  await page.getByRole('button', { name: 'Explore with demo data', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await waitForTodayRendered(page);
}

/**
 * Waits for an active service worker, reloading once if it does not control the page yet
 * (registerType 'prompt' does not claim clients on first install).
 * @param {import('playwright-core').Page} page
 */
export async function waitForServiceWorkerControl(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
