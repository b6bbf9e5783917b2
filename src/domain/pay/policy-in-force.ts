import type { ProjectPolicy } from '../policy/project-policy';

/**
 * The project's policy in force for a pay period (`YYYY-MM`): the highest version whose
 * `effectiveFrom` is on or before the period's first day, or `null` when none had started.
 * A version that takes effect mid-month applies from the next period on.
 */
export function policyInForce(
  policies: readonly ProjectPolicy[],
  projectId: string,
  period: string,
): ProjectPolicy | null {
  const firstDay = `${period}-01`;
  let best: ProjectPolicy | null = null;
  for (const policy of policies) {
    if (policy.projectId !== projectId || policy.effectiveFrom > firstDay) continue;
    if (best === null || policy.version > best.version) best = policy;
  }
  return best;
}
