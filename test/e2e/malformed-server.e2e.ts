// SYNC.md §5.4 C4, malformed server: for a while every pull answer is broken on the way (cut off,
// wrong types, an HTML page with 200, a valid page with one bad change). The app must keep working
// (the agent can still raise an escalation), say that sync has a problem, apply nothing of a bad
// answer (I3: employer tables and cursor unchanged), and catch up once the answers are sound again.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished } from 'vitest';
import { EMPLOYER_TABLES } from '@/domain/sync/protocol';
import { DEMO_AGENT } from '../../server/src/demo-seed';
import { startServer } from '../../server/src/start-server';
import { metaValue, readWorkspaceStores, type StoreSnapshot } from './app-storage';
import { browserTest, expectSingleHeading, launchApp, openTab } from './browser';
import { raiseEscalation, signInToDemoOrganisation } from './sync-ui';

const DIST_DIR = join(import.meta.dirname, '..', '..', 'dist');
const ROUNDS_PER_VARIANT = 2;

type PullBody = Record<string, unknown> & { changes: unknown[] };

/** Ways a pull answer arrives broken, each made from the server's real answer. */
const VARIANTS: { name: string; rewrite(real: string): { body: string; contentType: string } }[] = [
  {
    name: 'truncated JSON',
    rewrite: (real) => ({
      body: real.slice(0, Math.floor(real.length / 2)),
      contentType: 'application/json',
    }),
  },
  {
    name: 'HTML page with 200',
    rewrite: () => ({
      body: '<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>',
      contentType: 'text/html',
    }),
  },
  {
    name: 'cursor is a number',
    rewrite: (real) => json({ ...parse(real), cursor: 42 }),
  },
  {
    name: 'changes is a string',
    rewrite: (real) => json({ ...parse(real), changes: 'none' }),
  },
  {
    name: 'valid changes plus one for an unknown table',
    rewrite: (real) => {
      const body = parse(real);
      const extra = { table: 'salaries', op: 'put', key: 'x', value: { id: 'x' } };
      return json({ ...body, changes: [...body.changes, extra] });
    },
  },
  {
    name: 'valid changes plus a profile row of the wrong type',
    rewrite: (real) => {
      const body = parse(real);
      const extra = { table: 'agentProfile', op: 'put', key: DEMO_AGENT.agentId, value: 7 };
      return json({ ...body, changes: [...body.changes, extra] });
    },
  },
];

function parse(real: string): PullBody {
  return JSON.parse(real) as PullBody;
}

