/**
 * One strict schema per `DownTable` (row types and keys are in `down-tables.ts`), and the
 * agent-owned table each mutation writes. The mapped types make a new table or mutation name fail
 * the typecheck until it has a schema, a key and a home.
 */
import type { z } from 'zod';
import {
  clockRecordSchema,
  escalationNoteSchema,
  escalationSchema,
  examAttemptSchema,
  kpiGoalSchema,
  kpiTallySchema,
  leaveRequestSchema,
  lessonCompletionSchema,
  readinessReportSchema,
  shiftAcknowledgementSchema,
  swapRequestSchema,
} from './agent-row-schemas';
import {
  agentProfileSchema,
  certificateSchema,
  escalationResponseSchema,
  examResultSchema,
  examSchema,
  kpiDailySchema,
  leaveDecisionSchema,
  lessonSchema,
  payStatementLineSchema,
  payStatementSchema,
  policySchema,
  projectSchema,
  shiftSchema,
  swapDecisionSchema,
  trainingModuleSchema,
} from './employer-row-schemas';
import type { MutationName } from './mutation-names';
import type { AgentTable, DownTable } from './protocol';

import type { DownRowTypes } from './down-tables';

export const DOWN_ROW_SCHEMAS = {
  agentProfile: agentProfileSchema,
  projects: projectSchema,
  policies: policySchema,
  shifts: shiftSchema,
  leaveDecisions: leaveDecisionSchema,
  swapDecisions: swapDecisionSchema,
  kpiDaily: kpiDailySchema,
  payStatements: payStatementSchema,
  payStatementLines: payStatementLineSchema,
  trainingModules: trainingModuleSchema,
  lessons: lessonSchema,
  exams: examSchema,
  examResults: examResultSchema,
  certificates: certificateSchema,
  escalationResponses: escalationResponseSchema,
  escalations: escalationSchema,
  escalationNotes: escalationNoteSchema,
  clockRecords: clockRecordSchema,
  leaveRequests: leaveRequestSchema,
  swapRequests: swapRequestSchema,
  examAttempts: examAttemptSchema,
  readinessReports: readinessReportSchema,
  shiftAcknowledgements: shiftAcknowledgementSchema,
  kpiTallies: kpiTallySchema,
  kpiGoals: kpiGoalSchema,
  lessonCompletions: lessonCompletionSchema,
} as const satisfies { [T in DownTable]: z.ZodType<DownRowTypes[T]> };

/** The agent-owned table holding the record a mutation creates or targets (its `recordId`). */
export const RECORD_TABLE_BY_MUTATION = {
  'escalation.create': 'escalations',
  'escalationNote.create': 'escalationNotes',
  'clockRecord.create': 'clockRecords',
  'leave.request': 'leaveRequests',
  'leave.cancel': 'leaveRequests',
  'swap.request': 'swapRequests',
  'swap.cancel': 'swapRequests',
  'examAttempt.submit': 'examAttempts',
  'readinessReport.create': 'readinessReports',
  'shiftChange.acknowledge': 'shiftAcknowledgements',
  'kpiTally.record': 'kpiTallies',
  'kpiGoal.set': 'kpiGoals',
  'kpiGoal.remove': 'kpiGoals',
  'lesson.complete': 'lessonCompletions',
} as const satisfies Record<MutationName, AgentTable>;
