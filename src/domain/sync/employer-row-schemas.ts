/** Strict schemas of the employer-owned rows the pull applier writes (one writer: the server). */
import { z } from 'zod';
import type { AgentProfile } from '../agent/agent-profile';
import type { Project } from '../agent/project';
import type { EscalationResponse } from '../escalation/escalation';
import type { KpiDaily } from '../kpi/kpi-daily';
import type { PayStatement, PayStatementLine } from '../pay/pay-statement';
import { KPI_METRICS, type ProjectPolicy } from '../policy/project-policy';
import type { LeaveDecision, Shift, SwapDecision } from '../roster/shift';
import { checkShift, type ShiftProblemCode } from '../roster/shift-validation';
import type { WorkingTimeLimits } from '../roster/working-time-limits';
import type { Certificate, Exam, ExamResult, Lesson, TrainingModule } from '../training/training';
import {
  byLevelSchema,
  countSchema,
  daySchema,
  decisionFields,
  escalationCategorySchema,
  fenSchema,
  idSchema,
  instantSchema,
  listSchema,
  localizedTextSchema,
  longTextSchema,
  monthSchema,
  nullableIdSchema,
  percentSchema,
  safeKeySchema,
  shortTextSchema,
  timeZoneSchema,
  WIRE_LIMITS,
} from './wire-primitives';
import { payRulesSchema } from './pay-rules-schema';

export const agentProfileSchema = z.strictObject({
  id: idSchema,
  orgId: idSchema,
  projectId: idSchema,
  displayName: shortTextSchema,
  employeeNumber: shortTextSchema,
  level: z.enum(['base', 'one-star', 'two-star', 'three-star']),
  workPattern: z.enum(['five-on-two-off', 'one-on-one-off']),
  employment: z.enum(['onsite-outsourced', 'crowdsourced']),
  employedFrom: daySchema,
  timeZone: timeZoneSchema,
}) satisfies z.ZodType<AgentProfile>;

export const projectSchema = z.strictObject({
  id: idSchema,
  orgId: idSchema,
  name: localizedTextSchema(WIRE_LIMITS.shortTextLength),
  clientName: localizedTextSchema(WIRE_LIMITS.shortTextLength),
  businessLine: z.enum(['inbound', 'outbound', 'chat']),
  timeZone: timeZoneSchema,
  policyId: idSchema,
  requiredExamIds: listSchema(idSchema),
}) satisfies z.ZodType<Project>;

/** Minutes; at most a 31-day month, so a typo of hours for minutes cannot pass unnoticed. */
const minutesSchema = z
  .int()
  .min(0)
  .max(31 * 24 * 60);

/** Working-time limits of a policy (schema 4, issue #6). */
export const workingTimeSchema = z.strictObject({
  dailyMinutes: minutesSchema.min(1),
  weeklyMinutes: minutesSchema.min(1),
  monthlyOvertimeMinutes: minutesSchema,
  minRestMinutes: minutesSchema,
  maxSplitGapMinutes: minutesSchema,
}) satisfies z.ZodType<WorkingTimeLimits>;

export const kpiMetricSchema = z.enum(KPI_METRICS);

/** A target is a closed range; either bound may be open (`null`). */
export const kpiTargetSchema = z.strictObject({
  metric: kpiMetricSchema,
  min: z.number().nullable(),
  max: z.number().nullable(),
});

/** Reported metrics and score weights (schema 5, issue #7); weights, when set, sum to 100. */
export const kpiPolicySchema = z.strictObject({
  metrics: listSchema(kpiMetricSchema),
  scoreWeights: listSchema(
    z.strictObject({ metric: kpiMetricSchema, weightPercent: z.number().min(0).max(100) }),
  )
    .refine(
      (weights) =>
        Math.abs(weights.reduce((sum, { weightPercent }) => sum + weightPercent, 0) - 100) < 1e-9,
      'kpi/weights-not-100',
    )
    .nullable(),
});

/** Readiness checklist, thresholds and window (schema 5, issue #9). */
export const readinessPolicySchema = z.strictObject({
  checklist: listSchema(
    z.strictObject({
      id: idSchema,
      label: localizedTextSchema(WIRE_LIMITS.shortTextLength),
      isRequired: z.boolean(),
      allowsPhoto: z.boolean(),
    }),
  ),
  thresholds: z.strictObject({
    maxRoundTripMs: countSchema,
    maxJitterMs: countSchema,
    maxLossPercent: percentSchema.max(100),
    minDownloadKbps: countSchema,
    maxNoiseFloorDbfs: z.number().min(-200).max(0),
    minBatteryPercent: percentSchema.max(100),
  }),
  windowMinutesBeforeShift: z
    .int()
    .min(0)
    .max(7 * 24 * 60),
});

