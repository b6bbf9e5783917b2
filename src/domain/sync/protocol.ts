/**
 * Wire types of the sync protocol (SYNC.md §4.5). This module is shared by the app and, later,
 * the reference server; the zod schemas that validate every payload live in `protocol-schemas.ts`.
 */
import type { MutationName } from './mutation-names';

export type ProtocolVersion = 1;
export const PROTOCOL_VERSION: ProtocolVersion = 1;

export interface MutationEnvelope {
  /** Contiguous per client group, starting at 1. */
  seq: number;
  /** UUIDv7; the global idempotency key. */
  mutationId: string;
  name: MutationName;
  /** The agent-owned record the mutation creates or targets. */
  recordId: string;
  args: unknown;
  /** App schema when the mutation was created (outbox rows outlive upgrades). */
  schemaVersion: number;
  /** Client clock; informational only. */
  createdAt: string;
}

export interface PushRequest {
  protocolVersion: ProtocolVersion;
  schemaVersion: number;
  clientGroupId: string;
  mutations: MutationEnvelope[];
}

export type MutationResult =
  | { seq: number; mutationId: string; status: 'applied' }
  | { seq: number; mutationId: string; status: 'duplicate' }
  | { seq: number; mutationId: string; status: 'rejected'; code: string; message?: string };

export interface PushResponse {
  /** Highest seq durably processed for this client group. */
  lastMutationSeq: number;
  results: MutationResult[];
}

export interface PullRequest {
  protocolVersion: ProtocolVersion;
  schemaVersion: number;
  clientGroupId: string;
  /** Opaque; `null` asks for everything. */
  cursor: string | null;
  limit: number;
}

/** Employer-owned tables, written on the device only by the pull applier. */
export const EMPLOYER_TABLES = [
  'agentProfile',
  'projects',
  'policies',
  'shifts',
  'leaveDecisions',
  'swapDecisions',
  'kpiDaily',
  'payStatements',
  'payStatementLines',
  'trainingModules',
  'lessons',
  'exams',
  'examResults',
  'certificates',
  'escalationResponses',
] as const;

/** Agent-owned tables; they come down only as echoes of the agent's own records. */
export const AGENT_TABLES = [
  'escalations',
  'escalationNotes',
  'clockRecords',
  'leaveRequests',
  'swapRequests',
  'examAttempts',
  'readinessReports',
  'shiftAcknowledgements',
  'kpiTallies',
  'kpiGoals',
  'lessonCompletions',
] as const;

export type EmployerTable = (typeof EMPLOYER_TABLES)[number];
export type AgentTable = (typeof AGENT_TABLES)[number];
export type DownTable = EmployerTable | AgentTable;

export type Change =
  | { table: DownTable; op: 'put'; key: string; value: unknown }
  | { table: DownTable; op: 'del'; key: string };

export interface PullResponse {
  /** Cursor after this page. */
  cursor: string;
  /** True: drop every employer-owned row before applying this page. */
  reset: boolean;
  changes: Change[];
  hasMore: boolean;
  /**
   * Optional estimate of the changes still to come after this page, for progress during a long
   * first sync; a backend may leave it out, and it is never used for correctness.
   */
  remaining?: number;
  /** Read in the same snapshot as `changes`. */
  lastMutationSeq: number;
}
