import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { AgentProfile } from '@/domain/agent/agent-profile';
import type { Project } from '@/domain/agent/project';
import type { ReadinessReport } from '@/domain/equipment/readiness-report';
import type { Escalation, EscalationStatus } from '@/domain/escalation/escalation';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import type { PayStatement, PayStatementLine } from '@/domain/pay/pay-statement';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import type {
  ClockRecord,
  LeaveDecision,
  LeaveRequest,
  Shift,
  SwapDecision,
  SwapRequest,
} from '@/domain/roster/shift';
import type {
  Certificate,
  Exam,
  ExamAttempt,
  ExamResult,
  Lesson,
  TrainingModule,
} from '@/domain/training/training';
import { SCHEMA_V1, SCHEMA_V2 } from './db-schema';

/** A queued agent mutation: the single source of truth until the server acknowledges it. */
export interface OutboxRow {
  seq: number;
  mutationId: string;
  name: string;
  recordId: string;
  args: unknown;
  schemaVersion: number;
  createdAt: string;
}

/** A mutation the server refused for good: kept for the agent, never silently dropped. */
export interface RejectedRow extends OutboxRow {
  code: string;
  message: string;
  rejectedAt: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export class WorkbenchDb extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  rejected!: EntityTable<RejectedRow, 'mutationId'>;
  agentProfile!: EntityTable<AgentProfile, 'id'>;
  projects!: EntityTable<Project, 'id'>;
  policies!: EntityTable<ProjectPolicy, 'id'>;
  shifts!: EntityTable<Shift, 'id'>;
  leaveDecisions!: EntityTable<LeaveDecision, 'requestId'>;
  swapDecisions!: EntityTable<SwapDecision, 'requestId'>;
  kpiDaily!: EntityTable<KpiDaily, 'id'>;
  payStatements!: EntityTable<PayStatement, 'id'>;
  payStatementLines!: EntityTable<PayStatementLine, 'id'>;
  trainingModules!: EntityTable<TrainingModule, 'id'>;
  lessons!: EntityTable<Lesson, 'id'>;
  exams!: EntityTable<Exam, 'id'>;
  examResults!: EntityTable<ExamResult, 'attemptId'>;
  certificates!: EntityTable<Certificate, 'id'>;
  escalationStatus!: EntityTable<EscalationStatus, 'escalationId'>;
  escalations!: EntityTable<Escalation, 'id'>;
  clockRecords!: EntityTable<ClockRecord, 'id'>;
  leaveRequests!: EntityTable<LeaveRequest, 'id'>;
  swapRequests!: EntityTable<SwapRequest, 'id'>;
  examAttempts!: EntityTable<ExamAttempt, 'id'>;
  readinessReports!: EntityTable<ReadinessReport, 'id'>;

  constructor(name: string) {
    // Chromium commits IndexedDB transactions with relaxed durability by default since 121;
    // an outbox row must be on disk before the UI says "saved" (SYNC.md §4.4).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(backfillSyncState);
  }
}

/**
 * Version 1 rows of agent-owned tables had no `syncState`. A row with a queued outbox mutation is
 * still pending; any other row was already acknowledged.
 */
async function backfillSyncState(tx: Transaction): Promise<void> {
  const pendingRecordIds = new Set(
    (await tx.table<OutboxRow>('outbox').toArray()).map((row) => row.recordId),
  );
  for (const tableName of ['escalations', 'clockRecords']) {
    await tx
      .table<{ id: string; syncState?: string }>(tableName)
      .toCollection()
      .modify((row) => {
        row.syncState ??= pendingRecordIds.has(row.id) ? 'pending' : 'sent';
      });
  }
}

export const DATABASE_NAME_PREFIX = 'agent-workbench:';

/** One database per agent workspace (SYNC.md §3.7). */
export function databaseNameFor(workspaceId: string): string {
  return `${DATABASE_NAME_PREFIX}${workspaceId}`;
}

export function openWorkbenchDb(workspaceId: string): WorkbenchDb {
  return new WorkbenchDb(databaseNameFor(workspaceId));
}
