import type { AgentRecordSyncState } from '../roster/shift';

export interface ReadinessCheck {
  item: string;
  outcome: 'pass' | 'fail' | 'cannot-check';
  measured: number | null;
}

export interface ReadinessReport {
  id: string;
  agentId: string;
  shiftId: string | null;
  createdAt: string;
  isReady: boolean;
  checks: ReadinessCheck[];
  syncState: AgentRecordSyncState;
}
