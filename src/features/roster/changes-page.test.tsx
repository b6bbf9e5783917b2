import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkbenchDb } from '@/data/db';
import type { Shift } from '@/domain/roster/shift';
import { renderApp } from '../../../test/render-app';

const SPLIT_SHIFT_ID = 'demo-shift-2026-11-25';
const NIGHT_SHIFT_ID = 'demo-shift-2026-11-26';

/** Two changes received on different days: an older one acknowledged, a newer one not. */
async function addChanges(db: WorkbenchDb) {
  const split = (await db.shifts.get(SPLIT_SHIFT_ID))!;
  const night = (await db.shifts.get(NIGHT_SHIFT_ID))!;
  const plainDay: Shift = {
    ...split,
    revision: 1,
    start: '2026-11-25T01:00:00.000Z',
    end: '2026-11-25T10:00:00.000Z',
    segments: [{ start: '2026-11-25T01:00:00.000Z', end: '2026-11-25T10:00:00.000Z' }],
  };
  await db.shiftChanges.bulkPut([
    {
      id: `${SPLIT_SHIFT_ID}:2`,
      shiftId: SPLIT_SHIFT_ID,
      previous: plainDay,
      current: split,
      detectedAt: '2026-11-20T01:00:00.000Z',
      isLate: false,
      acknowledgedAt: '2026-11-20T02:00:00.000Z',
    },
    {
      id: `${NIGHT_SHIFT_ID}:2`,
      shiftId: NIGHT_SHIFT_ID,
      previous: night,
      current: { ...night, revision: 2, status: 'cancelled' },
      detectedAt: '2026-11-22T01:00:00.000Z',
      isLate: true,
      acknowledgedAt: null,
    },
  ]);
}

describe('roster change log', () => {
  it('lists every change newest first, acknowledged ones with when', async () => {
    await renderApp('/roster/changes', { workspace: 'demo', prepare: addChanges });
    expect(await screen.findByRole('heading', { level: 1, name: 'Change log' })).toBeVisible();
    const entries = await screen.findAllByRole('article');
    expect(entries).toHaveLength(2);

    const [cancelled, changed] = entries as [HTMLElement, HTMLElement];
    expect(
      within(cancelled).getByRole('heading', { level: 2, name: 'Shift on Thu, Nov 26 cancelled' }),
    ).toBeVisible();
    expect(within(cancelled).getByText('Late change')).toBeVisible();
    expect(within(cancelled).getByText('Not acknowledged yet')).toBeVisible();
    const status = within(cancelled).getByRole('row', { name: /^Status/ });
    expect(
      within(status)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Confirmed', 'Cancelled']);

    expect(
      within(changed).getByRole('heading', { level: 2, name: 'Shift on Wed, Nov 25 changed' }),
    ).toBeVisible();
    expect(within(changed).getByText(/^Acknowledged Fri, Nov 20 /)).toBeVisible();
    expect(within(changed).queryByText('Late change')).not.toBeInTheDocument();
  });

  it('says so when no change has arrived', async () => {
    // The demo workspace comes with one change to its split shift; this device has had none.
    await renderApp('/roster/changes', {
      workspace: 'demo',
      prepare: async (db) => {
        await db.shiftChanges.clear();
      },
    });
    expect(await screen.findByText('No roster changes received yet.')).toBeVisible();
  });
});
