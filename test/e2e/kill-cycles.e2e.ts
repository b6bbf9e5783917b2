// SYNC.md §5.4 C2, kill cycles (the jepsen-powersync shape): the agent raises escalations, then
// Chromium or the reference server is SIGKILLed and restarted on the same profile, data and port,
// sometimes with the network off around it. At the end the faults stop, the outbox must drain
// within 30 s, and the server must hold every record the UI said was saved, once, and nothing else.
// C2_CYCLES (default 30, nightly 200) and C2_SEED (default random, always logged) replay a run.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished } from 'vitest';
import { generateDemoWorkspace } from '@/data/demo/generate-demo-workspace';
import { shanghaiToday } from '../../server/src/demo-seed';
import { countOutbox, readWorkspaceStores } from './app-storage';
import { browserTest } from './browser';
import { launchKillableChromium, type KillableChromium } from './killable-chromium';
import {
  findFreePort,
  readServerDatabase,
  startServerProcess,
  type ServerProcess,
} from './server-process';
import {
  ESCALATION_CATEGORIES,
  raiseEscalation,
  seededRandom,
  SIGNED_OUT_MESSAGE,
  signInAgainToDemoOrganisation,
  signInToDemoOrganisation,
} from './sync-ui';

const CYCLES = Number(process.env.C2_CYCLES ?? 30);
const SEED = Number(process.env.C2_SEED ?? Math.floor(Math.random() * 2 ** 32));
const JWT_SECRET = 'kill-cycles-fixed-secret-so-tokens-survive-restarts';
const DRAIN_LIMIT_MS = 30_000;
const QUIESCE_MS = 3_000;
/** 30 cycles take about 3 min on 2 cores; the budget scales for nightly runs. */
const TEST_TIMEOUT_MS = Math.max(360_000, CYCLES * 12_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keys of the demo organisation's own past escalations (`demo-escalation-*`), which the server
 * seeds and the device pulls; every other escalation on either side is one the test raised.
 */
const SEEDED_ESCALATION_KEYS = new Set(
  generateDemoWorkspace(shanghaiToday()).escalations.map((row) => row.id),
);
const isSeededEscalation = (key: string) => SEEDED_ESCALATION_KEYS.has(key);

interface LocalEscalation {
  id: string;
  description: string;
  syncState: string;
}

/** Rows of the local escalations, outbox and rejected stores. */
async function readLocal(page: Page) {
  const snapshot = await readWorkspaceStores(page, ['escalations', 'outbox', 'rejected']);
  if (!snapshot) throw new Error('The workspace database is gone.');
  return {
    escalations: (snapshot.stores.escalations ?? []) as LocalEscalation[],
    outbox: snapshot.stores.outbox ?? [],
    rejected: snapshot.stores.rejected ?? [],
  };
}

/** Descriptions in `actual` that are missing from, or extra to, `expected` (a multiset diff). */
function multisetDiff(expected: readonly string[], actual: readonly string[]) {
  const counts = new Map<string, number>();
  for (const value of expected) counts.set(value, (counts.get(value) ?? 0) + 1);
  for (const value of actual) counts.set(value, (counts.get(value) ?? 0) - 1);
  const missing = [...counts].filter(([, count]) => count > 0).map(([value]) => value);
  const extra = [...counts].filter(([, count]) => count < 0).map(([value]) => value);
  return { missing, extra };
}

interface Reopened {
  /** What the app showed: the workspace it had open, or the first-start welcome screen. */
  opened: 'workspace' | 'welcome';
  /** Status of the session refresh the app sends at start, `null` when none was seen. */
  refreshStatus: number | null;
}

/** Opens the app on Me after a restart and reports what it came back to. */
async function reopenApp(page: Page, origin: string): Promise<Reopened> {
  // The access token died with the process; the app asks for a new one with the refresh cookie.
  const refresh = page
    .waitForResponse((response) => new URL(response.url()).pathname === '/api/auth/refresh', {
      timeout: 15_000,
    })
    .catch(() => null);
  await page.goto(`${origin}/me`);
  const opened = await Promise.race([
    page
      .getByRole('region', { name: 'Account' })
      .waitFor()
      .then(() => 'workspace' as const),
    page.waitForURL((url) => url.pathname === '/welcome').then(() => 'welcome' as const),
  ]);
  const response = opened === 'welcome' ? null : await refresh;
  return { opened, refreshStatus: response?.status() ?? null };
}

/**
 * After a browser kill: the app reopens its workspace, resumes the session from the refresh
 * cookie alone and still holds every saved record. Throws, naming what was lost, otherwise.
 */
async function resumeAfterBrowserKill(page: Page, origin: string, saved: readonly string[]) {
  const { opened, refreshStatus } = await reopenApp(page, origin);
  const problem =
    opened === 'welcome'
      ? 'the app forgot its workspace and shows the welcome screen'
      : refreshStatus === null
        ? 'no session refresh within 15 s'
        : refreshStatus !== 200
          ? `POST /api/auth/refresh answered ${refreshStatus}`
          : null;
  if (problem !== null) {
    const cookies = await page.context().cookies();
    throw new Error(
      `Session lost after a browser kill: ${problem}. ` +
        `Cookies now: ${JSON.stringify(cookies.map((c) => `${c.name}@${c.path}`))}.`,
    );
  }
  await page
    .getByRole('region', { name: 'Account' })
    .getByText('Signed in', { exact: true })
    .waitFor();
  const local = await readLocal(page);
  const { missing } = multisetDiff(
    saved,
    local.escalations.map((row) => row.description),
  );
  expect(missing, 'records the UI called saved, missing on the device after a kill').toEqual([]);
  expect(local.rejected).toEqual([]);
}

/**
 * Chromium keeps new cookies in memory and writes them to its profile at most every 30 s, so a kill
 * before that loses the sign-in itself (the first test covers that). Resolves once the refresh
 * cookie's name appears in the profile's cookie database.
 */
async function waitForCookieOnDisk(profileDir: string, name: string): Promise<void> {
  const file = join(profileDir, 'Default', 'Cookies');
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    if (bytes.includes(name)) return;
    await sleep(500);
  }
  throw new Error(`Chromium did not write the ${name} cookie to ${file} within 60 s.`);
}

