import { describe, expect, onTestFinished } from 'vitest';
import {
  browserTest,
  expectSingleHeading,
  launchApp,
  openTab,
  startDemoWorkspace,
  waitForServiceWorkerControl,
  waitForTodayRendered,
} from './browser';
import { startPreviewServer } from './preview-server';

describe('offline', () => {
  browserTest(
    'renders Today and other tabs from the service worker with the network off',
    async () => {
      // A server of its own, so that it can be stopped: nothing but the service worker and
      // IndexedDB can answer afterwards (context.setOffline alone does not reach the worker).
      const server = await startPreviewServer();
      onTestFinished(() => server.close());
      const app = await launchApp({ origin: server.url });
      const { page, context } = app;
      await startDemoWorkspace(app);
      await waitForServiceWorkerControl(page);

      await server.close();
      await context.setOffline(true);
      await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);

      await page.reload();
      await waitForTodayRendered(page);
      await expectSingleHeading(page, 'Today');
      await page.getByText('Demo workspace').first().waitFor();

      // Lazy route chunks and their locale files must be precached too.
      await openTab(page, 'Pay');
      await expectSingleHeading(page, 'Pay');
      await page.goto(app.url('/roster'));
      await expectSingleHeading(page, 'Roster');
    },
  );
});
