import { useTranslation } from 'react-i18next';
import { describeShift } from '@/domain/roster/describe-shift';
import type { Shift } from '@/domain/roster/shift';
import { formatDate, formatDurationMinutes, formatTime } from '@/i18n/format';

export function ShiftList({ shifts }: { shifts: Shift[] }) {
  const { t, i18n } = useTranslation('roster');
  const language = i18n.language;
  if (shifts.length === 0) return <p>{t('none')}</p>;
  return (
    <ul className="list">
      {shifts.map((shift) => {
        const summary = describeShift(shift);
        return (
          <li key={shift.id}>
            <div className="row">
              <strong>{formatDate(shift.start, language, shift.timeZone)}</strong>
              <span className="muted">{t(`status.${shift.status}`)}</span>
            </div>
            {shift.segments.map((segment) => (
              <div key={segment.start}>
                {t('shiftTime', {
                  start: formatTime(segment.start, language, shift.timeZone),
                  end: formatTime(segment.end, language, shift.timeZone),
                })}
                {summary.endsNextDay && segment === shift.segments.at(-1) && (
                  <span className="muted"> ({t('endsNextDay')})</span>
                )}
              </div>
            ))}
            <div>
              {shift.isNight && <span className="badge">{t('night')}</span>}{' '}
              {summary.isSplit && (
                <span className="badge badge-warning">
                  {t('split')} ·{' '}
                  {summary.gapMinutes
                    .map((gap) => t('gap', { duration: formatDurationMinutes(gap, language) }))
                    .join(', ')}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
