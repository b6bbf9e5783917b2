import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { renderWithSyncStatus } from '../../../test/sync-status-render';
import { TodayPage } from './today-page';

describe('today page', () => {
  it("greets the demo agent and shows the next shift and yesterday's KPIs", async () => {
    await renderApp('/', { workspace: 'demo' });
    expect(await screen.findByText('Hello, 林晓雨')).toBeVisible();
    const shift = screen.getByRole('region', { name: 'Next shift' });
    // The demo for 22 November 2026 (a Sunday) works next on Monday, 10:00–19:00 Shanghai time.
    expect(within(shift).getByText('Mon, Nov 23')).toBeVisible();
    expect(within(shift).getByText('10:00 – 19:00')).toBeVisible();
    const kpis = screen.getByRole('region', { name: 'Latest KPIs' });
    expect(within(kpis).getByText('Contacts handled')).toBeVisible();
  });

  it('counts records saved on this device that are waiting to be sent', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local' });
    await user.click(await screen.findByRole('radio', { name: 'Other' }));
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));
    await screen.findByText(/Saved on this device/);
    // The local adapter acknowledges at once, so nothing stays waiting.
    await user.click(screen.getByRole('link', { name: 'Today' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(screen.queryByText(/waiting to be sent/)).not.toBeInTheDocument();
  });

  it('says why the cards are empty while a first sync downloads a long history', async () => {
    const { setStatus } = await renderWithSyncStatus(<TodayPage />, {
      state: 'syncing',
      pending: 0,
      rejected: 0,
      pullProgress: { received: 500, remaining: 1_500 },
    });
    expect(
      screen.getByRole('progressbar', {
        name: 'Downloading your history: 500 of about 2,000 records',
      }),
    ).toBeVisible();
    expect(await screen.findByText('No upcoming shift in the roster.')).toBeVisible();

    setStatus({ state: 'idle', pending: 0, rejected: 0 });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
