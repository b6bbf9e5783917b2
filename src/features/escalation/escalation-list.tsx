import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Escalation, EscalationResponse } from '@/domain/escalation/escalation';
import { responseClock } from '@/domain/escalation/response-clock';
import { formatInstant } from './format-instant';
import { ClockBadge } from './response-clock-status';

export interface EscalationListProps {
  /** Newest first. */
  escalations: readonly Escalation[];
  /** Every escalation's responses; each item picks its own. */
  responses: readonly EscalationResponse[];
  now: Date;
  timeZone: string;
  escalationHref: (escalationId: string) => string;
}

/** The agent's escalations, each opening its timeline; overdue ones say so in words. */
export function EscalationList({
  escalations,
  responses,
  now,
  timeZone,
  escalationHref,
}: EscalationListProps) {
  const { t, i18n } = useTranslation(['escalation', 'common']);
  const language = i18n.language;
  if (escalations.length === 0) return <p>{t('none')}</p>;
  return (
    <ul className="list">
      {escalations.map((escalation) => {
        const own = responses.filter((response) => response.escalationId === escalation.id);
        const clock = responseClock(escalation.createdAt, escalation.routing, own, now);
        return (
          <li key={escalation.id}>
            <Link className="escalation-link" to={escalationHref(escalation.id)}>
              <span className="row">
                <strong>{t(`category.${escalation.category}`)}</strong>
                <span
                  className={escalation.syncState === 'pending' ? 'badge badge-warning' : 'badge'}
                >
                  {t(`common:syncState.${escalation.syncState}`)}
                </span>
              </span>
              <span className="row">
                <span className="muted">
                  {t('raisedAt', { time: formatInstant(escalation.createdAt, language, timeZone) })}
                </span>
                <ClockBadge state={clock.state} />
              </span>
              {escalation.description && (
                <span className="escalation-description">{escalation.description}</span>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
