/** Row types and primary keys of every table the protocol carries down (no validation here). */
import type { AgentProfile } from '../agent/agent-profile';
import type { Project } from '../agent/project';
import type { ReadinessReport } from '../equipment/readiness-report';
import type { Escalation, EscalationNote, EscalationResponse } from '../escalation/escalation';
import type { KpiDaily } from '../kpi/kpi-daily';
import type { KpiGoal, KpiTally } from '../kpi/kpi-records';
import type { PayStatement, PayStatementLine } from '../pay/pay-statement';
import type { ProjectPolicy } from '../policy/project-policy';
import type {
  ClockRecord,
  LeaveDecision,
  LeaveRequest,
  Shift,
  ShiftAcknowledgement,
  SwapDecision,
  SwapRequest,
} from '../roster/shift';
import type {
  Certificate,
  Exam,
  ExamAttempt,
  ExamResult,
  Lesson,
  LessonCompletion,
  TrainingModule,
} from '../training/training';
import type { DownTable } from './protocol';

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
  escalationResponses: EscalationResponse;
  escalations: Escalation;
  escalationNotes: EscalationNote;
  clockRecords: ClockRecord;
  leaveRequests: LeaveRequest;
  swapRequests: SwapRequest;
  examAttempts: ExamAttempt;
  readinessReports: ReadinessReport;
  shiftAcknowledgements: ShiftAcknowledgement;
  kpiTallies: KpiTally;
  kpiGoals: KpiGoal;
  lessonCompletions: LessonCompletion;
}

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
  escalationResponses: 'id',
  escalations: 'id',
  escalationNotes: 'id',
  clockRecords: 'id',
  leaveRequests: 'id',
  swapRequests: 'id',
  examAttempts: 'id',
  readinessReports: 'id',
  shiftAcknowledgements: 'id',
  kpiTallies: 'id',
  kpiGoals: 'id',
  lessonCompletions: 'id',
} as const satisfies { [T in DownTable]: keyof DownRowTypes[T] & string };
