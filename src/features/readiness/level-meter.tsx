import { useTranslation } from 'react-i18next';
import { levelToMeterPercent } from '@/domain/equipment/audio-levels';
import { formatNumber } from '@/i18n/format';

/**
 * The microphone's level as it is now: a native `<meter>` (announced with its value in dBFS) and
 * the figure beside it. Only the level is read; the sound itself is never kept.
 */
export function LevelMeter({ level }: { level: number | null }) {
  const { t, i18n } = useTranslation('readiness');
  const percent = level === null ? 0 : Math.round(levelToMeterPercent(level));
  const text =
    level === null ? '' : t('checks.meterValue', { value: formatNumber(level, i18n.language, 0) });
  return (
    <div className="readiness-meter">
      <label htmlFor="readiness-level">{t('checks.meter')}</label>
      <meter
        id="readiness-level"
        min={0}
        max={100}
        low={20}
        high={90}
        optimum={50}
        value={percent}
        aria-valuetext={text || undefined}
      />
      <span className="readiness-meter-value" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
