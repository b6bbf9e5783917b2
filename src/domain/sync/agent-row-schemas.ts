/**
 * Strict schemas of the agent-owned rows: what the agent writes (minus `syncState`, as mutation
 * args) and what comes back down as echoes of the agent's own records.
 */
import { z } from 'zod';
import type { ReadinessReport } from '../equipment/readiness-report';
import {
  MAX_ATTACHMENT_BYTES,
  type AttachmentRef,
  type Escalation,
  type EscalationNote,
} from '../escalation/escalation';
import { TALLY_COUNTS, type KpiGoal, type KpiTally, type TallyCount } from '../kpi/kpi-records';
import { KPI_METRICS } from '../policy/project-policy';
import type { ClockRecord, LeaveRequest, ShiftAcknowledgement, SwapRequest } from '../roster/shift';
import type { ExamAttempt, LessonCompletion } from '../training/training';
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
  sha256HexSchema,
  shortTextSchema,
  WIRE_LIMITS,
} from './wire-primitives';

export const escalationRoutingSchema = z.strictObject({
  recipients: listSchema(z.enum(['supervisor', 'client-channel', 'safety-line', 'hr'])),
  responseMinutes: z.int().min(1),
  policyId: nullableIdSchema,
  policyVersion: countSchema.nullable(),
  isFallback: z.boolean(),
});

/** A record's link in the device's escalation log (escalation-log.ts). */
export const chainLinkSchema = z.strictObject({ seq: z.int().min(1), hash: sha256HexSchema });

export const attachmentRefSchema = z.strictObject({
  sha256: sha256HexSchema,
  contentType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  size: z.int().min(1).max(MAX_ATTACHMENT_BYTES),
  name: shortTextSchema,
}) satisfies z.ZodType<AttachmentRef>;

/**
 * As stored and pulled. `chain` is `null` only for escalations raised before schema 3 (see
 * `schema-history.ts`); what an agent pushes at the current schema always carries its link.
 */
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
  routing: escalationRoutingSchema,
  chain: chainLinkSchema.nullable(),
  createdAt: instantSchema,
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<Escalation>;

/** The fields of a note; `escalationNoteSchema` adds the rule that it must not be empty. */
export const escalationNoteFields = z.strictObject({
  id: idSchema,
  escalationId: idSchema,
  agentId: idSchema,
  text: longTextSchema,
  attachment: attachmentRefSchema.nullable(),
  chain: chainLinkSchema,
  createdAt: instantSchema,
  syncState: agentSyncStateSchema,
});

/** A note needs words or an attachment; an empty one is refused everywhere. */
export function isNoteEmpty(note: { text: string; attachment: unknown }): boolean {
  return note.text.trim() === '' && note.attachment === null;
}

export const escalationNoteSchema = escalationNoteFields.refine((note) => !isNoteEmpty(note), {
  message: 'note/empty',
  path: ['text'],
}) satisfies z.ZodType<EscalationNote>;

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

/** The agent saw a shift change (schema 4, issue #6): one per shift revision acknowledged. */
export const shiftAcknowledgementSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  shiftId: idSchema,
  revision: countSchema,
  acknowledgedAt: instantSchema,
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<ShiftAcknowledgement>;

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
  // Schema 5 (issue #8): the deadline fixed at the start, and whether the timer submitted it.
  deadlineAt: instantSchema,
  isAutoSubmitted: z.boolean(),
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
  // Schema 5 (issue #9): the checklist as answered (photos uploaded like note attachments).
  checklist: listSchema(
    z.strictObject({
      itemId: idSchema,
      isConfirmed: z.boolean(),
      photo: attachmentRefSchema.nullable(),
    }),
  ),
  policyVersion: countSchema.nullable(),
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<ReadinessReport>;

/** The counts of a tally: any of `TALLY_COUNTS`, each a whole number. */
const tallyCountsSchema = z.strictObject(
  Object.fromEntries(TALLY_COUNTS.map((count) => [count, countSchema.optional()])) as Record<
    TallyCount,
    z.ZodOptional<typeof countSchema>
  >,
);

/** A day's counts as the agent kept them (schema 5, issue #7). */
export const kpiTallySchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  day: daySchema,
  counts: tallyCountsSchema,
  note: longTextSchema,
  createdAt: instantSchema,
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<KpiTally>;

/** A personal goal on one metric (schema 5, issue #7). */
export const kpiGoalSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  metric: z.enum(KPI_METRICS),
  direction: z.enum(['at-least', 'at-most']),
  target: z.number().min(0).max(1e12),
  dueDay: daySchema.nullable(),
  createdAt: instantSchema,
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<KpiGoal>;

/** The agent finished reading a lesson (schema 5, issue #8). */
export const lessonCompletionSchema = z.strictObject({
  id: idSchema,
  agentId: idSchema,
  lessonId: idSchema,
  moduleId: idSchema,
  completedAt: instantSchema,
  syncState: agentSyncStateSchema,
}) satisfies z.ZodType<LessonCompletion>;
