import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished } from 'vitest';
import { startServer } from '../../server/src/start-server';
import { countOutbox } from './app-storage';
import {
  browserTest,
  expectSingleHeading,
  launchApp,
  waitForServiceWorkerControl,
} from './browser';
import { startPreviewServer } from './preview-server';
import { openOfflineDemo } from './offline-demo';
import { SAVED_MESSAGE } from './sync-ui';

const DIST_DIR = join(import.meta.dirname, '..', '..', 'dist');

describe('escalation with the network off', () => {
  browserTest('is saved on the device before the UI says so and survives a reload', async () => {
    const { page } = await openOfflineDemo();

    await page.getByRole('link', { name: 'Escalate', exact: true }).click();
    await expectSingleHeading(page, 'Escalate');
    await page.getByRole('radio', { name: 'System outage' }).check();
    await page.getByLabel('Description (optional)').fill('坐席系统无法登录 · cannot log in');
    await page.getByRole('button', { name: 'Send escalation' }).click();
    await page
      .getByText('Saved on this device. It will be sent as soon as there is a connection.')
      .waitFor();

    await page.reload();
    const mine = page.getByRole('region', { name: 'My escalations' });
    // The demo workspace holds escalations of its own; this one is the item with its text.
    const item = mine.getByRole('listitem').filter({ hasText: '坐席系统无法登录 · cannot log in' });
    await item.waitFor();
    await expect(item.getByText('System outage').count()).resolves.toBe(1);
  });
});

/** The `tel:` links the demo organisation's policy and the public fallback give, deduplicated. */
const DEMO_EMERGENCY_HREFS = ['tel:110', 'tel:120', 'tel:119', 'tel:4000000000'];
/** Without any policy on the device: the public emergency numbers of mainland China. */
const PUBLIC_EMERGENCY_HREFS = ['tel:110', 'tel:120', 'tel:119'];

/** The hrefs of the links inside the "Call for help now" alert, once it shows. */
async function emergencyHrefs(page: Page): Promise<string[]> {
  const alert = page.getByRole('alert').filter({
    has: page.getByRole('heading', { name: 'Call for help now' }),
  });
  await alert.waitFor();
  return alert
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

describe('safety emergency: the numbers come before anything is sent', () => {
  browserTest(
    'signed in to the server, online and then offline: choosing "Safety emergency" shows tel: links while nothing is pushed and the outbox stays empty',
    async () => {
      const server = await startServer({ seed: 'demo', staticDir: DIST_DIR });
      onTestFinished(() => server.close());
      const app = await launchApp({ origin: server.url });
      const { page, context } = app;
      await page.goto(app.url('/'));
      await waitForServiceWorkerControl(page);
      await page.getByRole('button', { name: 'Sign in to the demo organisation' }).click();
      await expectSingleHeading(page, 'Today');
      await page.getByText('Hello, 林晓雨').waitFor({ timeout: 20_000 });
      const seededEscalations = await server.admin.countRows('escalations');

      // Every push from here on, from the page or its service worker.
      const pushes: string[] = [];
      context.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/sync/push') pushes.push(request.url());
      });

      await page.getByRole('link', { name: 'Escalate', exact: true }).first().click();
      await expectSingleHeading(page, 'Escalate');
      await expect(page.getByRole('alert').count(), 'no numbers before the choice').resolves.toBe(
        0,
      );
      await page.getByRole('radio', { name: 'Safety emergency', exact: true }).check();
      await expect(emergencyHrefs(page)).resolves.toEqual(DEMO_EMERGENCY_HREFS);
      // The links name what they call, e.g. "报警 / Police 110".
      await page.getByRole('link', { name: /Police.*110/ }).waitFor();
      await expect(
        page.locator('form.escalation-form').getByRole('status').innerText(),
        'the form says nothing was saved or sent',
      ).resolves.toBe('');
      expect(pushes, 'no push request was made').toEqual([]);
      await expect(countOutbox(page), 'the outbox is empty').resolves.toBe(0);
      await expect(server.admin.countRows('escalations')).resolves.toBe(seededEscalations);

      // Offline, from the service worker's precache: the same numbers, at once.
      await context.setOffline(true);
      await page.reload();
      await expectSingleHeading(page, 'Escalate');
      await page.getByRole('radio', { name: 'Safety emergency', exact: true }).check();
      await expect(emergencyHrefs(page)).resolves.toEqual(DEMO_EMERGENCY_HREFS);
      expect(pushes, 'still no push request').toEqual([]);
      await expect(countOutbox(page)).resolves.toBe(0);
      await expect(server.admin.countRows('escalations')).resolves.toBe(seededEscalations);

      // The watch on pushes does see one: sending it for real, online, pushes it once.
      await context.setOffline(false);
      await page.getByRole('button', { name: 'Send escalation' }).click();
      await page.getByText(SAVED_MESSAGE).waitFor();
      await expect.poll(() => server.admin.countRows('escalations')).toBe(seededEscalations + 1);
      expect(pushes.length).toBeGreaterThan(0);
      await expect(emergencyHrefs(page), 'the numbers stay after sending').resolves.toEqual(
        DEMO_EMERGENCY_HREFS,
      );
    },
  );

  browserTest(
    'before any workspace exists, offline: the public emergency numbers show as tel: links and nothing is stored',
    async () => {
      const server = await startPreviewServer();
      onTestFinished(() => server.close());
      const app = await launchApp({ origin: server.url });
      const { page, context } = app;
      await page.goto(app.url('/'));
      await page.waitForURL((url) => url.pathname === '/welcome');
      await waitForServiceWorkerControl(page);
      await server.close();
      await context.setOffline(true);

      await page.goto(app.url('/escalate'));
      await expectSingleHeading(page, 'Escalate');
      await page.getByRole('radio', { name: 'Safety emergency', exact: true }).check();
      await expect(emergencyHrefs(page)).resolves.toEqual(PUBLIC_EMERGENCY_HREFS);
      await expect(countOutbox(page), 'no workspace was opened just to show numbers').resolves.toBe(
        null,
      );
    },
  );
});
