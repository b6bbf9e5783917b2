import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { formatDate } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';
import { Page, Section } from '@/ui/page';
import { RequestStatusText } from './request-status';
import type { RosterLinks } from './roster-links';
import { SwapOfferForm, useShiftLabel } from './swap-offer-form';
import { useSwapRequests } from './use-leave-requests';
import { useRosterContext } from './use-roster-context';
import './roster.css';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead a shift can be offered: the published roster rarely reaches further. */
const OFFER_AHEAD_DAYS = 60;

/**
 * Swap requests (issue #6, item 5): offering an upcoming shift, the plain statement that asking
 * for colleagues' offers needs a backend that lists them, and the requests with their status.
 */
export function SwapsPage({ links }: { links: RosterLinks }) {
  const { t, i18n } = useTranslation('roster');
  const repositories = useRepositories();
  const clock = useClock();
  const context = useRosterContext();
  const requests = useSwapRequests();
  const upcoming = useLiveQuery(() => {
    const now = clock();
    return repositories.shifts.listStartingBetween(
      now.toISOString(),
      new Date(now.getTime() + OFFER_AHEAD_DAYS * DAY_MS).toISOString(),
    );
  }, [repositories, clock]);
  const labelOf = useShiftLabel(context?.timeZone ?? 'UTC');

  const offered = new Set(
    (requests ?? [])
      .filter((item) => item.status === 'pending' || item.status === 'approved')
      .map((item) => item.request.shiftId),
  );
  const offerable = (upcoming ?? []).filter(
    (shift) => shift.status !== 'cancelled' && !offered.has(shift.id),
  );
  const shiftsById = new Map((upcoming ?? []).map((shift) => [shift.id, shift]));

  return (
    <Page title={t('swap.title')}>
      <Link className="back-link" to={links.roster()}>
        {t('back')}
      </Link>
      {context && upcoming && requests && (
        <SwapOfferForm
          shifts={offerable}
          timeZone={context.timeZone}
          onOffer={async (shiftId, note) => {
            await repositories.roster.offerShift(shiftId, note, clock());
          }}
        />
      )}
      <Section id="swap-take" title={t('swap.takeTitle')}>
        <p>{t('swap.takeUnavailable')}</p>
      </Section>
      <Section id="swap-requests" title={t('swap.listTitle')}>
        {requests && requests.length === 0 && <p>{t('swap.noRequests')}</p>}
        {requests && requests.length > 0 && context && (
          <ul className="list roster-requests">
            {requests.map(({ request, status, decision }) => {
              const shift = shiftsById.get(request.shiftId);
              const shiftText = shift ? labelOf(shift) : t('swap.shiftNotShown');
              return (
                <li key={request.id}>
                  <p className="row">
                    <strong>{t(`swap.kind.${request.kind}`)}</strong>
                    <RequestStatusText status={status} syncState={request.syncState} />
                  </p>
                  <p>{shiftText}</p>
                  {request.note && <p className="muted">{request.note}</p>}
                  <p className="muted">
                    {t('request.created', {
                      date: formatDate(request.createdAt, i18n.language, context.timeZone),
                    })}
                  </p>
                  {decision?.note && <p>{t('request.decisionNote', { note: decision.note })}</p>}
                  {status === 'pending' && (
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={t('swap.cancelLabel', { shift: shiftText })}
                      onClick={() => void repositories.roster.cancelSwap(request.id, clock())}
                    >
                      {t('request.cancel')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
    </Page>
  );
}
