import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '@/sync/sync-context';
import { Page, Section } from '@/ui/page';
import { PullProgressBar } from '@/ui/pull-progress-bar';
import { LatestKpisCard } from './latest-kpis-card';
import { NextShiftCard } from './next-shift-card';
import { useTodayOverview } from './use-today-overview';

export function TodayPage() {
  const { t } = useTranslation('today');
  const overview = useTodayOverview();
  const { pending, pullProgress } = useSyncStatus();

  useEffect(() => {
    // Read by `npm run bench`: time from navigation to a Today screen showing its data.
    if (overview) performance.mark('awb:today-rendered');
  }, [overview]);

  return (
    <Page title={t('title')}>
      {/* During a long first sync the cards below may still say "nothing yet": say why. */}
      {pullProgress && <PullProgressBar {...pullProgress} />}
      {overview && (
        <>
          {overview.agent && <p>{t('greeting', { name: overview.agent.profile.displayName })}</p>}
          {pending > 0 && (
            <p className="notice" role="status">
              {t('outbox.waiting', { count: pending })}
            </p>
          )}
          <NextShiftCard shift={overview.shift} now={overview.now} />
          <LatestKpisCard day={overview.latestKpi} />
          <Section id="changes" title={t('changes.title')}>
            <p>{t('changes.none')}</p>
          </Section>
        </>
      )}
    </Page>
  );
}
