import { useTranslation } from 'react-i18next';
import type { Reconciliation } from '@/domain/pay/reconcile-statement';

/**
 * A statement's check at a glance, in words (never colour alone): all lines match, N lines
 * differ, N cannot be checked, or a problem with the statement itself.
 */
export function ReconciliationBadge({
  reconciliation,
}: {
  reconciliation: Reconciliation | undefined;
}) {
  const { t } = useTranslation('pay');
  if (!reconciliation) return <span className="badge badge-warning">{t('badge.noRecords')}</span>;
  const { differsCount, unverifiableCount } = reconciliation.totals;
  const hasStatementProblem = reconciliation.issues.some((issue) =>
    issue.code.startsWith('statement/'),
  );
  if (differsCount === 0 && unverifiableCount === 0 && !hasStatementProblem) {
    return <span className="badge badge-ok">{t('badge.matches')}</span>;
  }
  return (
    <span className="pay-badges">
      {hasStatementProblem && <span className="badge badge-danger">{t('badge.problem')}</span>}
      {differsCount > 0 && (
        <span className="badge badge-danger">{t('badge.differs', { count: differsCount })}</span>
      )}
      {unverifiableCount > 0 && (
        <span className="badge badge-warning">
          {t('badge.unverifiable', { count: unverifiableCount })}
        </span>
      )}
    </span>
  );
}
