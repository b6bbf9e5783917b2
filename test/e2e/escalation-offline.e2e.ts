import { describe, expect, onTestFinished } from 'vitest';
import {
  browserTest,
  expectSingleHeading,
  launchApp,
  startDemoWorkspace,
  waitForServiceWorkerControl,
} from './browser';
import { startPreviewServer } from './preview-server';

describe('escalation with the network off', () => {
  browserTest('is saved on the device before the UI says so and survives a reload', async () => {
    const server = await startPreviewServer();
    onTestFinished(() => server.close());
    const app = await launchApp({ origin: server.url });
    const { page, context } = app;
    await startDemoWorkspace(app);
    await waitForServiceWorkerControl(page);
    await server.close();
    await context.setOffline(true);

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
    await mine.getByText('坐席系统无法登录 · cannot log in').waitFor();
    await expect(mine.getByText('System outage').count()).resolves.toBe(1);
  });
});
