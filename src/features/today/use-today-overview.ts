import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenWorkspace } from '@/data/workspace-context';
import { localDayOf } from '@/domain/roster/describe-shift';
import { useClock } from '@/ui/clock-context';

/** Everything the Today screen shows, in one live query; `undefined` while loading. */
export function useTodayOverview() {
  const { repositories } = useOpenWorkspace();
  const clock = useClock();
  return useLiveQuery(async () => {
    const now = clock();
    const agent = await repositories.profile.findAgentContext(
      localDayOf(now.toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone),
    );
    const [shift, latestKpi] = await Promise.all([
      repositories.shifts.findCurrentOrNext(now),
      repositories.kpis.findLatest(),
    ]);
    return { now, agent, shift, latestKpi };
  }, [repositories, clock]);
}
