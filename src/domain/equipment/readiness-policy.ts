/**
 * The readiness policy that applies on a day: the project's policy in force then (highest
 * version already effective), or the default checklist and thresholds when there is none.
 */
import type { ProjectPolicy, ReadinessPolicy } from '../policy/project-policy';
import { defaultReadinessPolicy } from './default-readiness-policy';

export interface ReadinessPolicyInForce {
  /** The project's policy in force, or `null` when none had started by that day. */
  policy: ProjectPolicy | null;
  readiness: ReadinessPolicy;
  /** The version a report records as judged against; `null` for the default policy. */
  policyVersion: number | null;
}

export function readinessPolicyOn(
  policies: readonly ProjectPolicy[],
  projectId: string,
  day: string,
): ReadinessPolicyInForce {
  let best: ProjectPolicy | null = null;
  for (const policy of policies) {
    if (policy.projectId !== projectId || policy.effectiveFrom > day) continue;
    if (best === null || policy.version > best.version) best = policy;
  }
  return readinessOf(best);
}

/** The readiness part of `policy` (the default when `null` or stored without one). */
export function readinessOf(policy: ProjectPolicy | null): ReadinessPolicyInForce {
  return {
    policy,
    readiness: (policy?.readiness as ReadinessPolicy | undefined) ?? defaultReadinessPolicy(),
    policyVersion: policy?.version ?? null,
  };
}
