/**
 * Upcoming shifts as an RFC 5545 calendar file (issue #6, item 7): one VEVENT per segment with a
 * UID that stays the same across exports (a re-import updates instead of duplicating), local times
 * with the shift's TZID, and a VTIMEZONE per zone built from the zone's real offsets. Pure: the
 * clock (`now`) and the translated texts come from the caller.
 */
import type { Shift } from './shift';
import { isKnownTimeZone, offsetMinutesOf } from '../zoned-time';

/** The texts of one event, already in the agent's language. */
export interface IcsEventText {
  summary: string;
  description?: string;
  location?: string;
}

export interface IcsOptions {
  /** ISO instant of the export: DTSTAMP, and what counts as upcoming (shifts ending after it). */
  now: string;
  /** The event texts of a shift's segment (`segmentIndex` in start order). */
  text: (shift: Shift, segmentIndex: number) => IcsEventText;
  /** X-WR-CALNAME, the name calendar apps give the imported calendar. */
  calendarName?: string;
  /** BCP 47 language of the texts, e.g. `zh-CN`; sets LANGUAGE on SUMMARY and DESCRIPTION. */
  language?: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Sampling step when looking for offset transitions; no zone changes its offset twice in 12 h. */
const SCAN_STEP_MS = 12 * 60 * MINUTE_MS;

/** The UID of a segment's event: the same shift and segment always get the same UID. */
export function icsEventUid(shiftId: string, segmentIndex: number): string {
  return `${shiftId}-${segmentIndex}@agent-workbench`;
}

/** File name of an export made on `day` (`YYYY-MM-DD`, the agent's local day). */
export function icsFileName(day: string): string {
  return `agent-workbench-shifts-${day}.ics`;
}

/**
 * The calendar of the shifts that end after `options.now`, one event per segment, with CRLF line
 * endings and lines folded at 75 octets. A cancelled shift stays in the file as a cancelled event
 * (`STATUS:CANCELLED`, free time) under its usual UID and its new revision as SEQUENCE, so that a
 * calendar which imported it before takes it off the agent's day instead of keeping it.
 *
 * Times are written as local times with `TZID=<the shift's zone>` and a VTIMEZONE for each zone,
 * whose observances are the zone's actual offset changes over the exported span (read from
 * `Intl`), so DST zones convert correctly in any client. A time the TZID form cannot say
 * unambiguously (inside the hour repeated when clocks go back), or in a zone `Intl` does not
 * know, is written in UTC instead.
 */
export function buildIcs(shifts: readonly Shift[], options: IcsOptions): string {
  const nowMs = Date.parse(options.now);
  const upcoming = shifts
    .filter((shift) => Date.parse(shift.end) > nowMs)
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));

  const spans = new Map<string, { from: number; to: number }>();
  for (const shift of upcoming) {
    if (!isKnownTimeZone(shift.timeZone)) continue;
    for (const segment of shift.segments) {
      const span = spans.get(shift.timeZone) ?? { from: Infinity, to: -Infinity };
      span.from = Math.min(span.from, Date.parse(segment.start));
      span.to = Math.max(span.to, Date.parse(segment.end));
      spans.set(shift.timeZone, span);
    }
  }

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Agent Workbench//Roster//${(options.language ?? 'en').toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName !== undefined) {
    lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  }
  for (const [zone, span] of [...spans].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(...vtimezone(zone, span.from, span.to));
  }
  const stamp = utcStamp(nowMs);
  const language = options.language ? `;LANGUAGE=${options.language}` : '';
  for (const shift of upcoming) {
    const segments = [...shift.segments].sort((a, b) => a.start.localeCompare(b.start));
    segments.forEach((segment, index) => {
      const text = options.text(shift, index);
      lines.push(
        'BEGIN:VEVENT',
        `UID:${icsEventUid(shift.id, index)}`,
        `DTSTAMP:${stamp}`,
        `SEQUENCE:${Math.max(0, Math.trunc(shift.revision))}`,
        dateTimeProperty('DTSTART', Date.parse(segment.start), shift.timeZone),
        dateTimeProperty('DTEND', Date.parse(segment.end), shift.timeZone),
        `SUMMARY${language}:${escapeText(text.summary)}`,
      );
      if (text.description) lines.push(`DESCRIPTION${language}:${escapeText(text.description)}`);
      if (text.location) lines.push(`LOCATION${language}:${escapeText(text.location)}`);
      lines.push(
        ...(shift.status === 'cancelled'
          ? ['STATUS:CANCELLED', 'TRANSP:TRANSPARENT']
          : ['STATUS:CONFIRMED', 'TRANSP:OPAQUE']),
        'END:VEVENT',
      );
    });
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** TEXT value escaping (RFC 5545 §3.3.11); other control characters are not allowed and dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 §3.1); the break
 * never falls inside a character, so Chinese text survives. Continuations start with a space.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first physical line holds 75 octets; continuations 74 after their leading space.
    const limit = out.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function dateTimeProperty(name: string, instant: number, timeZone: string): string {
  if (isKnownTimeZone(timeZone) && isUnambiguous(instant, timeZone)) {
    return `${name};TZID=${timeZone}:${basicDateTime(instant + offsetMinutesOf(instant, timeZone) * MINUTE_MS)}`;
  }
  return `${name}:${utcStamp(instant)}`;
}

