import type { AgentRecordSyncState } from '../roster/shift';

import type { AttachmentRef } from '../escalation/escalation';

/**
 * One automatic check (e.g. `network.roundTripMs`, `microphone.noiseFloorDbfs`): its outcome and
 * the measured figure in the unit its item names, or `null` when the browser could not measure.
 */
export interface ReadinessCheck {
  item: string;
  outcome: 'pass' | 'fail' | 'cannot-check';
  measured: number | null;
}

/** The agent's answer to one checklist item of the policy (schema 5). */
export interface ChecklistAnswer {
  itemId: string;
  isConfirmed: boolean;
  photo: AttachmentRef | null;
}

export interface ReadinessReport {
  id: string;
  agentId: string;
  shiftId: string | null;
  createdAt: string;
  isReady: boolean;
  checks: ReadinessCheck[];
  /** Schema 5: the checklist as answered, and the policy version it was judged against. */
  checklist: ChecklistAnswer[];
  policyVersion: number | null;
  syncState: AgentRecordSyncState;
}
