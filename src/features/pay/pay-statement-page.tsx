import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { uncheckedEntries } from '@/domain/pay/reconcile-statement';
import { formatMoney, formatMonth } from '@/i18n/format';
import { MoneyText } from '@/ui/money-text';
import { Page, Section } from '@/ui/page';
import { PayLineItem, type PayLineLinks } from './pay-line-item';
import { StatementProblems } from './statement-problems';
import { recordInputFor, usePayOverview } from './use-pay-overview';
import { WhatIfPanel } from './what-if-panel';

/**
 * One statement beside what the agent's own records give: every line issued and expected, the
 * flagged ones with their cause, how each is worked out, a dispute one tap away, and for the
 * latest statement a what-if.
 */
export function PayStatementPage({
  backPath,
  escalatePath,
  escalationPath,
}: {
  backPath: string;
  escalatePath: string;
  escalationPath: (escalationId: string) => string;
}) {
  const { t, i18n } = useTranslation(['pay', 'common']);
  const { statementId = '' } = useParams();
  const overview = usePayOverview();
  const found = overview?.records.statements.find(({ statement }) => statement.id === statementId);
  const recordInput = useMemo(() => {
    if (!overview || !found) return null;
    try {
      return recordInputFor(overview.records, found.statement.period);
    } catch {
      return null;
    }
  }, [overview, found]);
  if (!overview) return null;
  if (!found) {
    return (
      <Page title={t('title')}>
        <p>{t('common:error.notFound')}</p>
        <Link to={backPath}>{t('back')}</Link>
      </Page>
    );
  }
  const { statement, lines } = found;
  const { records } = overview;
  const language = i18n.language;
  const month = formatMonth(statement.period, language);
  const reconciliation = overview.reconciliations.get(statement.id);
  const entries = reconciliation?.entries ?? uncheckedEntries(lines, 'no-policy');
  const extra = [
    ...(records.agent ? [] : [t('statementProblem.noAgent')]),
    ...(overview.hasCheckFailed ? [t('statementProblem.checkFailed')] : []),
  ];
  const policy = recordInput?.policy ?? null;
  const recordsScore = recordInput?.fromRecords.input.assessmentScore ?? null;
  const isLatest = records.statements[0]?.statement.id === statement.id;
  const links: PayLineLinks = { escalate: escalatePath, escalation: escalationPath };
  const totals = reconciliation?.totals;
  return (
    <Page title={month}>
      <Link className="back-link" to={backPath}>
        {t('back')}
      </Link>
      <StatementProblems issues={reconciliation?.issues ?? []} lines={lines} extra={extra} />
      {totals && (
        <p className="pay-summary">
          {totals.flaggedCount === 0
            ? t('summary.matches')
            : [
                totals.differsCount > 0 &&
                  t('summary.differs', {
                    count: totals.differsCount,
                    expected:
                      totals.expectedNet === null ? '?' : formatMoney(totals.expectedNet, language),
                  }),
                totals.unverifiableCount > 0 &&
                  t('summary.unverifiable', { count: totals.unverifiableCount }),
              ]
                .filter(Boolean)
                .join(' ')}
        </p>
      )}
      <Section id="lines" title={t('lines', { month })}>
        <ul className="list">
          {entries.map((entry, index) => (
            <PayLineItem
              key={entry.issued?.id ?? `expected-${entry.rule ?? index}`}
              entry={entry}
              index={index}
              period={statement.period}
              policy={policy}
              recordsScore={recordsScore}
              statementScore={statement.assessmentScore}
              disputes={records.payDisputes}
              responses={records.payDisputeResponses}
              links={links}
            />
          ))}
          <li>
            <dl className="pay-line-figures">
              <div>
                <dt>
                  <strong>{t('net')}</strong> · {t('figures.issued')}
                </dt>
                <dd>
                  <MoneyText amount={statement.net} />
                </dd>
              </div>
              <div>
                <dt>{t('figures.expected')}</dt>
                <dd>
                  {totals?.expectedNet != null ? (
                    <MoneyText amount={totals.expectedNet} />
                  ) : (
                    t('figures.notComputed')
                  )}
                </dd>
              </div>
            </dl>
          </li>
        </ul>
      </Section>
      {isLatest && recordInput && (
        <WhatIfPanel
          period={statement.period}
          policy={recordInput.policy}
          input={recordInput.fromRecords.input}
        />
      )}
    </Page>
  );
}
