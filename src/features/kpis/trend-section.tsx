import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TREND_SPANS, type TrendSpan } from '@/domain/kpi/kpi-periods';
import { meetsTarget, targetFor } from '@/domain/kpi/kpi-targets';
import { trendSeries } from '@/domain/kpi/kpi-trend';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import type { DayRange } from '@/domain/kpi/kpi-periods';
import type { KpiMetric, ProjectPolicy } from '@/domain/policy/project-policy';
import { Section } from '@/ui/page';
import { formatMetricValue } from './metric-text';
import { TrendChart } from './trend-chart';

/** One metric's trend over 7, 30 or 90 days: the span and the metric are in the URL. */
export function TrendSection({
  metric,
  metrics,
  span,
  range,
  records,
  policy,
  spanHref,
  onMetricChange,
}: {
  metric: KpiMetric;
  metrics: readonly KpiMetric[];
  span: TrendSpan;
  range: DayRange;
  records: readonly KpiDaily[] | undefined;
  policy: ProjectPolicy;
  spanHref: (span: TrendSpan) => string;
  onMetricChange: (metric: KpiMetric) => void;
}) {
  const { t, i18n } = useTranslation('kpis');
  const language = i18n.language;
  const series = useMemo(
    () => (records ? trendSeries(records, metric, range) : undefined),
    [records, metric, range],
  );
  const target = targetFor(metric, policy.kpiTargets);
  const metDays =
    series && target
      ? series.points.filter(
          (point) => point.value !== undefined && meetsTarget(point.value, target),
        ).length
      : null;
  return (
    <Section id="kpi-trend" title={t('trend.title')}>
      <div className="field">
        <label htmlFor="kpi-trend-metric">{t('trend.metric')}</label>
        <select
          id="kpi-trend-metric"
          value={metric}
          onChange={(event) => onMetricChange(event.target.value as KpiMetric)}
        >
          {metrics.map((option) => (
            <option key={option} value={option}>
              {t(`metric.${option}.name`)}
            </option>
          ))}
        </select>
      </div>
      <nav aria-label={t('trend.span.label')} className="kpi-switch">
        {TREND_SPANS.map((option) => (
          <Link
            key={option}
            className={`button ${option === span ? '' : 'button-secondary'}`}
            aria-current={option === span ? 'page' : undefined}
            to={spanHref(option)}
            replace
            preventScrollReset
          >
            {t(`trend.span.days${option}`)}
          </Link>
        ))}
      </nav>
      {!series ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <>
          <TrendChart series={series} target={target} />
          <p aria-live="polite">
            {t('trend.overall', {
              count: span,
              value: formatMetricValue(metric, series.overall, t, language),
            })}
            {metDays !== null && <> {t('trend.met', { count: metDays })}</>}
          </p>
          {target && <p className="muted">{t('trend.targetBand')}</p>}
        </>
      )}
    </Section>
  );
}
