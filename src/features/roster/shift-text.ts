/**
 * A shift in words, for the week agenda's lines and the month grid's screen-reader text. Times
 * are read in the view's zone (the project's).
 */
import type { TFunction } from 'i18next';
import { describeShift } from '@/domain/roster/describe-shift';
import type { Shift } from '@/domain/roster/shift';
import { segmentGapsOf } from '@/domain/roster/shift-gaps';
import { formatDate, formatDurationMinutes, formatTime } from '@/i18n/format';

type T = TFunction<'roster'>;

export type ShiftKind = 'day' | 'night' | 'split';

export function shiftKindOf(shift: Shift): ShiftKind {
  if (shift.segments.length > 1) return 'split';
  return shift.isNight ? 'night' : 'day';
}

function orderedSegments(shift: Shift) {
  return [...shift.segments].sort((a, b) => a.start.localeCompare(b.start));
}

/** "08:00 – 12:00" for each segment. */
export function segmentTimes(
  shift: Shift,
  t: T,
  language: string,
  timeZone: string,
): { start: string; end: string; text: string }[] {
  return orderedSegments(shift).map((segment) => {
    const start = formatTime(segment.start, language, timeZone);
    const end = formatTime(segment.end, language, timeZone);
    return { start, end, text: t('shiftTime', { start, end }) };
  });
}

/** The idle gaps between a split shift's segments, with their times. */
export function gapTexts(shift: Shift, t: T, language: string, timeZone: string): string[] {
  return segmentGapsOf(shift).map((gap) =>
    t('gap', {
      duration: formatDurationMinutes(gap.minutes, language),
      start: formatTime(gap.start, language, timeZone),
      end: formatTime(gap.end, language, timeZone),
    }),
  );
}

/** One sentence describing the shift as it appears on one day. */
export function describeShiftOnDay(
  shift: Shift,
  isStartDay: boolean,
  t: T,
  language: string,
  timeZone: string,
): string {
  const kind = t(`kind.${shiftKindOf(shift)}`);
  const status = t(`status.${shift.status}`);
  const end = formatTime(shift.end, language, timeZone);
  if (!isStartDay) return t('describe.continued', { kind, end });
  const times = segmentTimes(shift, t, language, timeZone);
  if (times.length > 1) {
    return t('describe.split', {
      kind,
      segments: times.map((time) => time.text).join(', '),
      gaps: segmentGapsOf(shift)
        .map((gap) => formatDurationMinutes(gap.minutes, language))
        .join(', '),
      status,
    });
  }
  if (describeShift(shift).endsNextDay) {
    return t('describe.overnight', {
      kind,
      start: formatTime(shift.start, language, timeZone),
      end,
      status,
    });
  }
  return t('describe.shift', { kind, times: times[0]?.text ?? '', status });
}

/** "Until 07:00: continues the shift that started Sat, Nov 21 at 22:00". */
export function continuationText(shift: Shift, t: T, language: string, timeZone: string): string {
  return t('continued', {
    end: formatTime(shift.end, language, timeZone),
    date: formatDate(shift.start, language, timeZone),
    start: formatTime(shift.start, language, timeZone),
  });
}
