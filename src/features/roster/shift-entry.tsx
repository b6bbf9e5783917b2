import { useTranslation } from 'react-i18next';
import { describeShift } from '@/domain/roster/describe-shift';
import { zoneNote, type ShiftOnDay } from '@/domain/roster/shift-days';
import { formatTime } from '@/i18n/format';
import { continuationText, gapTexts, segmentTimes, shiftKindOf } from './shift-text';

/**
 * A shift as one day of the week agenda shows it: in full on its first day (segments, the idle
 * gap of a split shift, breaks, queue and mode), as a continuation on the day a night shift ends.
 */
export function ShiftEntry({
  entry,
  timeZone,
  agentTimeZone,
}: {
  entry: ShiftOnDay;
  timeZone: string;
  /** The agent's own zone: their clock time is added where it reads differently. */
  agentTimeZone: string;
}) {
  const { t, i18n } = useTranslation('roster');
  const language = i18n.language;
  const { shift } = entry;
  const isCancelled = shift.status === 'cancelled';
  const className = `roster-shift${isCancelled ? ' roster-shift-cancelled' : ''}`;
  const kind = t(`kind.${shiftKindOf(shift)}`);
  const status = t(`status.${shift.status}`);

  if (entry.continuesFromPreviousDay) {
    return (
      <li className={className}>
        <p className="row">
          <strong>{kind}</strong>
          <span className="muted">{status}</span>
        </p>
        <p>{continuationText(shift, t, language, timeZone)}</p>
      </li>
    );
  }

  const times = segmentTimes(shift, t, language, timeZone);
  const gaps = gapTexts(shift, t, language, timeZone);
  const endsNextDay = describeShift(shift).endsNextDay;
  const breaks = [...shift.breaks].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <li className={className}>
      <p className="row">
        <strong>{kind}</strong>
        <span className="muted">{status}</span>
      </p>
      <ul className="roster-segments">
        {times.map((time, index) => (
          <li key={time.start + time.end}>
            <span className="roster-time">{time.text}</span>
            {endsNextDay && index === times.length - 1 && (
              <span className="muted"> ({t('endsNextDay')})</span>
            )}
            {gaps[index] && <p className="roster-gap">{gaps[index]}</p>}
          </li>
        ))}
      </ul>
      {breaks.length > 0 && (
        <p className="muted">
          {breaks
            .map((entry) =>
              t(`break.${entry.kind}`, {
                start: formatTime(entry.start, language, timeZone),
                end: formatTime(entry.end, language, timeZone),
              }),
            )
            .join(' · ')}
        </p>
      )}
      <p className="muted">
        {t('queue', { queue: shift.queue, mode: t(`workMode.${shift.workMode}`) })}
      </p>
      {zoneNote(timeZone, agentTimeZone, shift.start) && (
        <p className="muted">
          {t('agentTime', {
            zone: agentTimeZone,
            times: segmentTimes(shift, t, language, agentTimeZone)
              .map((time) => time.text)
              .join(', '),
          })}
        </p>
      )}
    </li>
  );
}
