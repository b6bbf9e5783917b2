import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ZERO_FEN, addFen } from '@/domain/money';
import { formatDay, formatMonth } from '@/i18n/format';
import { MoneyText } from '@/ui/money-text';
import { Page, Section } from '@/ui/page';
import { NetPayChart } from './net-pay-chart';
import { PolicyProblems } from './policy-problems';
import { ReconciliationBadge } from './reconciliation-badge';
import { usePayOverview } from './use-pay-overview';

/**
 * The agent's statements by month, each with its check against their own records, the net pay of
 * the last twelve months as a chart, year-to-date totals, and the way to the printable evidence.
 */
export function PayPage({
  statementPath,
  exportPath,
}: {
  statementPath: (statementId: string) => string;
  exportPath: string;
}) {
  const { t, i18n } = useTranslation('pay');
  const overview = usePayOverview();
  const language = i18n.language;
  if (!overview) return <Page title={t('title')}>{null}</Page>;
  const { records, reconciliations, history, policyIssues } = overview;
  const chartMonths = history.months.flatMap((month) =>
    month.net === null ? [] : [{ period: month.period, net: month.net }],
  );
  const last12Net = addFen(ZERO_FEN, ...chartMonths.map((month) => month.net));
  return (
    <Page title={t('title')}>
      <PolicyProblems issues={policyIssues} />
      {chartMonths.length > 0 && (
        <Section id="pay-history" title={t('history.title')}>
          <NetPayChart months={chartMonths} />
          <dl className="stat-grid pay-totals">
            <div>
              <dt>{t('history.last12')}</dt>
              <dd>
                <MoneyText amount={last12Net} />
              </dd>
              <dd className="muted">{t('history.months', { count: chartMonths.length })}</dd>
            </div>
            <div>
              <dt>{t('history.yearToDate', { year: history.yearToDate.year })}</dt>
              <dd>
                <MoneyText amount={history.yearToDate.net} />
              </dd>
              <dd className="muted">{t('history.months', { count: history.yearToDate.count })}</dd>
            </div>
          </dl>
        </Section>
      )}
      <Section id="statements" title={t('statements')}>
        {records.statements.length === 0 && <p>{t('none')}</p>}
        <ul className="list">
          {records.statements.map(({ statement }) => (
            <li key={statement.id}>
              <Link className="pay-statement-link" to={statementPath(statement.id)}>
                <span className="row">
                  <span>{formatMonth(statement.period, language)}</span>
                  <MoneyText amount={statement.net} />
                </span>
                <ReconciliationBadge reconciliation={reconciliations.get(statement.id)} />
              </Link>
              <p className="muted">{t('payDay', { day: formatDay(statement.payDay, language) })}</p>
            </li>
          ))}
        </ul>
        {records.statements.length > 0 && (
          <Link className="button button-secondary button-block" to={exportPath}>
            {t('export.link')}
          </Link>
        )}
      </Section>
    </Page>
  );
}
