import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkbenchDb } from '@/data/db';
import { renderApp } from '../../../test/render-app';

/** Remembers the workspace's database and reads the agent's KPI rows and outbox as on disk. */
function makeProbe() {
  let name = '';
  return {
    prepare: async (db: WorkbenchDb) => {
      name = db.name;
    },
    async read() {
      const db = new WorkbenchDb(name);
      try {
        return {
          tallies: await db.kpiTallies.toArray(),
          goals: await db.kpiGoals.toArray(),
          outbox: await db.outbox.toArray(),
        };
      } finally {
        db.close();
      }
    },
  };
}

/** The list item or table row holding `element` (a scorecard entry, a goal, a table row). */
function entryOf(element: HTMLElement, selector: 'li' | 'tr'): HTMLElement {
  return element.closest(selector)!;
}

describe('KPI tally page', () => {
  it('refuses impossible counts with translated messages and stores nothing', async () => {
    const probe = makeProbe();
    const { user } = await renderApp('/kpis/tally', { workspace: 'demo', prepare: probe.prepare });
    const before = await probe.read();
    const form = await screen.findByRole('region', { name: 'Log a day' }, { timeout: 5_000 });
    await user.type(within(form).getByRole('textbox', { name: 'Calls dialled' }), '10');
    await user.type(
      within(form).getByRole('textbox', { name: 'Calls that reached the customer' }),
      '12',
    );
    await user.type(within(form).getByRole('textbox', { name: 'Sales closed' }), '1.5');
    await user.click(within(form).getByRole('button', { name: 'Save tally' }));
    const alert = within(form).getByRole('alert');
    expect(within(alert).getByText('Nothing was saved. Please fix:')).toBeVisible();
    expect(
      within(alert).getByText('Calls that reached the customer cannot be more than Calls dialled.'),
    ).toBeVisible();
    expect(
      within(alert).getByText('Sales closed must be a whole number, 0 or more.'),
    ).toBeVisible();
    expect(await probe.read()).toEqual(before);
  });

  it('saves a day and sets it beside the employer figures with differences flagged', async () => {
    const probe = makeProbe();
    const { user } = await renderApp('/kpis/tally', { workspace: 'demo', prepare: probe.prepare });
    const before = await probe.read();
    const form = await screen.findByRole('region', { name: 'Log a day' }, { timeout: 5_000 });
    const day = within(form).getByLabelText('Day');
    await user.clear(day);
    await user.type(day, '2026-11-20');
    await user.type(within(form).getByRole('textbox', { name: 'Contacts handled' }), '1');
    await user.click(within(form).getByRole('button', { name: 'Save tally' }));
    expect(
      await within(form).findByText(
        'Saved on this device. It will be sent to your employer when there is a connection.',
      ),
    ).toBeVisible();
    const after = await probe.read();
    expect(after.tallies).toHaveLength(before.tallies.length + 1);
    expect(after.tallies.find((tally) => tally.day === '2026-11-20')?.counts).toEqual({
      contactsHandled: 1,
    });

    const comparison = screen.getByRole('region', { name: "Mine beside my employer's" });
    const table = await within(comparison).findByRole('table', { name: /Fri, Nov 20/ });
    const row = entryOf(within(table).getByRole('rowheader', { name: 'Contacts handled' }), 'tr');
    expect(within(row).getByText(/Differs/)).toBeVisible();
    expect(
      within(comparison).getAllByText("Some counts differ from your employer's figures.")[0],
    ).toBeVisible();
  });
});

describe('KPI goals page', () => {
  it('refuses a rate above 100 % and stores nothing', async () => {
    const probe = makeProbe();
    const { user } = await renderApp('/kpis/goals', { workspace: 'demo', prepare: probe.prepare });
    const before = await probe.read();
    const form = await screen.findByRole('region', { name: 'Set a goal' }, { timeout: 5_000 });
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Metric' }),
      'Satisfaction',
    );
    await user.type(within(form).getByRole('textbox', { name: 'Target (percent (%))' }), '120');
    await user.click(within(form).getByRole('button', { name: 'Set goal' }));
    expect(within(form).getByText('A rate cannot be above 100 %.')).toBeVisible();
    expect(await probe.read()).toEqual(before);
  });

  it('sets a goal with its progress and removes it', async () => {
    const probe = makeProbe();
    const { user } = await renderApp('/kpis/goals', { workspace: 'demo', prepare: probe.prepare });
    const before = await probe.read();
    const form = await screen.findByRole('region', { name: 'Set a goal' }, { timeout: 5_000 });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Metric' }), 'Aux share');
    // Lower is better: the direction follows the metric.
    expect(within(form).getByRole('radio', { name: 'At most' })).toBeChecked();
    await user.type(within(form).getByRole('textbox', { name: 'Target (percent (%))' }), '6');
    await user.click(within(form).getByRole('button', { name: 'Set goal' }));
    expect(await within(form).findByText('Goal saved on this device.')).toBeVisible();
    expect((await probe.read()).goals).toHaveLength(before.goals.length + 1);

    const list = screen.getByRole('region', { name: 'Goals and progress' });
    const goal = entryOf(await within(list).findByText('Aux share: At most 6%'), 'li');
    // Set today: the employer's figures since then have not arrived yet.
    expect(within(goal).getByText('No data yet')).toBeVisible();
    expect(
      within(goal).getByRole('progressbar', { name: 'Progress towards Aux share' }),
    ).toBeVisible();
    await user.click(within(goal).getByRole('button', { name: 'Remove the goal on Aux share' }));
    expect(await within(list).findByText('Goal removed.')).toBeVisible();
    expect(within(list).queryByText('Aux share: At most 6%')).not.toBeInTheDocument();
  });
});
