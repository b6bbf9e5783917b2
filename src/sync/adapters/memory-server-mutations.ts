/**
 * The memory server's business rules for one mutation, as a decision with no side effects: apply
 * these changes, do nothing (already applied under this record id), or reject for good with a
 * code. The server commits the decision together with its log entry.
 */
import { RECORD_TABLE_BY_MUTATION } from '@/domain/sync/down-row-schemas';
import { isCreateMutation, MUTATION_ARGS_SCHEMAS } from '@/domain/sync/mutation-args-schemas';
import { findUnsafeStructure } from '@/domain/sync/protocol-schemas';
import type { Change, DownTable, MutationEnvelope } from '@/domain/sync/protocol';

export type MutationDecision =
  | { outcome: 'apply'; changes: Change[] }
  | { outcome: 'already-applied' }
  | { outcome: 'reject'; code: string; message: string };

export interface MutationContext {
  agentId: string;
  /** Newest schema the server understands; the two before it are still accepted. */
  schemaVersion: number;
  /** The live row, or `null` when absent or deleted. */
  readRow(table: DownTable, key: string): unknown;
}

const reject = (code: string, message: string): MutationDecision => ({
  outcome: 'reject',
  code,
  message,
});

/** Decides what one mutation does to the agent's space, without doing it. */
export function decideMutation(
  envelope: MutationEnvelope,
  { agentId, schemaVersion, readRow }: MutationContext,
): MutationDecision {
  if (envelope.schemaVersion > schemaVersion || envelope.schemaVersion < schemaVersion - 2) {
    return reject('mutation/unsupported-schema', `schema ${envelope.schemaVersion}`);
  }
  const unsafe = findUnsafeStructure(envelope.args);
  const args = MUTATION_ARGS_SCHEMAS[envelope.name].safeParse(envelope.args);
  if (unsafe || !args.success) {
    return reject('mutation/invalid-args', unsafe ?? args.error?.issues[0]?.message ?? '');
  }
  const table = RECORD_TABLE_BY_MUTATION[envelope.name];
  const key = envelope.recordId;
  const existing = readRow(table, key);
  if (!isCreateMutation(envelope.name)) {
    if (existing === null) return reject('mutation/not-found', key);
    const decisionTable = table === 'leaveRequests' ? 'leaveDecisions' : 'swapDecisions';
    if (readRow(decisionTable, key) !== null) return reject('mutation/already-decided', key);
    return { outcome: 'apply', changes: [{ table, op: 'del', key }] };
  }
  const record = args.data as { id: string; agentId: string };
  if (record.id !== key) return reject('mutation/record-mismatch', record.id);
  if (record.agentId !== agentId) return reject('mutation/forbidden', record.agentId);
  const value = { ...record, syncState: 'sent' };
  // The record's primary key is a second idempotency key (SYNC.md §4.3).
  if (existing !== null) {
    const isSame = JSON.stringify(existing) === JSON.stringify(value);
    return isSame ? { outcome: 'already-applied' } : reject('mutation/conflict', key);
  }
  return { outcome: 'apply', changes: [{ table, op: 'put', key, value }] };
}
