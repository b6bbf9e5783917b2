import { useTranslation } from 'react-i18next';
import type { ReconciliationEntry } from '@/domain/pay/reconcile-statement';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import { describeEvidence, ruleText } from './describe-evidence';
import { formatScore } from './describe-reconciliation';
import { formatFormula } from './formula-text';

/**
 * How a line is worked out, behind a disclosure (a native `details`, so it opens by keyboard and
 * screen readers announce its state): the rule's text, the formula with the actual numbers and
 * the agent's records behind it.
 */
export function PayLineDetail({
  entry,
  policy,
  recordsScore,
  statementScore,
}: {
  entry: ReconciliationEntry;
  policy: ProjectPolicy | null;
  /** The assessment score the agent's KPI records give. */
  recordsScore: number | null;
  /** The assessment score the statement used. */
  statementScore: number | null;
}) {
  const { t, i18n } = useTranslation('pay');
  const language = i18n.language;
  const evidence = describeEvidence(entry.evidence, recordsScore, t, language);
  const isBonus = (entry.rule ?? entry.issued?.kind) === 'performance-bonus';
  return (
    <details className="pay-line-detail">
      <summary>{t('detail.open')}</summary>
      <h4>{t('detail.rule')}</h4>
      <p>{ruleText(entry.rule, policy, t, language)}</p>
      {entry.rule !== null && policy && (
        <p className="muted">
          {t('detail.ruleCited', { version: policy.version, rule: entry.rule })}
        </p>
      )}
      <h4>{t('detail.formula')}</h4>
      <p className="pay-formula">
        {entry.expected
          ? formatFormula(entry.expected.formula, entry.expected.amount, language, t)
          : t('detail.noFormula')}
      </p>
      <h4>{t('detail.records')}</h4>
      {evidence.length === 0 ? (
        <p>{t('detail.noRecords')}</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      {isBonus && statementScore !== null && (
        <p>{t('detail.statementScore', { score: formatScore(statementScore, language) })}</p>
      )}
    </details>
  );
}
