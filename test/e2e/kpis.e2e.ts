/**
 * The KPI screens in the real app, offline (issue #7): the demo's scorecard shows met and missed
 * metrics against their targets, switching the trend between 7, 30 and 90 days changes the
 * chart, the simulator moves the bonus, and axe finds nothing on any KPI screen in three
 * languages, light and dark, at 360 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { browserTest, expectSingleHeading, translation } from './browser';
import { AXE_LANGUAGES, axeChecker, expectAllClean } from './axe-screens';
import { countOutbox } from './app-storage';
import { openOfflineDemo } from './offline-demo';

/** The summary line of the scorecard for the period whose link is `period`. */
async function summaryFor(page: Page, period: string): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Period' })
    .getByRole('link', { name: period, exact: true })
    .click();
  const scorecard = page.getByRole('region', { name: `Scorecard: ${period}` });
  const summary = scorecard.getByText(/^\d+ met, \d+ missed$/);
  await summary.waitFor();
  return (await summary.textContent()) ?? '';
}

describe('KPIs', () => {
  browserTest(
    'the demo scorecard shows met and missed metrics, the trend follows 7/30/90 days and the simulator moves the bonus, offline',
    async () => {
      const app = await openOfflineDemo();
      const { page } = app;
      await page.goto(app.url('/kpis'));
      await expectSingleHeading(page, 'KPIs');

      // Met and missed, each in words beside its target. Early in a month the month so far may
      // meet everything; the last 90 days of the same metrics then show the missed days.
      const summary = await summaryFor(page, 'This month');
      const [, met, missed] = summary.match(/^(\d+) met, (\d+) missed$/)!.map(Number);
      expect(met).toBeGreaterThan(0);
      const scorecard = page.getByRole('region', { name: 'Scorecard: This month' });
      await scorecard.getByText('Met', { exact: true }).first().waitFor();
      await scorecard
        .getByText(/^Target: /)
        .first()
        .waitFor();
      await scorecard.getByText('Depends on the queue, not only on you').first().waitFor();
      if (missed! > 0) {
        await scorecard.getByText('Missed', { exact: true }).first().waitFor();
        await scorecard
          .getByText(/ (above|below) the target$/)
          .first()
          .waitFor();
      }

      // The trend: a bar per day with a record, a row per day in its text alternative.
      const trend = page.getByRole('region', { name: 'Trend' });
      const chart = trend.locator('svg');
      await expect.poll(() => chart.getAttribute('data-points')).toBe('30');
      const barsOf30 = await trend.locator('.kpi-trend-bar').count();
      await trend.getByRole('link', { name: '7 days', exact: true }).click();
      await expect.poll(() => chart.getAttribute('data-points')).toBe('7');
      await expect.poll(() => trend.getByRole('table').getByRole('row').count()).toBe(8);
      const barsOf7 = await trend.locator('.kpi-trend-bar').count();
      await trend.getByRole('link', { name: '90 days', exact: true }).click();
      await expect.poll(() => chart.getAttribute('data-points')).toBe('90');
      await expect.poll(() => trend.getByRole('table').getByRole('row').count()).toBe(91);
      const barsOf90 = await trend.locator('.kpi-trend-bar').count();
      expect(barsOf7).toBeLessThan(barsOf30);
      expect(barsOf30).toBeLessThan(barsOf90);
      if (missed === 0) {
        await expect(trend.getByRole('table').textContent()).resolves.toMatch(/\(Missed\)/);
      }

      // The simulator: the lowest and the highest score earn different bonuses.
      const simulator = page.getByRole('region', { name: 'Bonus simulator' });
      const score = simulator.getByRole('textbox', { name: 'New score (%)' });
      const result = simulator.getByText(/^If your score goes from /);
      await score.fill('0');
      const atZero = await result.textContent();
      await score.fill('100');
      const atHundred = await result.textContent();
      expect(atZero).not.toEqual(atHundred);
      expect(`${atZero} ${atHundred}`).toMatch(/changes by [+-]CN¥[1-9]/);

      await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
    },
  );
});

