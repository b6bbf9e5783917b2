import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithSyncStatus } from '../../../test/sync-status-render';
import { SyncSection } from './sync-section';

const SYNCING = { state: 'syncing', pending: 0, rejected: 0 } as const;

describe('sync section of Me', () => {
  it('shows a long first sync as a progress bar with how much has arrived of about how much', async () => {
    const { setStatus } = await renderWithSyncStatus(<SyncSection />, {
      ...SYNCING,
      pullProgress: { received: 1_200, remaining: 2_200 },
    });
    const sync = screen.getByRole('region', { name: 'Sync' });
    const bar = within(sync).getByRole('progressbar', {
      name: 'Downloading your history: 1,200 of about 3,400 records',
    });
    expect(bar).toHaveAttribute('value', '1200');
    expect(bar).toHaveAttribute('max', '3400');
    expect(within(sync).getByText('Syncing…')).toBeVisible();

    setStatus({ ...SYNCING, pullProgress: { received: 1_700, remaining: 1_700 } });
    expect(
      within(sync).getByRole('progressbar', {
        name: 'Downloading your history: 1,700 of about 3,400 records',
      }),
    ).toHaveAttribute('value', '1700');

    setStatus({ state: 'idle', pending: 0, rejected: 0, lastSyncOkAt: '2026-11-22T02:01:00Z' });
    expect(within(sync).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(sync).getByText('Up to date')).toBeVisible();
  });

  it('shows an indeterminate bar with the count so far when the server gives no estimate', async () => {
    await renderWithSyncStatus(<SyncSection />, { ...SYNCING, pullProgress: { received: 500 } });
    const bar = screen.getByRole('progressbar', {
      name: 'Downloading your history: 500 records so far',
    });
    expect(bar).not.toHaveAttribute('value');
    expect(bar).not.toHaveAttribute('max');
  });

  it('says it in the chosen language with its own number format', async () => {
    await renderWithSyncStatus(
      <SyncSection />,
      { ...SYNCING, pullProgress: { received: 1_200, remaining: 2_200 } },
      { language: 'zh-TW' },
    );
    expect(
      screen.getByRole('progressbar', { name: '正在下載歷史紀錄：已收到 1,200 筆，共約 3,400 筆' }),
    ).toBeVisible();
  });

  it('shows no progress bar while a sync needs only one page', async () => {
    await renderWithSyncStatus(<SyncSection />, SYNCING);
    expect(screen.getByText('Syncing…')).toBeVisible();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
