import { useTranslation } from 'react-i18next';
import type { PayStatementLine } from '@/domain/pay/pay-statement';
import type { ReconciliationIssue } from '@/domain/pay/reconcile-statement';
import { describeIssue } from './describe-reconciliation';

/**
 * Problems of the statement as a whole (lines that do not sum, unknown kinds, no policy in force,
 * what the engine could not compute), each in words. The statement is shown as issued below it.
 */
export function StatementProblems({
  issues,
  lines,
  extra,
}: {
  issues: readonly ReconciliationIssue[];
  lines: readonly PayStatementLine[];
  /** Messages about the check itself (no profile on the device, the check failed). */
  extra: readonly string[];
}) {
  const { t, i18n } = useTranslation('pay');
  const messages = [
    ...extra,
    ...issues.map((issue) => describeIssue(issue, lines, t, i18n.language)),
  ];
  if (messages.length === 0) return null;
  return (
    <section className="pay-problems" aria-labelledby="statement-problems">
      <h2 id="statement-problems">{t('statementProblem.title')}</h2>
      <ul>
        {messages.map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
    </section>
  );
}
