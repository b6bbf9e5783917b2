import { useTranslation } from 'react-i18next';
import type { TallyComparison } from '@/domain/kpi/kpi-tally';
import { formatDay, formatNumber } from '@/i18n/format';

/** One day's tally beside the employer's figures, each difference flagged in words. */
export function TallyComparisonTable({ comparison }: { comparison: TallyComparison }) {
  const { t, i18n } = useTranslation('kpis');
  const language = i18n.language;
  const signed = (value: number) =>
    new Intl.NumberFormat(language, { signDisplay: 'exceptZero' }).format(value);
  return (
    <div className="kpi-tally-day">
      <table className="kpi-table">
        <caption>
          {t('tally.caption', { day: formatDay(comparison.day, language) })}
          {comparison.tally.syncState === 'pending' && (
            <span className="muted"> · {t('tally.waiting')}</span>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('tally.countColumn')}</th>
            <th scope="col">{t('tally.mine')}</th>
            <th scope="col">{t('tally.employer')}</th>
            <th scope="col">{t('tally.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.count}>
              <th scope="row">{t(`tally.count.${row.count}`)}</th>
              <td>{formatNumber(row.mine, language)}</td>
              <td>
                {row.employer === null
                  ? t('tally.noEmployer')
                  : formatNumber(row.employer, language)}
              </td>
              <td className={row.isFlagged ? 'kpi-flagged' : undefined}>
                {row.difference === null ? '—' : signed(row.difference)}{' '}
                {row.isFlagged ? t('tally.differs') : t('tally.same')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={comparison.hasDifferences ? 'kpi-flagged' : 'muted'}>
        {comparison.hasDifferences ? t('tally.hasDifferences') : t('tally.allSame')}
      </p>
      {comparison.tally.note && <p className="muted">{comparison.tally.note}</p>}
    </div>
  );
}
