import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { formatMonth } from '@/i18n/format';
import { MoneyText } from '@/ui/money-text';
import { Page, Section } from '@/ui/page';

/**
 * One statement's lines as issued, each one tap from a pay dispute: the link opens Escalate with
 * the line attached and "pay dispute" chosen (issue #4). Reconciliation is its own issue.
 */
export function PayStatementPage({
  backPath,
  escalatePath,
}: {
  backPath: string;
  escalatePath: string;
}) {
  const { t, i18n } = useTranslation(['pay', 'common']);
  const { statementId = '' } = useParams();
  const location = useLocation();
  const repositories = useRepositories();
  const found = useLiveQuery(
    async () => (await repositories.payStatements.findWithLines(statementId)) ?? null,
    [repositories, statementId],
  );
  if (found === undefined) return null;
  if (found === null) {
    return (
      <Page title={t('title')}>
        <p>{t('common:error.notFound')}</p>
        <Link to={backPath}>{t('back')}</Link>
      </Page>
    );
  }
  const { statement, lines } = found;
  const month = formatMonth(statement.period, i18n.language);
  return (
    <Page title={month}>
      <Link to={backPath}>{t('back')}</Link>
      <Section id="lines" title={t('lines', { month })}>
        <ul className="list">
          {lines.map((line) => (
            <li key={line.id} id={`pay-line-${line.id}`} className="pay-line">
              <div className="row">
                <span id={`pay-line-${line.id}-label`}>
                  {t(`line.${line.kind}`)}
                  {line.description && <span className="muted"> · {line.description}</span>}
                </span>
                <MoneyText amount={line.amount} />
              </div>
              <Link
                className="dispute-link"
                to={escalatePath}
                state={{ from: location.pathname, payLineId: line.id }}
                aria-describedby={`pay-line-${line.id}-label`}
              >
                {t('dispute')}
              </Link>
            </li>
          ))}
          <li className="row">
            <strong>{t('net')}</strong>
            <strong>
              <MoneyText amount={statement.net} />
            </strong>
          </li>
        </ul>
      </Section>
    </Page>
  );
}
