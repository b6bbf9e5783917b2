import { useTranslation } from 'react-i18next';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import { formatDay, formatNumber, formatPercent } from '@/i18n/format';
import { Section } from '@/ui/page';

/**
 * "45 s" in the language's own short form, from the browser's locale data: the `kpis` strings
 * (the whole metric catalog) stay off the first screen for this one unit.
 */
function formatSeconds(seconds: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'narrow',
    maximumFractionDigits: 0,
  }).format(seconds);
}

export function LatestKpisCard({ day }: { day: KpiDaily | undefined }) {
  const { t, i18n } = useTranslation('today');
  const language = i18n.language;
  if (!day) {
    return (
      <Section id="latest-kpis" title={t('kpis.title')}>
        <p>{t('kpis.none')}</p>
      </Section>
    );
  }
  const averageTalkSeconds = day.contactsHandled
    ? Math.round(day.talkSeconds / day.contactsHandled)
    : 0;
  return (
    <Section id="latest-kpis" title={t('kpis.title')}>
      <p className="muted">{t('kpis.day', { day: formatDay(day.day, language) })}</p>
      <dl className="stat-grid">
        <div>
          <dt>{t('kpis.contactsHandled')}</dt>
          <dd>{formatNumber(day.contactsHandled, language)}</dd>
        </div>
        <div>
          <dt>{t('kpis.averageTalk')}</dt>
          <dd>{formatSeconds(averageTalkSeconds, language)}</dd>
        </div>
        <div>
          <dt>{t('kpis.satisfaction')}</dt>
          <dd>
            {day.satisfactionResponses
              ? formatPercent(day.satisfiedResponses / day.satisfactionResponses, language)
              : '—'}
          </dd>
        </div>
      </dl>
    </Section>
  );
}
