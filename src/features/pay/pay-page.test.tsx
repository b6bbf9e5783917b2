import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';

describe('pay pages', () => {
  it('lists the three demo statements, newest first, with their net pay', async () => {
    await renderApp('/pay', { workspace: 'demo' });
    const list = await screen.findByRole('region', { name: 'Pay statements' });
    const links = await within(list).findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^October 2026CN¥[\d,]+\.\d\d$/),
      expect.stringMatching(/^September 2026CN¥/),
      expect.stringMatching(/^August 2026CN¥/),
    ]);
  });

  it('opens a statement and shows each line, the penalty as a negative amount', async () => {
    const { user } = await renderApp('/pay', { workspace: 'demo' });
    await user.click(await screen.findByRole('link', { name: /October 2026/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'October 2026' })).toBeVisible();
    const lines = screen.getByRole('region', { name: 'Lines of the October 2026 statement' });
    expect(within(lines).getByText('Base pay')).toBeVisible();
    const penalty = within(lines)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByText('Penalty'));
    expect(penalty).toHaveTextContent(/Penalty.*-CN¥200\.00Dispute this line$/);
  });

  it('disputes a line in one tap: Escalate opens with pay dispute chosen', async () => {
    const { user } = await renderApp('/pay', { workspace: 'demo' });
    await user.click(await screen.findByRole('link', { name: /October 2026/ }));
    const lines = await screen.findByRole('region', {
      name: 'Lines of the October 2026 statement',
    });
    await user.click(
      within(lines).getByRole('link', { name: 'Dispute this line', description: /^Penalty/ }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Escalate' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Pay dispute' })).toBeChecked();
    expect(await screen.findByText('Pay line')).toBeVisible();
  });

  it('says when a statement does not exist', async () => {
    await renderApp('/pay/no-such-statement', { workspace: 'demo' });
    expect(await screen.findByText('This page does not exist.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'All statements' })).toHaveAttribute('href', '/pay');
  });
});
