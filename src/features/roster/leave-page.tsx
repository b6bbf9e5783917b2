import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LeaveDraft } from '@/data/roster-repository';
import { useRepositories } from '@/data/workspace-context';
import { formatDate, formatDay } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';
import { Page, Section } from '@/ui/page';
import { LeaveForm } from './leave-form';
import { RequestStatusText } from './request-status';
import type { RosterLinks } from './roster-links';
import { useLeavePayRecords } from './use-leave-pay-records';
import { useLeaveRequests } from './use-leave-requests';
import { useRosterContext } from './use-roster-context';
import './roster.css';

/**
 * Leave requests (issue #6, item 5): the form with the pay effect shown before sending, saved on
 * the device and queued for the employer, and the requests with their status.
 */
export function LeavePage({ links }: { links: RosterLinks }) {
  const { t, i18n } = useTranslation('roster');
  const language = i18n.language;
  const repositories = useRepositories();
  const clock = useClock();
  const context = useRosterContext();
  const requests = useLeaveRequests();
  const records = useLeavePayRecords();

  const requestedDays = new Set(
    (requests ?? [])
      .filter((item) => item.status === 'pending' || item.status === 'approved')
      .flatMap((item) => item.request.days),
  );

  async function handleSend(draft: LeaveDraft) {
    await repositories.roster.requestLeave(draft, clock());
  }

  return (
    <Page title={t('leave.title')}>
      <Link className="back-link" to={links.roster()}>
        {t('back')}
      </Link>
      {context && requests && (
        <LeaveForm
          today={context.today}
          requestedDays={requestedDays}
          records={records}
          onSend={handleSend}
        />
      )}
      <Section id="leave-requests" title={t('leave.listTitle')}>
        {requests && requests.length === 0 && <p>{t('leave.noRequests')}</p>}
        {requests && requests.length > 0 && context && (
          <ul className="list roster-requests">
            {requests.map(({ request, status, decision }) => (
              <li key={request.id}>
                <p className="row">
                  <strong>{t(`leave.kind.${request.kind}`)}</strong>
                  <RequestStatusText status={status} syncState={request.syncState} />
                </p>
                <p>{request.days.map((day) => formatDay(day, language)).join(', ')}</p>
                {request.note && <p className="muted">{request.note}</p>}
                <p className="muted">
                  {t('request.created', {
                    date: formatDate(request.createdAt, language, context.timeZone),
                  })}
                </p>
                {decision?.note && <p>{t('request.decisionNote', { note: decision.note })}</p>}
                {status === 'pending' && (
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={t('leave.cancelLabel', {
                      kind: t(`leave.kind.${request.kind}`),
                      days: request.days.map((day) => formatDay(day, language)).join(', '),
                    })}
                    onClick={() => void repositories.roster.cancelLeave(request.id, clock())}
                  >
                    {t('request.cancel')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