/** One rung of the career ladder (schema 5, issue #8). */
export const careerLevelSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema(WIRE_LIMITS.shortTextLength),
  requiredExamIds: listSchema(idSchema),
  requiredMetrics: listSchema(kpiTargetSchema),
});

export const policySchema = z.strictObject({
  id: idSchema,
  projectId: idSchema,
  version: countSchema,
  effectiveFrom: daySchema,
  basePay: fenSchema,
  postAllowance: byLevelSchema,
  subsidy: byLevelSchema,
  bonusBands: listSchema(
    z.strictObject({
      grade: z.enum(['A', 'B', 'C', 'D', 'E']),
      minScorePercent: percentSchema,
      bonus: fenSchema,
    }),
  ),
  overtimeMultiplierPercent: percentSchema,
  holidayMultiplierPercent: percentSchema,
  sickLeaveDeductionPercent: percentSchema,
  payDayOfMonth: z.int().min(1).max(31),
  payRules: payRulesSchema,
  changeNoticeHours: countSchema,
  workingTime: workingTimeSchema,
  kpiTargets: listSchema(kpiTargetSchema),
  kpi: kpiPolicySchema,
  readiness: readinessPolicySchema,
  careerPath: listSchema(careerLevelSchema),
  escalationRoutes: listSchema(
    z.strictObject({
      category: escalationCategorySchema,
      recipients: listSchema(z.enum(['supervisor', 'client-channel', 'safety-line', 'hr'])),
      responseMinutes: countSchema,
    }),
  ),
  emergencyNumbers: listSchema(z.strictObject({ label: shortTextSchema, number: shortTextSchema })),
}) satisfies z.ZodType<ProjectPolicy>;

const interval = { start: instantSchema, end: instantSchema };

/** Where each problem `checkShift` finds is reported, for a message that names the field. */
const SHIFT_PROBLEM_FIELD: Record<Exclude<ShiftProblemCode, 'shift/overlaps-another'>, string> = {
  'shift/invalid-instant': 'start',
  'shift/ends-before-start': 'end',
  'shift/no-segments': 'segments',
  'shift/segment-ends-before-start': 'segments',
  'shift/segments-overlap': 'segments',
  'shift/segment-outside-shift': 'segments',
  'shift/break-ends-before-start': 'breaks',
  'shift/break-outside-segments': 'breaks',
  'shift/breaks-overlap': 'breaks',
  'shift/unknown-time-zone': 'timeZone',
};

/**
 * A shift as published: well-formed fields, and sound on its own (`checkShift`, issue #6): it ends
 * after it starts, its segments run forwards, do not overlap and stay inside it, its breaks sit
 * inside a segment, and its zone is one the runtime knows. The message is the problem's code, at
 * the field concerned (`segments.1: shift/segments-overlap`). Overlaps between two shifts need
 * the whole roster and are checked where it is (the employer import).
 */
export const shiftSchema = z
  .strictObject({
    id: idSchema,
    agentId: idSchema,
    projectId: idSchema,
    day: daySchema,
    ...interval,
    timeZone: timeZoneSchema,
    segments: listSchema(z.strictObject(interval)),
    breaks: listSchema(z.strictObject({ ...interval, kind: z.enum(['rest', 'meal']) })),
    queue: shortTextSchema,
    workMode: z.enum(['onsite', 'remote']),
    isNight: z.boolean(),
    status: z.enum(['scheduled', 'confirmed', 'worked', 'absent', 'cancelled']),
    revision: countSchema,
  })
  .superRefine((shift, context) => {
    for (const problem of checkShift(shift)) {
      if (problem.code === 'shift/overlaps-another') continue;
      const field = SHIFT_PROBLEM_FIELD[problem.code];
      const path = problem.index === undefined ? [field] : [field, problem.index];
      context.addIssue({ code: 'custom', message: problem.code, path });
    }
  }) satisfies z.ZodType<Shift>;

export const kpiDailySchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  day: daySchema,
  contactsOffered: countSchema,
  contactsHandled: countSchema,
  talkSeconds: countSchema,
  afterCallWorkSeconds: countSchema,
  answerWaitSeconds: countSchema,
  scheduledSeconds: countSchema,
  adheredSeconds: countSchema,
  loggedInSeconds: countSchema,
  productiveSeconds: countSchema,
  auxSeconds: countSchema,
  resolvedFirstContact: countSchema,
  fatalErrors: countSchema,
  nonFatalErrors: countSchema,
  monitoredCalls: countSchema,
  satisfactionResponses: countSchema,
  satisfiedResponses: countSchema,
  validComplaints: countSchema,
  escalations: countSchema,
  // Schema 5 (issue #7): outbound and chat figures.
  dials: countSchema,
  connects: countSchema,
  conversions: countSchema,
  chatSessions: countSchema,
  chatSessionSeconds: countSchema,
  firstReplySeconds: countSchema,
}) satisfies z.ZodType<KpiDaily>;

