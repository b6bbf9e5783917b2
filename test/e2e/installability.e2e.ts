import { describe, expect } from 'vitest';
import { browserTest, launchApp, startDemoWorkspace, waitForServiceWorkerControl } from './browser';

interface InstallabilityErrors {
  installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
}

describe('installability', () => {
  browserTest('Chromium reports no installability errors once the worker is active', async () => {
    const app = await launchApp();
    const { page, context } = app;
    await startDemoWorkspace(app);
    await waitForServiceWorkerControl(page);

    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send(
      'Page.getInstallabilityErrors',
    )) as InstallabilityErrors;
    expect(installabilityErrors).toEqual([]);
    const { url } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(app.url('/manifest.webmanifest'));
  });
});
