import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { makeOutboxProbe } from '../../../test/outbox-probe';

/** Renders the leave screen of the demo (Sunday 22 November 2026) with a reader of its outbox. */
async function renderLeave() {
  const { prepare, readOutbox } = makeOutboxProbe();
  const view = await renderApp('/roster/leave', { workspace: 'demo', prepare });
  const form = await screen.findByRole('region', { name: 'Request leave' });
  async function addDay(day: string) {
    await view.user.type(within(form).getByLabelText('Day'), day);
    await view.user.click(within(form).getByRole('button', { name: 'Add this day' }));
  }
  return { ...view, form, addDay, readOutbox };
}

describe('leave requests', () => {
  it('shows the pay effect before sending, saves the request to the outbox and lists it as pending', async () => {
    const { user, form, addDay, readOutbox } = await renderLeave();
    await addDay('2026-11-24');
    // A day's pay on base 2 800 at 21.75 days, and the month's 100 full-attendance reward.
    expect(within(form).getByText('Personal leave on Tue, Nov 24: -CN¥128.74')).toBeVisible();
    expect(
      within(form).getByText(
        'You would also lose the full-attendance reward of CN¥100.00 for November 2026.',
      ),
    ).toBeVisible();
    expect(within(form).getByText('Total effect on your pay: -CN¥228.74')).toBeVisible();
    expect(await readOutbox()).toEqual([]);

    await user.type(within(form).getByLabelText('Note (optional)'), 'Family matter');
    await user.click(within(form).getByRole('button', { name: 'Send request' }));
    expect(
      await within(form).findByText(
        'Saved on this device. It will be sent to your employer when there is a connection.',
      ),
    ).toBeVisible();
    const outbox = await readOutbox();
    expect(outbox.map((row) => row.name)).toEqual(['leave.request']);
    expect(outbox[0]!.args).toMatchObject({
      kind: 'personal',
      days: ['2026-11-24'],
      note: 'Family matter',
    });

    const list = screen.getByRole('region', { name: 'My leave requests' });
    await within(list).findByText('Personal leave');
    const [request] = within(list).getAllByRole('listitem');
    if (!request) throw new Error('no request listed');
    expect(within(request).getByText('Pending')).toBeVisible();
    expect(within(request).getByText('Tue, Nov 24')).toBeVisible();
    expect(
      within(request).getByRole('button', { name: 'Cancel Personal leave on Tue, Nov 24' }),
    ).toBeVisible();
  });

  it('notes that sick leave needs a hospital certificate and shows its smaller deduction', async () => {
    const { user, form, addDay } = await renderLeave();
    await user.click(within(form).getByRole('radio', { name: 'Sick leave' }));
    expect(
      within(form).getByText('A hospital certificate is needed for sick leave.'),
    ).toBeVisible();
    await addDay('2026-11-24');
    expect(within(form).getByText(/^Sick leave on Tue, Nov 24: -CN¥\d+\.\d\d$/)).toBeVisible();
  });

  it('refuses a request without a day, with a past day or a day already requested, and saves nothing', async () => {
    const { user, form, addDay, readOutbox } = await renderLeave();
    const send = within(form).getByRole('button', { name: 'Send request' });

    await user.click(send);
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose at least one day.');

    await addDay('2026-11-20');
    await user.click(send);
    expect(within(form).getByRole('alert')).toHaveTextContent('Fri, Nov 20 is in the past.');
    expect(await readOutbox()).toEqual([]);

    await user.click(within(form).getByRole('button', { name: 'Remove Fri, Nov 20' }));
    await addDay('2026-11-26');
    await user.click(send);
    await within(form).findByText(/^Saved on this device/);
    expect(await readOutbox()).toHaveLength(1);

    await addDay('2026-11-26');
    await user.click(send);
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Thu, Nov 26 is already in a leave request.',
    );
    expect(await readOutbox()).toHaveLength(1);
  });

  it('cancels a pending request', async () => {
    const { user, form, addDay, readOutbox } = await renderLeave();
    await addDay('2026-11-24');
    await user.click(within(form).getByRole('button', { name: 'Send request' }));
    const list = screen.getByRole('region', { name: 'My leave requests' });
    await user.click(
      await within(list).findByRole('button', { name: 'Cancel Personal leave on Tue, Nov 24' }),
    );
    expect(await within(list).findByText('Cancelled')).toBeVisible();
    expect(within(list).queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();
    expect((await readOutbox()).map((row) => row.name)).toContain('leave.cancel');
  });
});
