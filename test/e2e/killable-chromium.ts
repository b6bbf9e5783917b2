// Chromium as a process this test owns (SYNC.md §5.4, C2): spawned with a fixed profile and a
// DevTools port, attached with connectOverCDP, and SIGKILLed by its process group when a test
// wants a crash rather than a clean close. A persistent context launched by Playwright can only be
// closed, which flushes the profile first; a kill is what a phone's OOM killer or a power loss does.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export interface KillableChromium {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  pid: number;
  /** SIGKILL to Chromium's whole process group; resolves once the browser process is gone. */
  kill(): Promise<void>;
}

const START_TIMEOUT_MS = 20_000;
const ACTION_TIMEOUT_MS = 15_000;

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Reads `DevToolsActivePort` (port on line 1) once Chromium has written it. */
async function readDevToolsPort(userDataDir: string, child: ChildProcess): Promise<number> {
  const file = join(userDataDir, 'DevToolsActivePort');
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Chromium exited early (${child.exitCode ?? child.signalCode}).`);
    }
    const text = await readFile(file, 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (Number.isInteger(port) && port > 0) return port;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Chromium wrote no ${file} within ${START_TIMEOUT_MS} ms.`);
}

/**
 * Starts Chromium on `userDataDir` (created if missing, reused as is otherwise) with the shared
 * flags at a 360 × 740 phone window, and attaches to its default (persistent) context.
 */
export async function launchKillableChromium(userDataDir: string): Promise<KillableChromium> {
  // A port file left by a killed run would point at a dead port.
  await rm(join(userDataDir, 'DevToolsActivePort'), { force: true });
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      `--user-data-dir=${userDataDir}`,
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      '--window-size=360,740',
      '--lang=en-US',
      'about:blank',
    ],
    // Its own process group, so a kill takes the renderers and helpers down with the browser.
    { detached: true, stdio: 'ignore', env: { ...process.env, LANG: 'en_US.UTF-8' } },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${CHROMIUM_PATH}.`);
  const exited = waitForExit(child);
  const kill = async () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await exited;
  };
  try {
    const port = await readDevToolsPort(userDataDir, child);
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context.');
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 360, height: 740 });
    return { browser, context, page, pid, kill };
  } catch (error) {
    await kill();
    throw error;
  }
}

/**
 * Chromium keeps new cookies in memory and writes them to its profile at most every 30 s, so a kill
 * before that loses the sign-in. Resolves once a cookie named `name` appears in the profile's cookie
 * database; throws after `timeoutMs`.
 */
export async function waitForCookieOnDisk(
  userDataDir: string,
  name: string,
  timeoutMs = 60_000,
): Promise<void> {
  const file = join(userDataDir, 'Default', 'Cookies');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    if (bytes.includes(name)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Chromium did not write the ${name} cookie to ${file} within ${timeoutMs} ms.`);
}
