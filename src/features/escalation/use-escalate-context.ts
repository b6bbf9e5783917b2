import { useLiveQuery } from 'dexie-react-hooks';
import { useOptionalWorkspace } from '@/data/workspace-context';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import { localDayOf } from '@/domain/roster/describe-shift';
import type { Shift } from '@/domain/roster/shift';
import { useClock } from '@/ui/clock-context';
import { findCurrentShift, findPayLine, type PayLineInContext } from './context-records';
import { deviceTimeZone } from '@/i18n/format';

export interface EscalateContext {
  /** The workspace the context was read from; `null` before one is open (or while loading). */
  workspaceId: string | null;
  /** When it was read (ms since the epoch): the current shift changes with time. */
  readAt: number;
  agentId: string | null;
  /** For the emergency numbers; `null` before any workspace or policy is on the device. */
  policy: ProjectPolicy | null;
  /** What the form will attach, shown so the agent knows. */
  shift: Shift | null;
  payLine: PayLineInContext | null;
}

const NOTHING: EscalateContext = {
  workspaceId: null,
  readAt: 0,
  agentId: null,
  policy: null,
  shift: null,
  payLine: null,
};

/** The policy and the records an escalation raised now would carry; `NOTHING` while loading. */
export function useEscalateContext(payLineId: string | null): EscalateContext {
  const open = useOptionalWorkspace();
  const clock = useClock();
  const context = useLiveQuery(async (): Promise<EscalateContext> => {
    if (!open) return NOTHING;
    const { repositories } = open;
    const now = clock();
    const [agent, shift, payLine] = await Promise.all([
      repositories.profile.findAgentContext(localDayOf(now.toISOString(), deviceTimeZone())),
      findCurrentShift(repositories.shifts, now),
      payLineId ? findPayLine(repositories.payStatements, payLineId) : null,
    ]);
    return {
      workspaceId: open.workspace.id,
      readAt: now.getTime(),
      agentId: agent?.profile.id ?? null,
      policy: agent?.policy ?? null,
      shift,
      payLine,
    };
  }, [open, clock, payLineId]);
  return context ?? NOTHING;
}
