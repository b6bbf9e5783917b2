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
