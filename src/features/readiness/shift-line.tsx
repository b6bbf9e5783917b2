import { useTranslation } from 'react-i18next';
import type { ReadinessPrompt } from '@/data/readiness-repository';
import { formatDate, formatTime } from '@/i18n/format';

/** Which remote shift the report is for, and whether its window before the shift is open. */
export function ShiftLine({ prompt }: { prompt: ReadinessPrompt | null }) {
  const { t, i18n } = useTranslation('readiness');
  const language = i18n.language;
  if (!prompt) return <p className="notice">{t('shift.none')}</p>;
  const { shift, window } = prompt;
  const zone = shift.timeZone;
  return (
    <div className={window.state === 'open' ? 'notice notice-warning' : 'notice'}>
      <p>
        {t('shift.for', {
          date: formatDate(shift.start, language, zone),
          start: formatTime(shift.start, language, zone),
          end: formatTime(shift.end, language, zone),
        })}
      </p>
      <p>
        {t(`shift.window.${window.state}`, {
          date: formatDate(window.opensAt, language, zone),
          time: formatTime(window.state === 'open' ? shift.start : window.opensAt, language, zone),
        })}
      </p>
    </div>
  );
}
