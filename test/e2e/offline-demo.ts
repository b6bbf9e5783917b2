import { onTestFinished } from 'vitest';
import {
  launchApp,
  startDemoWorkspace,
  waitForServiceWorkerControl,
  type AppLanguage,
  type LaunchedApp,
} from './browser';
import { startPreviewServer } from './preview-server';

export interface OfflineDemoOptions {
  language?: AppLanguage;
  locale?: string;
  colorScheme?: 'light' | 'dark';
}

/**
 * The demo workspace in `language`, served by a preview server of its own that is stopped once
 * the service worker is in control, with the network off: every screen from here on comes from
 * the precache and IndexedDB alone.
 */
export async function openOfflineDemo({
  language = 'en',
  locale = 'en-US',
  colorScheme = 'light',
}: OfflineDemoOptions = {}): Promise<LaunchedApp> {
  const server = await startPreviewServer();
  onTestFinished(() => server.close());
  const app = await launchApp({ origin: server.url, locale, colorScheme });
  await startDemoWorkspace(app, language);
  await waitForServiceWorkerControl(app.page);
  await server.close();
  await app.context.setOffline(true);
  return app;
}
