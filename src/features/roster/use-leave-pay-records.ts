import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredPayRecords } from '@/data/pay-records';
import { useRepositories } from '@/data/workspace-context';
import { payInputFromRecords } from '@/domain/pay/pay-inputs-from-records';
import type { PayPeriodInput } from '@/domain/pay/pay-input';
import { policyInForce } from '@/domain/pay/policy-in-force';
import type { LeavePayEffectContext } from '@/domain/roster/leave-pay-effect';

/** The records the pay engine reads, for showing a leave request's effect before it is sent. */
export function useLeavePayRecords(): StoredPayRecords | undefined {
  const repositories = useRepositories();
  return useLiveQuery(() => repositories.payRecords.load(), [repositories]);
}

/**
 * The engine's context for the months of `days`: each month as the agent's records stand (leave
 * already approved included), or `null` before a profile has synced.
 */
export function leavePayContextOf(
  records: StoredPayRecords,
  days: readonly string[],
): LeavePayEffectContext | null {
  const { agent } = records;
  if (!agent) return null;
  const periodInputs: Record<string, PayPeriodInput> = {};
  for (const period of new Set(days.map((day) => day.slice(0, 7)))) {
    const policy = policyInForce(records.policies, agent.projectId, period);
    if (!policy) continue;
    try {
      periodInputs[period] = payInputFromRecords(period, { ...records, agent }, policy).input;
    } catch {
      // Malformed records: the month starts from a plain month instead (leave-pay-effect.ts).
    }
  }
  return { policies: records.policies, agent, periodInputs };
}
