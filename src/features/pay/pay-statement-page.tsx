import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { formatMonth } from '@/i18n/format';
import { MoneyText } from '@/ui/money-text';
import { Page, Section } from '@/ui/page';

/** One statement's lines as issued; reconciliation and disputes are their own issue. */
export function PayStatementPage({ backPath }: { backPath: string }) {
  const { t, i18n } = useTranslation(['pay', 'common']);
  const { statementId = '' } = useParams();
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
            <li key={line.id} className="row">
              <span>
                {t(`line.${line.kind}`)}
                {line.description && <span className="muted"> · {line.description}</span>}
              </span>
              <MoneyText amount={line.amount} />
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