export const payStatementSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  period: monthSchema,
  policyVersion: countSchema,
  issuedOn: daySchema,
  payDay: daySchema,
  gross: fenSchema,
  net: fenSchema,
  assessmentScore: percentSchema.nullable(),
}) satisfies z.ZodType<PayStatement>;

export const payStatementLineSchema = z.strictObject({
  id: idSchema,
  statementId: idSchema,
  order: countSchema,
  // Any short kind: one this version does not know is shown as unknown, never dropped (issue #5).
  kind: z.string().min(1).max(WIRE_LIMITS.idLength),
  amount: fenSchema,
  description: longTextSchema,
  quantity: z.number().nullable(),
  ruleId: nullableIdSchema,
}) satisfies z.ZodType<PayStatementLine>;

export const trainingModuleSchema = z.strictObject({
  id: idSchema,
  projectId: idSchema,
  order: countSchema,
  title: localizedTextSchema(WIRE_LIMITS.shortTextLength),
  summary: localizedTextSchema(),
  isRequired: z.boolean(),
  estimatedMinutes: countSchema,
  examId: nullableIdSchema,
}) satisfies z.ZodType<TrainingModule>;

export const lessonSchema = z.strictObject({
  id: idSchema,
  moduleId: idSchema,
  order: countSchema,
  title: localizedTextSchema(WIRE_LIMITS.shortTextLength),
  body: localizedTextSchema(WIRE_LIMITS.markdownLength),
  estimatedMinutes: countSchema,
}) satisfies z.ZodType<Lesson>;

export const examSchema = z.strictObject({
  id: idSchema,
  moduleId: idSchema,
  version: countSchema,
  title: localizedTextSchema(WIRE_LIMITS.shortTextLength),
  kind: z.enum(['practice', 'certification']),
  passPercent: percentSchema,
  timeLimitMinutes: countSchema,
  maxAttempts: countSchema,
  coolDownHours: countSchema,
  questions: listSchema(
    z.strictObject({
      id: idSchema,
      kind: z.enum(['single', 'multiple', 'true-false', 'ordering']),
      prompt: localizedTextSchema(),
      options: listSchema(z.strictObject({ id: idSchema, text: localizedTextSchema() })),
      answer: listSchema(idSchema).optional(),
      explanation: localizedTextSchema().optional(),
    }),
    WIRE_LIMITS.largeListLength,
  ),
  // Schema 5 (issue #8):
  review: z.enum(['score-only', 'show-correctness', 'show-answers']),
  multipleChoiceScoring: z.enum(['all-or-nothing', 'partial']),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  certificateValidDays: z.int().min(1).nullable(),
}) satisfies z.ZodType<Exam>;

export const examResultSchema = z.strictObject({
  attemptId: idSchema,
  examId: idSchema,
  scorePercent: percentSchema,
  isPassed: z.boolean(),
  gradedAt: instantSchema,
  // Schema 5 (issue #8):
  examVersion: countSchema,
  gradedBy: z.enum(['server', 'device']),
  questionCredits: z
    .record(safeKeySchema, z.number().min(0).max(1))
    .refine((credits) => Object.keys(credits).length <= WIRE_LIMITS.largeListLength, 'too many')
    .nullable(),
}) satisfies z.ZodType<ExamResult>;

export const certificateSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  examId: idSchema,
  issuedOn: daySchema,
  expiresOn: daySchema.nullable(),
}) satisfies z.ZodType<Certificate>;

/** One event from the receiving side; `by` is empty for the server's own receipt. */
export const escalationResponseSchema = z.strictObject({
  id: idSchema,
  escalationId: idSchema,
  agentId: idSchema,
  kind: z.enum(['received', 'acknowledged', 'resolved', 'message']),
  at: instantSchema,
  by: shortTextSchema,
  note: longTextSchema,
}) satisfies z.ZodType<EscalationResponse>;

export const leaveDecisionSchema = z.strictObject(
  decisionFields,
) satisfies z.ZodType<LeaveDecision>;
export const swapDecisionSchema = z.strictObject(decisionFields) satisfies z.ZodType<SwapDecision>;