function json(body: unknown) {
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

/** The employer-owned tables and the pull cursor: what a pull may write. */
async function pulledState(page: Page) {
  const snapshot: StoreSnapshot | null = await readWorkspaceStores(page, [
    ...EMPLOYER_TABLES,
    'meta',
    'outbox',
  ]);
  if (!snapshot) throw new Error('No workspace database.');
  const tables = Object.fromEntries(EMPLOYER_TABLES.map((name) => [name, snapshot.stores[name]]));
  return {
    tables,
    cursor: metaValue(snapshot, 'cursor'),
    outbox: snapshot.stores.outbox ?? [],
  };
}

describe('malformed server answers (SYNC.md C4)', () => {
  browserTest(
    'broken pull answers change nothing on the device, and sync recovers when they stop',
    async () => {
      const server = await startServer({ seed: 'demo', staticDir: DIST_DIR });
      onTestFinished(() => server.close());
      // The demo organisation comes with escalations of its own.
      const seededEscalations = await server.admin.countRows('escalations');
      const app = await launchApp({ origin: server.url });
      const { context, page } = app;
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signInToDemoOrganisation(page, server.url);

      await openTab(page, 'Me');
      const syncSection = page.getByRole('region', { name: 'Sync', exact: true });
      const profileSection = page.getByRole('region', { name: 'Profile', exact: true });
      await syncSection.getByText('Up to date', { exact: true }).waitFor({ timeout: 20_000 });
      const before = await pulledState(page);
      expect(before.cursor, 'a cursor after the first sync').toEqual(expect.any(String));
      const profile = before.tables.agentProfile?.[0] as { id: string; level: string };
      expect(profile.id).toBe(DEMO_AGENT.agentId);
      const newLevel = profile.level === 'two-star' ? 'three-star' : 'two-star';
      const newLevelLabel = newLevel === 'two-star' ? 'Two-star' : 'Three-star';

      // From now on every pull answer is broken on the way, and the employer has news for her,
      // so the real answers under the broken ones carry a change that must not land.
      const served: string[] = [];
      await context.route('**/api/sync/pull', async (route) => {
        const real = await route.fetch();
        const variant = VARIANTS[served.length % VARIANTS.length]!;
        const { body, contentType } = variant.rewrite(await real.text());
        await route.fulfill({ status: 200, contentType, body });
        served.push(variant.name);
      });
      await server.admin.writeAsEmployer(DEMO_AGENT.agentId, [
        {
          table: 'agentProfile',
          op: 'put',
          key: profile.id,
          value: { ...profile, level: newLevel },
        },
      ]);

      const syncAndExpectProblem = async () => {
        const count = served.length;
        await syncSection.getByRole('button', { name: 'Sync now' }).click();
        await expect.poll(() => served.length, { timeout: 15_000 }).toBeGreaterThan(count);
        await syncSection
          .getByText('Could not sync: will retry', { exact: true })
          .waitFor({ timeout: 10_000 });
      };

      // The engine retries on its own after a bad answer (backoff ≤ 1 s, then ≤ 2 s, ≤ 4 s).
      await syncAndExpectProblem();
      await expect.poll(() => served.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);

      for (let round = 0; round < VARIANTS.length * ROUNDS_PER_VARIANT; round += 1) {
        await syncAndExpectProblem();
        if (round === VARIANTS.length) {
          // Halfway through, the agent keeps working: she raises an escalation and looks around.
          await raiseEscalation(page, 'System outage', 'C4 raised while sync is broken · 系统故障');
          await openTab(page, 'Roster');
          await expectSingleHeading(page, 'Roster');
          await openTab(page, 'Me');
        }
      }
      expect(new Set(served)).toEqual(new Set(VARIANTS.map((variant) => variant.name)));

      // I3: not one bad answer wrote anything a pull may write.
      const during = await pulledState(page);
      expect(during.tables).toEqual(before.tables);
      expect(during.cursor).toBe(before.cursor);
      await expect(profileSection.getByText(newLevelLabel, { exact: true }).count()).resolves.toBe(
        0,
      );
      expect(pageErrors).toEqual([]);

      // Sound answers again: one sync brings the employer's change and the escalation goes out.
      await context.unrouteAll({ behavior: 'wait' });
      await syncSection.getByRole('button', { name: 'Sync now' }).click();
      await syncSection.getByText('Up to date', { exact: true }).waitFor({ timeout: 20_000 });
      await profileSection.getByText(newLevelLabel, { exact: true }).waitFor({ timeout: 10_000 });
      const after = await pulledState(page);
      expect(after.cursor).toEqual(expect.any(String));
      expect(after.cursor).not.toBe(before.cursor);
      expect(after.tables.agentProfile).toEqual([{ ...profile, level: newLevel }]);
      // Besides the profile, the only new employer-owned row is the server's receipt of the
      // escalation raised during the breakage.
      const responsesBefore = (before.tables.escalationResponses ?? []) as { id: string }[];
      const newResponses = ((after.tables.escalationResponses ?? []) as { id: string }[]).filter(
        (response) => !responsesBefore.some((old) => old.id === response.id),
      );
      expect(newResponses).toEqual([expect.objectContaining({ kind: 'received' })]);
      expect({
        ...after.tables,
        agentProfile: before.tables.agentProfile,
        escalationResponses: responsesBefore,
      }).toEqual(before.tables);
      expect(after.outbox).toEqual([]);
      expect(await server.admin.countRows('escalations')).toBe(seededEscalations + 1);
      expect(pageErrors).toEqual([]);
    },
  );
});
