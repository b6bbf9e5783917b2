import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';

describe('me page', () => {
  it('switches the language at once and remembers the choice', async () => {
    const { user } = await renderApp('/me', { workspace: 'demo' });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'zh-TW');
    expect(await screen.findByRole('heading', { level: 1, name: '我的' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: '主導覽' });
    expect(within(nav).getByRole('link', { name: '薪資' })).toBeVisible();
    expect(document.documentElement.lang).toBe('zh-TW');
    expect(localStorage.getItem('awb.language')).toBe('zh-TW');
  });

  it('applies and remembers the chosen theme', async () => {
    const { user } = await renderApp('/me', { workspace: 'demo' });
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('awb.theme')).toBe('dark');
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it("shows the demo agent's profile and the sync mode", async () => {
    await renderApp('/me', { workspace: 'demo' });
    const profile = await screen.findByRole('region', { name: 'Profile' });
    expect(await within(profile).findByText('Two-star')).toBeVisible();
    expect(within(profile).getByText('Five days on, two off')).toBeVisible();
    expect(screen.getByText('Demo data on this device (no server)')).toBeVisible();
  });

  it('offers a demo reset only in a demo workspace', async () => {
    await renderApp('/me', { workspace: 'local' });
    expect(await screen.findByRole('button', { name: 'Close this workspace' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Reset demo workspace' })).not.toBeInTheDocument();
  });

  it('lists records the server refused, with its reason, and keeps them', async () => {
    await renderApp('/me', {
      workspace: 'local',
      prepare: async (db) => {
        await db.rejected.put({
          seq: 3,
          mutationId: '019aa7a0-0000-7000-8000-000000000003',
          name: 'escalation.create',
          recordId: 'esc-3',
          args: {},
          schemaVersion: 2,
          createdAt: '2026-11-21T01:00:00.000Z',
          code: 'mutation/invalid-args',
          message: '',
          rejectedAt: '2026-11-21T01:00:05.000Z',
        });
        await db.rejected.bulkPut([
          {
            seq: 4,
            mutationId: '019aa7a0-0000-7000-8000-000000000004',
            name: 'examAttempt.submit',
            recordId: 'attempt-4',
            args: {},
            schemaVersion: 5,
            createdAt: '2026-11-21T02:00:00.000Z',
            code: 'mutation/exam-changed',
            message: '',
            rejectedAt: '2026-11-21T02:00:05.000Z',
          },
          {
            seq: 5,
            mutationId: '019aa7a0-0000-7000-8000-000000000005',
            name: 'kpiGoal.remove',
            recordId: 'goal-5',
            args: {},
            schemaVersion: 5,
            createdAt: '2026-11-21T03:00:00.000Z',
            code: 'mutation/something-new',
            message: '',
            rejectedAt: '2026-11-21T03:00:05.000Z',
          },
        ]);
      },
    });
    const refused = await screen.findByRole('list', { name: 'Records refused by the server' });
    expect(within(refused).getByText('Escalation')).toBeVisible();
    expect(
      within(refused).getByText(
        'The record was not complete or not valid, so the server could not accept it.',
      ),
    ).toBeVisible();
    // A reason the app knows is put in words; one it does not is shown as the server sent it.
    expect(within(refused).getByText('Exam attempt')).toBeVisible();
    expect(within(refused).getByText(/The exam changed while you were taking it/)).toBeVisible();
    expect(within(refused).getByText('Removal of a KPI goal')).toBeVisible();
    expect(
      within(refused).getByText('Reason given by the server: mutation/something-new'),
    ).toBeVisible();
  });
});
