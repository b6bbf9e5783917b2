import { useTranslation } from 'react-i18next';
import type { PayPolicyIssue } from '@/domain/pay/policy-checks';
import { describePolicyIssue } from './describe-reconciliation';

/** A banner naming every problem of the pay policy in force; nothing when it has none. */
export function PolicyProblems({ issues }: { issues: readonly PayPolicyIssue[] }) {
  const { t, i18n } = useTranslation('pay');
  if (issues.length === 0) return null;
  return (
    <section className="pay-problems" role="alert" aria-labelledby="pay-policy-problems">
      <h2 id="pay-policy-problems">{t('policyProblem.title')}</h2>
      <p>{t('policyProblem.intro')}</p>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.code}-${index}`}>{describePolicyIssue(issue, t, i18n.language)}</li>
        ))}
      </ul>
    </section>
  );
}
