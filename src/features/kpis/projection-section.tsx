import { useTranslation } from 'react-i18next';
import type { MonthProjection } from '@/domain/kpi/kpi-score';
import { formatNumber } from '@/i18n/format';
import { Section } from '@/ui/page';
import { formatMetricValue, formatTarget } from './metric-text';
import { formatScore } from './money-change';

/**
 * The month-to-date projection and each metric's part in it: with score weights in the policy,
 * each met target earns its weight; without, every target is an equal share.
 */
export function ProjectionSection({ projection }: { projection: MonthProjection }) {
  const { t, i18n } = useTranslation('kpis');
  const language = i18n.language;
  const { breakdown } = projection;
  return (
    <Section id="kpi-projection" title={t('projection.title')}>
      <p>{t(breakdown.isWeighted ? 'projection.weighted' : 'projection.unweighted')}</p>
      <p className="muted">{t('projection.days', { count: projection.daysWithRecords })}</p>
      {projection.daysWithRecords === 0 ? (
        <p>{t('projection.none')}</p>
      ) : (
        <>
          <table className="kpi-table">
            <caption className="visually-hidden">{t('projection.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projection.metric')}</th>
                <th scope="col">{t('projection.value')}</th>
                <th scope="col">{t('projection.weight')}</th>
                <th scope="col">{t('projection.points')}</th>
              </tr>
            </thead>
            <tbody>
              {breakdown.contributions.map((item) => (
                <tr key={item.metric}>
                  <th scope="row">
                    {t(`metric.${item.metric}.name`)}
                    {item.target && (
                      <span className="muted kpi-table-target">
                        {formatTarget(item.target, t, language)}
                      </span>
                    )}
                  </th>
                  <td>
                    {formatMetricValue(item.metric, item.value, t, language)}{' '}
                    <span className={item.isMet ? 'badge badge-ok' : 'badge badge-danger'}>
                      {t(`scorecard.status.${item.isMet ? 'met' : 'missed'}`)}
                    </span>
                  </td>
                  <td>{formatNumber(item.weightPercent, language, 1)}</td>
                  <td>{formatNumber(item.points, language, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="kpi-summary">
            {t('projection.total', { score: formatScore(breakdown.score, language) })}
          </p>
        </>
      )}
    </Section>
  );
}
