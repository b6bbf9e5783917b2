import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';

const TABS = [
  ['Today', '/'],
  ['Roster', '/roster'],
  ['Training', '/training'],
  ['KPIs', '/kpis'],
  ['Pay', '/pay'],
  ['Me', '/me'],
] as const;

describe('app shell', () => {
  it('sends a first-time user to the welcome screen, with the escalate button already there', async () => {
    const { router } = await renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Agent Workbench' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/welcome');
    expect(screen.getByRole('link', { name: 'Escalate' })).toHaveAttribute('href', '/escalate');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('fills a demo workspace and lands on Today, marked as demo', async () => {
    const { user, router } = await renderApp('/welcome');
    await user.click(await screen.findByRole('button', { name: 'Explore with demo data' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Today' }, { timeout: 5000 }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByText('Demo workspace')).toBeVisible();
    expect(await screen.findByText(/Hello, /)).toBeVisible();
  });

  it.each(TABS)(
    'reaches %s from the bottom navigation, escalate button included',
    async (name, path) => {
      const { user, router } = await renderApp('/', { workspace: 'demo' });
      const nav = await screen.findByRole('navigation', { name: 'Main' });
      await user.click(within(nav).getByRole('link', { name }));
      expect(await screen.findByRole('heading', { level: 1, name })).toBeVisible();
      expect(router.state.location.pathname).toBe(path);
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
      expect(screen.getByRole('link', { name: 'Escalate' })).toBeVisible();
    },
  );

  it('opens the escalation screen from any screen', async () => {
    const { user, router } = await renderApp('/pay', { workspace: 'demo' });
    await user.click(await screen.findByRole('link', { name: 'Escalate' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Escalate' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/escalate');
  });

  it('tells the agent when a page does not exist', async () => {
    await renderApp('/nowhere', { workspace: 'local' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page does not exist.' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to Today' })).toHaveAttribute('href', '/');
  });
});
