import { useTranslation } from 'react-i18next';
import type { Shift } from '@/domain/roster/shift';
import { shiftsByDay } from '@/domain/roster/shift-days';
import { formatDay } from '@/i18n/format';
import { addDays, eachDay } from './calendar-days';
import { ShiftEntry } from './shift-entry';

/**
 * Seven days from `monday`, each under its own heading with its shifts (or "No shift"): a list
 * per day reads in order with a screen reader and fits a phone without a grid.
 */
export function WeekAgenda({
  monday,
  shifts,
  timeZone,
  agentTimeZone,
  today,
}: {
  monday: string;
  shifts: readonly Shift[];
  timeZone: string;
  agentTimeZone: string;
  today: string;
}) {
  const { t, i18n } = useTranslation('roster');
  const days = eachDay(monday, addDays(monday, 6));
  const byDay = shiftsByDay(shifts, timeZone, monday, addDays(monday, 6));
  return (
    <ol className="roster-week">
      {days.map((day) => {
        const entries = byDay.get(day) ?? [];
        const isToday = day === today;
        return (
          <li key={day} className="roster-day" aria-current={isToday ? 'date' : undefined}>
            <h3>
              {formatDay(day, i18n.language)}
              {isToday && <span className="badge roster-today-badge">{t('today')}</span>}
            </h3>
            {entries.length === 0 ? (
              <p className="muted">{t('dayOff')}</p>
            ) : (
              <ul className="list">
                {entries.map((entry) => (
                  <ShiftEntry
                    key={entry.shift.id}
                    entry={entry}
                    timeZone={timeZone}
                    agentTimeZone={agentTimeZone}
                  />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