/**
 * Me, after a kill that took the session: the Account section says the agent is not signed in and
 * that records wait, and Sync counts `pending` of them waiting to send.
 */
async function expectSignedOutWithWaiting(page: Page, pending: number, context: string) {
  const account = page.getByRole('region', { name: 'Account' });
  await account
    .getByText(SIGNED_OUT_MESSAGE, { exact: true })
    .waitFor()
    .catch(async () => {
      const shown = await account.innerText().catch(() => '(no Account section)');
      throw new Error(`Me does not say the agent is signed out (${context}). It shows: ${shown}`);
    });
  await page
    .getByRole('region', { name: 'Sync' })
    .locator(`dt:text-is("Waiting to send") + dd:text-is("${pending}")`)
    .waitFor();
}

/** Resolves once the open workspace's outbox in `database` is empty; throws after 20 s. */
async function waitForOutboxDrained(page: Page, database: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let rows: unknown[] = [];
  while (Date.now() < deadline) {
    rows = (await readWorkspaceStores(page, ['outbox'], database))?.stores.outbox ?? [];
    if (rows.length === 0) return;
    await sleep(250);
  }
  throw new Error(`The outbox still holds ${rows.length} rows 20 s after signing in again.`);
}

/** Server process and Chromium on one temp dir, both killed and the dir removed at the end. */
async function startRig() {
  const tempDir = await mkdtemp(join(tmpdir(), 'awb-c2-'));
  const dataDir = join(tempDir, 'pglite');
  const profileDir = join(tempDir, 'profile');
  const serverOptions = { dataDir, port: await findFreePort(), jwtSecret: JWT_SECRET };
  const live: { server?: ServerProcess; chromium?: KillableChromium } = {};
  onTestFinished(async () => {
    await live.chromium?.kill();
    await live.server?.kill();
    await rm(tempDir, { recursive: true, force: true });
  });
  live.server = await startServerProcess(serverOptions);
  live.chromium = await launchKillableChromium(profileDir);
  return {
    origin: live.server.url,
    dataDir,
    profileDir,
    server: () => live.server!,
    chromium: () => live.chromium!,
    async restartServer(downMs = 0) {
      await live.server?.kill();
      if (downMs > 0) await sleep(downMs);
      live.server = await startServerProcess(serverOptions);
    },
    async restartChromium() {
      await live.chromium?.kill();
      live.chromium = await launchKillableChromium(profileDir);
      return live.chromium;
    },
  };
}

