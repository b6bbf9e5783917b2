/**
 * The field schema 4 (issue #6) added to roster policy data stored before it: a policy gets
 * mainland China's statutory working-time limits. Shared by the server's migration `0006`, its
 * import and the device's database upgrade, so both hold the same rows (like `pay-upgrade.ts`).
 */
import { defaultWorkingTimeLimits, type WorkingTimeLimits } from './working-time-limits';

/** The policy itself when it already has `workingTime`, else a copy with the defaults. */
export function upgradePolicyWorkingTime<T extends object>(
  policy: T,
): T & { workingTime: WorkingTimeLimits } {
  return 'workingTime' in policy
    ? (policy as T & { workingTime: WorkingTimeLimits })
    : { ...policy, workingTime: defaultWorkingTimeLimits() };
}
