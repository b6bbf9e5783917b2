import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished } from 'vitest';
import {
  browserTest,
  launchApp,
  startDemoWorkspace,
  waitForServiceWorkerControl,
  waitForTodayRendered,
} from './browser';
import { DIST_DIR, startPreviewServer } from './preview-server';

describe('update prompt', () => {
  browserTest(
    'offers "Reload" when a new service worker is waiting, and it takes over',
    async () => {
      // A private copy of dist/, so that "deploying" a new sw.js does not touch other tests.
      const distCopy = await mkdtemp(join(tmpdir(), 'awb-dist-'));
      onTestFinished(() => rm(distCopy, { recursive: true, force: true }));
      await cp(DIST_DIR, distCopy, { recursive: true });
      const server = await startPreviewServer(distCopy);
      onTestFinished(() => server.close());

      const app = await launchApp({ origin: server.url });
      const { page } = app;
      await startDemoWorkspace(app);
      await waitForServiceWorkerControl(page);
      const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

      // Deploy a byte-different worker; the navigation below makes the browser check for it.
      const swPath = join(distCopy, 'sw.js');
      await writeFile(swPath, `${await readFile(swPath, 'utf8')}\n// next version\n`);
      await page.reload();
      await waitForTodayRendered(page);

      const prompt = page
        .getByRole('status')
        .filter({ hasText: 'A new version is available' })
        .first();
      await prompt.waitFor();
      // Reload asks the waiting worker to take over, which reloads the page.
      await Promise.all([
        page.waitForEvent('load'),
        prompt.getByRole('button', { name: 'Reload', exact: true }).click(),
      ]);
      await waitForTodayRendered(page);

      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          isWaiting: Boolean(registration?.waiting),
          isControlled: navigator.serviceWorker.controller !== null,
        };
      });
      expect(state).toEqual({ isWaiting: false, isControlled: true });
      expect(firstWorker).toMatch(/\/sw\.js$/);
      await expect(page.getByText('A new version is available').count()).resolves.toBe(0);
    },
  );
});
