/**
 * One strict schema per `DownTable`, the record type each table holds, its primary key, and the
 * agent-owned table each mutation writes. The mapped types make a new table or mutation name fail
 * the typecheck until it has a schema, a key and a home.
 */
import type { z } from 'zod';
import type { AgentProfile } from '../agent/agent-profile';
import type { Project } from '../agent/project';
import type { ReadinessReport } from '../equipment/readiness-report';
import type { Escalation, EscalationStatus } from '../escalation/escalation';
import type { KpiDaily } from '../kpi/kpi-daily';
import type { PayStatement, PayStatementLine } from '../pay/pay-statement';
import type { ProjectPolicy } from '../policy/project-policy';
import type {
  ClockRecord,
  LeaveDecision,
  LeaveRequest,
  Shift,
  SwapDecision,
  SwapRequest,
} from '../roster/shift';
import type {
  Certificate,
  Exam,
  ExamAttempt,
  ExamResult,
  Lesson,
  TrainingModule,
} from '../training/training';
import {
  clockRecordSchema,
  escalationSchema,
  examAttemptSchema,
  leaveRequestSchema,
  readinessReportSchema,
  swapRequestSchema,
} from './agent-row-schemas';
import {
  agentProfileSchema,
  certificateSchema,
  escalationStatusSchema,
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

/** The record type stored in each down table. */
export interface DownRowTypes {
  agentProfile: AgentProfile;
  projects: Project;
  policies: ProjectPolicy;
  shifts: Shift;
  leaveDecisions: LeaveDecision;
  swapDecisions: SwapDecision;
  kpiDaily: KpiDaily;
  payStatements: PayStatement;
  payStatementLines: PayStatementLine;
  trainingModules: TrainingModule;
  lessons: Lesson;
  exams: Exam;
  examResults: ExamResult;
  certificates: Certificate;
  escalationStatus: EscalationStatus;
  escalations: Escalation;
  clockRecords: ClockRecord;
  leaveRequests: LeaveRequest;
  swapRequests: SwapRequest;
  examAttempts: ExamAttempt;
  readinessReports: ReadinessReport;
}

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
  escalationStatus: escalationStatusSchema,
  escalations: escalationSchema,
  clockRecords: clockRecordSchema,
  leaveRequests: leaveRequestSchema,
  swapRequests: swapRequestSchema,
  examAttempts: examAttemptSchema,
  readinessReports: readinessReportSchema,
} as const satisfies { [T in DownTable]: z.ZodType<DownRowTypes[T]> };

/** The primary key field of each down table; a `put` must carry the same value as its `key`. */
export const DOWN_TABLE_PRIMARY_KEYS = {
  agentProfile: 'id',
  projects: 'id',
  policies: 'id',
  shifts: 'id',
  leaveDecisions: 'requestId',
  swapDecisions: 'requestId',
  kpiDaily: 'id',
  payStatements: 'id',
  payStatementLines: 'id',
  trainingModules: 'id',
  lessons: 'id',
  exams: 'id',
  examResults: 'attemptId',
  certificates: 'id',
  escalationStatus: 'escalationId',
  escalations: 'id',
  clockRecords: 'id',
  leaveRequests: 'id',
  swapRequests: 'id',
  examAttempts: 'id',
  readinessReports: 'id',
} as const satisfies { [T in DownTable]: keyof DownRowTypes[T] & string };

/** The agent-owned table holding the record a mutation creates or targets (its `recordId`). */
export const RECORD_TABLE_BY_MUTATION = {
  'escalation.create': 'escalations',
  'clockRecord.create': 'clockRecords',
  'leave.request': 'leaveRequests',
  'leave.cancel': 'leaveRequests',
  'swap.request': 'swapRequests',
  'swap.cancel': 'swapRequests',
  'examAttempt.submit': 'examAttempts',
  'readinessReport.create': 'readinessReports',
} as const satisfies Record<MutationName, AgentTable>;
