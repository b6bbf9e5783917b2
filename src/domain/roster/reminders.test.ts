import { describe, expect, it } from 'vitest';
import { nextReminders, reminderSupport, type ReminderCapabilities } from './reminders';
import type { Shift } from './shift';

const NOW = '2026-11-22T00:00:00.000Z';

function makeShift(
  id: string,
  segments: [string, string][],
  overrides: Partial<Shift> = {},
): Shift {
  return {
    id,
    agentId: 'agent',
    projectId: 'proj',
    day: segments[0]![0].slice(0, 10),
    start: segments[0]![0],
    end: segments.at(-1)![1],
    timeZone: 'Asia/Shanghai',
    segments: segments.map(([start, end]) => ({ start, end })),
    breaks: [],
    queue: 'q',
    workMode: 'onsite',
    isNight: false,
    status: 'scheduled',
    revision: 1,
    ...overrides,
  };
}

describe('nextReminders', () => {
  const shifts = [
    makeShift('later', [['2026-11-23T01:00:00.000Z', '2026-11-23T10:00:00.000Z']]),
    makeShift('past', [['2026-11-21T01:00:00.000Z', '2026-11-21T10:00:00.000Z']], {
      status: 'worked',
    }),
    makeShift('cancelled', [['2026-11-22T05:00:00.000Z', '2026-11-22T09:00:00.000Z']], {
      status: 'cancelled',
    }),
    // Segments out of order: the reminder is for the first one.
    makeShift(
      'split',
      [
        ['2026-11-22T08:00:00.000Z', '2026-11-22T12:00:00.000Z'],
        ['2026-11-22T02:00:00.000Z', '2026-11-22T04:00:00.000Z'],
      ],
      { revision: 2 },
    ),
  ];

  it('reminds before the first segment of each upcoming shift, soonest first', () => {
    expect(nextReminders(shifts, NOW, 30)).toEqual([
      {
        id: 'split:2026-11-22T01:30:00.000Z',
        shiftId: 'split',
        revision: 2,
        shiftStart: '2026-11-22T02:00:00.000Z',
        remindAt: '2026-11-22T01:30:00.000Z',
        isDue: false,
      },
      {
        id: 'later:2026-11-23T00:30:00.000Z',
        shiftId: 'later',
        revision: 1,
        shiftStart: '2026-11-23T01:00:00.000Z',
        remindAt: '2026-11-23T00:30:00.000Z',
        isDue: false,
      },
    ]);
  });

  it('marks a reminder due when the lead time has begun, and drops a shift that has started', () => {
    const at = (now: string) =>
      nextReminders(shifts, now, 60).map(({ shiftId, isDue }) => ({ shiftId, isDue }));
    expect(at('2026-11-22T01:30:00.000Z')).toEqual([
      { shiftId: 'split', isDue: true },
      { shiftId: 'later', isDue: false },
    ]);
    expect(at('2026-11-22T02:00:00.000Z')).toEqual([{ shiftId: 'later', isDue: false }]);
  });

  it.each([
    { lead: 0, remindAt: '2026-11-22T02:00:00.000Z' },
    { lead: -15, remindAt: '2026-11-22T02:00:00.000Z' },
    { lead: Number.NaN, remindAt: '2026-11-22T02:00:00.000Z' },
    { lead: 120, remindAt: '2026-11-22T00:00:00.000Z' },
  ])('takes a lead of $lead minutes as reminding at $remindAt', ({ lead, remindAt }) => {
    expect(nextReminders(shifts, NOW, lead)[0]!.remindAt).toBe(remindAt);
  });

  it('gives a moved shift a new reminder id', () => {
    const moved = makeShift('later', [['2026-11-23T02:00:00.000Z', '2026-11-23T10:00:00.000Z']]);
    const before = nextReminders([shifts[0]!], NOW, 30)[0]!;
    const after = nextReminders([moved], NOW, 30)[0]!;
    expect(after.id).not.toBe(before.id);
    expect(nextReminders([shifts[0]!], NOW, 30)[0]!.id).toBe(before.id);
  });

  it('returns nothing without upcoming shifts', () => {
    expect(nextReminders([], NOW, 30)).toEqual([]);
  });
});

describe('reminderSupport', () => {
  it.each<[ReminderCapabilities, ReturnType<typeof reminderSupport>]>([
    [{ hasNotification: true, permission: 'granted', hasServiceWorker: true }, 'ready'],
    [{ hasNotification: true, permission: 'default', hasServiceWorker: true }, 'permission-needed'],
    [{ hasNotification: true, permission: 'denied', hasServiceWorker: true }, 'denied'],
    [{ hasNotification: false, permission: 'default', hasServiceWorker: true }, 'unsupported'],
    [{ hasNotification: true, permission: 'granted', hasServiceWorker: false }, 'unsupported'],
    [{ hasNotification: false, permission: 'denied', hasServiceWorker: false }, 'unsupported'],
  ])('%j is %s', (capabilities, expected) => {
    expect(reminderSupport(capabilities)).toBe(expected);
  });
});
