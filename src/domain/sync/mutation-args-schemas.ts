/**
 * What a server accepts as `args` for each mutation name at the current schema version: the
 * agent's record without its device-only `syncState`. Cancels carry nothing: their target is the
 * envelope's `recordId`. Args of older schema versions are translated in `schema-history.ts`.
 */
import { z } from 'zod';
import type { AttachmentRef } from '../escalation/escalation';
import {
  attachmentRefSchema,
  chainLinkSchema,
  clockRecordSchema,
  escalationNoteFields,
  escalationSchema,
  examAttemptSchema,
  isNoteEmpty,
  kpiGoalSchema,
  kpiTallySchema,
  leaveRequestSchema,
  lessonCompletionSchema,
  readinessReportSchema,
  shiftAcknowledgementSchema,
  swapRequestSchema,
} from './agent-row-schemas';
import type { MutationName } from './mutation-names';

const withoutSyncState = { syncState: true } as const;

export const MUTATION_ARGS_SCHEMAS = {
  // A new escalation always carries its log link; only pre-schema-3 rows have none.
  'escalation.create': escalationSchema.omit(withoutSyncState).extend({ chain: chainLinkSchema }),
  'escalationNote.create': escalationNoteFields
    .omit(withoutSyncState)
    .refine((note) => !isNoteEmpty(note), { message: 'note/empty', path: ['text'] }),
  'clockRecord.create': clockRecordSchema.omit(withoutSyncState),
  'leave.request': leaveRequestSchema.omit(withoutSyncState),
  'leave.cancel': z.strictObject({}),
  'swap.request': swapRequestSchema.omit(withoutSyncState),
  'swap.cancel': z.strictObject({}),
  'examAttempt.submit': examAttemptSchema.omit(withoutSyncState),
  'readinessReport.create': readinessReportSchema.omit(withoutSyncState),
  'shiftChange.acknowledge': shiftAcknowledgementSchema.omit(withoutSyncState),
  'kpiTally.record': kpiTallySchema.omit(withoutSyncState),
  'kpiGoal.set': kpiGoalSchema.omit(withoutSyncState),
  'kpiGoal.remove': z.strictObject({}),
  'lesson.complete': lessonCompletionSchema.omit(withoutSyncState),
} as const satisfies Record<MutationName, z.ZodType>;

/**
 * Mutations that remove the agent's record named by the envelope's `recordId`, and the employer
 * table whose row for the same key means it was decided and can no longer be withdrawn (`null`:
 * nothing decides it, e.g. a personal goal).
 */
export const REMOVAL_MUTATIONS = {
  'leave.cancel': 'leaveDecisions',
  'swap.cancel': 'swapDecisions',
  'kpiGoal.remove': null,
} as const satisfies Partial<Record<MutationName, 'leaveDecisions' | 'swapDecisions' | null>>;

export type RemovalMutation = keyof typeof REMOVAL_MUTATIONS;

export function isRemovalMutation(name: MutationName): name is RemovalMutation {
  return Object.hasOwn(REMOVAL_MUTATIONS, name);
}

/** Mutations that create their record, as opposed to removing an existing one. */
export function isCreateMutation(name: MutationName): boolean {
  return !isRemovalMutation(name);
}

/** An attachment reference, or nothing when `value` is not a well-formed one. */
function attachmentOf(value: unknown): AttachmentRef[] {
  const parsed = attachmentRefSchema.safeParse(value);
  return parsed.success ? [parsed.data] : [];
}

/**
 * The attachments a mutation's args reference, in order and without repeats: a note's attachment,
 * a readiness report's checklist photos (schema 5). The sync engine uploads them before pushing
 * the mutation, and a server holds the mutation back until it has every one.
 */
export function referencedAttachments(name: string, args: unknown): AttachmentRef[] {
  if (typeof args !== 'object' || args === null) return [];
  let refs: AttachmentRef[] = [];
  if (name === 'escalationNote.create') {
    refs = attachmentOf((args as { attachment?: unknown }).attachment);
  } else if (name === 'readinessReport.create') {
    const checklist = (args as { checklist?: unknown }).checklist;
    if (Array.isArray(checklist)) {
      refs = checklist.flatMap((answer: unknown) =>
        typeof answer === 'object' && answer !== null
          ? attachmentOf((answer as { photo?: unknown }).photo)
          : [],
      );
    }
  }
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(ref.sha256) && Boolean(seen.add(ref.sha256)));
}
