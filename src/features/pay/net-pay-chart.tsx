import { useTranslation } from 'react-i18next';
import type { Fen } from '@/domain/money';
import { formatMonth } from '@/i18n/format';
import { MoneyText } from '@/ui/money-text';

export interface MonthNet {
  /** `YYYY-MM`. */
  period: string;
  net: Fen;
}

const WIDTH = 320;
const HEIGHT = 120;
const GAP = 4;

/**
 * Net pay by month as plain SVG bars, oldest on the left. The picture is hidden from assistive
 * technology; a visually hidden table carries the same figures, so nothing depends on seeing it.
 * Colours come from CSS variables, so it follows the light and dark themes.
 */
export function NetPayChart({ months }: { months: readonly MonthNet[] }) {
  const { t, i18n } = useTranslation('pay');
  if (months.length === 0) return null;
  const highest = Math.max(...months.map((month) => month.net), 1);
  const barWidth = (WIDTH - GAP * (months.length - 1)) / months.length;
  return (
    <figure className="pay-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="presentation"
        aria-hidden="true"
        focusable="false"
        preserveAspectRatio="none"
      >
        <line className="chart-axis" x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} />
        {months.map((month, index) => {
          const height = month.net > 0 ? Math.max((month.net / highest) * (HEIGHT - 4), 2) : 0;
          return (
            <rect
              key={month.period}
              className="pay-chart-bar"
              x={index * (barWidth + GAP)}
              y={HEIGHT - height}
              width={barWidth}
              height={height}
              rx={2}
            />
          );
        })}
      </svg>
      <div className="chart-labels" aria-hidden="true">
        <span>{formatMonth(months[0]!.period, i18n.language)}</span>
        {months.length > 1 && (
          <span>{formatMonth(months[months.length - 1]!.period, i18n.language)}</span>
        )}
      </div>
      <table className="visually-hidden">
        <caption>{t('chart.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.month')}</th>
            <th scope="col">{t('net')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.period}>
              <th scope="row">{formatMonth(month.period, i18n.language)}</th>
              <td>
                <MoneyText amount={month.net} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
