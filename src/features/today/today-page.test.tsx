import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { WorkbenchDb } from '@/data/db';
import { DEMO_AGENT_ID } from '@/data/demo/demo-ids';
import type { ShiftChange } from '@/domain/roster/shift-change';
import { renderApp } from '../../../test/render-app';
import { renderWithSyncStatus } from '../../../test/sync-status-render';
import { TodayPage } from './today-page';

/** The demo's split shift: Wednesday 25 November, 08:00–12:00 and 16:00–20:00 Shanghai. */
const SPLIT_SHIFT_ID = 'demo-shift-2026-11-25';

/** Records that the split shift used to be a plain 09:00–18:00 day shift (revision 1). */
async function addSplitShiftChange(db: WorkbenchDb, overrides: Partial<ShiftChange> = {}) {
  const current = (await db.shifts.get(SPLIT_SHIFT_ID))!;
  const previous = {
    ...current,
    revision: 1,
    start: '2026-11-25T01:00:00.000Z',
    end: '2026-11-25T10:00:00.000Z',
    segments: [{ start: '2026-11-25T01:00:00.000Z', end: '2026-11-25T10:00:00.000Z' }],
  };
  await db.shiftChanges.put({
    id: `${SPLIT_SHIFT_ID}:2`,
    shiftId: SPLIT_SHIFT_ID,
    previous,
    current,
    detectedAt: '2026-11-22T01:30:00.000Z',
    isLate: false,
    acknowledgedAt: null,
    ...overrides,
  });
}

/** Records that the demo agent started work at 10:05 on Monday 23 November, Shanghai time. */
async function clockInAt1005(db: WorkbenchDb) {
  await db.clockRecords.put({
    id: 'clock-1',
    agentId: DEMO_AGENT_ID,
    kind: 'work-start',
    at: '2026-11-23T02:05:00.000Z',
    shiftId: 'demo-shift-2026-11-23',
    syncState: 'sent',
  });
}

