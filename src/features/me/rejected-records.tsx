import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '@/data/workspace-context';
import type { MutationName } from '@/domain/sync/mutation-names';
import { formatDate, formatTime } from '@/i18n/format';

/** What each kind of record is called; a new mutation name fails the typecheck until it has one. */
const RECORD_KIND = {
  'escalation.create': 'escalation',
  'escalationNote.create': 'escalationNote',
  'clockRecord.create': 'clockRecord',
  'leave.request': 'leaveRequest',
  'leave.cancel': 'leaveCancel',
  'swap.request': 'swapRequest',
  'swap.cancel': 'swapCancel',
  'examAttempt.submit': 'examAttempt',
  'readinessReport.create': 'readinessReport',
  'shiftChange.acknowledge': 'shiftAcknowledgement',
} as const satisfies Record<MutationName, string>;

function recordKindOf(name: string): (typeof RECORD_KIND)[MutationName] | 'unknown' {
  return Object.hasOwn(RECORD_KIND, name) ? RECORD_KIND[name as MutationName] : 'unknown';
}

/** Records the server refused for good, with the server's reason; kept on the device. */
export function RejectedRecords() {
  const { t, i18n } = useTranslation('me');
  const repositories = useRepositories();
  const rejected = useLiveQuery(() => repositories.rejected.list(), [repositories]);
  if (!rejected || rejected.length === 0) return null;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <ul className="list" aria-label={t('sync.rejectedList')}>
      {rejected.map((record) => (
        <li key={record.mutationId}>
          <div className="row">
            <strong>{t(`sync.recordKind.${recordKindOf(record.name)}`)}</strong>
            <span className="muted">
              {formatDate(record.rejectedAt, i18n.language, zone)}{' '}
              {formatTime(record.rejectedAt, i18n.language, zone)}
            </span>
          </div>
          <p>{t('sync.reason', { code: record.code })}</p>
          {record.message && <p className="muted">{record.message}</p>}
        </li>
      ))}
    </ul>
  );
}
