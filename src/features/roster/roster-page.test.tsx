import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';

describe('roster page', () => {
  it("shows the demo's split shift with its idle gap and night shifts ending the next day", async () => {
    await renderApp('/roster', { workspace: 'demo' });
    const upcoming = await screen.findByRole('region', { name: 'Upcoming shifts' });
    await within(upcoming).findByText(/Split · Gap 4 hr/);
    const splitShift = within(upcoming)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText(/Split · Gap 4 hr/))!;
    expect(within(splitShift).getByText('08:00 – 12:00')).toBeVisible();
    expect(within(splitShift).getByText('16:00 – 20:00')).toBeVisible();
    expect(within(upcoming).getAllByText('Night').length).toBeGreaterThanOrEqual(2);
    expect(within(upcoming).getAllByText('(ends the next day)').length).toBeGreaterThanOrEqual(2);
  });

  it('names the time zone the times are shown in', async () => {
    await renderApp('/roster', { workspace: 'demo' });
    expect(
      await screen.findByText("Times in the project's time zone (Asia/Shanghai)."),
    ).toBeVisible();
  });

  it('says so when the roster is empty', async () => {
    await renderApp('/roster', { workspace: 'local' });
    const upcoming = await screen.findByRole('region', { name: 'Upcoming shifts' });
    expect(within(upcoming).getByText('No shifts in the roster.')).toBeVisible();
  });
});
