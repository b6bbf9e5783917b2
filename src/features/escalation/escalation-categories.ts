import type { EscalationCategory } from '@/domain/policy/project-policy';

/** Offered in this order; safety first so it is the easiest to reach. */
export const ESCALATION_CATEGORIES: readonly EscalationCategory[] = [
  'safety-emergency',
  'customer-at-risk',
  'system-outage',
  'pay-dispute',
  'workplace-harassment',
  'other',
];
