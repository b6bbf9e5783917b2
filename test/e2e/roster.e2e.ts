/**
 * The roster in the real app, offline (issue #6): the demo's split shift shows its idle gap, the
 * demo's shift change is highlighted on Today until acknowledged (and stays acknowledged after a
 * reload), and a leave request made offline shows its pay effect first, survives a reload, waits
 * in the outbox and reaches the server once.
 */
import { join } from 'node:path';
import { describe, expect, onTestFinished } from 'vitest';
import { startServer } from '../../server/src/start-server';
import { countOutbox } from './app-storage';
import {
  browserTest,
  expectSingleHeading,
  launchApp,
  waitForServiceWorkerControl,
} from './browser';
import { openOfflineDemo } from './offline-demo';
import { signInToDemoOrganisation } from './sync-ui';

const DIST_DIR = join(import.meta.dirname, '..', '..', 'dist');

/** `YYYY-MM-DD` of the day `days` after today on this machine (the browser's clock). */
function dayFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('roster', () => {
  browserTest('shows the split shift’s gap in the month and its week, offline', async () => {
    const app = await openOfflineDemo();
    const { page } = app;
    await page.goto(app.url('/roster?view=month'));
    await expectSingleHeading(page, 'Roster');
    const month = page.getByRole('table');
    await month
      .getByText(/Split shift/)
      .first()
      .waitFor();
    await expect(month.textContent()).resolves.toMatch(/idle/);

    const splitDay = month
      .getByRole('cell')
      .filter({ hasText: /Split shift/ })
      .first();
    await splitDay.getByRole('link').first().click();
    await page
      .getByText(/^Idle gap /)
      .first()
      .waitFor();
  });

  browserTest('highlights the demo’s shift change on Today until it is acknowledged', async () => {
    const { page } = await openOfflineDemo();
    // The demo's split shift was first published as a plain day shift (demo-shift-changes.ts).
    const changes = page.getByRole('region', { name: 'Roster changes' });
    await changes.getByRole('button', { name: 'Acknowledge' }).first().waitFor();
    await expect(changes.getByRole('columnheader', { name: 'Before' }).count()).resolves.toBe(1);
    await changes.getByRole('button', { name: 'Acknowledge' }).first().click();
    await page.getByText('Acknowledged. The change stays in the change log.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByRole('button', { name: 'Acknowledge' }).count()).resolves.toBe(0);
    await page.goto(page.url().replace(/\/$/, '') + '/roster/changes');
    await page
      .getByText(/^Acknowledged /)
      .first()
      .waitFor();
  });

  browserTest(
    'a leave request made offline shows its pay effect, survives a reload, waits in the outbox and reaches the server once',
    async () => {
      const server = await startServer({ seed: 'demo', staticDir: DIST_DIR });
      onTestFinished(() => server.close());
      const app = await launchApp({ origin: server.url });
      const { page, context } = app;
      await signInToDemoOrganisation(page, server.url);
      await waitForServiceWorkerControl(page);
      const onServer = await server.admin.countRows('leaveRequests');
      await context.setOffline(true);

      await page.goto(app.url('/roster/leave'));
      await expectSingleHeading(page, 'Leave requests');
      await page.getByRole('radio', { name: 'Personal leave' }).check();
      await page.getByLabel('Day', { exact: true }).fill(dayFromToday(3));
      await page.getByRole('button', { name: 'Add this day' }).click();
      // 2 800 ÷ 21.75 = 128.74 a day (DOMAIN.md), shown before anything is sent.
      await page
        .getByText(/Personal leave on .*-CN¥128\.74/)
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Send request' }).click();
      await page
        .getByText(
          'Saved on this device. It will be sent to your employer when there is a connection.',
        )
        .waitFor();

      await page.reload();
      const mine = page.getByRole('region', { name: 'My leave requests' });
      await mine.getByText('Pending').first().waitFor();
      await mine
        .getByText(/waiting to send/)
        .first()
        .waitFor();
      await expect(countOutbox(page)).resolves.toBe(1);
      await expect(server.admin.countRows('leaveRequests')).resolves.toBe(onServer);

      await context.setOffline(false);
      await expect.poll(() => countOutbox(page), { timeout: 20_000 }).toBe(0);
      await expect(server.admin.countRows('leaveRequests')).resolves.toBe(onServer + 1);
    },
  );
});
