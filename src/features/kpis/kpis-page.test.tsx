import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeKpiDay } from '../../../test/pay-builders';
import { renderApp } from '../../../test/render-app';

/*
 * The demo for Sunday 22 November 2026: fifteen working days of November so far, every target met
 * but the aux share (7.4 % against at most 6 %): 10 of 11 targets, 90.9 %, grade B, bonus 300.
 */

/** The list item or table row holding `element` (a scorecard entry, a goal, a table row). */
function entryOf(element: HTMLElement, selector: 'li' | 'tr'): HTMLElement {
  return element.closest(selector)!;
}

/** How many days the trend chart draws. */
function pointsOf(trend: HTMLElement): string | null | undefined {
  return trend.querySelector('svg')?.getAttribute('data-points');
}

describe('KPIs page', () => {
  it("shows this month's scorecard with met and missed metrics against their targets", async () => {
    await renderApp('/kpis', { workspace: 'demo' });
    const scorecard = await screen.findByRole('region', { name: 'Scorecard: This month' });
    expect(await within(scorecard).findByText('10 met, 1 missed')).toBeVisible();
    const aux = entryOf(within(scorecard).getByText('Aux share'), 'li');
    expect(within(aux).getByText('Missed')).toBeVisible();
    expect(within(aux).getByText('Target: at most 6%')).toBeVisible();
    expect(within(aux).getByText('1.4% above the target')).toBeVisible();
    const abandon = entryOf(within(scorecard).getByText('Abandon rate'), 'li');
    expect(within(abandon).getByText('Met')).toBeVisible();
    expect(within(abandon).getByText('Depends on the queue, not only on you')).toBeVisible();
    const talk = entryOf(within(scorecard).getByText('Average talk time'), 'li');
    expect(within(talk).getByText('Target: 120 s – 210 s')).toBeVisible();
  });

  it('switches the scorecard to today and this week', async () => {
    const { user } = await renderApp('/kpis', { workspace: 'demo' });
    const periods = await screen.findByRole('navigation', { name: 'Period' });
    await user.click(within(periods).getByRole('link', { name: 'Today' }));
    const today = await screen.findByRole('region', { name: 'Scorecard: Today' });
    // The employer's figures for a day arrive after it ends.
    expect(await within(today).findByText(/No records for this period yet/)).toBeVisible();
    await user.click(within(periods).getByRole('link', { name: 'This week' }));
    const week = await screen.findByRole('region', { name: 'Scorecard: This week' });
    expect(await within(week).findByText(/5 days with records/)).toBeVisible();
  });

  it('changes the trend chart with the span and the metric, with a table as its text', async () => {
    const { user } = await renderApp('/kpis', { workspace: 'demo' });
    const trend = await screen.findByRole('region', { name: 'Trend' });
    const table = await within(trend).findByRole('table', {
      name: 'Abandon rate per day, Fri, Oct 23 – Sat, Nov 21',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    await user.click(within(trend).getByRole('link', { name: '7 days' }));
    const week = await within(trend).findByRole('table', {
      name: 'Abandon rate per day, Sun, Nov 15 – Sat, Nov 21',
    });
    expect(within(week).getAllByRole('row')).toHaveLength(8);
    expect(pointsOf(trend)).toBe('7');
    await user.click(within(trend).getByRole('link', { name: '90 days' }));
    expect(
      await within(trend).findByRole('table', { name: /^Abandon rate per day, .* – Sat, Nov 21$/ }),
    ).toBeInTheDocument();
    expect(pointsOf(trend)).toBe('90');
    await user.selectOptions(within(trend).getByRole('combobox', { name: 'Metric' }), 'Aux share');
    expect(
      await within(trend).findByRole('table', { name: /^Aux share per day/ }),
    ).toBeInTheDocument();
  });

  it("shows the month's grade, the gap to the next band and simulates the bonus", async () => {
    const { user } = await renderApp('/kpis', { workspace: 'demo' });
    const grade = await screen.findByRole('region', { name: 'Grade and bonus: November 2026' });
    expect(within(grade).getByText('90.9%')).toBeVisible();
    expect(within(grade).getByText('B')).toBeVisible();
    expect(within(grade).getByText('CN¥300.00')).toBeVisible();
    expect(
      within(grade).getByText('4.09 more points reach grade A: bonus +CN¥200.00.'),
    ).toBeVisible();

    const simulator = screen.getByRole('region', { name: 'Bonus simulator' });
    const score = within(simulator).getByRole('textbox', { name: 'New score (%)' });
    await user.clear(score);
    await user.type(score, '96');
    expect(
      within(simulator).getByText(
        'If your score goes from 90.9% to 96%, your bonus changes by +CN¥200.00 (grade B → A).',
      ),
    ).toBeVisible();
    await user.clear(score);
    await user.type(score, '120');
    expect(within(simulator).getByText('Enter a number from 0 to 100.')).toBeVisible();

    // Bringing the aux share inside its target meets all eleven: 100 %, grade A.
    await user.selectOptions(
      within(simulator).getByRole('combobox', { name: 'What to change' }),
      'Aux share',
    );
    const value = within(simulator).getByRole('textbox', { name: 'New value (percent (%))' });
    expect(value).toHaveValue('7.4');
    await user.clear(value);
    await user.type(value, '5');
    expect(
      within(simulator).getByText(
        'If Aux share goes from 7.4% to 5%, your score goes from 90.9% to 100% and your bonus changes by +CN¥200.00.',
      ),
    ).toBeVisible();
  });

  it("shows each metric's part in the month's projected score", async () => {
    await renderApp('/kpis', { workspace: 'demo' });
    const projection = await screen.findByRole('region', {
      name: "How this month's score is built",
    });
    const table = within(projection).getByRole('table', {
      name: "Each metric's part in the projected score",
    });
    const aux = entryOf(within(table).getByRole('rowheader', { name: /Aux share/ }), 'tr');
    expect(
      within(aux)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['7.4% Missed', '9.1', '0']);
    expect(within(projection).getByText('Projected score 90.9%')).toBeVisible();
  });

  it('leaves records with impossible values out of every figure and says so', async () => {
    await renderApp('/kpis', {
      workspace: 'demo',
      prepare: async (db) => {
        const [first] = await db.kpiDaily.where('day').equals('2026-11-20').toArray();
        // More contacts handled than offered: an abandon rate below zero.
        await db.kpiDaily.put(
          makeKpiDay({
            ...first,
            id: 'bad-day',
            day: '2026-11-21',
            contactsOffered: 10,
            contactsHandled: 500,
          }),
        );
      },
    });
    const notice = await screen.findByRole('region', { name: 'Records left out' });
    expect(
      within(notice).getByText(
        /Contacts handled is more than Contacts offered \(a rate above 100 %\)/,
      ),
    ).toBeVisible();
    const scorecard = screen.getByRole('region', { name: 'Scorecard: This month' });
    expect(await within(scorecard).findByText(/15 days with records/)).toBeVisible();
  });

  it('speaks Simplified Chinese', async () => {
    await renderApp('/kpis', { workspace: 'demo', language: 'zh-CN' });
    const scorecard = await screen.findByRole('region', { name: '计分卡：本月' });
    expect(await within(scorecard).findByText('达标 10 项，未达标 1 项')).toBeVisible();
  });
});

describe('KPI definitions page', () => {
  it('gives every metric its formula and unit in plain words, queue metrics labelled', async () => {
    await renderApp('/kpis/definitions', { workspace: 'demo' });
    const project = await screen.findByRole('region', { name: "Your project's metrics" });
    const abandon = entryOf(within(project).getByRole('heading', { name: 'Abandon rate' }), 'li');
    expect(
      within(abandon).getByText(
        'Contacts offered minus contacts handled, divided by contacts offered.',
      ),
    ).toBeVisible();
    expect(within(abandon).getByText('percent (%)')).toBeVisible();
    expect(within(abandon).getByText('Depends on the queue, not only on you')).toBeVisible();
    const other = screen.getByRole('region', { name: 'Other metrics' });
    expect(within(other).getByRole('heading', { name: 'Connect rate' })).toBeVisible();
  });
});
