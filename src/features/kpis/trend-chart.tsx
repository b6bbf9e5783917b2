import { useTranslation } from 'react-i18next';
import type { TrendSeries } from '@/domain/kpi/kpi-trend';
import { meetsTarget } from '@/domain/kpi/kpi-targets';
import type { KpiTarget } from '@/domain/policy/project-policy';
import { formatDay } from '@/i18n/format';
import { formatMetricValue } from './metric-text';

const WIDTH = 360;
const HEIGHT = 140;
const GAP_RATIO = 0.25;

/**
 * A metric per day as plain SVG bars, oldest on the left, with the target range shaded. The
 * picture is hidden from assistive technology; a visually hidden table carries the same figures
 * (and met or missed per day), so nothing depends on seeing it. Colours come from CSS variables,
 * so it follows the light and dark themes.
 */
export function TrendChart({ series, target }: { series: TrendSeries; target: KpiTarget | null }) {
  const { t, i18n } = useTranslation('kpis');
  const language = i18n.language;
  const { points, metric } = series;
  const values = points.flatMap((point) => (point.value === undefined ? [] : [point.value]));
  const bounds = [target?.min, target?.max].filter((bound): bound is number => bound != null);
  const top = Math.max(...values, ...bounds, 1) * 1.1;
  const y = (value: number) => HEIGHT - (Math.max(value, 0) / top) * HEIGHT;
  const slot = WIDTH / points.length;
  const barWidth = slot * (1 - GAP_RATIO);
  const bandTop = target?.max != null ? y(target.max) : 0;
  const bandBottom = target?.min != null ? y(target.min) : HEIGHT;
  const name = t(`metric.${metric}.name`);
  return (
    <figure className="kpi-trend">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="presentation"
        aria-hidden="true"
        focusable="false"
        preserveAspectRatio="none"
        data-points={points.length}
      >
        {target && (
          <rect
            className="kpi-trend-target"
            x={0}
            y={bandTop}
            width={WIDTH}
            height={Math.max(bandBottom - bandTop, 1)}
          />
        )}
        <line className="chart-axis" x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} />
        {points.map((point, index) =>
          point.value === undefined ? null : (
            <rect
              key={point.day}
              className={
                target && !meetsTarget(point.value, target)
                  ? 'kpi-trend-bar kpi-trend-bar-missed'
                  : 'kpi-trend-bar'
              }
              x={index * slot + (slot - barWidth) / 2}
              y={y(point.value)}
              width={barWidth}
              height={Math.max(HEIGHT - y(point.value), 1)}
            />
          ),
        )}
      </svg>
      <div className="chart-labels" aria-hidden="true">
        <span>{formatDay(series.range.from, language)}</span>
        <span>{formatDay(series.range.to, language)}</span>
      </div>
      <table className="visually-hidden">
        <caption>
          {t('trend.caption', {
            metric: name,
            from: formatDay(series.range.from, language),
            to: formatDay(series.range.to, language),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.day')}</th>
            <th scope="col">{t('trend.value')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.day}>
              <th scope="row">{formatDay(point.day, language)}</th>
              <td>
                {point.value === undefined
                  ? t('trend.noRecord')
                  : formatMetricValue(metric, point.value, t, language)}
                {point.value !== undefined &&
                  target &&
                  ` (${t(`scorecard.status.${meetsTarget(point.value, target) ? 'met' : 'missed'}`)})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
