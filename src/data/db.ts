import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { AgentProfile } from '@/domain/agent/agent-profile';
import type { Project } from '@/domain/agent/project';
import type { ReadinessReport } from '@/domain/equipment/readiness-report';
import type {
  AttachmentRef,
  Escalation,
  EscalationNote,
  EscalationResponse,
} from '@/domain/escalation/escalation';
import { appendEntry, type LogEntry } from '@/domain/escalation/escalation-log';
import type { KpiGoal, KpiTally } from '@/domain/kpi/kpi-records';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import type { PayStatement, PayStatementLine } from '@/domain/pay/pay-statement';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import type { ShiftChange } from '@/domain/roster/shift-change';
import type {
  ClockRecord,
  LeaveDecision,
  LeaveRequest,
  Shift,
  ShiftAcknowledgement,
  SwapDecision,
  SwapRequest,
} from '@/domain/roster/shift';
import type {
  Certificate,
  Exam,
  ExamAttempt,
  ExamResult,
  Lesson,
  LessonCompletion,
  TrainingModule,
} from '@/domain/training/training';
import { upgradeEscalationFields } from '@/domain/escalation/escalation-upgrade';
import {
  upgradeLinePayFields,
  upgradePolicyPayFields,
  upgradeStatementPayFields,
} from '@/domain/pay/pay-upgrade';
import { upgradePolicyWorkingTime } from '@/domain/roster/roster-upgrade';
import {
  lookupsFrom,
  SCHEMA_5_UPGRADED_TABLES,
  upgradeRowToSchema5,
} from '@/domain/sync/schema-5-upgrade';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from './db-schema';

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

/**
 * An attachment's bytes on the device (never synced as a row): kept after upload so the agent can
 * still see it offline. The bytes are stored as an ArrayBuffer rather than a Blob: they are read
 * once anyway to hash them, and an ArrayBuffer survives every IndexedDB implementation.
 */
export interface AttachmentRow extends AttachmentRef {
  bytes: ArrayBuffer;
  /** 1 once the server has confirmed it holds the bytes (an index, hence not a boolean). */
  uploaded: 0 | 1;
}

/**
 * A leave or swap request the agent cancelled, as it was (device-only): the server removes a
 * cancelled request and its echo removes it here, but the agent should still see it, cancelled.
 */
export interface CancelledRequestRow {
  id: string;
  table: 'leaveRequests' | 'swapRequests';
  request: LeaveRequest | SwapRequest;
  cancelledAt: string;
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
  escalationResponses!: EntityTable<EscalationResponse, 'id'>;
  escalations!: EntityTable<Escalation, 'id'>;
  escalationNotes!: EntityTable<EscalationNote, 'id'>;
  /** Device-only: the append-only, hash-chained escalation log (escalation-log.ts). */
  escalationLog!: EntityTable<LogEntry, 'seq'>;
  /** Device-only: attachment bytes and whether they are uploaded. */
  attachments!: EntityTable<AttachmentRow, 'sha256'>;
  clockRecords!: EntityTable<ClockRecord, 'id'>;
  leaveRequests!: EntityTable<LeaveRequest, 'id'>;
  swapRequests!: EntityTable<SwapRequest, 'id'>;
  examAttempts!: EntityTable<ExamAttempt, 'id'>;
  readinessReports!: EntityTable<ReadinessReport, 'id'>;
  shiftAcknowledgements!: EntityTable<ShiftAcknowledgement, 'id'>;
  kpiTallies!: EntityTable<KpiTally, 'id'>;
  kpiGoals!: EntityTable<KpiGoal, 'id'>;
  lessonCompletions!: EntityTable<LessonCompletion, 'id'>;
  /** Device-only: changes to published shifts the pull applier saw (shift-change.ts). */
  shiftChanges!: EntityTable<ShiftChange, 'id'>;
  /** Device-only: requests the agent cancelled, kept after the server removes them. */
  cancelledRequests!: EntityTable<CancelledRequestRow, 'id'>;

