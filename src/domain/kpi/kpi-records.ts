/**
 * The agent's own KPI records (schema 5, issue #7): counts they log for a day to set beside the
 * employer's figures, and personal goals. Both are agent-owned and synced through the outbox.
 */
import type { KpiMetric } from '../policy/project-policy';
import type { AgentRecordSyncState } from '../roster/shift';

/** Counts the agent can log; `results` are per-result pay units (e.g. completed tasks). */
export const TALLY_COUNTS = [
  'contactsHandled',
  'results',
  'dials',
  'connects',
  'conversions',
] as const;
export type TallyCount = (typeof TALLY_COUNTS)[number];

/** A day's counts as the agent kept them; a later tally for the same day replaces an earlier one. */
export interface KpiTally {
  id: string;
  agentId: string;
  /** `YYYY-MM-DD`, never in the future. */
  day: string;
  counts: Partial<Record<TallyCount, number>>;
  note: string;
  createdAt: string;
  syncState: AgentRecordSyncState;
}

/** A personal goal on one metric: reach `target` (at least, or at most) by `dueDay`. */
export interface KpiGoal {
  id: string;
  agentId: string;
  metric: KpiMetric;
  direction: 'at-least' | 'at-most';
  target: number;
  /** `YYYY-MM-DD` or `null` for an open-ended goal. */
  dueDay: string | null;
  createdAt: string;
  syncState: AgentRecordSyncState;
}
