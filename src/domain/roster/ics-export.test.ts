import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildIcs,
  escapeText,
  foldLine,
  icsEventUid,
  icsFileName,
  type IcsOptions,
} from './ics-export';
import type { Shift } from './shift';
import { shanghaiAt } from '../../../test/pay-builders';
import { makeSegmentShift } from '../../../test/roster-builders';

const NOW = '2026-11-22T02:00:00.000Z';

/** The demo's kind of roster: a day shift, a split shift (revision 2), a night shift, a cancelled one, a past one. */
function roster(): Shift[] {
  return [
    makeSegmentShift({
      id: 'past',
      day: '2026-11-20',
      segments: [
        { start: shanghaiAt('2026-11-20', '09:00'), end: shanghaiAt('2026-11-20', '18:00') },
      ],
      status: 'worked',
    }),
    makeSegmentShift({
      id: 'day',
      day: '2026-11-23',
      segments: [
        { start: shanghaiAt('2026-11-23', '09:00'), end: shanghaiAt('2026-11-23', '18:00') },
      ],
    }),
    makeSegmentShift({
      id: 'split',
      day: '2026-11-24',
      revision: 2,
      segments: [
        { start: shanghaiAt('2026-11-24', '08:00'), end: shanghaiAt('2026-11-24', '12:00') },
        { start: shanghaiAt('2026-11-24', '16:00'), end: shanghaiAt('2026-11-24', '20:00') },
      ],
    }),
    makeSegmentShift({
      id: 'night',
      day: '2026-11-25',
      isNight: true,
      segments: [
        { start: shanghaiAt('2026-11-25', '22:00'), end: shanghaiAt('2026-11-26', '06:00') },
      ],
    }),
    makeSegmentShift({
      id: 'cancelled',
      day: '2026-11-27',
      status: 'cancelled',
      segments: [
        { start: shanghaiAt('2026-11-27', '09:00'), end: shanghaiAt('2026-11-27', '18:00') },
      ],
    }),
  ];
}

const LONG_CHINESE =
  '夜班：售后客服队列，第一段。请提前十五分钟到岗，带好工牌和耳机；如需请假请在应用中提交申请，并注意查看排班变更。';

const options: IcsOptions = {
  now: NOW,
  language: 'zh-CN',
  calendarName: '我的排班',
  text: (shift, index) => ({
    summary: `${shift.isNight ? '夜班' : '班次'} ${shift.queue} 第${index + 1}段`,
    description: `${LONG_CHINESE}\n第二行, 含逗号; 分号 \\ 反斜杠`,
    location: shift.workMode === 'onsite' ? '职场 3 楼' : '远程',
  }),
};

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  sequence: number;
  status: string;
  transparency: string;
  startMs: number;
  endMs: number;
  startZone: string;
}

