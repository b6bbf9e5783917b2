import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';

describe('training page', () => {
  it('lists the three demo modules in order, in the interface language', async () => {
    await renderApp('/training', { workspace: 'demo', language: 'zh-CN' });
    const modules = await screen.findByRole('region', { name: '培训模块' });
    const items = await within(modules).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]!).getByText(/认证考试|练习考试/)).toBeVisible();
    expect(within(modules).getAllByText('必修').length).toBeGreaterThanOrEqual(1);
  });

  it('shows each module’s time and reading progress, and links to qualification and career', async () => {
    await renderApp('/training', { workspace: 'demo' });
    const modules = await screen.findByRole('region', { name: 'Modules' });
    const item = within(modules)
      .getAllByRole('listitem')
      .find((candidate) => within(candidate).queryByRole('link', { name: 'Outbound sales flow' }))!;
    expect(item).toHaveTextContent(/About \d+/);
    expect(
      within(item).getByRole('progressbar', {
        name: 'Lessons read in Outbound sales flow',
      }),
    ).toBeVisible();
    expect(item).toHaveTextContent(/0 of \d+ lessons read/);
    expect(screen.getByRole('link', { name: 'My qualification' })).toHaveAttribute(
      'href',
      '/training/qualification',
    );
    expect(screen.getByRole('link', { name: 'Career path' })).toHaveAttribute(
      'href',
      '/training/career',
    );
  });
});
