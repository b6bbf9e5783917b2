/**
 * Every shipped Dexie version of the workspace database, oldest first. A shipped version is never
 * edited: a change adds the next version with an upgrade, and `db-upgrade.test.ts` opens a
 * database written by the previous version with the current code.
 */

/** Version 1: the first sync-ready shape (SYNC.md §1.4 sketch). */
export const SCHEMA_V1 = {
  meta: 'key',
  outbox: 'seq, &mutationId, recordId, createdAt',
  rejected: 'mutationId, seq, recordId',
  agentProfile: 'id',
  shifts: 'id, start',
  payStatements: 'id, period',
  kpiDaily: 'id, day',
  trainingModules: 'id',
  escalations: 'id, createdAt',
  clockRecords: 'id, at',
} as const;

/** Version 2: every table the product needs, and a `syncState` index on agent-owned tables. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  // employer-owned: written only by the pull applier
  projects: 'id',
  policies: 'id, projectId, effectiveFrom',
  shifts: 'id, start, day',
  leaveDecisions: 'requestId',
  swapDecisions: 'requestId',
  kpiDaily: 'id, day',
  payStatements: 'id, period',
  payStatementLines: 'id, statementId',
  trainingModules: 'id, projectId, order',
  lessons: 'id, moduleId',
  exams: 'id, moduleId',
  examResults: 'attemptId, examId',
  certificates: 'id, examId',
  escalationStatus: 'escalationId',
  // agent-owned: written with an outbox row in the same transaction
  escalations: 'id, createdAt, syncState',
  clockRecords: 'id, at, syncState',
  leaveRequests: 'id, createdAt, syncState',
  swapRequests: 'id, createdAt, syncState',
  examAttempts: 'id, examId, syncState',
  readinessReports: 'id, createdAt, syncState',
} as const;

/**
 * Version 3 (issue #4): escalation notes and the receiving side's responses (one row per event,
 * replacing `escalationStatus`), and two device-only tables that are never synced: the
 * hash-chained escalation log and the attachment bytes with their upload state.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  escalationStatus: null,
  // employer-owned
  escalationResponses: 'id, escalationId, at',
  // agent-owned
  escalationNotes: 'id, escalationId, createdAt, syncState',
  // device-only
  escalationLog: 'seq, recordId',
  attachments: 'sha256, uploaded',
} as const;

/**
 * Version 4 (issues #5 and #6): policies gained `payRules` and `workingTime`, statements
 * `assessmentScore` and lines `ruleId`, filled in by the upgrade for rows stored before; the
 * agent's acknowledgements of shift changes (agent-owned) and the changes the pull applier saw
 * (device-only: `shiftChanges`, never synced, never cleared by a reset), the device's copy of
 * requests the agent cancelled (device-only `cancelledRequests`: the server removes them), and
 * a `shiftId` index on clock records for adherence.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  // agent-owned
  shiftAcknowledgements: 'id, shiftId, syncState',
  clockRecords: 'id, at, syncState, shiftId',
  // device-only
  shiftChanges: 'id, shiftId, detectedAt, acknowledgedAt',
  cancelledRequests: 'id, table, cancelledAt',
} as const;

/**
 * Version 5 (issues #7, #8 and #9): the agent's own KPI tallies and goals and lesson completions
 * (agent-owned); exam attempts by start time (drafts live here until submitted) and readiness
 * reports by shift; policies gained `kpi`, `readiness` and `careerPath`, daily KPI records the
 * outbound and chat figures, exams their review and scoring rules, filled in by the upgrade.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  // agent-owned
  kpiTallies: 'id, day, syncState',
  kpiGoals: 'id, metric, syncState',
  lessonCompletions: 'id, lessonId, moduleId, syncState',
  examAttempts: 'id, examId, syncState, startedAt',
  readinessReports: 'id, createdAt, syncState, shiftId',
} as const;

/** The schema version stamped on every mutation created by this build (SYNC.md §4.9). */
export const CURRENT_SCHEMA_VERSION = 5;