/** Parses with ical.js, registering the file's own VTIMEZONEs as a calendar client does. */
function parse(ics: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue('status') ?? ''),
      transparency: String(vevent.getFirstPropertyValue('transp') ?? ''),
      startMs: event.startDate.toJSDate().getTime(),
      endMs: event.endDate.toJSDate().getTime(),
      startZone: event.startDate.zone?.tzid ?? '',
    };
  });
  return { calendar, events };
}

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe('buildIcs', () => {
  it('writes one event per segment of each upcoming shift, a cancelled one as cancelled', () => {
    const { events } = parse(buildIcs(roster(), options));
    expect(events.map(({ uid, status, transparency }) => [uid, status, transparency])).toEqual([
      ['day-0@agent-workbench', 'CONFIRMED', 'OPAQUE'],
      ['split-0@agent-workbench', 'CONFIRMED', 'OPAQUE'],
      ['split-1@agent-workbench', 'CONFIRMED', 'OPAQUE'],
      ['night-0@agent-workbench', 'CONFIRMED', 'OPAQUE'],
      ['cancelled-0@agent-workbench', 'CANCELLED', 'TRANSPARENT'],
    ]);
  });

  it('cancels an event exported before under the same UID with a higher SEQUENCE', () => {
    const before = roster().map((shift) =>
      shift.id === 'cancelled' ? { ...shift, status: 'scheduled' as const, revision: 1 } : shift,
    );
    const cancelled = roster().map((shift) =>
      shift.id === 'cancelled' ? { ...shift, revision: 2 } : shift,
    );
    const find = (ics: string) =>
      parse(ics).events.find((event) => event.uid === 'cancelled-0@agent-workbench');
    expect(find(buildIcs(before, options))).toMatchObject({ status: 'CONFIRMED', sequence: 1 });
    expect(find(buildIcs(cancelled, options))).toMatchObject({ status: 'CANCELLED', sequence: 2 });
  });

  it('gives each event the instants of its segment, overnight included', () => {
    const { events } = parse(buildIcs(roster(), options));
    const expected = roster()
      .filter((shift) => shift.id !== 'past')
      .flatMap((shift) => shift.segments)
      .map((segment) => ({ startMs: Date.parse(segment.start), endMs: Date.parse(segment.end) }));
    expect(events.map(({ startMs, endMs }) => ({ startMs, endMs }))).toEqual(expected);
  });

  it('keeps UIDs across exports and carries the shift revision as SEQUENCE', () => {
    const first = parse(buildIcs(roster(), options)).events;
    const moved = roster().map((shift) =>
      shift.id === 'day'
        ? {
            ...shift,
            revision: 3,
            segments: [
              { start: shanghaiAt('2026-11-23', '10:00'), end: shanghaiAt('2026-11-23', '19:00') },
            ],
          }
        : shift,
    );
    const second = parse(buildIcs(moved, { ...options, now: '2026-11-22T05:00:00Z' })).events;
    expect(second.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(second.map((event) => event.sequence)).toEqual([3, 2, 2, 1, 1]);
    expect(second[0]!.startMs).toBe(Date.parse(shanghaiAt('2026-11-23', '10:00')));
  });

  it('keeps Chinese texts and escaped characters intact through folding', () => {
    const ics = buildIcs(roster(), options);
    const { events } = parse(ics);
    expect(events[0]!.summary).toBe('班次 after-sales 第1段');
    expect(events[3]!.summary).toBe('夜班 after-sales 第1段');
    expect(events[0]!.description).toBe(`${LONG_CHINESE}\n第二行, 含逗号; 分号 \\ 反斜杠`);
    expect(events[0]!.location).toBe('职场 3 楼');
  });

  it('uses CRLF line endings and folds every line to at most 75 octets', () => {
    const ics = buildIcs(roster(), options);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('stamps every event with the export instant, not the clock', () => {
    const ics = buildIcs(roster(), options);
    const { calendar } = parse(ics);
    const stamps = calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => vevent.getFirstPropertyValue('dtstamp')?.toString());
    expect(new Set(stamps)).toEqual(new Set(['2026-11-22T02:00:00Z']));
    expect(buildIcs(roster(), options)).toBe(ics);
  });

  it('writes Asia/Shanghai as a zone with a single STANDARD observance at +0800', () => {
    const ics = buildIcs(roster(), options);
    const { calendar, events } = parse(ics);
    const [vtimezone, ...others] = calendar.getAllSubcomponents('vtimezone');
    expect(others).toEqual([]);
    expect(vtimezone!.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    expect(vtimezone!.getAllSubcomponents('daylight')).toEqual([]);
    const standard = vtimezone!.getAllSubcomponents('standard');
    expect(standard).toHaveLength(1);
    expect(standard[0]!.getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+08:00');
    expect(standard[0]!.getFirstPropertyValue('tzoffsetfrom')?.toString()).toBe('+08:00');
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20261123T090000');
    expect(events.every((event) => event.startZone === 'Asia/Shanghai')).toBe(true);
  });

  it.each([
    // Europe/Berlin goes to +0200 at 01:00 UTC on 29 March 2026 and back on 25 October.
    {
      zone: 'Europe/Berlin',
      instants: [
        ['2026-03-28T08:00:00Z', '2026-03-28T16:00:00Z'],
        ['2026-03-29T00:30:00Z', '2026-03-29T03:30:00Z'],
        ['2026-07-01T07:00:00Z', '2026-07-01T15:00:00Z'],
        ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'],
      ],
      local: 'DTSTART;TZID=Europe/Berlin:20260329T013000',
    },
    // New York: 2026-03-08 02:00 → 03:00 and 2026-11-01 02:00 → 01:00; Sydney, southern hemisphere.
    {
      zone: 'America/New_York',
      instants: [
        ['2026-03-08T06:30:00Z', '2026-03-08T08:30:00Z'],
        ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z'],
      ],
      local: 'DTSTART;TZID=America/New_York:20260308T013000',
    },
    {
      zone: 'Australia/Sydney',
      instants: [
        ['2026-04-04T14:00:00Z', '2026-04-04T18:00:00Z'],
        ['2026-10-03T14:00:00Z', '2026-10-03T18:00:00Z'],
      ],
      local: 'DTSTART;TZID=Australia/Sydney:20260405T010000',
    },
  ])(
    'converts $zone shifts across its daylight-saving changes exactly',
    ({ zone, instants, local }) => {
      const shifts = instants.map(([start, end], index) =>
        makeSegmentShift({
          id: `s${index}`,
          timeZone: zone,
          segments: [{ start: start!, end: end! }],
        }),
      );
      const ics = buildIcs(shifts, { ...options, now: '2026-01-01T00:00:00Z' });
      const { calendar, events } = parse(ics);
      expect(events.map(({ startMs, endMs }) => [startMs, endMs])).toEqual(
        instants.map(([start, end]) => [Date.parse(start!), Date.parse(end!)]),
      );
      expect(ics).toContain(local);
      const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
      expect(vtimezone.getAllSubcomponents('daylight').length).toBeGreaterThan(0);
      expect(vtimezone.getAllSubcomponents('standard').length).toBeGreaterThan(0);
    },
  );

  it('writes both passes through a repeated hour in UTC so each keeps its instant', () => {
    // 02:30 Berlin on 25 October 2026 happens twice: 00:30 UTC (+0200), then 01:30 UTC (+0100).
    const shifts = ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'].map((start, index) =>
      makeSegmentShift({
        id: `fold-${index}`,
        timeZone: 'Europe/Berlin',
        segments: [{ start, end: '2026-10-25T09:00:00Z' }],
      }),
    );
    const ics = buildIcs(shifts, { ...options, now: '2026-10-01T00:00:00Z' });
    expect(ics).toContain('DTSTART:20261025T003000Z');
    expect(ics).toContain('DTSTART:20261025T013000Z');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20261025T100000');
    expect(parse(ics).events.map((event) => event.startMs)).toEqual([
      Date.parse('2026-10-25T00:30:00Z'),
      Date.parse('2026-10-25T01:30:00Z'),
    ]);
  });

  it('falls back to UTC for a zone Intl does not know, without a VTIMEZONE', () => {
    const shift = makeSegmentShift({
      id: 'odd',
      timeZone: 'Mars/Olympus_Mons',
      segments: [{ start: '2026-12-01T01:00:00Z', end: '2026-12-01T09:00:00Z' }],
    });
    const ics = buildIcs([shift], options);
    expect(ics).not.toContain('BEGIN:VTIMEZONE');
    expect(parse(ics).events.map(({ startMs, endMs }) => [startMs, endMs])).toEqual([
      [Date.parse('2026-12-01T01:00:00Z'), Date.parse('2026-12-01T09:00:00Z')],
    ]);
  });

  it('still exports the rest of a shift that has begun', () => {
    const shifts = roster();
    const { events } = parse(
      buildIcs(shifts, { ...options, now: shanghaiAt('2026-11-24', '13:00') }),
    );
    expect(events.map((event) => event.uid)).toEqual([
      'split-0@agent-workbench',
      'split-1@agent-workbench',
      'night-0@agent-workbench',
      'cancelled-0@agent-workbench',
    ]);
  });

  it('writes an empty but valid calendar when nothing is upcoming', () => {
    const { calendar, events } = parse(buildIcs([], options));
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('我的排班');
  });
});

describe('ics text helpers', () => {
  it.each([
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['line 1\nline 2\r\nline 3', 'line 1\\nline 2\\nline 3'],
    ['bell\u0007tab\tok', 'belltab\tok'],
    ['夜班', '夜班'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it('never splits a character when folding', () => {
    const line = `SUMMARY:${'班'.repeat(60)}😀${'a'.repeat(80)}`;
    const physical = foldLine(line).split('\r\n');
    for (const part of physical) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });

  it('names the UID and the file predictably', () => {
    expect(icsEventUid('shift-7', 1)).toBe('shift-7-1@agent-workbench');
    expect(icsFileName('2026-11-22')).toBe('agent-workbench-shifts-2026-11-22.ics');
  });
});
