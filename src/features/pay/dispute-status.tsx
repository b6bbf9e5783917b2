import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Escalation, EscalationResponse } from '@/domain/escalation/escalation';
import { deviceTimeZone, formatDate } from '@/i18n/format';

/** Whether a dispute about this line was raised, and the receiving side's latest answer. */
export function DisputeStatus({
  disputes,
  responses,
  escalationPath,
}: {
  /** Disputes about this line, newest first. */
  disputes: readonly Escalation[];
  /** Every response to pay disputes, oldest first. */
  responses: readonly EscalationResponse[];
  escalationPath: (escalationId: string) => string;
}) {
  const { t, i18n } = useTranslation('pay');
  const latest = disputes[0];
  if (!latest) return null;
  const date = formatDate(latest.createdAt, i18n.language, deviceTimeZone());
  const answer = responses.filter((response) => response.escalationId === latest.id).at(-1);
  return (
    <p className="pay-dispute-status">
      <span className="badge">
        {latest.syncState === 'sent'
          ? t('disputeStatus.sent', { date })
          : t('disputeStatus.pending', { date })}
      </span>{' '}
      <span>
        {answer
          ? t('disputeStatus.latest', { status: t(`disputeStatus.response.${answer.kind}`) })
          : t('disputeStatus.noAnswer')}
      </span>{' '}
      <Link className="evidence-link" to={escalationPath(latest.id)}>
        {t('disputeStatus.open')}
      </Link>
    </p>
  );
}
