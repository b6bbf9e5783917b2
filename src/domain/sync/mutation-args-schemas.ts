/**
 * What a server accepts as `args` for each mutation name at the current schema version: the
 * agent's record without its device-only `syncState`. Cancels carry nothing: their target is the
 * envelope's `recordId`.
 */
import { z } from 'zod';
import {
  clockRecordSchema,
  escalationSchema,
  examAttemptSchema,
  leaveRequestSchema,
  readinessReportSchema,
  swapRequestSchema,
} from './agent-row-schemas';
import type { MutationName } from './mutation-names';

const withoutSyncState = { syncState: true } as const;

export const MUTATION_ARGS_SCHEMAS = {
  'escalation.create': escalationSchema.omit(withoutSyncState),
  'clockRecord.create': clockRecordSchema.omit(withoutSyncState),
  'leave.request': leaveRequestSchema.omit(withoutSyncState),
  'leave.cancel': z.strictObject({}),
  'swap.request': swapRequestSchema.omit(withoutSyncState),
  'swap.cancel': z.strictObject({}),
  'examAttempt.submit': examAttemptSchema.omit(withoutSyncState),
  'readinessReport.create': readinessReportSchema.omit(withoutSyncState),
} as const satisfies Record<MutationName, z.ZodType>;

/** Mutations that create their record, as opposed to acting on an existing one. */
export function isCreateMutation(name: MutationName): boolean {
  return name !== 'leave.cancel' && name !== 'swap.cancel';
}
