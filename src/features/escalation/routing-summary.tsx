import { useTranslation } from 'react-i18next';
import type { EscalationRouting } from '@/domain/escalation/escalation';
import { formatDurationMinutes } from '@/i18n/format';

/**
 * Where an escalation goes and the response time promised, as decided when it was raised. A
 * fallback route says so plainly: the escalation was not dropped, and this is who receives it.
 */
export function RoutingSummary({ routing }: { routing: EscalationRouting }) {
  const { t, i18n } = useTranslation('escalation');
  return (
    <div className="routing">
      {routing.isFallback && (
        <p className="notice notice-warning">
          {routing.policyId === null ? t('routing.fallbackNoPolicy') : t('routing.fallbackNoRoute')}
        </p>
      )}
      <h3>{t('routing.recipients')}</h3>
      <ul className="recipients">
        {routing.recipients.map((recipient) => (
          <li key={recipient}>{t(`recipient.${recipient}`)}</li>
        ))}
      </ul>
      <p>
        {t('routing.promise', {
          duration: formatDurationMinutes(routing.responseMinutes, i18n.language),
        })}
      </p>
    </div>
  );
}