  constructor(name: string) {
    // Chromium commits IndexedDB transactions with relaxed durability by default since 121;
    // an outbox row must be on disk before the UI says "saved" (SYNC.md §4.4).
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(backfillSyncState);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToVersion3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToVersion4);
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeToVersion5);
  }
}

/** Meta key of the pull cursor (owned by `sync-store.ts`). */
const CURSOR_KEY = 'cursor';

/**
 * Version 3 (issue #4). Escalations get the fields schema 3 added, with the values the server
 * gives the same records (`upgradeEscalationFields`: the fallback route, no server-held link), so
 * their echoes match; each is then logged in `createdAt` order, so the log covers everything the
 * device holds from now on. `escalationStatus` is dropped, and the pull cursor with it: the next
 * pull starts over and brings the responses as `escalationResponses` (the server resets cursors
 * of an older schema anyway). The outbox and rejected rows are left exactly as they were.
 */
async function upgradeToVersion3(tx: Transaction): Promise<void> {
  const escalations = tx.table<Escalation, string>('escalations');
  const log = tx.table<LogEntry, number>('escalationLog');
  const loggedAt = new Date().toISOString();
  const ordered = (await escalations.toArray()).sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1),
  );
  let previous = await log.orderBy('seq').last();
  for (const row of ordered) {
    const upgraded: Escalation = row.routing ? row : upgradeEscalationFields(row);
    await escalations.put(upgraded);
    let entry: LogEntry;
    try {
      entry = appendEntry(previous, 'escalation', upgraded, loggedAt);
    } catch {
      // A row that cannot be hashed must not keep the database from opening: it stays unlogged,
      // and verification reports it as a record without an entry.
      continue;
    }
    await log.add(entry);
    previous = entry;
  }
  await tx.table<MetaRow, string>('meta').delete(CURSOR_KEY);
}

/**
 * Version 4 (issues #5 and #6). Pay rows stored before it get the fields schema 4 added, and
 * policies the statutory working-time limits, with the values the server's migration gives the
 * same rows (`pay-upgrade.ts`, `roster-upgrade.ts`), so nothing needs pulling again. The new
 * tables start empty: no shift change is invented for shifts stored before.
 */
async function upgradeToVersion4(tx: Transaction): Promise<void> {
  await tx
    .table<ProjectPolicy, string>('policies')
    .toCollection()
    .modify((row, ref) => {
      ref.value = upgradePolicyWorkingTime(upgradePolicyPayFields(row));
    });
  await tx
    .table<PayStatement, string>('payStatements')
    .toCollection()
    .modify((row, ref) => {
      ref.value = upgradeStatementPayFields(row);
    });
  await tx
    .table<PayStatementLine, string>('payStatementLines')
    .toCollection()
    .modify((row, ref) => {
      ref.value = upgradeLinePayFields(row);
    });
}

/**
 * Version 5 (issues #7, #8 and #9). Rows stored before it get the fields schema 5 added, with the
 * values the server's migration `0007` gives the same rows (`schema-5-upgrade.ts`): a policy the
 * metrics of its project's business line, the default readiness checklist and an empty career
 * ladder; a daily record zero outbound and chat figures; lessons a reading time from their body;
 * exams the review and scoring they had before; attempts a deadline; results their exam version
 * and `gradedBy: 'server'`; readiness reports an empty checklist. The new tables start empty and
 * queued outbox rows stay as they were (the server translates their args).
 */
async function upgradeToVersion5(tx: Transaction): Promise<void> {
  const lookups = lookupsFrom({
    projects: await tx.table<Project, string>('projects').toArray(),
    exams: await tx.table<Exam, string>('exams').toArray(),
    examAttempts: await tx.table<ExamAttempt, string>('examAttempts').toArray(),
  });
  for (const table of SCHEMA_5_UPGRADED_TABLES) {
    await tx
      .table<Record<string, unknown>, string>(table)
      .toCollection()
      .modify((row, ref) => {
        const upgraded = upgradeRowToSchema5(table, row, lookups);
        if (upgraded !== row) ref.value = upgraded;
      });
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
