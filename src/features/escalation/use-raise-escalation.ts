import { useWorkspaceActions } from '@/data/workspace-context';
import type { Escalation, EscalationSeverity } from '@/domain/escalation/escalation';
import type { EscalationCategory } from '@/domain/policy/project-policy';
import { localDayOf } from '@/domain/roster/describe-shift';
import { useSyncActions } from '@/sync/sync-context';
import { useClock } from '@/ui/clock-context';
import { findCurrentShift } from './context-records';
import { deviceTimeZone } from '@/i18n/format';
import type { EscalateContext } from './use-escalate-context';

/** A context read this long ago is read again at the tap (the current shift may have changed). */
const CONTEXT_FRESH_MS = 60_000;

export interface EscalationDraft {
  category: EscalationCategory;
  description: string;
  caseReference: string;
  severity: EscalationSeverity;
}

/**
 * Saves an escalation with its context attached automatically: the screen it was raised from, the
 * current shift, and for a pay dispute the pay line it was raised from. Works before any workspace
 * exists (the first escalation opens an empty local one); resolves once it is on the device.
 */
export function useRaiseEscalation(
  fromScreen: string,
  payLineId: string | null,
  /** What the screen already read; reused at the tap so that only the write is left to wait for. */
  preloaded: EscalateContext,
) {
  const actions = useWorkspaceActions();
  const { syncNow } = useSyncActions();
  const clock = useClock();

  return async function raise(draft: EscalationDraft): Promise<Escalation> {
    const { workspace, repositories } = await actions.ensureOpen();
    const now = clock();
    const isFresh =
      preloaded.workspaceId === workspace.id && now.getTime() - preloaded.readAt < CONTEXT_FRESH_MS;
    const context = isFresh
      ? preloaded
      : await Promise.all([
          repositories.profile.findAgentContext(localDayOf(now.toISOString(), deviceTimeZone())),
          findCurrentShift(repositories.shifts, now),
        ]).then(([agent, shift]) => ({
          agentId: agent?.profile.id ?? null,
          policy: agent?.policy ?? null,
          shift,
        }));
    const escalation = await repositories.escalations.raise(
      {
        ...draft,
        agentId: context.agentId ?? 'local-agent',
        context: {
          screen: fromScreen,
          shiftId: context.shift?.id ?? null,
          payLineId: draft.category === 'pay-dispute' ? payLineId : null,
        },
        policy: context.policy,
      },
      now,
    );
    // Escalations do not wait for the next sync cycle (STYLE.md §5).
    void syncNow('write');
    return escalation;
  };
}
