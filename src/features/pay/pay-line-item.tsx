import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Escalation, EscalationResponse } from '@/domain/escalation/escalation';
import type { ReconciliationEntry } from '@/domain/pay/reconcile-statement';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import { MoneyText } from '@/ui/money-text';
import { describeCheck, lineName } from './describe-reconciliation';
import { DisputeStatus } from './dispute-status';
import { disputeText } from './dispute-text';
import { PayLineDetail } from './pay-line-detail';

export interface PayLineLinks {
  escalate: string;
  escalation: (escalationId: string) => string;
}

/** Neither side has a kind only if both are missing, which a reconciliation never produces. */
const UNKNOWN_KIND = 'unknown';

const CHECK_CLASS = {
  matches: '',
  differs: ' pay-line-flagged',
  unverifiable: ' pay-line-unverifiable',
} as const;

/**
 * One line: issued and expected amounts side by side, the check in words, how it is worked out,
 * and "Dispute this line" with the status of any dispute already raised about it.
 */
export function PayLineItem({
  entry,
  index,
  period,
  policy,
  recordsScore,
  statementScore,
  disputes,
  responses,
  links,
}: {
  entry: ReconciliationEntry;
  index: number;
  period: string;
  policy: ProjectPolicy | null;
  recordsScore: number | null;
  statementScore: number | null;
  disputes: readonly Escalation[];
  responses: readonly EscalationResponse[];
  links: PayLineLinks;
}) {
  const { t, i18n } = useTranslation('pay');
  const location = useLocation();
  const language = i18n.language;
  const { issued, expected } = entry;
  const domId = issued ? `pay-line-${issued.id}` : `pay-line-expected-${index}`;
  const labelId = `${domId}-label`;
  const { headline, explanation } = describeCheck(entry, t, language);
  const kind = issued?.kind ?? expected?.kind ?? UNKNOWN_KIND;
  const ownDisputes = issued
    ? disputes.filter((dispute) => dispute.context.payLineId === issued.id)
    : [];
  return (
    <li id={domId} className={`pay-line${CHECK_CLASS[entry.check.status]}`}>
      <h3 id={labelId} className="pay-line-name">
        {lineName(kind, t)}
        {issued?.description && <span className="muted"> · {issued.description}</span>}
      </h3>
      <dl className="pay-line-figures">
        <div>
          <dt>{t('figures.issued')}</dt>
          <dd>{issued ? <MoneyText amount={issued.amount} /> : t('figures.none')}</dd>
        </div>
        <div>
          <dt>{t('figures.expected')}</dt>
          <dd>{expected ? <MoneyText amount={expected.amount} /> : t('figures.notComputed')}</dd>
        </div>
      </dl>
      <p className="pay-line-check">
        <strong>{headline}</strong>
        {explanation && (
          <>
            {' '}
            <span className="pay-line-cause">{explanation}</span>
          </>
        )}
      </p>
      <PayLineDetail
        entry={entry}
        policy={policy}
        recordsScore={recordsScore}
        statementScore={statementScore}
      />
      <div className="pay-line-actions">
        <Link
          className="dispute-link"
          to={links.escalate}
          state={{
            from: location.pathname,
            payLineId: issued?.id ?? null,
            category: 'pay-dispute',
            description: disputeText(period, entry, recordsScore, t, language),
          }}
          aria-describedby={labelId}
        >
          {t('dispute')}
        </Link>
        <DisputeStatus
          disputes={ownDisputes}
          responses={responses}
          escalationPath={links.escalation}
        />
      </div>
    </li>
  );
}
