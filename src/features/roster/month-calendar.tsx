import { memo, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Shift } from '@/domain/roster/shift';
import { shiftsByDay, type ShiftOnDay } from '@/domain/roster/shift-days';
import { formatDay, formatMonth, formatNumber, formatTime } from '@/i18n/format';
import { firstDayOf, lastDayOf, monthWeeks } from './calendar-days';
import { describeShiftOnDay } from './shift-text';
import { SHIFTS_READY_MARK } from './use-shifts-between';
import './roster.css';

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

export interface MonthCalendarProps {
  /** `YYYY-MM`. */
  month: string;
  /** At least the shifts touching the month; others are ignored. */
  shifts: readonly Shift[];
  /** The project's zone: days and times are read in it. */
  timeZone: string;
  today: string;
  /** Where a day links to (its week); no links when absent. */
  dayHref?: (day: string) => string;
}

function CompactShift({ entry, timeZone }: { entry: ShiftOnDay; timeZone: string }) {
  const { t, i18n } = useTranslation('roster');
  const language = i18n.language;
  const { shift } = entry;
  const isStartDay = !entry.continuesFromPreviousDay;
  const description = describeShiftOnDay(shift, isStartDay, t, language, timeZone);
  const compact = isStartDay
    ? [...shift.segments]
        .sort((a, b) => a.start.localeCompare(b.start))
        .map((segment) => formatTime(segment.start, language, timeZone))
    : [t('continuedShort', { end: formatTime(shift.end, language, timeZone) })];
  const className = [
    'roster-cell-shift',
    shift.isNight && 'roster-cell-night',
    shift.status === 'cancelled' && 'roster-shift-cancelled',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li className={className}>
      <span aria-hidden="true">
        {compact.map((text, index) => (
          <span key={index} className="roster-cell-time">
            {text}
          </span>
        ))}
      </span>
      <span className="visually-hidden">{description}</span>
    </li>
  );
}

/**
 * A month as a table, Monday first: each cell names its day and describes every shift on it in
 * words (the short times are for the eye only). Only the month's cells are rendered, and the
 * shifts are grouped once, so a month renders quickly on a phone (issue #6 bench).
 */
export const MonthCalendar = memo(function MonthCalendar({
  month,
  shifts,
  timeZone,
  today,
  dayHref,
}: MonthCalendarProps) {
  // From the month's shifts read to the DOM committed, for `npm run bench` (issue #6: < 100 ms
  // at 4× CPU); the read marks `awb:roster-shifts-ready` (use-shifts-between.ts).
  useLayoutEffect(() => {
    if (performance.getEntriesByName(SHIFTS_READY_MARK, 'mark').length > 0) {
      performance.measure('awb:roster-month-render', SHIFTS_READY_MARK);
    }
  }, [shifts]);
  const { t, i18n } = useTranslation('roster');
  const language = i18n.language;
  const byDay = shiftsByDay(shifts, timeZone, firstDayOf(month), lastDayOf(month));
  return (
    <table className="roster-month">
      <caption className="visually-hidden">
        {t('month.caption', { month: formatMonth(month, language) })}
      </caption>
      <thead>
        <tr>
          {WEEKDAYS.map((weekday) => (
            <th key={weekday} scope="col" abbr={t(`weekday.long.${weekday}`)}>
              {t(`weekday.short.${weekday}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week.find(Boolean) ?? ''}>
            {week.map((day, index) => {
              if (!day) return <td key={`empty-${index}`} className="roster-cell-empty" />;
              const entries = byDay.get(day) ?? [];
              const isToday = day === today;
              const label = (
                <>
                  <span aria-hidden="true" className="roster-cell-number">
                    {formatNumber(Number(day.slice(8)), language)}
                  </span>
                  <span className="visually-hidden">
                    {isToday
                      ? t('month.dayToday', { date: formatDay(day, language) })
                      : formatDay(day, language)}
                  </span>
                </>
              );
              return (
                <td
                  key={day}
                  className={`roster-cell${isToday ? ' roster-cell-today' : ''}`}
                  aria-current={isToday ? 'date' : undefined}
                >
                  {dayHref ? (
                    <Link className="roster-cell-link" to={dayHref(day)}>
                      {label}
                    </Link>
                  ) : (
                    <span className="roster-cell-link">{label}</span>
                  )}
                  {entries.length === 0 ? (
                    <span className="visually-hidden">{t('month.noShifts')}</span>
                  ) : (
                    <ul className="roster-cell-shifts">
                      {entries.map((entry) => (
                        <CompactShift key={entry.shift.id} entry={entry} timeZone={timeZone} />
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
