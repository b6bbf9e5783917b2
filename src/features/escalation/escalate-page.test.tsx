import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readActiveWorkspace } from '@/data/workspace-registry';
import { renderApp } from '../../../test/render-app';

describe('escalate page', () => {
  it('saves an escalation on the device and lists it', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local' });
    await user.click(await screen.findByRole('radio', { name: 'System outage' }));
    await user.type(screen.getByLabelText('Description (optional)'), '坐席系统无法登录');
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));

    expect(
      await screen.findByText(
        'Saved on this device. It will be sent as soon as there is a connection.',
      ),
    ).toBeVisible();
    const list = screen.getByRole('region', { name: 'My escalations' });
    expect(await within(list).findByText('System outage')).toBeVisible();
    expect(within(list).getByText('坐席系统无法登录')).toBeVisible();
  });

  it('asks for a category instead of sending an empty report', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local' });
    await user.click(await screen.findByRole('button', { name: 'Send escalation' }));
    expect(await screen.findByText('Choose what is happening first.')).toBeVisible();
    const list = await screen.findByRole('region', { name: 'My escalations' });
    expect(within(list).getByText('You have not raised any escalation.')).toBeVisible();
  });

  it('shows emergency numbers as soon as safety emergency is chosen, before sending', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local' });
    await user.click(await screen.findByRole('radio', { name: 'Safety emergency' }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Police 110' })).toHaveAttribute(
      'href',
      'tel:110',
    );
    expect(within(alert).getByRole('link', { name: 'Ambulance 120' })).toHaveAttribute(
      'href',
      'tel:120',
    );
  });

  it('opens a local workspace for an escalation raised before any workspace exists', async () => {
    const { user } = await renderApp('/escalate');
    await user.click(await screen.findByRole('radio', { name: 'Customer at risk' }));
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));
    expect(
      await screen.findByText(
        'Saved on this device. It will be sent as soon as there is a connection.',
      ),
    ).toBeVisible();
    expect(readActiveWorkspace(localStorage)?.kind).toBe('local');
    expect(await screen.findByText('Customer at risk', { selector: 'strong' })).toBeVisible();
  });
});
