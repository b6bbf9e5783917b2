// Browser helpers for the e2e project: one fresh Chromium profile per test, the steps every
// scenario starts with (demo workspace, service worker in control) and an axe-core check.
// Names and labels come from the UI contract in English, or from the locale files for zh.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject, onTestFinished, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { ROOT_DIR } from './preview-server';

/** Origin of the shared preview server started by global-setup.ts. */
export const baseUrl = inject('baseUrl');

/** `test`, skipped when global setup found no Chromium (it has already said so once). */
export const browserTest = test.skipIf(inject('browserSkipReason') !== null);

export type AppLanguage = 'en' | 'zh-CN' | 'zh-TW';

/** Bottom-navigation tabs in order, with their English names from the UI contract. */
export const TABS = [
  { name: 'Today', path: '/' },
  { name: 'Roster', path: '/roster' },
  { name: 'Training', path: '/training' },
  { name: 'KPIs', path: '/kpis' },
  { name: 'Pay', path: '/pay' },
  { name: 'Me', path: '/me' },
] as const;

const ACTION_TIMEOUT_MS = 15_000;

export interface LaunchOptions {
  /** Browser locale, which sets navigator.language; defaults to en-US. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Reuse a profile (the caller then owns and removes it); defaults to a fresh temp dir. */
  userDataDir?: string;
  /** Origin the app is served from; defaults to the shared preview server. */
  origin?: string;
  /**
   * A fake microphone and camera (a beeping test signal) that the page may use without a
   * permission prompt, for the readiness checks (issue #9).
   */
  fakeMedia?: boolean;
}

/** Chromium's fake capture device, granted without asking. */
export const FAKE_MEDIA_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export interface LaunchedApp {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
  /** Absolute URL of an app path such as `/roster`. */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Starts Chromium with its own profile at a 360 × 740 phone viewport. The context is closed and a
 * fresh profile removed when the current test finishes, so tests never share storage.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'awb-e2e-')));
  const origin = options.origin ?? baseUrl;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: options.fakeMedia ? [...CHROMIUM_ARGS, ...FAKE_MEDIA_ARGS] : CHROMIUM_ARGS,
    viewport: { width: 360, height: 740 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = context.pages()[0] ?? (await context.newPage());

  let isClosed = false;
  const close = async (): Promise<void> => {
    if (isClosed) return;
    isClosed = true;
    await context.close();
    if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
  };
  onTestFinished(close);

  return { context, page, userDataDir, url: (path) => `${origin}${path}`, close };
}

/** Path of the page's current URL, e.g. `/roster`. */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** Reads one string from `src/i18n/locales/<language>/<namespace>.json` by dotted key. */
export function translation(language: AppLanguage, namespace: string, key: string): string {
  const file = join(ROOT_DIR, 'src/i18n/locales', language, `${namespace}.json`);
  let value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  for (const part of key.split('.')) {
    value = typeof value === 'object' && value !== null ? Reflect.get(value, part) : undefined;
  }
  if (typeof value !== 'string') throw new Error(`No string ${namespace}:${key} in ${file}`);
  return value;
}

/** Resolves once the app has marked the Today screen as rendered with its data. */
export async function waitForTodayRendered(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('awb:today-rendered', 'mark').length > 0,
  );
}

/**
 * First visit: the app sends a new profile to /welcome, the demo button fills the database and
 * lands on Today. `language` picks the button's label when the browser locale is not English.
 */
export async function startDemoWorkspace(
  app: LaunchedApp,
  language: AppLanguage = 'en',
): Promise<void> {
  const { page } = app;
  await page.goto(app.url('/'));
  await page.waitForURL((url) => url.pathname === '/welcome');
  const label =
    language === 'en' ? 'Explore with demo data' : translation(language, 'welcome', 'demo');
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await waitForTodayRendered(page);
}

/**
 * Waits until a service worker controls the page. With registerType 'prompt' the first install
 * does not claim open pages, so one reload may be needed.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  const isActive = await page.evaluate(async (timeoutMs) => {
    const ready = navigator.serviceWorker.ready.then(() => true);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs));
    return Promise.race([ready, timeout]);
  }, ACTION_TIMEOUT_MS);
  if (!isActive) {
    throw new Error(`No service worker became active within ${ACTION_TIMEOUT_MS} ms.`);
  }
  if (await page.evaluate(() => navigator.serviceWorker.controller !== null)) return;
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Clicks a bottom-navigation tab by its accessible name. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main', exact: true })
    .getByRole('link', { name, exact: true })
    .click();
}

/** Waits until the page shows exactly one h1 and it reads `name`. */
export async function expectSingleHeading(page: Page, name: string): Promise<void> {
  await expect
    .poll(() => page.locator('h1').allInnerTexts(), { timeout: ACTION_TIMEOUT_MS })
    .toEqual([name]);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe-core on the current page with the WCAG 2.0/2.1/2.2 A and AA rules and returns one
 * readable line per failing element, e.g. `color-contrast (serious) nav > a: Fix …`.
 */
export async function findAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so a Content-Security-Policy cannot block it.
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const { axe: axeInPage } = window as unknown as { axe: typeof axe };
    const results = await axeInPage.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}) ${node.target.join(' ')}: ` +
          `${violation.help}. ${node.failureSummary ?? ''}`.replace(/\s+/g, ' ').trim(),
      ),
    );
  }, AXE_TAGS);
}

/** Asserts that axe finds nothing and returns the (empty) list. */
export async function expectNoAxeViolations(page: Page, label = pathOf(page)): Promise<string[]> {
  const violations = await findAxeViolations(page);
  expect(violations, `axe violations on ${label}`).toEqual([]);
  return violations;
}
