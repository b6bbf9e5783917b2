/**
 * Strict schemas of the agent-owned rows: what the agent writes (minus `syncState`, as mutation
 * args) and what comes back down as echoes of the agent's own records.
 */
import { z } from 'zod';
import type { ReadinessReport } from '../equipment/readiness-report';
import type { Escalation } from '../escalation/escalation';
import type { ClockRecord, LeaveRequest, SwapRequest } from '../roster/shift';
import type { ExamAttempt } from '../training/training';
import {
  agentSyncStateSchema,
  countSchema,
  daySchema,
  escalationCategorySchema,
  idSchema,
  instantSchema,
  listSchema,
  longTextSchema,
  nullableIdSchema,
  safeKeySchema,
  shortTextSchema,
  WIRE_LIMITS,
} from './wire-primitives';

export const escalationSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  category: escalationCategorySchema,
  description: longTextSchema,
  caseReference: shortTextSchema,
  severity: z.enum(['normal', 'high']),
  context: z.strictObject({
    screen: shortTextSchema,
    shiftId: nullableIdSchema,
    payLineId: nullableIdSchema,
  }),
  createdAt: instantSchema,
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<Escalation>;

export const clockRecordSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  kind: z.enum(['work-start', 'work-end', 'break-start', 'break-end']),
  at: instantSchema,
  shiftId: nullableIdSchema,
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<ClockRecord>;

export const leaveRequestSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  kind: z.enum(['personal', 'sick', 'annual']),
  days: listSchema(daySchema),
  note: longTextSchema,
  createdAt: instantSchema,
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<LeaveRequest>;

export const swapRequestSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  shiftId: idSchema,
  kind: z.enum(['offer', 'take']),
  note: longTextSchema,
  createdAt: instantSchema,
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<SwapRequest>;

export const examAttemptSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  examId: idSchema,
  examVersion: countSchema,
  startedAt: instantSchema,
  submittedAt: instantSchema.nullable(),
  answers: z
    .record(safeKeySchema, listSchema(idSchema))
    .refine((answers) => Object.keys(answers).length <= WIRE_LIMITS.largeListLength, 'too many'),
  syncState: z.enum(['draft', 'pending', 'sent', 'rejected']),
}) satisfies z.ZodType<ExamAttempt>;

export const readinessReportSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  shiftId: nullableIdSchema,
  createdAt: instantSchema,
  isReady: z.boolean(),
  checks: listSchema(
    z.strictObject({
      item: shortTextSchema,
      outcome: z.enum(['pass', 'fail', 'cannot-check']),
      measured: z.number().nullable(),
    }),
  ),
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<ReadinessReport>;
