import type { MutationName } from '@/domain/sync/mutation-names';
import type { WorkbenchDb } from './db';

/** A record the server refused for good, as the agent needs to see it. */
export interface RejectedRecord {
  mutationId: string;
  name: MutationName | string;
  recordId: string;
  code: string;
  message: string;
  rejectedAt: string;
}

export function createRejectedRepository(db: WorkbenchDb) {
  return {
    /** Newest first. Rejected rows are kept for the agent and never deleted silently. */
    async list(): Promise<RejectedRecord[]> {
      const rows = await db.rejected.toArray();
      return rows
        .map(({ mutationId, name, recordId, code, message, rejectedAt }) => ({
          mutationId,
          name,
          recordId,
          code,
          message,
          rejectedAt,
        }))
        .sort((a, b) => b.rejectedAt.localeCompare(a.rejectedAt));
    },
  };
}

export type RejectedRepository = ReturnType<typeof createRejectedRepository>;
