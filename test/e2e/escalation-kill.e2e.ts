// Issue #4, Bars: "with the network off, raise an escalation, kill the browser process (not a
// polite close) right after the tap, start it again, the escalation is there and pending; turn the
// network on and it is delivered once (the test server counts it)". Real Chromium, SIGKILLed with
// its whole process group (killable-chromium.ts), against the reference server as a child process
// on a PGlite directory (server-process.ts), whose database is read after it stops.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished } from 'vitest';
import { readWorkspaceStores } from './app-storage';
import { browserTest, expectSingleHeading, waitForServiceWorkerControl } from './browser';
import {
  launchKillableChromium,
  waitForCookieOnDisk,
  type KillableChromium,
} from './killable-chromium';
import {
  findFreePort,
  readServerDatabase,
  startServerProcess,
  type ServerProcess,
} from './server-process';
import { SAVED_MESSAGE, signInToDemoOrganisation } from './sync-ui';

const JWT_SECRET = 'escalation-kill-fixed-secret-so-tokens-survive-restarts';
const CATEGORY = 'Customer at risk';
const PENDING_BADGE = 'Saved on this device, waiting to send';
const SENT_BADGE = 'Sent';
/** What the page logs the moment the form's status first reads "saved" (see watchSavedStatus). */
const SAID_SAVED_SIGNAL = 'awb-e2e:said-saved';
const DELIVERY_TIMEOUT_MS = 30_000;
/** Sign-in, a ≤ 30 s wait for the cookie to reach the disk, a kill, a restart and a delivery. */
const TEST_TIMEOUT_MS = 180_000;

interface LocalEscalation {
  id: string;
  description: string;
  syncState: string;
}

interface OutboxRow {
  mutationId: string;
  recordId: string;
}

/** Server process and Chromium on one temp dir; both killed and the dir removed at the end. */
async function startRig() {
  const tempDir = await mkdtemp(join(tmpdir(), 'awb-esc-kill-'));
  const dataDir = join(tempDir, 'pglite');
  const profileDir = join(tempDir, 'profile');
  const live: { server?: ServerProcess; chromium?: KillableChromium } = {};
  onTestFinished(async () => {
    await live.chromium?.kill();
    await live.server?.kill();
    await rm(tempDir, { recursive: true, force: true });
  });
  live.server = await startServerProcess({
    dataDir,
    port: await findFreePort(),
    jwtSecret: JWT_SECRET,
  });
  live.chromium = await launchKillableChromium(profileDir);
  return {
    origin: live.server.url,
    dataDir,
    profileDir,
    server: () => live.server!,
    chromium: () => live.chromium!,
    /** SIGKILL, then a new Chromium on the same profile. */
    async restartChromium() {
      await live.chromium?.kill();
      live.chromium = await launchKillableChromium(profileDir);
      return live.chromium;
    },
  };
}

/**
 * Signs in to the server's demo organisation with the service worker in control, and waits until
 * the refresh cookie is on disk: Chromium writes new cookies only every ~30 s, and this test is
 * about the escalation, not about a kill that takes the sign-in with it (kill-cycles covers that).
 * Returns the name of the workspace's IndexedDB database.
 */
async function signInReadyForKill(page: Page, origin: string, profileDir: string) {
  await page.goto(`${origin}/`);
  await waitForServiceWorkerControl(page);
  await signInToDemoOrganisation(page, origin);
  await waitForServiceWorkerControl(page);
  const database = (await readWorkspaceStores(page, []))?.database;
  if (!database) throw new Error('Signing in opened no workspace database.');
  await waitForCookieOnDisk(profileDir, 'awb_refresh');
  return database;
}

/** Opens Escalate from the header, picks the category and types the description. */
async function fillEscalation(page: Page, description: string) {
  await page.getByRole('link', { name: 'Escalate', exact: true }).first().click();
  await expectSingleHeading(page, 'Escalate');
  await page.getByRole('radio', { name: CATEGORY, exact: true }).check();
  await page.getByLabel('Description (optional)').fill(description);
}

/**
 * Watches the form's status from inside the page with a MutationObserver, started before the
 * click, and logs a signal to the console the moment it first reads "saved". `said` resolves when
 * that signal reaches the test; `saidSaved()` is whether it had by the time it is asked.
 */