function listItemTexts(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('today page', () => {
  it("greets the demo agent and shows the next shift and yesterday's KPIs", async () => {
    await renderApp('/', { workspace: 'demo' });
    expect(await screen.findByText('Hello, 林晓雨')).toBeVisible();
    const shift = screen.getByRole('region', { name: 'Next shift' });
    // The demo for 22 November 2026 (a Sunday) works next on Monday, 10:00–19:00 Shanghai time.
    expect(within(shift).getByText('Mon, Nov 23')).toBeVisible();
    expect(
      within(shift).getByText('10:00 – 19:00', { selector: '.shift-when span' }),
    ).toBeVisible();
    expect(within(shift).getByRole('timer')).toHaveTextContent('Starts in 24 hr');
    expect(
      within(shift).getByText("Times in the project's time zone (Asia/Shanghai)."),
    ).toBeVisible();
    const kpis = screen.getByRole('region', { name: 'Latest KPIs' });
    expect(within(kpis).getByText('Contacts handled')).toBeVisible();
  });

  it("lists the split shift's segments and breaks in order with the idle gap between them", async () => {
    // Tuesday 24 November, 20:00 in Shanghai: the next shift is Wednesday's split shift.
    await renderApp('/', { workspace: 'demo', now: new Date('2026-11-24T12:00:00Z') });
    const shift = await screen.findByRole('region', { name: 'Next shift' });
    expect(within(shift).getByText('Wed, Nov 25')).toBeVisible();
    expect(within(shift).getByText('Split shift')).toBeVisible();
    expect(within(shift).getByRole('timer')).toHaveTextContent('Starts in 12 hr');
    expect(
      within(shift).getByRole('heading', { level: 3, name: 'Segments and breaks' }),
    ).toBeVisible();
    expect(listItemTexts(within(shift).getByRole('list'))).toEqual([
      '08:00 – 12:00 Work, segment 1 of 2',
      '10:00 – 10:15 Rest break',
      '12:00 – 16:00 4 hr idle between segments',
      '16:00 – 20:00 Work, segment 2 of 2',
      '18:00 – 18:15 Rest break',
    ]);
  });

  it("notes the agent's own time zone when it differs from the project's", async () => {
    await renderApp('/', {
      workspace: 'demo',
      prepare: async (db) => {
        await db.agentProfile.toCollection().modify({ timeZone: 'Europe/Berlin' });
      },
    });
    const shift = await screen.findByRole('region', { name: 'Next shift' });
    expect(
      within(shift).getByText(
        'In your time zone (Europe/Berlin) the shift runs from Mon, Nov 23 03:00 to Mon, Nov 23 12:00.',
      ),
    ).toBeVisible();
  });

  it('shows the split shift and its gap in Chinese', async () => {
    await renderApp('/', {
      workspace: 'demo',
      language: 'zh-CN',
      now: new Date('2026-11-24T12:00:00Z'),
    });
    const shift = await screen.findByRole('region', { name: '下一个班次' });
    expect(within(shift).getByText('分段班')).toBeVisible();
    expect(within(shift).getByText(/^两段之间空档 4\s?小时$/)).toBeVisible();
  });

  it('marks the times of a night shift that fall on the next day', async () => {
    // Thursday 26 November, 20:00 in Shanghai: the night shift 22:00–07:00 is next.
    await renderApp('/', { workspace: 'demo', now: new Date('2026-11-26T12:00:00Z') });
    const shift = await screen.findByRole('region', { name: 'Next shift' });
    expect(within(shift).getByText('Night shift')).toBeVisible();
    expect(within(shift).getByText('(ends the next day)')).toBeVisible();
    expect(listItemTexts(within(shift).getByRole('list'))).toEqual([
      '22:00 – 07:00 (next day) Work',
      '00:30 (next day) – 00:45 (next day) Rest break',
      '02:00 (next day) – 03:00 (next day) Meal break',
    ]);
  });

  it('shows an unacknowledged change before and after until the agent acknowledges it', async () => {
    const { user } = await renderApp('/', {
      workspace: 'demo',
      prepare: (db) => addSplitShiftChange(db, { isLate: true }),
    });
    const changes = await screen.findByRole('region', { name: 'Roster changes' });
    const notice = await within(changes).findByRole('article', {
      name: 'Shift on Wed, Nov 25 changed',
    });
    expect(within(notice).getByText('Late change')).toBeVisible();
    expect(within(notice).getByText(/less than 48 hours before the shift/)).toBeVisible();
    const table = within(notice).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Before' })).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: 'After' })).toBeVisible();
    const time = within(table).getByRole('row', { name: /^Time/ });
    const [before, after] = within(time).getAllByRole('cell');
    expect(before).toHaveTextContent('09:00 – 18:00');
    expect(after).toHaveTextContent('08:00 – 12:0016:00 – 20:00');

    await user.click(within(notice).getByRole('button', { name: 'Acknowledge' }));

    expect(
      await within(changes).findByText('Acknowledged. The change stays in the change log.'),
    ).toBeVisible();
    expect(within(changes).queryByRole('article')).not.toBeInTheDocument();
    expect(within(changes).getByText('No roster changes since you last looked.')).toBeVisible();

    await user.click(within(changes).getByRole('link', { name: 'Change log' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Change log' })).toBeVisible();
    const entry = await screen.findByRole('article', { name: 'Shift on Wed, Nov 25 changed' });
    expect(within(entry).getByText(/^Acknowledged /)).toBeVisible();
  });

  it('records the start of work and a break and shows where the agent stands', async () => {
    // Monday 23 November, 11:00 in Shanghai: an hour into the 10:00–19:00 shift, clocked in at 10:05.
    const { user } = await renderApp('/', {
      workspace: 'demo',
      now: new Date('2026-11-23T03:00:00Z'),
      prepare: clockInAt1005,
    });
    const clock = await screen.findByRole('region', { name: 'Your clock record' });
    expect(within(clock).getByText('Working since 10:05')).toBeVisible();
    expect(within(clock).queryByRole('button', { name: 'Start work' })).not.toBeInTheDocument();

    await user.click(within(clock).getByRole('button', { name: 'Start break' }));

    expect(await within(clock).findByText('On a break since 11:00')).toBeVisible();
    expect(within(clock).getByRole('status')).toHaveTextContent(
      'Recorded: Started a break at 11:00.',
    );
    expect(listItemTexts(within(clock).getByRole('list'))).toEqual([
      expect.stringMatching(/^10:05 Started work \(sent\)$/),
      expect.stringMatching(/^11:00 Started a break \((waiting to be sent|sent)\)$/),
    ]);
    expect(within(clock).getByRole('button', { name: 'End break' })).toBeVisible();
  });

  it("shows today's adherence from the schedule and the agent's own records", async () => {
    await renderApp('/', {
      workspace: 'demo',
      now: new Date('2026-11-23T03:00:00Z'),
      prepare: clockInAt1005,
    });
    const adherence = await screen.findByRole('region', { name: 'Adherence today' });
    // 55 of the 60 scheduled minutes so far were worked as scheduled.
    expect(within(adherence).getByText('91.7%')).toBeVisible();
    expect(within(adherence).getByText('1 hr')).toBeVisible();
    expect(within(adherence).getByText('55 min')).toBeVisible();
    expect(within(adherence).getByText('Segment 1 started 5 min late.')).toBeVisible();
  });

  it('offers no clock buttons while no shift is under way or about to start', async () => {
    await renderApp('/', { workspace: 'demo' });
    const clock = await screen.findByRole('region', { name: 'Your clock record' });
    expect(within(clock).queryByRole('button')).not.toBeInTheDocument();
    expect(
      within(clock).getByText('Clocking opens two hours before your shift starts.'),
    ).toBeVisible();
  });

  it('counts records saved on this device that are waiting to be sent', async () => {
    const { user } = await renderApp('/escalate', { workspace: 'local' });
    await user.click(await screen.findByRole('radio', { name: 'Other' }));
    await user.click(screen.getByRole('button', { name: 'Send escalation' }));
    await screen.findAllByText(/Saved on this device/);
    // The local adapter acknowledges at once, so nothing stays waiting.
    await user.click(screen.getByRole('link', { name: 'Today' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(screen.queryByText(/waiting to be sent/)).not.toBeInTheDocument();
  });

  it('says why the cards are empty while a first sync downloads a long history', async () => {
    const { setStatus } = await renderWithSyncStatus(
      <MemoryRouter>
        <TodayPage changeLogPath="/roster/changes" />
      </MemoryRouter>,
      {
        state: 'syncing',
        pending: 0,
        rejected: 0,
        pullProgress: { received: 500, remaining: 1_500 },
      },
    );
    expect(
      screen.getByRole('progressbar', {
        name: 'Downloading your history: 500 of about 2,000 records',
      }),
    ).toBeVisible();
    expect(await screen.findByText('No upcoming shift in the roster.')).toBeVisible();

    setStatus({ state: 'idle', pending: 0, rejected: 0 });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
