import { describe, expect } from 'vitest';
import {
  browserTest,
  expectSingleHeading,
  launchApp,
  pathOf,
  waitForTodayRendered,
} from './browser';

describe('first visit', () => {
  browserTest('sends a new profile to /welcome, and the demo button lands on Today', async () => {
    const app = await launchApp();
    const { page } = app;

    await page.goto(app.url('/'));
    await page.waitForURL((url) => url.pathname === '/welcome');
    await expectSingleHeading(page, 'Welcome to Agent Workbench');
    await expect(
      page.getByRole('button', { name: 'Start with an empty workspace', exact: true }).count(),
    ).resolves.toBe(1);

    await page.getByRole('button', { name: 'Explore with demo data', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await waitForTodayRendered(page);

    expect(pathOf(page)).toBe('/');
    await expectSingleHeading(page, 'Today');
    await page.getByText('Demo workspace').first().waitFor();
  });

  browserTest(
    'keeps the demo workspace after a reload instead of going back to /welcome',
    async () => {
      const app = await launchApp();
      const { page } = app;
      await page.goto(app.url('/'));
      await page.getByRole('button', { name: 'Explore with demo data', exact: true }).click();
      await waitForTodayRendered(page);

      await page.reload();
      await waitForTodayRendered(page);
      expect(pathOf(page)).toBe('/');
      await expectSingleHeading(page, 'Today');
    },
  );
});
