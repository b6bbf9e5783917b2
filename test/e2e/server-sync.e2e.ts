import { join } from 'node:path';
import { describe, expect, onTestFinished } from 'vitest';
import { startServer } from '../../server/src/start-server';
import {
  browserTest,
  expectSingleHeading,
  launchApp,
  waitForServiceWorkerControl,
  type LaunchedApp,
} from './browser';

const DIST_DIR = join(import.meta.dirname, '..', '..', 'dist');
const DESCRIPTION = '乘客多次求助 · passenger asked for help three times';

async function signInToDemoOrganisation(app: LaunchedApp): Promise<void> {
  await app.page.bringToFront();
  await app.page.goto(app.url('/'));
  await app.page.getByRole('button', { name: 'Sign in to the demo organisation' }).click();
  await expectSingleHeading(app.page, 'Today');
  // Her profile and roster come from the server's first pull.
  await app.page.getByText('Hello, 林晓雨').waitFor({ timeout: 20_000 });
}

async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('sync with the reference server', () => {
  browserTest(
    'an escalation raised offline on one device reaches the server once and shows on the other',
    async () => {
      const server = await startServer({ seed: 'demo', staticDir: DIST_DIR });
      onTestFinished(() => server.close());
      // The demo organisation comes with past escalations of its own; count from there.
      const seeded = await server.admin.countRows('escalations');
      const phone = await launchApp({ origin: server.url });
      const tablet = await launchApp({ origin: server.url });
      await signInToDemoOrganisation(phone);
      await signInToDemoOrganisation(tablet);

      await phone.page.bringToFront();
      await waitForServiceWorkerControl(phone.page);
      await phone.context.setOffline(true);
      await phone.page.getByRole('link', { name: 'Escalate', exact: true }).click();
      await phone.page.getByRole('radio', { name: 'Customer at risk' }).check();
      await phone.page.getByLabel('Description (optional)').fill(DESCRIPTION);
      await phone.page.getByRole('button', { name: 'Send escalation' }).click();
      await phone.page
        .getByText('Saved on this device. It will be sent as soon as there is a connection.')
        .waitFor();
      expect(await server.admin.countRows('escalations')).toBe(seeded);

      await phone.context.setOffline(false);
      const delivered = await waitFor(
        () => server.admin.countRows('escalations'),
        (count) => count > seeded,
      );
      expect(delivered - seeded, 'escalations delivered').toBe(1);
      // The demo's own escalations say "Sent" too: look at the one raised here.
      const mine = phone.page
        .getByRole('region', { name: 'My escalations' })
        .getByRole('listitem')
        .filter({ hasText: DESCRIPTION });
      await mine.getByText('Sent', { exact: true }).waitFor({ timeout: 20_000 });

      // The other device pulls the agent's own record back down (each reload syncs at start).
      // Each device is a window of its own; the one in use must be in front, as on a phone.
      await tablet.page.bringToFront();
      await tablet.page.getByRole('link', { name: 'Escalate', exact: true }).click();
      await tablet.page.reload();
      const onTablet = tablet.page.getByRole('region', { name: 'My escalations' });
      await onTablet.getByText(DESCRIPTION).waitFor({ timeout: 20_000 });

      const log = await server.admin.mutationLog();
      expect(log.filter((entry) => entry.status === 'applied')).toHaveLength(1);
      expect(await server.admin.countRows('escalations'), 'escalations after both devices').toBe(
        seeded + 1,
      );
    },
  );

  browserTest(
    'signing out warns about unsent records and keeps them when the agent declines',
    async () => {
      const server = await startServer({ seed: 'demo', staticDir: DIST_DIR });
      onTestFinished(() => server.close());
      // The demo organisation comes with past escalations of its own; count from there.
      const seeded = await server.admin.countRows('escalations');
      const phone = await launchApp({ origin: server.url });
      await signInToDemoOrganisation(phone);

      // Offline, the lazily loaded screens come from the service worker's precache.
      await waitForServiceWorkerControl(phone.page);
      await phone.context.setOffline(true);
      await phone.page.getByRole('link', { name: 'Escalate', exact: true }).click();
      await phone.page.getByRole('radio', { name: 'System outage' }).check();
      await phone.page.getByRole('button', { name: 'Send escalation' }).click();
      await phone.page
        .getByText('Saved on this device. It will be sent as soon as there is a connection.')
        .waitFor();

      await phone.page.getByRole('link', { name: 'Me', exact: true }).click();
      const account = phone.page.getByRole('region', { name: 'Account' });
      await account.getByText('http://127.0.0.1', { exact: false }).waitFor();
      let warning = '';
      phone.page.once('dialog', (dialog) => {
        warning = dialog.message();
        void dialog.dismiss();
      });
      await phone.page.getByRole('button', { name: 'Sign out' }).click();
      await expect
        .poll(() => warning)
        .toContain('1 record has not been sent yet and would be lost.');

      // Declined: the agent is still in the workspace and the record is still queued.
      await phone.page.getByRole('link', { name: 'Escalate', exact: true }).click();
      await phone.page
        .getByRole('region', { name: 'My escalations' })
        .getByText('Saved on this device, waiting to send')
        .waitFor();
      expect(await server.admin.countRows('escalations'), 'nothing was sent').toBe(seeded);
    },
  );
});
