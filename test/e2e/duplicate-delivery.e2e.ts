// SYNC.md §5.4 C3, duplicate delivery from the browser: every push the app sends reaches the server
// twice (a retry after a lost answer, a proxy replaying a request), and the app only sees the
// second answer. The server must apply each record once and answer the replay `duplicate`, and the
// app must take `duplicate` as delivered.
import { join } from 'node:path';
import { describe, expect, onTestFinished } from 'vitest';
import { startServer } from '../../server/src/start-server';
import { readWorkspaceStores } from './app-storage';
import { browserTest, launchApp } from './browser';
import { ESCALATION_CATEGORIES, raiseEscalation, signInToDemoOrganisation } from './sync-ui';

const DIST_DIR = join(import.meta.dirname, '..', '..', 'dist');

interface PushBody {
  mutations: { mutationId: string; recordId: string; name: string }[];
}
interface PushAnswer {
  results?: { mutationId: string; status: string }[];
}

async function waitUntil(isDone: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isDone()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return isDone();
}

describe('duplicate delivery from the browser (SYNC.md C3)', () => {
  browserTest('each push delivered twice still stores every record exactly once', async () => {
    const server = await startServer({ seed: 'demo', staticDir: DIST_DIR });
    onTestFinished(() => server.close());
    const app = await launchApp({ origin: server.url });
    const { context, page } = app;
    await signInToDemoOrganisation(page, server.url);

    // While `isHeld`, pushes fail as if the network dropped, so records pile up into one batch.
    let isHeld = false;
    const sent: PushBody[] = [];
    const answers: { first: PushAnswer; second: PushAnswer }[] = [];
    await context.route('**/api/sync/push', async (route) => {
      if (isHeld) return route.abort('internetdisconnected');
      sent.push(route.request().postDataJSON() as PushBody);
      const first = await route.fetch();
      const second = await route.fetch();
      answers.push({
        first: (await first.json()) as PushAnswer,
        second: (await second.json()) as PushAnswer,
      });
      await route.fulfill({ response: second });
    });

    const descriptions: string[] = [];
    const raise = async (description: string) => {
      const category = ESCALATION_CATEGORIES[descriptions.length % ESCALATION_CATEGORIES.length]!;
      await raiseEscalation(page, category, description);
      descriptions.push(description);
    };
    // The demo organisation comes with escalations of its own; count only what this test adds.
    const seeded = await server.admin.countRows('escalations');
    const countOnServer = async () => (await server.admin.countRows('escalations')) - seeded;

    // Three records one at a time, each pushed (twice) on its own.
    for (let index = 1; index <= 3; index += 1) {
      await raise(`C3 single ${index} · 重复投递`);
      expect(await waitUntil(async () => (await countOnServer()) >= index, 15_000)).toBe(true);
    }
    // Three more while pushes fail, then sent (twice) together in one push.
    isHeld = true;
    for (let index = 1; index <= 3; index += 1) await raise(`C3 batch ${index} · 重复投递`);
    isHeld = false;
    await page.getByRole('link', { name: 'Me', exact: true }).click();
    await page.getByRole('button', { name: 'Sync now' }).click();

    const isDrained = async () => {
      const snapshot = await readWorkspaceStores(page, ['outbox']);
      return snapshot?.stores.outbox?.length === 0 && (await countOnServer()) >= 6;
    };
    expect(await waitUntil(isDrained, 20_000), 'outbox drained and 6 rows on the server').toBe(
      true,
    );

    // The server holds each record once.
    expect(await countOnServer()).toBe(descriptions.length);
    const log = await server.admin.mutationLog();
    expect(log.map((entry) => entry.status)).toEqual(descriptions.map(() => 'applied'));
    expect(new Set(log.map((entry) => entry.mutationId)).size).toBe(descriptions.length);
    expect(await server.admin.listQuarantine()).toEqual([]);

    // Every push really went twice: the first answer applied it, the replay was a duplicate.
    const sentIds = sent.flatMap((body) => body.mutations.map((m) => m.mutationId));
    expect(new Set(sentIds)).toEqual(new Set(log.map((entry) => entry.mutationId)));
    expect(sent.some((body) => body.mutations.length === 3)).toBe(true);
    const firstStatuses = answers.flatMap(({ first }) => first.results ?? []);
    const secondStatuses = answers.flatMap(({ second }) => second.results ?? []);
    expect(firstStatuses.filter((r) => r.status === 'applied')).toHaveLength(descriptions.length);
    expect(secondStatuses.length).toBeGreaterThanOrEqual(descriptions.length);
    expect(secondStatuses.filter((r) => r.status !== 'duplicate')).toEqual([]);

    // The app took the `duplicate` answers as delivered: nothing waiting, nothing refused.
    const local = await readWorkspaceStores(page, ['escalations', 'rejected']);
    const escalations = (
      (local?.stores.escalations ?? []) as { description: string; syncState: string }[]
    ).filter((row) => row.description.startsWith('C3 '));
    expect(escalations.map((row) => row.description).sort()).toEqual([...descriptions].sort());
    expect(escalations.map((row) => row.syncState)).toEqual(descriptions.map(() => 'sent'));
    expect(local?.stores.rejected).toEqual([]);
    await page.getByRole('link', { name: 'Escalate', exact: true }).click();
    const mine = page.getByRole('region', { name: 'My escalations' });
    await expect
      .poll(
        () =>
          mine
            .getByRole('listitem')
            .filter({ hasText: 'C3 ' })
            .getByText('Sent', { exact: true })
            .count(),
        { timeout: 10_000 },
      )
      .toBe(descriptions.length);
  });
});
