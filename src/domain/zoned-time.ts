/** Wall-clock reading of an instant in an IANA time zone, with one kept formatter per zone. */

/** Building an Intl formatter costs far more than using one: one per time zone, kept. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock day (`YYYY-MM-DD`) and time (`HH:mm`) of an instant (epoch ms) in a zone. */
export function wallClockOf(time: number, timeZone: string): { day: string; time: string } {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(time))) {
    parts[part.type] = part.value;
  }
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** The calendar day (`YYYY-MM-DD`) of an instant (ISO string) in an IANA time zone. */
export function localDayOf(instant: string, timeZone: string): string {
  return wallClockOf(new Date(instant).getTime(), timeZone).day;
}

/** Zones already asked about: building a formatter to test one is the costly part. */
const knownTimeZones = new Map<string, boolean>();

/**
 * Whether the runtime knows an IANA zone (or alias such as `UTC`), so a shift's zone from the
 * server can be checked before it is stored. `Intl.supportedValuesOf` lists canonical names only.
 */
export function isKnownTimeZone(timeZone: string): boolean {
  let known = knownTimeZones.get(timeZone);
  if (known === undefined) {
    try {
      formatterFor(timeZone);
      known = timeZone !== '';
    } catch {
      known = false;
    }
    knownTimeZones.set(timeZone, known);
  }
  return known;
}

const MINUTE_MS = 60_000;

/**
 * The zone's offset from UTC in minutes at an instant (epoch ms): `480` for Asia/Shanghai,
 * `60` or `120` for Europe/Berlin in winter or summer. Whole minutes, which every zone in use has.
 */
export function offsetMinutesOf(time: number, timeZone: string): number {
  const minute = Math.floor(time / MINUTE_MS) * MINUTE_MS;
  const { day, time: clock } = wallClockOf(minute, timeZone);
  const wall = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
    Number(clock.slice(0, 2)),
    Number(clock.slice(3, 5)),
  );
  return Math.round((wall - minute) / MINUTE_MS);
}

export interface ZoneNote {
  shiftZone: string;
  /** UTC offset of the shift's zone at the instant, in minutes (480 for UTC+8). */
  shiftOffsetMinutes: number;
  agentZone: string;
  agentOffsetMinutes: number;
}

/**
 * `null` when the agent's zone reads the same clock as the shift's zone at `at` (same zone, or
 * same offset then), else both offsets, so the screen can note the agent's local time.
 */
export function zoneNote(shiftZone: string, agentZone: string, at: string): ZoneNote | null {
  if (shiftZone === agentZone) return null;
  const time = Date.parse(at);
  const shiftOffsetMinutes = offsetMinutesOf(time, shiftZone);
  const agentOffsetMinutes = offsetMinutesOf(time, agentZone);
  if (shiftOffsetMinutes === agentOffsetMinutes) return null;
  return { shiftZone, shiftOffsetMinutes, agentZone, agentOffsetMinutes };
}