describe('KPI tally', () => {
  browserTest(
    'an impossible tally is refused in words and changes nothing; a good one is saved offline and queued',
    async () => {
      const app = await openOfflineDemo();
      const { page } = app;
      await page.goto(app.url('/kpis/tally'));
      await expectSingleHeading(page, 'My own tally');
      const form = page.getByRole('region', { name: 'Log a day' });
      const before = await countOutbox(page);

      await form.getByRole('textbox', { name: 'Calls dialled', exact: true }).fill('10');
      await form.getByRole('textbox', { name: 'Calls that reached the customer' }).fill('12');
      await form.getByRole('button', { name: 'Save tally' }).click();
      await form
        .getByRole('alert')
        .getByText('Calls that reached the customer cannot be more than Calls dialled.')
        .waitFor();
      await expect(countOutbox(page)).resolves.toBe(before);

      await form.getByRole('textbox', { name: 'Calls that reached the customer' }).fill('4');
      await form.getByRole('button', { name: 'Save tally' }).click();
      await form
        .getByText(
          'Saved on this device. It will be sent to your employer when there is a connection.',
        )
        .waitFor();
      await expect(countOutbox(page)).resolves.toBe((before ?? 0) + 1);
      await page
        .getByRole('region', { name: "Mine beside my employer's" })
        .getByRole('table')
        .first()
        .waitFor();
      await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
    },
  );
});

describe.each(['light', 'dark'] as const)(
  'accessibility of the KPI screens, offline, in the %s theme at 360 px',
  (colorScheme) => {
    browserTest.each(AXE_LANGUAGES)(
      'axe finds no WCAG 2.2 A/AA violations on the scorecard, definitions, tally and goals ($language)',
      async ({ language, locale }) => {
        const text = (key: string) => translation(language, 'kpis', key);
        const app = await openOfflineDemo({ language, locale, colorScheme });
        const { page } = app;
        const { violations, check } = axeChecker(page, language, colorScheme);

        await page.goto(app.url('/kpis'));
        await expectSingleHeading(page, text('title'));
        await page.getByRole('region', { name: text('projection.title') }).waitFor();
        await page.locator('.kpi-trend svg').waitFor();
        await check('/kpis');

        await page.goto(app.url('/kpis/definitions'));
        await expectSingleHeading(page, text('definitions.title'));
        await page.getByRole('region', { name: text('definitions.other') }).waitFor();
        await check('/kpis/definitions');

        await page.goto(app.url('/kpis/tally'));
        await expectSingleHeading(page, text('tally.title'));
        await page.getByRole('button', { name: text('tally.save') }).click();
        await page.getByText(text('tally.notSaved')).waitFor();
        await check('/kpis/tally, with a refused tally');
        await page
          .getByRole('textbox', { name: text('tally.count.contactsHandled'), exact: true })
          .fill('40');
        await page.getByRole('button', { name: text('tally.save') }).click();
        await page.getByText(text('tally.saved')).waitFor();
        await page
          .getByRole('region', { name: text('tally.comparisonTitle') })
          .getByRole('table')
          .first()
          .waitFor();
        await check('/kpis/tally, with a saved tally beside the employer figures');

        await page.goto(app.url('/kpis/goals'));
        await expectSingleHeading(page, text('goals.title'));
        await page.getByRole('button', { name: text('goals.save') }).waitFor();
        await check('/kpis/goals');
        await page.getByRole('textbox', { name: /./ }).first().fill('50');
        await page.getByRole('button', { name: text('goals.save') }).click();
        await page.getByText(text('goals.saved')).waitFor();
        await page.getByRole('progressbar').first().waitFor();
        await check('/kpis/goals, with a goal and its progress');

        await expectAllClean(page, violations);
      },
    );
  },
);
