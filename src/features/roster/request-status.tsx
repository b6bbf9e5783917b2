import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '@/data/roster-repository';
import type { AgentRecordSyncState } from '@/domain/roster/shift';

/** A request's status in words, and whether it has left the device yet. */
export function RequestStatusText({
  status,
  syncState,
}: {
  status: RequestStatus;
  syncState: AgentRecordSyncState;
}) {
  const { t } = useTranslation('roster');
  return (
    <span className="roster-request-status">
      <span className={`badge${status === 'declined' ? ' badge-warning' : ''}`}>
        {t(`request.status.${status}`)}
      </span>{' '}
      <span className="muted">{t(`request.sync.${syncState}`)}</span>
    </span>
  );
}
