import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { localDayOf } from '@/domain/roster/describe-shift';
import type { ShiftChange } from '@/domain/roster/shift-change';
import { deviceTimeZone, formatDate, formatTime } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';
import { Page } from '@/ui/page';
import { changeKindOf, ShiftChangeTable } from '@/ui/shift-change-table';
import './changes-page.css';

/** Every roster change this device received, newest first, with the policy's notice period. */
function useChangeLog() {
  const repositories = useRepositories();
  const clock = useClock();
  return useLiveQuery(async () => {
    const [changes, agent] = await Promise.all([
      repositories.roster.changes(),
      repositories.profile.findAgentContext(localDayOf(clock().toISOString(), deviceTimeZone())),
    ]);
    return {
      changes: [...changes].sort((a, b) => b.detectedAt.localeCompare(a.detectedAt)),
      noticeHours: agent?.policy?.changeNoticeHours,
    };
  }, [repositories, clock]);
}

export function ChangesPage({ todayPath }: { todayPath: string }) {
  const { t } = useTranslation('today');
  const log = useChangeLog();
  return (
    <Page title={t('changes.log.title')}>
      <p>
        <Link className="changes-back-link" to={todayPath}>
          {t('changes.log.backToToday')}
        </Link>
      </p>
      <p className="muted">{t('changes.log.intro')}</p>
      {log &&
        (log.changes.length === 0 ? (
          <p>{t('changes.log.none')}</p>
        ) : (
          <ol className="changes-log">
            {log.changes.map((change) => (
              <ChangeLogEntry key={change.id} change={change} noticeHours={log.noticeHours} />
            ))}
          </ol>
        ))}
    </Page>
  );
}

function ChangeLogEntry({
  change,
  noticeHours,
}: {
  change: ShiftChange;
  noticeHours: number | undefined;
}) {
  const { t, i18n } = useTranslation('today');
  const language = i18n.language;
  const shift = (change.current ?? change.previous)!;
  const zone = deviceTimeZone();
  const when = (instant: string) => ({
    date: formatDate(instant, language, zone),
    time: formatTime(instant, language, zone),
  });
  const headingId = `change-${change.id}`;
  return (
    <li
      className={change.acknowledgedAt ? 'changes-log-entry' : 'changes-log-entry changes-log-new'}
    >
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>
          {t(`changes.heading.${changeKindOf(change)}`, {
            date: formatDate(shift.start, language, shift.timeZone),
          })}
        </h2>
        {change.isLate && (
          <p>
            <span className="badge badge-danger">{t('changes.late')}</span>{' '}
            {noticeHours === undefined
              ? t('changes.lateExplainedNoHours')
              : t('changes.lateExplained', { hours: noticeHours })}
          </p>
        )}
        <p className="muted">{t('changes.detected', when(change.detectedAt))}</p>
        <ShiftChangeTable change={change} />
        <p>
          {change.acknowledgedAt ? (
            <span className="badge badge-ok">
              {t('changes.log.acknowledgedAt', when(change.acknowledgedAt))}
            </span>
          ) : (
            <span className="badge badge-warning">{t('changes.log.unacknowledged')}</span>
          )}
        </p>
      </article>
    </li>
  );
}
