import { screen, within } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBlobBytes } from '@/data/attachment-bytes';
import { renderApp } from '../../../test/render-app';

/*
 * The demo for Sunday 22 November 2026: day shifts Mon–Wed and night shifts (22:00–07:00) Thu and
 * Fri each week; the split shift (08:00–12:00, 16:00–20:00) is on Wednesday 25 November.
 */

afterEach(() => {
  vi.restoreAllMocks();
});

/** The week agenda's entry for a day, found by its heading. */
async function dayOf(week: HTMLElement, date: string): Promise<HTMLElement> {
  const name = new RegExp(`^${date}`);
  return (await within(week).findByRole('heading', { level: 3, name })).closest('li')!;
}

/** Catches the files the page downloads: their contents and their names, in order. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:shifts';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

/** The events of a downloaded iCalendar file. */
async function eventsOf(blob: Blob) {
  const text = new TextDecoder().decode(await readBlobBytes(blob));
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

describe('roster page', () => {
  it('shows this week by default with a night shift on the day it starts and the day it ends', async () => {
    await renderApp('/roster', { workspace: 'demo' });
    const week = await screen.findByRole('region', { name: 'Week of Mon, Nov 16 – Sun, Nov 22' });
    const thursday = await dayOf(week, 'Thu, Nov 19');
    expect(within(thursday).getByText('Night shift')).toBeVisible();
    expect(within(thursday).getByText('22:00 – 07:00')).toBeVisible();
    expect(within(thursday).getByText('(ends the next day)')).toBeVisible();
    const friday = await dayOf(week, 'Fri, Nov 20');
    expect(
      within(friday).getByText(
        'Until 07:00: continues the shift that started Thu, Nov 19 at 22:00',
      ),
    ).toBeVisible();
    const sunday = await dayOf(week, 'Sun, Nov 22');
    expect(within(sunday).getByText('No shift')).toBeVisible();
    expect(within(sunday).getByText('Today')).toBeVisible();
    expect(screen.getByText("Times in the project's time zone (Asia/Shanghai).")).toBeVisible();
  });

  it("notes the agent's own clock time when they live in another zone", async () => {
    await renderApp('/roster', {
      workspace: 'demo',
      prepare: async (db) => {
        await db.agentProfile.toCollection().modify({ timeZone: 'Europe/Berlin' });
      },
    });
    expect(
      await screen.findByText(
        'You are in Europe/Berlin: your own clock time is shown under each shift.',
      ),
    ).toBeVisible();
    const week = screen.getByRole('region', { name: 'Week of Mon, Nov 16 – Sun, Nov 22' });
    const thursday = await dayOf(week, 'Thu, Nov 19');
    expect(within(thursday).getByText('Your time (Europe/Berlin): 15:00 – 00:00')).toBeVisible();
  });

  it("shows the split shift's segments with the idle gap between them in the next week", async () => {
    const { user } = await renderApp('/roster', { workspace: 'demo' });
    await user.click(await screen.findByRole('link', { name: 'Next week' }));
    const week = await screen.findByRole('region', { name: 'Week of Mon, Nov 23 – Sun, Nov 29' });
    const wednesday = await dayOf(week, 'Wed, Nov 25');
    expect(within(wednesday).getByText('Split shift')).toBeVisible();
    const segments = within(wednesday).getAllByText(/^\d\d:\d\d – \d\d:\d\d$/);
    expect(segments.map((segment) => segment.textContent)).toEqual([
      '08:00 – 12:00',
      '16:00 – 20:00',
    ]);
    expect(within(wednesday).getByText('Idle gap 4 hr (12:00 – 16:00)')).toBeVisible();
  });

  it('shows the month as a table whose cells describe each shift in words', async () => {
    const { user } = await renderApp('/roster', { workspace: 'demo' });
    await user.click(await screen.findByRole('link', { name: 'Month' }));
    const table = await screen.findByRole('table', { name: /Shifts in November 2026/ });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(7);
    const cellOf = (date: string) =>
      within(table)
        .getAllByRole('cell')
        .find((cell) => within(cell).queryByRole('link', { name: new RegExp(`^${date}`) }))!;
    expect(
      within(cellOf('Wed, Nov 25')).getByText(
        'Split shift: 08:00 – 12:00, 16:00 – 20:00; idle 4 hr; Confirmed',
      ),
    ).toBeInTheDocument();
    expect(
      within(cellOf('Thu, Nov 26')).getByText(
        'Night shift, 22:00 until 07:00 the next day, Confirmed',
      ),
    ).toBeInTheDocument();
    expect(
      within(cellOf('Fri, Nov 27')).getByText('Night shift from the day before, until 07:00'),
    ).toBeInTheDocument();
    expect(
      within(cellOf('Sun, Nov 22, today')).getByText('No shifts this day'),
    ).toBeInTheDocument();
  });

  it('goes from a day of the month to its week', async () => {
    const { user } = await renderApp('/roster?view=month&day=2026-11-22', { workspace: 'demo' });
    await user.click(await screen.findByRole('link', { name: 'Wed, Nov 25' }));
    expect(
      await screen.findByRole('region', { name: 'Week of Mon, Nov 23 – Sun, Nov 29' }),
    ).toBeVisible();
  });

  it("flags the split shift's idle gap in the month's working-time check", async () => {
    await renderApp('/roster', { workspace: 'demo' });
    const check = await screen.findByRole('region', { name: 'Working time in November 2026' });
    expect(
      await within(check).findByText(
        'Wed, Nov 25: an idle gap of 4 hr inside a split shift (12:00 – 16:00), longer than 2 hr.',
      ),
    ).toBeVisible();
  });

  it('shows an empty workspace as days without shifts', async () => {
    await renderApp('/roster', { workspace: 'local' });
    const week = await screen.findByRole('region', { name: 'Week of Mon, Nov 16 – Sun, Nov 22' });
    expect(await within(week).findAllByText('No shift')).toHaveLength(7);
    const check = screen.getByRole('region', { name: 'Working time in November 2026' });
    expect(
      await within(check).findByText('No working-time limit is crossed this month.'),
    ).toBeVisible();
  });

  it('links to the change log, leave and swaps', async () => {
    await renderApp('/roster', { workspace: 'demo' });
    expect(
      await screen.findByRole('link', { name: 'Change log: what changed in your shifts' }),
    ).toHaveAttribute('href', '/roster/changes');
    expect(screen.getByRole('link', { name: 'Leave requests' })).toHaveAttribute(
      'href',
      '/roster/leave',
    );
    expect(screen.getByRole('link', { name: 'Shift swaps' })).toHaveAttribute(
      'href',
      '/roster/swaps',
    );
  });

  it('downloads an iCalendar file with one event per segment of each upcoming shift', async () => {
    const { blobs, names } = catchDownloads();
    const { user } = await renderApp('/roster', { workspace: 'demo' });
    await user.click(await screen.findByRole('button', { name: 'Download calendar file (.ics)' }));
    expect(await screen.findByText('Calendar file with 7 events downloaded.')).toBeVisible();
    expect(names).toEqual(['shifts-2026-11-22.ics']);
    const events = await eventsOf(blobs[0]!);
    // Mon 23, Tue 24, Wed 25 (two segments), Thu 26, Fri 27 and Mon 30 November.
    expect(events).toHaveLength(7);
    const split = events.filter((event) => event.uid.startsWith('demo-shift-2026-11-25-'));
    expect(split.map((event) => event.summary)).toEqual([
      'Split shift (part 1 of 2)',
      'Split shift (part 2 of 2)',
    ]);
    expect(split.map((event) => event.startDate.toJSDate().toISOString())).toEqual([
      '2026-11-25T00:00:00.000Z',
      '2026-11-25T08:00:00.000Z',
    ]);
  });

  it('exports the calendar in the active language', async () => {
    const { blobs, names } = catchDownloads();
    const { user } = await renderApp('/roster', { workspace: 'demo', language: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '下载日历文件（.ics）' }));
    await screen.findByText('已下载日历文件，共 7 个日程。');
    expect(names).toEqual(['班次-2026-11-22.ics']);
    const summaries = (await eventsOf(blobs[0]!)).map((event) => event.summary);
    expect(summaries).toContain('夜班');
  });

  it('says plainly when this browser cannot show reminders', async () => {
    await renderApp('/roster', { workspace: 'demo' });
    const reminders = await screen.findByRole('region', { name: 'Shift reminders' });
    expect(
      within(reminders).getByText(/This browser cannot show reminders from a web app/),
    ).toBeVisible();
    expect(
      within(reminders).getByRole('combobox', { name: 'Remind me before a shift' }),
    ).toBeDisabled();
  });

  it('asks for permission when reminders are turned on and keeps the choice on the device', async () => {
    const requestPermission = vi.fn(async () => {
      permission = 'granted';
      return 'granted';
    });
    let permission = 'default';
    const notification = Object.defineProperties(function Notification() {}, {
      requestPermission: { value: requestPermission },
      permission: { get: () => permission },
    });
    vi.stubGlobal('Notification', notification);
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: { getRegistration: async () => undefined },
    });
    try {
      const { user } = await renderApp('/roster', { workspace: 'demo' });
      const reminders = await screen.findByRole('region', { name: 'Shift reminders' });
      expect(
        within(reminders).getByText(/the browser asks whether the app may show/),
      ).toBeVisible();
      await user.selectOptions(
        within(reminders).getByRole('combobox', { name: 'Remind me before a shift' }),
        '30 min before',
      );
      expect(requestPermission).toHaveBeenCalledOnce();
      expect(await within(reminders).findByText(/Reminders are on this device only/)).toBeVisible();
      expect(Object.entries(localStorage).some(([, value]) => value === '30')).toBe(true);
    } finally {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(navigator, 'serviceWorker');
    }
  });
});
