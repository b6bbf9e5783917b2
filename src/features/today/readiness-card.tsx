import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { formatDate, formatTime } from '@/i18n/format';
import { Section } from '@/ui/page';

/** Where the card links to (features never import app/paths.ts). */
export interface ReadinessCardLinks {
  readiness: string;
  report: (reportId: string) => string;
}

/**
 * Equipment readiness on Today (issue #9), loaded after the first screen with its strings: inside
 * the policy's window before the next remote shift (or once it has started without a report) it
 * asks for the report; once there is one, it shows its result. Without a remote shift ahead it
 * shows nothing.
 */
export function ReadinessCard({ now, links }: { now: Date; links: ReadinessCardLinks }) {
  const repositories = useRepositories();
  const prompt = useLiveQuery(
    () => repositories.readiness.nextRemoteShiftPrompt(now),
    [repositories, now],
  );
  const { t, i18n, ready } = useTranslation('readiness');
  if (!ready || !prompt) return null;
  const language = i18n.language;
  const { shift, window, latestReport } = prompt;
  const zone = shift.timeZone;
  const shiftTime = formatTime(shift.start, language, zone);
  const isDue = !latestReport && (window.state === 'open' || window.state === 'shift-started');

  return (
    <Section id="readiness" title={t('today.title')}>
      {latestReport ? (
        <p>
          {t('today.result', {
            date: formatDate(latestReport.createdAt, language, zone),
            time: formatTime(latestReport.createdAt, language, zone),
          })}{' '}
          <span className={latestReport.isReady ? 'badge badge-ok' : 'badge badge-danger'}>
            {latestReport.isReady ? t('verdict.ready') : t('verdict.notReady')}
          </span>
        </p>
      ) : window.state === 'open' ? (
        <p className="notice notice-warning">{t('today.ask', { time: shiftTime })}</p>
      ) : window.state === 'shift-started' ? (
        <p className="notice notice-warning">{t('today.askLate')}</p>
      ) : (
        <p>
          {t('today.upcoming', {
            date: formatDate(shift.start, language, zone),
            time: shiftTime,
            opens: formatTime(window.opensAt, language, zone),
          })}
        </p>
      )}
      <div className="record-actions">
        {latestReport && (
          <Link className="button button-secondary" to={links.report(latestReport.id)}>
            {t('today.open')}
          </Link>
        )}
        <Link className={isDue ? 'button' : 'button button-secondary'} to={links.readiness}>
          {latestReport ? t('today.again') : t('today.start')}
        </Link>
      </div>
    </Section>
  );
}
