import { lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '@/data/workspace-context';
import type { ClockRecord } from '@/domain/roster/shift';
import { deviceTimeZone } from '@/i18n/format';
import { useSyncStatus } from '@/sync/sync-context';
import { useClock } from '@/ui/clock-context';
import { OptionalSection } from '@/ui/optional-section';
import { Page } from '@/ui/page';
import { PullProgressBar } from '@/ui/pull-progress-bar';
import { useAfterFirstScreen } from '@/ui/use-after-first-screen';
import { LatestKpisCard } from './latest-kpis-card';
import type { ReadinessCardLinks } from './readiness-card';
import { ShiftCard } from './shift-card';
import { ShiftChangeNotices } from './shift-change-notices';
import { useTodayOverview } from './use-today-overview';
import './today.css';

/** Below the first screen's fold: loaded once the browser is idle after Today shows its data. */
const ClockPanel = lazy(async () => ({ default: (await import('./clock-panel')).ClockPanel }));
const AdherenceCard = lazy(async () => ({
  default: (await import('./adherence-card')).AdherenceCard,
}));
const ReadinessCard = lazy(async () => ({
  default: (await import('./readiness-card')).ReadinessCard,
}));
const QualificationCard = lazy(async () => ({
  default: (await import('./qualification-card')).QualificationCard,
}));

/** False until `isDue`, then true once `prepare` (if any) has settled. */
function usePrepared(isDue: boolean, prepare: (() => Promise<unknown>) | undefined): boolean {
  const [isPrepared, setPrepared] = useState(false);
  useEffect(() => {
    if (!isDue) return;
    let isCurrent = true;
    const done = () => {
      if (isCurrent) setPrepared(true);
    };
    // A failed load still shows the cards: their calls then wait for the code themselves.
    void (prepare?.() ?? Promise.resolve()).then(done, done);
    return () => {
      isCurrent = false;
    };
  }, [isDue, prepare]);
  return isPrepared;
}

export function TodayPage({
  changeLogPath,
  qualificationPath,
  readinessLinks,
  prepareLaterCards,
}: {
  changeLogPath: string;
  /** Where the qualification card links to; without it the card is left out. */
  qualificationPath?: string;
  /** Where the readiness card links to; without them the card is left out. */
  readinessLinks?: ReadinessCardLinks;
  /**
   * Loads what the readiness and qualification cards read (the app defers their repositories'
   * code); they wait for it, after the first screen.
   */
  prepareLaterCards?: () => Promise<unknown>;
}) {
  // Not a lazy route's strings: they load while the data is read, and the screen waits for both.
  const { t, ready } = useTranslation('today');
  const repositories = useRepositories();
  const clock = useClock();
  const loadedOverview = useTodayOverview();
  const overview = ready ? loadedOverview : undefined;
  const { pending, pullProgress } = useSyncStatus();
  const isAfterFirstScreen = useAfterFirstScreen(overview !== undefined);
  const areLaterCardsPrepared = usePrepared(isAfterFirstScreen, prepareLaterCards);

  useEffect(() => {
    // Read by `npm run bench`: time from navigation to a Today screen showing its data.
    if (overview) performance.mark('awb:today-rendered');
  }, [overview]);

  const clockShiftId = overview?.clockShift?.id;
  async function handleAcknowledge(changeId: string) {
    await repositories.roster.acknowledge(changeId, clock());
  }
  async function handleClockRecord(kind: ClockRecord['kind']): Promise<ClockRecord> {
    if (!clockShiftId) throw new Error('today/no-clock-shift');
    return repositories.roster.clockRecord(kind, clockShiftId, clock());
  }

  if (!ready) return null;
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
          <ShiftChangeNotices
            changes={overview.changes}
            noticeHours={overview.agent?.policy?.changeNoticeHours}
            changeLogPath={changeLogPath}
            onAcknowledge={handleAcknowledge}
          />
          <ShiftCard
            shift={overview.shift}
            now={overview.now}
            agentTimeZone={overview.agent?.profile.timeZone ?? deviceTimeZone()}
          />
          <LatestKpisCard day={overview.latestKpi} />
          {/* Last, so nothing above moves when they appear. */}
          {isAfterFirstScreen && (
            <OptionalSection>
              <ClockPanel
                shift={overview.clockShift}
                records={overview.clockRecords}
                onRecord={handleClockRecord}
              />
              <AdherenceCard input={overview.adherenceInput} timeZone={overview.timeZone} />
            </OptionalSection>
          )}
          {/* Their own boundary, so the cards above never give way to its fallback. */}
          {areLaterCardsPrepared && (
            <OptionalSection>
              {readinessLinks && <ReadinessCard now={overview.now} links={readinessLinks} />}
              {qualificationPath && (
                <QualificationCard shift={overview.shift} qualificationPath={qualificationPath} />
              )}
            </OptionalSection>
          )}
        </>
      )}
    </Page>
  );
}
