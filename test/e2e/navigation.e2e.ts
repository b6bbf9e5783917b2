import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  TABS,
  browserTest,
  expectSingleHeading,
  launchApp,
  openTab,
  pathOf,
  startDemoWorkspace,
} from './browser';

/** Where the links named "Escalate" on a rendered screen lead, without duplicates. */
async function escalateLinkTargets(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByRole('link', { name: 'Escalate', exact: true })
    .evaluateAll((elements) =>
      elements.map((element) => new URL((element as HTMLAnchorElement).href).pathname),
    );
  return [...new Set(hrefs)].sort();
}

describe('navigation', () => {
  browserTest('reaches every tab from the bottom navigation, each with one h1', async () => {
    const app = await launchApp();
    const { page } = app;
    await startDemoWorkspace(app);

    const nav = page.getByRole('navigation', { name: 'Main', exact: true });
    const names = await nav.getByRole('link').allInnerTexts();
    expect(names.map((name) => name.trim())).toEqual(TABS.map((tab) => tab.name));

    for (const tab of [...TABS.slice(1), TABS[0]]) {
      await openTab(page, tab.name);
      await page.waitForURL((url) => url.pathname === tab.path);
      await expectSingleHeading(page, tab.name);
    }
  });

  // The escalate screen itself is the link's destination and shows no link to itself.
  browserTest('shows an Escalate link to /escalate on every other screen', async () => {
    const app = await launchApp();
    const { page } = app;

    await page.goto(app.url('/'));
    await page.waitForURL((url) => url.pathname === '/welcome');
    await expectSingleHeading(page, 'Welcome to Agent Workbench');
    const seen: Record<string, string[]> = { '/welcome': await escalateLinkTargets(page) };

    await startDemoWorkspace(app);
    for (const tab of TABS) {
      await openTab(page, tab.name);
      await page.waitForURL((url) => url.pathname === tab.path);
      await expectSingleHeading(page, tab.name);
      seen[tab.path] = await escalateLinkTargets(page);
    }
    await page.getByRole('link', { name: 'Escalate', exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === '/escalate');
    await expectSingleHeading(page, 'Escalate');

    // Screen → link targets; a screen without the link shows up as [] in the diff.
    expect(seen).toEqual(
      Object.fromEntries(Object.keys(seen).map((path) => [path, ['/escalate']])),
    );
    expect(pathOf(page)).toBe('/escalate');
  });

  browserTest('opens /escalate directly with the Escalate heading', async () => {
    const app = await launchApp();
    const { page } = app;
    await startDemoWorkspace(app);
    await page.goto(app.url('/escalate'));
    await expectSingleHeading(page, 'Escalate');
  });
});
