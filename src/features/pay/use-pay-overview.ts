import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { StoredPayRecords } from '@/data/pay-records';
import { useRepositories } from '@/data/workspace-context';
import { payHistory, type PayHistory } from '@/domain/pay/pay-history';
import {
  payInputFromRecords,
  type PayInputFromRecords,
} from '@/domain/pay/pay-inputs-from-records';
import { checkPayPolicy, type PayPolicyIssue } from '@/domain/pay/policy-checks';
import { policyInForce } from '@/domain/pay/policy-in-force';
import { reconcilePeriods } from '@/domain/pay/reconcile-periods';
import type { Reconciliation } from '@/domain/pay/reconcile-statement';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import { localDayOf } from '@/domain/roster/describe-shift';
import { useClock } from '@/ui/clock-context';

export interface PayOverview {
  records: StoredPayRecords;
  /** By statement id; empty when the device has no profile (nothing to reconcile against). */
  reconciliations: ReadonlyMap<string, Reconciliation>;
  /** True when reconciling threw on malformed data: the statements are still shown as issued. */
  hasCheckFailed: boolean;
  /** Problems of the policy in force today (or the newest one). */
  policyIssues: PayPolicyIssue[];
  history: PayHistory;
  today: string;
}

/** The policy in force for `period`, or `null`. */
export function policyFor(records: StoredPayRecords, period: string): ProjectPolicy | null {
  if (!records.agent) return null;
  return policyInForce(records.policies, records.agent.projectId, period);
}

/** The engine's inputs for one period from the agent's records, or `null` without a policy. */
export function recordInputFor(
  records: StoredPayRecords,
  period: string,
): { policy: ProjectPolicy; fromRecords: PayInputFromRecords } | null {
  const policy = policyFor(records, period);
  if (!records.agent || !policy) return null;
  return {
    policy,
    fromRecords: payInputFromRecords(period, { ...records, agent: records.agent }, policy),
  };
}

function reconcileAll(records: StoredPayRecords): {
  reconciliations: Map<string, Reconciliation>;
  hasCheckFailed: boolean;
} {
  const reconciliations = new Map<string, Reconciliation>();
  if (!records.agent) return { reconciliations, hasCheckFailed: false };
  try {
    const results = reconcilePeriods(
      records.statements,
      { ...records, agent: records.agent },
      records.policies,
    );
    for (const result of results) reconciliations.set(result.statementId, result);
    return { reconciliations, hasCheckFailed: false };
  } catch {
    // Bad data from a backend must never take the pay screens down (issue #5, item 8).
    return { reconciliations, hasCheckFailed: true };
  }
}

function policyIssuesOf(records: StoredPayRecords, today: string): PayPolicyIssue[] {
  const current =
    policyFor(records, today.slice(0, 7)) ??
    [...records.policies].sort((a, b) => b.version - a.version)[0];
  if (!current) return [];
  try {
    return checkPayPolicy(current);
  } catch {
    return [];
  }
}

/** Every statement with its reconciliation, the pay history and the policy's problems. */
export function usePayOverview(): PayOverview | undefined {
  const repositories = useRepositories();
  const clock = useClock();
  const records = useLiveQuery(() => repositories.payRecords.load(), [repositories]);
  return useMemo(() => {
    if (!records) return undefined;
    const today = localDayOf(clock().toISOString(), records.agent?.timeZone ?? 'Asia/Shanghai');
    return {
      records,
      ...reconcileAll(records),
      policyIssues: policyIssuesOf(records, today),
      history: payHistory(
        records.statements.map(({ statement }) => statement),
        today,
      ),
      today,
    };
  }, [records, clock]);
}
