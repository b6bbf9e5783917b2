/** A contiguous stretch of work inside a shift; a split shift has several. Instants are ISO UTC. */
export interface ShiftSegment {
  start: string;
  end: string;
}

export interface ShiftBreak {
  start: string;
  end: string;
  kind: 'rest' | 'meal';
}

export type ShiftStatus = 'scheduled' | 'confirmed' | 'worked' | 'absent' | 'cancelled';

/** A shift as the employer publishes it (employer-owned; only the pull applier writes it). */
export interface Shift {
  id: string;
  agentId: string;
  projectId: string;
  /** `YYYY-MM-DD` working day the shift belongs to, in the project's zone. */
  day: string;
  /** Start of the first segment, for ordering and range queries. */
  start: string;
  end: string;
  timeZone: string;
  segments: ShiftSegment[];
  breaks: ShiftBreak[];
  queue: string;
  workMode: 'onsite' | 'remote';
  isNight: boolean;
  status: ShiftStatus;
  /** Server version stamp of this row, used to show what changed. */
  revision: number;
}

export type LeaveKind = 'personal' | 'sick' | 'annual';

export interface LeaveRequest {
  id: string;
  agentId: string;
  kind: LeaveKind;
  /** `YYYY-MM-DD` days requested. */
  days: string[];
  note: string;
  createdAt: string;
  syncState: AgentRecordSyncState;
}

export interface LeaveDecision {
  requestId: string;
  status: 'approved' | 'declined';
  decidedAt: string;
  note: string;
}

export interface SwapRequest {
  id: string;
  agentId: string;
  shiftId: string;
  kind: 'offer' | 'take';
  note: string;
  createdAt: string;
  syncState: AgentRecordSyncState;
}

export interface SwapDecision {
  requestId: string;
  status: 'approved' | 'declined';
  decidedAt: string;
  note: string;
}

/** The agent's own record of starting and ending work and breaks (agent-owned). */
export interface ClockRecord {
  id: string;
  agentId: string;
  kind: 'work-start' | 'work-end' | 'break-start' | 'break-end';
  at: string;
  shiftId: string | null;
  syncState: AgentRecordSyncState;
}

/**
 * The agent saw a change to a published shift (agent-owned, append-only): the employer learns the
 * change reached them. One per shift revision acknowledged.
 */
export interface ShiftAcknowledgement {
  id: string;
  agentId: string;
  shiftId: string;
  /** The shift's `revision` the agent saw. */
  revision: number;
  acknowledgedAt: string;
  syncState: AgentRecordSyncState;
}

/** Where an agent-authored record is on its way to the system of record. */
export type AgentRecordSyncState = 'pending' | 'sent' | 'rejected';
