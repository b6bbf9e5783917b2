import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { formatDay, formatMonth } from '@/i18n/format';
import { MoneyText } from '@/ui/money-text';
import { Page, Section } from '@/ui/page';

/** The agent's statements by month; opening one shows its lines. */
export function PayPage({ statementPath }: { statementPath: (statementId: string) => string }) {
  const { t, i18n } = useTranslation('pay');
  const repositories = useRepositories();
  const statements = useLiveQuery(() => repositories.payStatements.list(), [repositories]);
  const language = i18n.language;
  return (
    <Page title={t('title')}>
      {statements && (
        <Section id="statements" title={t('statements')}>
          {statements.length === 0 && <p>{t('none')}</p>}
          <ul className="list">
            {statements.map((statement) => (
              <li key={statement.id}>
                <Link className="row" to={statementPath(statement.id)}>
                  <span>{formatMonth(statement.period, language)}</span>
                  <MoneyText amount={statement.net} />
                </Link>
                <p className="muted">
                  {t('payDay', { day: formatDay(statement.payDay, language) })}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </Page>
  );
}
