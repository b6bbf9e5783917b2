import { describe, expect, onTestFinished } from 'vitest';
import {
  browserTest,
  expectSingleHeading,
  launchApp,
  startDemoWorkspace,
  translation,
  waitForServiceWorkerControl,
  waitForTodayRendered,
  type AppLanguage,
} from './browser';
import { startPreviewServer } from './preview-server';

const LANGUAGES: { language: AppLanguage; locale: string }[] = [
  { language: 'en', locale: 'en-US' },
  { language: 'zh-CN', locale: 'zh-CN' },
  { language: 'zh-TW', locale: 'zh-TW' },
];

describe('offline', () => {
  browserTest.each(LANGUAGES)(
    'renders Today and other tabs from the service worker with the network off ($language)',
    async ({ language, locale }) => {
      const text = (namespace: string, key: string) => translation(language, namespace, key);
      // A server of its own, so that it can be stopped: nothing but the service worker and
      // IndexedDB can answer afterwards (context.setOffline alone does not reach the worker).
      const server = await startPreviewServer();
      onTestFinished(() => server.close());
      const app = await launchApp({ origin: server.url, locale });
      const { page, context } = app;
      await startDemoWorkspace(app, language);
      await waitForServiceWorkerControl(page);

      await server.close();
      await context.setOffline(true);
      await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);

      await page.reload();
      await waitForTodayRendered(page);
      await expectSingleHeading(page, text('today', 'title'));
      await page.getByText(text('common', 'demoBadge')).first().waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);

      // Lazy route chunks and their locale files must be precached too.
      await page
        .getByRole('navigation', { name: text('common', 'nav.label'), exact: true })
        .getByRole('link', { name: text('common', 'nav.pay'), exact: true })
        .click();
      await expectSingleHeading(page, text('pay', 'title'));
      await page.goto(app.url('/roster'));
      await expectSingleHeading(page, text('roster', 'title'));
    },
  );
});
