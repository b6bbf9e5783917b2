import type { EscalationCategory } from '../policy/project-policy';
import type { AgentRecordSyncState } from '../roster/shift';

export interface EscalationContext {
  /** Route path the agent raised it from. */
  screen: string;
  shiftId: string | null;
  payLineId: string | null;
}

/** An escalation as the agent raised it (agent-owned, append-only). */
export interface Escalation {
  id: string;
  agentId: string;
  category: EscalationCategory;
  description: string;
  caseReference: string;
  severity: 'normal' | 'high';
  context: EscalationContext;
  createdAt: string;
  syncState: AgentRecordSyncState;
}

/** The receiving side's answer to an escalation (employer-owned). */
export interface EscalationStatus {
  escalationId: string;
  state: 'received' | 'acknowledged' | 'resolved';
  updatedAt: string;
  note: string;
}
