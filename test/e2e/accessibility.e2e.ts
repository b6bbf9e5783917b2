import { describe, expect } from 'vitest';
import {
  TABS,
  browserTest,
  expectSingleHeading,
  findAxeViolations,
  launchApp,
  openTab,
  startDemoWorkspace,
} from './browser';

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  browserTest(`axe finds no WCAG 2.2 A/AA violations on any screen`, async () => {
    const app = await launchApp({ colorScheme });
    const { page } = app;
    const violations: Record<string, string[]> = {};

    await page.goto(app.url('/'));
    await page.waitForURL((url) => url.pathname === '/welcome');
    await expectSingleHeading(page, 'Welcome to Agent Workbench');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe(colorScheme);
    violations['/welcome'] = await findAxeViolations(page);

    await startDemoWorkspace(app);
    for (const tab of TABS) {
      await openTab(page, tab.name);
      await page.waitForURL((url) => url.pathname === tab.path);
      await expectSingleHeading(page, tab.name);
      violations[tab.path] = await findAxeViolations(page);
    }
    await page.getByRole('link', { name: 'Escalate', exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === '/escalate');
    await expectSingleHeading(page, 'Escalate');
    violations['/escalate'] = await findAxeViolations(page);

    // One assertion over all screens, so a failure lists every problem at once.
    expect(violations).toEqual(
      Object.fromEntries(Object.keys(violations).map((path) => [path, []])),
    );
  });
});
