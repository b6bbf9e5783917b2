/**
 * The fields schema 5 (issue #9) added to readiness data stored before it: a report gets an
 * empty checklist and no policy version (it was judged by the automatic checks alone), a policy
 * the default checklist and thresholds. Shared by the server's migration `0007`, its import and
 * the device's database upgrade, so both hold the same rows (like `pay-upgrade.ts`).
 */
import type { ReadinessPolicy } from '../policy/project-policy';
import { defaultReadinessPolicy } from './default-readiness-policy';
import type { ChecklistAnswer } from './readiness-report';

export function upgradeReadinessReportFields<T extends object>(
  report: T,
): T & { checklist: ChecklistAnswer[]; policyVersion: number | null } {
  type Upgraded = T & { checklist: ChecklistAnswer[]; policyVersion: number | null };
  if ('checklist' in report && 'policyVersion' in report) return report as Upgraded;
  return { checklist: [], policyVersion: null, ...report } as Upgraded;
}

/** The policy itself when it already has `readiness`, else a copy with the defaults. */
export function upgradePolicyReadiness<T extends object>(
  policy: T,
): T & { readiness: ReadinessPolicy } {
  return 'readiness' in policy
    ? (policy as T & { readiness: ReadinessPolicy })
    : { ...policy, readiness: defaultReadinessPolicy() };
}
