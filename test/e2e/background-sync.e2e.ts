// Background Sync as a wake-up hint (SYNC.md §4.8): a local write asks the browser for a `sync`
// event tagged 'outbox'; the service worker (public/sw-background-sync.js) relays the event to the
// page, which runs a sync cycle at once. The event is dispatched here through the DevTools
// protocol, as Chromium would when the connection comes back.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  browserTest,
  expectSingleHeading,
  launchApp,
  startDemoWorkspace,
  waitForServiceWorkerControl,
} from './browser';

const TIMEOUT_MS = 15_000;

/** Collects every message the service worker posts to the page in `window.__swMessages`. */
async function recordServiceWorkerMessages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const messages: unknown[] = [];
    Reflect.set(window, '__swMessages', messages);
    navigator.serviceWorker.addEventListener('message', (event) => messages.push(event.data));
  });
}

async function countWakeMessages(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (Reflect.get(window, '__swMessages') as { type?: string }[]).filter(
        (message) => message?.type === 'sync-wake',
      ).length,
  );
}

/** When the open workspace last finished a sync cycle, read from its database. */
async function readLastSyncOkAt(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const name = databases.map((info) => info.name).find((n) => n?.startsWith('agent-workbench:'));
    if (!name) return null;
    return new Promise<string | null>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const read = db.transaction('meta').objectStore('meta').get('lastSyncOkAt');
        read.onerror = () => reject(read.error);
        read.onsuccess = () => {
          db.close();
          resolve((read.result as { value?: string } | undefined)?.value ?? null);
        };
      };
    });
  });
}

/** The id of the service worker registration for `origin`, from the DevTools protocol. */
async function findRegistrationId(session: CDPSession, origin: string): Promise<string> {
  const found = new Promise<string>((resolve) => {
    session.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const registration = registrations.find(
        (candidate) => !candidate.isDeleted && candidate.scopeURL.startsWith(origin),
      );
      if (registration) resolve(registration.registrationId);
    });
  });
  await session.send('ServiceWorker.enable');
  return found;
}

/** Reloads and waits until the new page's engine has run its boot cycle (its triggers are on). */
async function reloadAndAwaitBootSync(page: Page): Promise<void> {
  const reloadedAt = Date.now();
  await page.reload();
  await expect
    .poll(async () => Date.parse((await readLastSyncOkAt(page)) ?? '') >= reloadedAt, {
      timeout: TIMEOUT_MS,
    })
    .toBe(true);
}

describe('Background Sync wake-up', () => {
  browserTest(
    'the relayed sync event makes the page sync now, and a write asks for one',
    async () => {
      const app = await launchApp();
      const { page } = app;
      await startDemoWorkspace(app);
      await waitForServiceWorkerControl(page);
      await reloadAndAwaitBootSync(page);
      await recordServiceWorkerMessages(page);
      const origin = new URL(page.url()).origin;
      const session = await app.context.newCDPSession(page);
      const registrationId = await findRegistrationId(session, origin);
      const dispatch = (tag: string) =>
        session.send('ServiceWorker.dispatchSyncEvent', {
          origin,
          registrationId,
          tag,
          lastChance: false,
        });

      // Another tag is none of the page's business.
      await dispatch('something-else');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await countWakeMessages(page)).toBe(0);

      const before = await readLastSyncOkAt(page);
      await dispatch('outbox');
      await expect.poll(() => countWakeMessages(page), { timeout: TIMEOUT_MS }).toBe(1);
      await expect.poll(() => readLastSyncOkAt(page), { timeout: TIMEOUT_MS }).not.toBe(before);

      await page.getByRole('link', { name: 'Escalate', exact: true }).click();
      await expectSingleHeading(page, 'Escalate');
      await page.getByRole('radio', { name: 'Other' }).check();
      await page.getByRole('button', { name: 'Send escalation' }).click();
      await page
        .getByText('Saved on this device. It will be sent as soon as there is a connection.')
        .waitFor();
      // The write registered the 'outbox' tag; online, Chromium fires it at once.
      await expect.poll(() => countWakeMessages(page), { timeout: TIMEOUT_MS }).toBe(2);
    },
  );
});