async function watchSavedStatus(page: Page) {
  let saidSaved = false;
  let resolveSaid = () => {};
  const said = new Promise<void>((resolve) => {
    resolveSaid = resolve;
  });
  page.on('console', (message) => {
    if (message.text() !== SAID_SAVED_SIGNAL) return;
    saidSaved = true;
    resolveSaid();
  });
  await page.evaluate(
    ({ saved, signal }) => {
      const observer = new MutationObserver(() => {
        const statuses = [...document.querySelectorAll('form [role="status"]')];
        if (!statuses.some((status) => status.textContent?.trim() === saved)) return;
        observer.disconnect();
        console.log(signal);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    { saved: SAVED_MESSAGE, signal: SAID_SAVED_SIGNAL },
  );
  return { said, saidSaved: () => saidSaved };
}

/** After the restart, still offline: what the device holds for `description`. */
async function readLocal(page: Page, database: string, description: string) {
  const snapshot = await readWorkspaceStores(page, ['escalations', 'outbox'], database);
  if (!snapshot) throw new Error(`The workspace database ${database} is gone after the kill.`);
  const escalations = (snapshot.stores.escalations ?? []) as LocalEscalation[];
  const outbox = (snapshot.stores.outbox ?? []) as OutboxRow[];
  const mine = escalations.filter((row) => row.description === description);
  return {
    escalations: mine,
    outbox: outbox.filter((row) => mine.some((escalation) => escalation.id === row.recordId)),
    allOutbox: outbox,
  };
}

/** The list item of `description` in "My escalations" on the Escalate screen. */
function listItem(page: Page, description: string) {
  return page
    .getByRole('region', { name: 'My escalations' })
    .getByRole('listitem')
    .filter({ hasText: description });
}

/** Reopens the app on Escalate with the network still off and waits for the screen. */
async function reopenOffline(chromium: KillableChromium, origin: string) {
  await chromium.context.setOffline(true);
  await chromium.page.goto(`${origin}/escalate`);
  await expectSingleHeading(chromium.page, 'Escalate');
  await chromium.page.getByRole('region', { name: 'My escalations' }).waitFor();
}

/**
 * Network on: the list shows the escalation sent, its timeline shows the server's `received`
 * response, and once the server is stopped its database holds it once, with one applied mutation.
 */
async function expectDeliveredOnce(
  rig: Awaited<ReturnType<typeof startRig>>,
  escalation: LocalEscalation,
  mutationId: string,
) {
  const { context, page } = rig.chromium();
  await context.setOffline(false);
  const item = listItem(page, escalation.description);
  await item
    .getByText(SENT_BADGE, { exact: true })
    .waitFor({ timeout: DELIVERY_TIMEOUT_MS })
    .catch(async (error: unknown) => {
      const shown = await item.innerText().catch(() => '(no list item)');
      throw new Error(
        `Not shown as sent ${DELIVERY_TIMEOUT_MS / 1000} s after going online. ` +
          `It shows: ${shown}`,
        { cause: error },
      );
    });

  await item.getByRole('link').click();
  await expectSingleHeading(page, CATEGORY);
  const received = page
    .getByRole('region', { name: 'Timeline' })
    .locator('li')
    .filter({ has: page.getByText('Received', { exact: true }) });
  await expect
    .poll(async () => received.getAttribute('class'), { timeout: DELIVERY_TIMEOUT_MS })
    .toContain('timeline-done');
  const when = await received.locator('.timeline-when').innerText();
  expect(when, 'the received step carries the time the server applied it').not.toBe('Pending');
  expect(
    (await readLocal(page, await activeDatabase(page), escalation.description)).allOutbox,
    'the outbox is empty once it is delivered',
  ).toEqual([]);

  await rig.server().stop();
  const onServer = await readServerDatabase(rig.dataDir, async (db) => ({
    escalations: await db.query<{ key: string; description: string; deleted: boolean }>(
      `SELECT key, value->>'description' AS description, deleted FROM rows
       WHERE table_name = 'escalations' AND (key = $1 OR value->>'description' = $2)`,
      [escalation.id, escalation.description],
    ),
    received: await db.query<{ kind: string }>(
      `SELECT value->>'kind' AS kind FROM rows
       WHERE table_name = 'escalationResponses' AND value->>'escalationId' = $1 AND NOT deleted`,
      [escalation.id],
    ),
    log: await db.query<{ mutation_id: string; status: string }>(
      'SELECT mutation_id, status FROM mutation_log',
    ),
    quarantined: await db.query('SELECT mutation_id FROM quarantine'),
  }));
  // The server's demo seed holds escalations of its own; only this one's id or text count here.
  expect(onServer.escalations, 'the escalation on the server, exactly once').toEqual([
    { key: escalation.id, description: escalation.description, deleted: false },
  ]);
  expect(onServer.log, 'one applied mutation, and no other').toEqual([
    { mutation_id: mutationId, status: 'applied' },
  ]);
  expect(onServer.received, "the server's receipt, once").toEqual([{ kind: 'received' }]);
  expect(onServer.quarantined).toEqual([]);
}

/** `promise`, or an error with `message` after `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function activeDatabase(page: Page): Promise<string> {
  const database = (await readWorkspaceStores(page, []))?.database;
  if (!database) throw new Error('No workspace database is open.');
  return database;
}

/**
 * Signs in, waits until a kill cannot take the sign-in with it, goes offline and taps Send on an
 * escalation with `description`, watching for the "saved" status from before the tap.
 */
async function sendOfflineReadyToKill(description: string) {
  const rig = await startRig();
  const { context, page } = rig.chromium();
  const database = await signInReadyForKill(page, rig.origin, rig.profileDir);
  await context.setOffline(true);
  await fillEscalation(page, description);
  const status = await watchSavedStatus(page);
  await page.getByRole('button', { name: 'Send escalation' }).click();
  return { rig, database, status };
}

describe('escalation survives a browser kill (issue #4)', () => {
  browserTest(
    'raised offline and SIGKILLed as soon as the UI says saved: after a restart it is there and pending, and online it is delivered once',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const description = 'killed as soon as saved · 乘客说有人跟踪她 · 乘客說有人跟蹤她';
      const { rig, database, status } = await sendOfflineReadyToKill(description);
      await withTimeout(status.said, 10_000, 'The UI did not say saved within 10 s.');
      await rig.chromium().kill();

      const next = await rig.restartChromium();
      await reopenOffline(next, rig.origin);
      const local = await readLocal(next.page, database, description);
      expect(
        local.escalations.map(({ description, syncState }) => ({ description, syncState })),
        'the escalation the UI said was saved is on the device after the kill, pending',
      ).toEqual([{ description, syncState: 'pending' }]);
      const escalation = local.escalations[0]!;
      expect(
        local.outbox.map((row) => row.recordId),
        'its outbox row survived with it',
      ).toEqual([escalation.id]);
      await listItem(next.page, description).getByText(PENDING_BADGE, { exact: true }).waitFor();

      await expectDeliveredOnce(rig, escalation, local.outbox[0]!.mutationId);
    },
  );

  browserTest(
    'SIGKILLed right after the Send click, without waiting: said saved ⇒ there and pending, record and outbox row together, and what is there is delivered once',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const description = 'killed right after the click · 系统崩溃 · 系統當機';
      const { rig, database, status } = await sendOfflineReadyToKill(description);
      await rig.chromium().kill();
      const saidSaved = status.saidSaved();

      const next = await rig.restartChromium();
      await reopenOffline(next, rig.origin);
      const local = await readLocal(next.page, database, description);
      const isPresent = local.escalations.length > 0;
      console.log(
        `kill right after the click: the UI ${saidSaved ? 'had' : 'had not'} said saved; ` +
          `the escalation is ${isPresent ? 'on' : 'not on'} the device after the restart`,
      );
      if (saidSaved) {
        expect(isPresent, 'the UI said saved, so the escalation must be on the device').toBe(true);
      }
      expect(local.escalations.length, 'never more than the one escalation').toBeLessThanOrEqual(1);
      expect(
        local.outbox.map((row) => row.recordId),
        'the record and its outbox row are committed together or not at all',
      ).toEqual(local.escalations.map((row) => row.id));

      if (!isPresent) {
        // Not saved and never said so: nothing to deliver, and nothing must reach the server.
        await expect(listItem(next.page, description).count()).resolves.toBe(0);
        await next.context.setOffline(false);
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        await rig.server().stop();
        const onServer = await readServerDatabase(rig.dataDir, async (db) => ({
          escalations: await db.query(
            `SELECT key FROM rows
             WHERE table_name = 'escalations' AND value->>'description' = $1`,
            [description],
          ),
          log: await db.query('SELECT mutation_id FROM mutation_log'),
        }));
        expect(onServer).toEqual({ escalations: [], log: [] });
        return;
      }
      const escalation = local.escalations[0]!;
      expect(escalation.syncState).toBe('pending');
      await listItem(next.page, description).getByText(PENDING_BADGE, { exact: true }).waitFor();
      await expectDeliveredOnce(rig, escalation, local.outbox[0]!.mutationId);
    },
  );
});
