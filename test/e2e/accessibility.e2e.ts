import { describe, expect } from 'vitest';
import {
  TABS,
  browserTest,
  expectSingleHeading,
  findAxeViolations,
  launchApp,
  openTab,
  pathOf,
  startDemoWorkspace,
  translation,
  type AppLanguage,
} from './browser';
import { AXE_LANGUAGES, axeChecker, expectAllClean } from './axe-screens';
import { openOfflineDemo } from './offline-demo';

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

/** Demo escalations: one answered with the receiving side's messages, one overdue with a note. */
const DEMO_ESCALATIONS = ['demo-escalation-passenger-at-risk', 'demo-escalation-system-outage'];

describe.each(['light', 'dark'] as const)(
  'accessibility of the escalation screens, offline, in the %s theme at 360 px',
  (colorScheme) => {
    browserTest.each(AXE_LANGUAGES)(
      'axe finds no WCAG 2.2 A/AA violations on Escalate, an escalation and the printable record ($language)',
      async ({ language, locale }) => {
        const text = (key: string) => translation(language, 'escalation', key);
        const { app, page, violations, check } = await openOfflineDemoForAxe(
          language,
          locale,
          colorScheme,
        );

        await page.goto(app.url('/escalate'));
        await expectSingleHeading(page, text('title'));
        await page.getByRole('region', { name: text('mine') }).waitFor();
        await check('/escalate');

        await page
          .getByRole('radio', { name: text('category.safety-emergency'), exact: true })
          .check();
        await page.getByRole('heading', { name: text('emergency.title') }).waitFor();
        await check('/escalate, safety emergency chosen');

        await page
          .getByLabel(text('description'))
          .fill('乘客说有人跟踪她 · 乘客說有人跟蹤她 · passenger followed');
        await page.getByRole('button', { name: text('send'), exact: true }).click();
        await page.locator('form').getByRole('status').getByText(text('saved')).waitFor();
        await page.getByRole('heading', { name: text('receipt.title') }).waitFor();
        await check('/escalate, after saving');

        await page.getByRole('link', { name: text('receipt.follow'), exact: true }).click();
        await expectSingleHeading(page, text('category.safety-emergency'));
        await page.getByRole('region', { name: text('timeline.title') }).waitFor();
        expect(pathOf(page)).toMatch(/^\/escalate\/[^/]+$/);
        await check('/escalate/:id (just raised, pending)');

        for (const id of DEMO_ESCALATIONS) {
          await page.goto(app.url(`/escalate/${id}`));
          await page.getByRole('region', { name: text('timeline.title') }).waitFor();
          await check(`/escalate/${id}`);
        }

        await page.goto(app.url('/escalate/record'));
        await expectSingleHeading(page, text('record.title'));
        await page.getByRole('button', { name: text('record.print') }).waitFor();
        await check('/escalate/record');

        await expectAllClean(page, violations);
      },
    );
  },
);

describe.each(['light', 'dark'] as const)(
  'accessibility of the pay screens, offline, in the %s theme at 360 px',
  (colorScheme) => {
    browserTest.each(AXE_LANGUAGES)(
      'axe finds no WCAG 2.2 A/AA violations on Pay, a statement with its lines opened and the export ($language)',
      async ({ language, locale }) => {
        const text = (key: string) => translation(language, 'pay', key);
        const { app, page, violations, check } = await openOfflineDemoForAxe(
          language,
          locale,
          colorScheme,
        );

        await page.goto(app.url('/pay'));
        await expectSingleHeading(page, text('title'));
        await page.getByRole('region', { name: text('history.title') }).waitFor();
        await check('/pay');

        // The newest statement: a line that differs and one that cannot be checked.
        await page
          .getByRole('region', { name: text('statements') })
          .getByRole('listitem')
          .getByRole('link')
          .first()
          .click();
        await page.waitForURL((url) => /^\/pay\/[^/]+$/.test(url.pathname));
        const details = page.getByText(text('detail.open'), { exact: true });
        await details.first().waitFor();
        for (const summary of await details.all()) await summary.click();
        await check('/pay/:statementId, every line opened');

        await page.goto(app.url('/pay/export'));
        await expectSingleHeading(page, text('export.title'));
        await page.getByRole('button', { name: text('export.print') }).waitFor();
        await check('/pay/export');

        await expectAllClean(page, violations);
      },
    );
  },
);

describe.each(['light', 'dark'] as const)(
  'accessibility of Today and the roster screens, offline, in the %s theme at 360 px',
  (colorScheme) => {
    browserTest.each(AXE_LANGUAGES)(
      'axe finds no WCAG 2.2 A/AA violations on Today with a change, the week, the month, leave, swaps and the change log ($language)',
      async ({ language, locale }) => {
        const text = (key: string) => translation(language, 'roster', key);
        const { app, page, violations, check } = await openOfflineDemoForAxe(
          language,
          locale,
          colorScheme,
        );
        // Today, with the demo's unacknowledged shift change and the clock panel.
        await page
          .getByRole('button', { name: translation(language, 'today', 'changes.acknowledge') })
          .first()
          .waitFor();
        await check('/ (a change to acknowledge)');

        for (const [path, heading] of [
          ['/roster', text('title')],
          ['/roster?view=month', text('title')],
          ['/roster/leave', text('leave.title')],
          ['/roster/swaps', text('swap.title')],
        ] as const) {
          await page.goto(app.url(path));
          await expectSingleHeading(page, heading);
          await page.getByText(text('loading')).waitFor({ state: 'detached' });
          await check(path);
        }
        await page.goto(app.url('/roster/changes'));
        await page.getByRole('article').first().waitFor();
        await check('/roster/changes');

        await expectAllClean(page, violations);
      },
    );
  },
);

/** The offline demo with an axe `check` that first confirms theme, language and 360 px. */
async function openOfflineDemoForAxe(
  language: AppLanguage,
  locale: string,
  colorScheme: 'light' | 'dark',
) {
  const app = await openOfflineDemo({ language, locale, colorScheme });
  const { page } = app;
  return { app, page, ...axeChecker(page, language, colorScheme) };
}
