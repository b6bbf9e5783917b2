import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KPI_PERIODS, type KpiPeriod } from '@/domain/kpi/kpi-periods';
import type { Scorecard, ScorecardRow } from '@/domain/kpi/kpi-scorecard';
import { formatDay } from '@/i18n/format';
import { Section } from '@/ui/page';
import { formatMetricValue, formatTarget, formatUnitValue } from './metric-text';
import { KPI_RECORDS_READY_MARK } from './use-kpi-records';

const STATUS_BADGE = {
  met: 'badge badge-ok',
  missed: 'badge badge-danger',
  'no-target': 'badge',
  'no-data': 'badge badge-warning',
} as const;

function ScorecardEntry({ row }: { row: ScorecardRow }) {
  const { t, i18n } = useTranslation('kpis');
  const language = i18n.language;
  const { metric, value, target, comparison, definition } = row;
  return (
    <li className={`kpi-row kpi-row-${comparison.status}`}>
      <div className="row">
        <span className="kpi-name">{t(`metric.${metric}.name`)}</span>
        <strong className="kpi-value">{formatMetricValue(metric, value, t, language)}</strong>
      </div>
      <div className="kpi-row-detail">
        <span className={STATUS_BADGE[comparison.status]}>
          {t(`scorecard.status.${comparison.status}`)}
        </span>
        {target && (
          <span className="muted">
            {t('scorecard.target', { target: formatTarget(target, t, language) })}
          </span>
        )}
      </div>
      {comparison.status === 'missed' && comparison.side && (
        <p className="kpi-missed-by">
          {t(`scorecard.missedBy.${comparison.side}`, {
            distance: formatUnitValue(comparison.distance, definition.unit, t, language),
          })}
        </p>
      )}
      {definition.isQueueDependent && <p className="kpi-queue">{t('scorecard.queue')}</p>}
    </li>
  );
}

/** The period switch and every metric of the period against its target, met or missed. */
export function ScorecardSection({
  period,
  scorecard,
  periodHref,
}: {
  period: KpiPeriod;
  scorecard: Scorecard | undefined;
  periodHref: (period: KpiPeriod) => string;
}) {
  const { t, i18n } = useTranslation('kpis');
  const language = i18n.language;
  // From the period's records read to the DOM committed, for `npm run bench` (issue #7: the
  // month's scorecard renders in < 150 ms at 4× CPU); the read marks KPI_RECORDS_READY_MARK.
  useLayoutEffect(() => {
    if (scorecard && performance.getEntriesByName(KPI_RECORDS_READY_MARK, 'mark').length > 0) {
      performance.measure('awb:kpi-scorecard-render', KPI_RECORDS_READY_MARK);
    }
  }, [scorecard]);
  return (
    <Section id="kpi-scorecard" title={t('scorecard.title', { period: t(`period.${period}`) })}>
      <nav aria-label={t('period.label')} className="kpi-switch">
        {KPI_PERIODS.map((option) => (
          <Link
            key={option}
            className={`button ${option === period ? '' : 'button-secondary'}`}
            aria-current={option === period ? 'page' : undefined}
            to={periodHref(option)}
            replace
          >
            {t(`period.${option}`)}
          </Link>
        ))}
      </nav>
      {!scorecard ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <>
          <p className="muted">
            {t('scorecard.range', {
              from: formatDay(scorecard.range.from, language),
              to: formatDay(scorecard.range.to, language),
            })}
            {' · '}
            {t('scorecard.days', { count: scorecard.dayCount })}
          </p>
          {scorecard.dayCount === 0 ? (
            <p>{t('scorecard.none')}</p>
          ) : (
            <>
              <p className="kpi-summary">
                {t('scorecard.summary', { met: scorecard.met, missed: scorecard.missed })}
              </p>
              <ul className="list kpi-rows">
                {scorecard.rows.map((row) => (
                  <ScorecardEntry key={row.metric} row={row} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Section>
  );
}
