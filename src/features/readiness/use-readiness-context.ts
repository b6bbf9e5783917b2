import { useLiveQuery } from 'dexie-react-hooks';
import { useOpenWorkspace } from '@/data/workspace-context';
import type { ReadinessPrompt } from '@/data/readiness-repository';
import { defaultReadinessPolicy } from '@/domain/equipment/default-readiness-policy';
import type { AgentProfile } from '@/domain/agent/agent-profile';
import type { ProjectPolicy, ReadinessPolicy } from '@/domain/policy/project-policy';
import { localDayOf } from '@/domain/roster/describe-shift';
import { deviceTimeZone } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';

export interface ReadinessContext {
  agent: AgentProfile | null;
  /** The policy in force (for its version), or `null` when the device holds none. */
  policy: ProjectPolicy | null;
  readiness: ReadinessPolicy;
  /** The next remote shift, its window and its latest report; `null` without one. */
  prompt: ReadinessPrompt | null;
  /** The zone times are shown in: the shift's, else the agent's, else the device's. */
  timeZone: string;
  /** The sync backend's address, or `null` in a demo or local workspace. */
  serverUrl: string | null;
}

/** What the readiness screens need from the device; `undefined` while loading. */
export function useReadinessContext(): ReadinessContext | undefined {
  const { repositories, workspace } = useOpenWorkspace();
  const clock = useClock();
  return useLiveQuery(async () => {
    const now = clock();
    const agentContext = await repositories.profile.findAgentContext(
      localDayOf(now.toISOString(), deviceTimeZone()),
    );
    const agent = agentContext?.profile ?? null;
    const today = localDayOf(now.toISOString(), agent?.timeZone ?? deviceTimeZone());
    const [prompt, inForce] = await Promise.all([
      repositories.readiness.nextRemoteShiftPrompt(now),
      agent ? repositories.readiness.readinessPolicyFor(agent.projectId, today) : null,
    ]);
    const readiness = prompt?.readiness ?? inForce?.readiness;
    return {
      agent,
      policy: prompt?.policy ?? inForce?.policy ?? null,
      readiness: readiness ?? defaultReadinessPolicy(),
      prompt,
      timeZone: prompt?.shift.timeZone ?? agent?.timeZone ?? deviceTimeZone(),
      serverUrl: workspace.serverUrl,
    };
  }, [repositories, workspace, clock]);
}
