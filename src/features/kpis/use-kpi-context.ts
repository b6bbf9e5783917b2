import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useRepositories } from '@/data/workspace-context';
import { todayIn } from '@/domain/kpi/kpi-periods';
import { kpiPolicyOf } from '@/domain/kpi/kpi-scorecard';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import { useClock } from '@/ui/clock-context';

export interface KpiContext {
  /** The agent's local day. */
  today: string;
  timeZone: string;
  now: Date;
  /** The policy in force today, its `kpi` filled in by business line for an older row. */
  policy: ProjectPolicy;
}

const FALLBACK_ZONE = 'Asia/Shanghai';

/**
 * The agent's day, zone and the policy in force, or `null` when the device has no profile or no
 * policy (nothing to measure against); `undefined` while loading.
 */
export function useKpiContext(): KpiContext | null | undefined {
  const repositories = useRepositories();
  const clock = useClock();
  const loaded = useLiveQuery(async () => {
    const now = clock();
    const first = await repositories.profile.findAgentContext(todayIn(now, FALLBACK_ZONE));
    const timeZone = first?.profile.timeZone ?? FALLBACK_ZONE;
    const today = todayIn(now, timeZone);
    const context =
      timeZone === FALLBACK_ZONE ? first : await repositories.profile.findAgentContext(today);
    return { now, today, timeZone, context: context ?? null };
  }, [repositories, clock]);
  return useMemo(() => {
    if (!loaded) return undefined;
    const { context, now, today, timeZone } = loaded;
    if (!context?.policy) return null;
    const line = context.project?.businessLine ?? 'inbound';
    return {
      now,
      today,
      timeZone,
      policy: { ...context.policy, kpi: kpiPolicyOf(context.policy, line) },
    };
  }, [loaded]);
}
