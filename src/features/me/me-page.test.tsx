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
});