describe('kill cycles (SYNC.md C2)', () => {
  browserTest(
    'Chromium killed a second after sign-in and an offline save reopens that workspace with the record waiting; signing in again delivers it once',
    async () => {
      const rig = await startRig();
      const { context, page } = rig.chromium();
      await signInToDemoOrganisation(page, rig.origin);
      const database = (await readWorkspaceStores(page, []))?.database;
      if (!database) throw new Error('Signing in opened no workspace database.');
      // Saved offline, so it is still waiting to be sent when the browser dies.
      await context.setOffline(true);
      const description = 'C2 saved offline a second before the kill · 乘客求助';
      await raiseEscalation(page, 'Customer at risk', description);
      await sleep(1_000);

      // Chromium writes localStorage to its profile seconds late and new cookies only every ~30 s,
      // so this kill loses the refresh cookie and usually the localStorage pointer. The app keeps its own pointer to the open workspace durably, so
      // the workspace must come back; the HttpOnly refresh cookie cannot (browser behaviour we
      // accept), so the agent signs in again while the record waits in the outbox.
      const next = await rig.restartChromium();
      const reopened = await reopenApp(next.page, rig.origin);
      expect(
        reopened.opened,
        'the app reopens the workspace it had open, not the welcome screen',
      ).toBe('workspace');
      const afterKill = await readWorkspaceStores(next.page, ['escalations', 'outbox'], database);
      const escalations = ((afterKill?.stores.escalations ?? []) as LocalEscalation[]).filter(
        (row) => !isSeededEscalation(row.id),
      );
      const outbox = (afterKill?.stores.outbox ?? []) as { mutationId: string; recordId: string }[];
      expect(
        escalations.map(({ description, syncState }) => ({ description, syncState })),
        'the saved record is on the device, waiting to be sent',
      ).toEqual([{ description, syncState: 'pending' }]);
      expect(outbox.map((row) => row.recordId)).toEqual([escalations[0]!.id]);

      // Me says why nothing is sent, and what waits.
      const cookies = (await next.context.cookies()).map((cookie) => cookie.name);
      await expectSignedOutWithWaiting(
        next.page,
        1,
        `cookies after the kill: ${cookies.join(', ')}`,
      );

      await signInAgainToDemoOrganisation(next.page, rig.origin);
      await waitForOutboxDrained(next.page, database);
      const delivered = await readWorkspaceStores(next.page, ['escalations'], database);
      expect(
        (delivered?.stores.escalations as LocalEscalation[])
          .filter((row) => !isSeededEscalation(row.id))
          .map(({ description, syncState }) => ({ description, syncState })),
      ).toEqual([{ description, syncState: 'sent' }]);

      await rig.server().stop();
      const onServer = await readServerDatabase(rig.dataDir, async (db) => ({
        escalations: await db.query<{ key: string; deleted: boolean }>(
          `SELECT key, deleted FROM rows
           WHERE table_name = 'escalations' AND value->>'description' = $1`,
          [description],
        ),
        log: await db.query<{ mutation_id: string; status: string }>(
          'SELECT mutation_id, status FROM mutation_log',
        ),
      }));
      expect(onServer.escalations, 'the record on the server, once').toEqual([
        { key: escalations[0]!.id, deleted: false },
      ]);
      expect(onServer.log, 'one mutation applied, no other').toEqual([
        { mutation_id: outbox[0]!.mutationId, status: 'applied' },
      ]);
    },
  );

  browserTest(
    `${CYCLES} cycles of creates and SIGKILLs of Chromium or the server lose and duplicate nothing`,
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const startedAt = Date.now();
      console.log(`C2 kill cycles: seed ${SEED}, ${CYCLES} cycles (replay with C2_SEED=${SEED})`);
      const random = seededRandom(SEED);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

      const rig = await startRig();
      const { origin } = rig;
      await signInToDemoOrganisation(rig.chromium().page, origin);
      // The cycles are about steady use: they start once sign-in has reached the disk.
      await waitForCookieOnDisk(rig.profileDir, 'awb_refresh');

      const saved: string[] = [];
      const tally = { browserKills: 0, serverKills: 0, offlineCycles: 0 };
      for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
        const { context, page } = rig.chromium();
        let isOffline = random() < 0.3;
        if (isOffline) {
          tally.offlineCycles += 1;
          await context.setOffline(true);
        }
        const creates = 1 + Math.floor(random() * 5);
        for (let index = 1; index <= creates; index += 1) {
          const description = `C2 ${SEED} cycle ${cycle} record ${index} · 乘客求助`;
          await raiseEscalation(page, pick(ESCALATION_CATEGORIES), description);
          saved.push(description);
        }
        // Half the offline cycles come back online just before the kill, so it hits a push.
        if (isOffline && random() < 0.5) {
          await context.setOffline(false);
          isOffline = false;
        }
        const delayMs = Math.floor(random() * 2_000);
        await sleep(delayMs);
        const killsServer = random() < 0.25;
        console.log(
          `cycle ${cycle}: ${creates} created, ${isOffline ? 'offline' : 'online'}, ` +
            `${delayMs} ms, kill ${killsServer ? 'server' : 'chromium'}`,
        );
        if (killsServer) {
          tally.serverKills += 1;
          await rig.restartServer(random() < 0.5 ? Math.floor(random() * 1_000) : 0);
          if (isOffline) await context.setOffline(false);
        } else {
          tally.browserKills += 1;
          await resumeAfterBrowserKill((await rig.restartChromium()).page, origin, saved);
        }
      }

      // Heal (everything up and online), quiesce, then the outbox must drain by itself.
      const { context, page } = rig.chromium();
      await context.setOffline(false);
      const healedAt = Date.now();
      await sleep(QUIESCE_MS);
      let pending = await countOutbox(page);
      while (pending !== 0 && Date.now() - healedAt < DRAIN_LIMIT_MS) {
        await sleep(250);
        pending = await countOutbox(page);
      }
      const drainMs = Date.now() - healedAt;
      expect(pending, `outbox rows ${DRAIN_LIMIT_MS / 1000} s after heal`).toBe(0);

      const local = await readLocal(page);
      expect(local.rejected).toEqual([]);
      expect(
        multisetDiff(
          saved,
          local.escalations
            .filter((row) => !isSeededEscalation(row.id))
            .map((row) => row.description),
        ),
      ).toEqual({
        missing: [],
        extra: [],
      });
      expect(local.escalations.filter((row) => row.syncState !== 'sent')).toEqual([]);

      await rig.server().stop();
      const onServer = await readServerDatabase(rig.dataDir, async (db) => ({
        escalations: await db.query<{ key: string; description: string; deleted: boolean }>(
          `SELECT key, value->>'description' AS description, deleted FROM rows
           WHERE table_name = 'escalations' ORDER BY key`,
        ),
        log: await db.query<{ mutation_id: string; name: string; status: string }>(
          'SELECT mutation_id, name, status FROM mutation_log',
        ),
        quarantined: await db.query('SELECT mutation_id, reason FROM quarantine'),
      }));
      const serverDescriptions = onServer.escalations
        .filter((row) => !isSeededEscalation(row.key))
        .map((row) => row.description);
      const diff = multisetDiff(saved, serverDescriptions);
      expect(diff.missing, 'saved in the UI but not on the server (lost)').toEqual([]);
      expect(diff.extra, 'on the server more often than saved (duplicated or unknown)').toEqual([]);
      expect(
        onServer.escalations
          .filter((row) => isSeededEscalation(row.key))
          .map((row) => row.key)
          .sort(),
        'the seeded escalations, still there',
      ).toEqual([...SEEDED_ESCALATION_KEYS].sort());
      expect(onServer.escalations.filter((row) => row.deleted)).toEqual([]);
      // Every key, the seeded ones included: the device holds exactly what the server does.
      expect(onServer.escalations.map((row) => row.key).sort()).toEqual(
        local.escalations.map((row) => row.id).sort(),
      );
      expect(onServer.log.filter((row) => row.status !== 'applied')).toEqual([]);
      expect(onServer.log).toHaveLength(saved.length);
      expect(onServer.quarantined).toEqual([]);

      console.log(
        `C2 kill cycles: seed ${SEED}, ${CYCLES} cycles, ${saved.length} records, ` +
          `${tally.browserKills} Chromium kills, ${tally.serverKills} server kills, ` +
          `${tally.offlineCycles} offline cycles, drained ${drainMs} ms after heal, ` +
          `${Math.round((Date.now() - startedAt) / 1000)} s in all`,
      );
    },
  );
});
