import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { makeOutboxProbe } from '../../../test/outbox-probe';

/** Renders the swaps screen of the demo (Sunday 22 November 2026), with a reader of its outbox. */
async function renderSwaps() {
  const { prepare, readOutbox } = makeOutboxProbe();
  const view = await renderApp('/roster/swaps', { workspace: 'demo', prepare });
  return { ...view, readOutbox };
}

describe('swap requests', () => {
  it('offers an upcoming shift with a note, saved to the outbox and listed as pending', async () => {
    const { user, readOutbox } = await renderSwaps();
    const form = await screen.findByRole('region', { name: 'Offer a shift' });
    await user.selectOptions(
      await within(form).findByRole('combobox', { name: 'Shift to offer' }),
      'Split shift, Wed, Nov 25, 08:00 – 12:00, 16:00 – 20:00',
    );
    await user.type(within(form).getByLabelText('Note for colleagues (optional)'), 'School run');
    await user.click(within(form).getByRole('button', { name: 'Offer this shift' }));
    expect(await within(form).findByText(/^Saved on this device/)).toBeVisible();
    const outbox = await readOutbox();
    expect(outbox.map((row) => row.name)).toEqual(['swap.request']);
    expect(outbox[0]!.args).toMatchObject({
      shiftId: 'demo-shift-2026-11-25',
      kind: 'offer',
      note: 'School run',
    });

    const list = screen.getByRole('region', { name: 'My swap requests' });
    await within(list).findByText('Shift offered');
    const [request] = within(list).getAllByRole('listitem');
    if (!request) throw new Error('no request listed');
    expect(within(request).getByText('Pending')).toBeVisible();
    expect(within(request).getByText('School run')).toBeVisible();
    expect(
      within(form).queryByRole('option', { name: /^Split shift, Wed, Nov 25/ }),
    ).not.toBeInTheDocument();
  });

  it('asks for a shift before offering and saves nothing', async () => {
    const { user, readOutbox } = await renderSwaps();
    const form = await screen.findByRole('region', { name: 'Offer a shift' });
    await user.click(await within(form).findByRole('button', { name: 'Offer this shift' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Choose the shift you want to offer.',
    );
    expect(await readOutbox()).toEqual([]);
  });

  it("says plainly that colleagues' offered shifts are not listed by the backend yet", async () => {
    await renderSwaps();
    const take = await screen.findByRole('region', { name: "Ask for a colleague's shift" });
    expect(
      within(take).getByText(/does not list the shifts colleagues have offered yet/),
    ).toBeVisible();
    expect(within(take).queryByRole('button')).not.toBeInTheDocument();
  });
});
