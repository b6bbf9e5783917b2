import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '@/data/workspace-context';
import type { AgentProfile } from '@/domain/agent/agent-profile';
import { localDayOf } from '@/domain/roster/describe-shift';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import { deviceTimeZone } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';

export interface RosterContext {
  now: Date;
  /** The project's zone: every roster time is shown in it. */
  timeZone: string;
  /** The zone the agent lives in (the device's when there is no profile). */
  agentTimeZone: string;
  /** Today in the project's zone. */
  today: string;
  profile: AgentProfile | null;
  policy: ProjectPolicy | null;
}

/**
 * Who the roster belongs to and which zone it is read in: the project's zone, else the zone of the
 * device (a workspace without a profile yet).
 */
export function useRosterContext(): RosterContext | undefined {
  const repositories = useRepositories();
  const clock = useClock();
  return useLiveQuery(async () => {
    const now = clock();
    const device = deviceTimeZone();
    const context = await repositories.profile.findAgentContext(
      localDayOf(now.toISOString(), device),
    );
    const timeZone = context?.project?.timeZone ?? context?.profile.timeZone ?? device;
    const agentZone = context?.profile.timeZone ?? device;
    return {
      now,
      timeZone,
      agentTimeZone: agentZone,
      today: localDayOf(now.toISOString(), timeZone),
      profile: context?.profile ?? null,
      policy: context?.policy ?? null,
    };
  }, [repositories, clock]);
}
