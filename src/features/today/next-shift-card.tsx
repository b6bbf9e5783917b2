import { useTranslation } from 'react-i18next';
import { describeShift } from '@/domain/roster/describe-shift';
import type { Shift } from '@/domain/roster/shift';
import { formatDate, formatDurationMinutes, formatTime } from '@/i18n/format';
import { Section } from '@/ui/page';

export function NextShiftCard({ shift, now }: { shift: Shift | undefined; now: Date }) {
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
  const isCurrent = shift.start <= now.toISOString();
  return (
    <Section id="next-shift" title={isCurrent ? t('nextShift.current') : t('nextShift.title')}>
      <p>
        <strong>{formatDate(shift.start, language, shift.timeZone)}</strong>{' '}
        {t('nextShift.time', {
          start: formatTime(shift.start, language, shift.timeZone),
          end: formatTime(shift.end, language, shift.timeZone),
        })}
      </p>
      <p className="muted">
        {shift.workMode === 'remote' ? t('nextShift.remote') : t('nextShift.onsite')} ·{' '}
        {t('nextShift.queue', { queue: shift.queue })}
      </p>
      <p>
        {shift.isNight && <span className="badge">{t('nextShift.night')}</span>}{' '}
        {summary.isSplit && <span className="badge badge-warning">{t('nextShift.split')}</span>}
      </p>
      {summary.gapMinutes.map((gap, index) => (
        <p key={index}>{t('nextShift.gap', { duration: formatDurationMinutes(gap, language) })}</p>
      ))}
    </Section>
  );
}
