import { useTranslation } from 'react-i18next';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import { formatDay, formatNumber, formatPercent } from '@/i18n/format';
import { Section } from '@/ui/page';

export function LatestKpisCard({ day }: { day: KpiDaily | undefined }) {
  const { t, i18n } = useTranslation(['today', 'kpis']);
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
          <dd>{t('kpis:seconds', { value: formatNumber(averageTalkSeconds, language) })}</dd>
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
