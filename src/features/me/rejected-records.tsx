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
  'kpiTally.record': 'kpiTally',
  'kpiGoal.set': 'kpiGoal',
  'kpiGoal.remove': 'kpiGoalRemoval',
  'lesson.complete': 'lessonCompletion',
} as const satisfies Record<MutationName, string>;

/** The server's reject codes the app explains in words; any other shows the code itself. */
const REASON = {
  'mutation/invalid-args': 'invalidArgs',
  'mutation/not-found': 'notFound',
  'mutation/already-decided': 'alreadyDecided',
  'mutation/conflict': 'conflict',
  'mutation/forbidden': 'forbidden',
  'mutation/unsupported-schema': 'unsupportedSchema',
  'mutation/exam-changed': 'examChanged',
  'mutation/attempt-limit': 'attemptLimit',
} as const;

function reasonOf(code: string): (typeof REASON)[keyof typeof REASON] | undefined {
  return Object.hasOwn(REASON, code) ? REASON[code as keyof typeof REASON] : undefined;
}

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
      {rejected.map((record) => {
        const reason = reasonOf(record.code);
        return (
          <li key={record.mutationId}>
            <div className="row">
              <strong>{t(`sync.recordKind.${recordKindOf(record.name)}`)}</strong>
              <span className="muted">
                {formatDate(record.rejectedAt, i18n.language, zone)}{' '}
                {formatTime(record.rejectedAt, i18n.language, zone)}
              </span>
            </div>
            <p>{reason ? t(`sync.reasons.${reason}`) : t('sync.reason', { code: record.code })}</p>
            {record.message && <p className="muted">{record.message}</p>}
          </li>
        );
      })}
    </ul>
  );
}
