/**
 * What a server accepts as `args` for each mutation name at the current schema version: the
 * agent's record without its device-only `syncState`. Cancels carry nothing: their target is the
 * envelope's `recordId`. Args of older schema versions are translated in `schema-history.ts`.
 */
import { z } from 'zod';
import type { AttachmentRef } from '../escalation/escalation';
import {
  chainLinkSchema,
  clockRecordSchema,
  escalationNoteFields,
  escalationSchema,
  examAttemptSchema,
  isNoteEmpty,
  leaveRequestSchema,
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
} as const satisfies Record<MutationName, z.ZodType>;

/** Mutations that create their record, as opposed to acting on an existing one. */
export function isCreateMutation(name: MutationName): boolean {
  return name !== 'leave.cancel' && name !== 'swap.cancel';
}

/**
 * The attachment a mutation's args reference, if any: the sync engine uploads it before pushing
 * the mutation, and a server holds the mutation back until it has the bytes.
 */
export function referencedAttachment(name: string, args: unknown): AttachmentRef | null {
  if (name !== 'escalationNote.create' || typeof args !== 'object' || args === null) return null;
  const attachment = (args as { attachment?: unknown }).attachment;
  const parsed = escalationNoteFields.shape.attachment.safeParse(attachment);
  return parsed.success ? parsed.data : null;
}
