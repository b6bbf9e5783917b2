/**
 * The fields schema 4 (issue #5) added to pay records stored before it: a policy gets DOMAIN.md's
 * default pay rules, a statement no assessment score, a line no cited rule. Shared by the
 * server's migration and the device's database upgrade, so both hold the same rows. Kept apart
 * from the wire schemas so the device's start-up does not load zod for it.
 */
import { defaultPayRules } from './default-pay-rules';
import type { PayRules } from './pay-rules';

export function upgradePolicyPayFields<T extends object>(policy: T): T & { payRules: PayRules } {
  return 'payRules' in policy
    ? (policy as T & { payRules: PayRules })
    : { ...policy, payRules: defaultPayRules() };
}

export function upgradeStatementPayFields<T extends object>(
  statement: T,
): T & { assessmentScore: number | null } {
  return 'assessmentScore' in statement
    ? (statement as T & { assessmentScore: number | null })
    : { ...statement, assessmentScore: null };
}

export function upgradeLinePayFields<T extends object>(line: T): T & { ruleId: string | null } {
  return 'ruleId' in line ? (line as T & { ruleId: string | null }) : { ...line, ruleId: null };
}