/** `YYYYMMDDTHHMMSSZ` of an instant. */
function utcStamp(instant: number): string {
  return `${basicDateTime(instant)}Z`;
}

/** `YYYYMMDDTHHMMSS` of the UTC reading of `time` (pass a shifted time for a local reading). */
function basicDateTime(time: number): string {
  return new Date(time).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/**
 * False for an instant whose local time occurs twice (the hour repeated when clocks go back).
 * RFC 5545 reads such a local time as its first occurrence, but parsers differ (ical.js takes
 * the second), so both passes are written in UTC, which every client reads the same way.
 */
function isUnambiguous(instant: number, timeZone: string): boolean {
  const offset = offsetMinutesOf(instant, timeZone);
  const local = instant + offset * MINUTE_MS;
  for (const neighbour of [instant - DAY_MS, instant + DAY_MS]) {
    const other = offsetMinutesOf(neighbour, timeZone);
    if (other !== offset && offsetMinutesOf(local - other * MINUTE_MS, timeZone) === other) {
      return false;
    }
  }
  return true;
}

interface Transition {
  /** The first instant of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** The zone's offset changes in `[from, to]`, each found to the minute by bisection. */
function transitionsBetween(timeZone: string, from: number, to: number): Transition[] {
  const transitions: Transition[] = [];
  // Whole minutes throughout, so the bisection lands on the minute of the change.
  from = Math.floor(from / MINUTE_MS) * MINUTE_MS;
  to = Math.ceil(to / MINUTE_MS) * MINUTE_MS;
  let previous = from;
  let previousOffset = offsetMinutesOf(from, timeZone);
  for (let time = from + SCAN_STEP_MS; previous < to; time += SCAN_STEP_MS) {
    const sample = Math.min(time, to);
    const offset = offsetMinutesOf(sample, timeZone);
    if (offset !== previousOffset) {
      let low = previous;
      let high = sample;
      while (high - low > MINUTE_MS) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetMinutesOf(middle, timeZone) === previousOffset) low = middle;
        else high = middle;
      }
      transitions.push({ at: high, from: previousOffset, to: offset });
      previousOffset = offset;
    }
    previous = sample;
  }
  return transitions;
}

/** `+0800`, `-0430`. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * A VTIMEZONE for the span `[from, to]`: a first observance with the offset in force before it
 * (a zone without changes, such as Asia/Shanghai, has only this one: STANDARD +0800), then one
 * observance per offset change inside the span, DAYLIGHT when its offset is the higher of the
 * zone's offsets. Covering a year either side keeps events near the span's edges exact.
 */
function vtimezone(timeZone: string, from: number, to: number): string[] {
  const start = Math.floor((from - 366 * DAY_MS) / MINUTE_MS) * MINUTE_MS;
  const transitions = transitionsBetween(timeZone, start, to + 366 * DAY_MS);
  const initial = offsetMinutesOf(start, timeZone);
  const standard = Math.min(initial, ...transitions.map((transition) => transition.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: string, dtstart: string, offsetFrom: number, offsetTo: number) => {
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${dtstart}`,
      `TZOFFSETFROM:${formatOffset(offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(offsetTo)}`,
      `END:${kind}`,
    );
  };
  observance(initial > standard ? 'DAYLIGHT' : 'STANDARD', '19700101T000000', initial, initial);
  for (const transition of transitions) {
    // DTSTART of an observance is the local time of the change in the offset before it.
    const local = basicDateTime(transition.at + transition.from * MINUTE_MS);
    const kind = transition.to > standard ? 'DAYLIGHT' : 'STANDARD';
    observance(kind, local, transition.from, transition.to);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
