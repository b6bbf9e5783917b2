import { useTranslation } from 'react-i18next';
import { describeShift } from '@/domain/roster/describe-shift';
import type { Shift } from '@/domain/roster/shift';
import { zoneNote } from '@/domain/zoned-time';
import { formatDate, formatTime } from '@/i18n/format';
import { Section } from '@/ui/page';
import { ShiftCountdown } from './shift-countdown';
import { ShiftTimeline } from './shift-timeline';

/** The shift under way or next to start: when, a countdown, and its hours in order. */
export function ShiftCard({
  shift,
  now,
  agentTimeZone,
}: {
  shift: Shift | undefined;
  now: Date;
  agentTimeZone: string;
}) {
  const { t, i18n } = useTranslation('today');
  const language = i18n.language;
  if (!shift) {
    return (
      <Section id="next-shift" title={t('nextShift.title')}>
        <p>{t('nextShift.none')}</p>
      </Section>
    );
  }
  const summary = describeShift(shift);
  const isCurrent = Date.parse(shift.start) <= now.getTime();
  const otherZone = zoneNote(shift.timeZone, agentTimeZone, shift.start);
  return (
    <Section id="next-shift" title={isCurrent ? t('nextShift.current') : t('nextShift.title')}>
      <p className="shift-when">
        <strong>{formatDate(shift.start, language, shift.timeZone)}</strong>{' '}
        <span>
          {t('nextShift.time', {
            start: formatTime(shift.start, language, shift.timeZone),
            end: formatTime(shift.end, language, shift.timeZone),
          })}
        </span>
        {summary.endsNextDay && <span className="muted"> ({t('nextShift.endsNextDay')})</span>}
      </p>
      <ShiftCountdown shift={shift} />
      <p className="muted">
        {t(`nextShift.status.${shift.status}`)} ·{' '}
        {shift.workMode === 'remote' ? t('nextShift.remote') : t('nextShift.onsite')} ·{' '}
        {t('nextShift.queue', { queue: shift.queue })}
      </p>
      {(shift.isNight || summary.isSplit) && (
        <p>
          {shift.isNight && <span className="badge">{t('nextShift.night')}</span>}{' '}
          {summary.isSplit && <span className="badge badge-warning">{t('nextShift.split')}</span>}
        </p>
      )}
      <p className="muted">{t('nextShift.zone', { zone: shift.timeZone })}</p>
      {otherZone && (
        <p className="muted">
          {t('nextShift.agentZone', {
            zone: otherZone.agentZone,
            startDate: formatDate(shift.start, language, agentTimeZone),
            startTime: formatTime(shift.start, language, agentTimeZone),
            endDate: formatDate(shift.end, language, agentTimeZone),
            endTime: formatTime(shift.end, language, agentTimeZone),
          })}
        </p>
      )}
      <ShiftTimeline shift={shift} />
    </Section>
  );
}
