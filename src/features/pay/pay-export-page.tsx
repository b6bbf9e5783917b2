import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Fen } from '@/domain/money';
import { formatDay } from '@/i18n/format';
import { MoneyText } from '@/ui/money-text';
import { Page, Section } from '@/ui/page';
import { TableScroll } from '@/ui/table-scroll';
import { toCsv } from '@/ui/csv';
import { buildPayExport, payExportCsvRows } from './pay-export-rows';
import { usePayOverview } from './use-pay-overview';

/** Long enough for the browser to have started reading the download before the URL goes. */
const DOWNLOAD_URL_LIFETIME_MS = 10_000;

function Amount({ amount }: { amount: Fen | null }) {
  return amount === null ? null : <MoneyText amount={amount} />;
}

/**
 * The pay evidence to hand to the labour-dispute hotline (12333): statements, the agent's records
 * used and every flagged difference, in the active language, printable and as a CSV.
 */
export function PayExportPage({ backPath }: { backPath: string }) {
  const { t, i18n } = useTranslation('pay');
  const overview = usePayOverview();
  const language = i18n.language;
  if (!overview) return <Page title={t('export.title')}>{null}</Page>;
  const data = buildPayExport(overview.records, overview.reconciliations, t, language);
  const flagged = data.lines.filter((line) => line.isFlagged);
  const { agent } = overview.records;

  function handleDownload() {
    const blob = new Blob([toCsv(payExportCsvRows(data, t))], {
      type: 'text/csv;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = t('export.fileName', { date: overview?.today ?? '' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  }

  return (
    <Page title={t('export.title')}>
      <Link className="back-link no-print" to={backPath}>
        {t('back')}
      </Link>
      <p>{t('export.intro')}</p>
      {agent && (
        <p>{t('export.agent', { name: agent.displayName, number: agent.employeeNumber })}</p>
      )}
      <p className="muted">
        {t('export.generated', { date: formatDay(overview.today, language) })}
      </p>
      <div className="record-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('export.print')}
        </button>
        <button type="button" className="button button-secondary" onClick={handleDownload}>
          {t('export.csv')}
        </button>
      </div>
      <Section id="export-statements" title={t('export.statementsTitle')}>
        <TableScroll labelledBy="export-statements-heading">
          <table className="pay-export-table">
            <thead>
              <tr>
                <th scope="col">{t('export.column.month')}</th>
                <th scope="col">{t('figures.issued')}</th>
                <th scope="col">{t('figures.expected')}</th>
                <th scope="col">{t('export.column.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.statements.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{row.month}</th>
                  <td className="money-cell">
                    <Amount amount={row.issuedNet} />
                  </td>
                  <td className="money-cell">
                    <Amount amount={row.expectedNet} />
                  </td>
                  <td>
                    {row.check}
                    <br />
                    <span className="muted">
                      {t('export.statementNote', {
                        payDay: row.payDay,
                        version: row.policyVersion,
                      })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Section>
      <Section id="export-differences" title={t('export.differencesTitle')}>
        {flagged.length === 0 ? (
          <p>{t('export.noDifferences')}</p>
        ) : (
          <TableScroll labelledBy="export-differences-heading">
            <table className="pay-export-table">
              <thead>
                <tr>
                  <th scope="col">{t('export.column.line')}</th>
                  <th scope="col">{t('figures.issued')}</th>
                  <th scope="col">{t('figures.expected')}</th>
                  <th scope="col">{t('export.column.explanation')}</th>
                </tr>
              </thead>
              <tbody>
                {flagged.map((row, index) => (
                  <tr key={index}>
                    <th scope="row">
                      {row.month}
                      <br />
                      {row.line}
                    </th>
                    <td className="money-cell">
                      <Amount amount={row.issued} />
                    </td>
                    <td className="money-cell">
                      <Amount amount={row.expected} />
                    </td>
                    <td>
                      <strong>{row.check}</strong> {row.explanation}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Section>
      <Section id="export-records" title={t('export.recordsTitle')}>
        {data.records.length === 0 ? (
          <p>{t('export.noRecords')}</p>
        ) : (
          <ul className="evidence-list">
            {data.records.map((row, index) => (
              <li key={index}>
                {row.month} · {row.line}: {row.record}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
