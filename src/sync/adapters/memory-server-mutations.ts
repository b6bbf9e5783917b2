/**
 * The memory server's business rules for one mutation, as a decision with no side effects: apply
 * these changes, do nothing (already applied under this record id), wait (the attachment it
 * references has not arrived: stop the push here, transiently), or reject for good with a code.
 * The server commits the decision together with its log entry.
 */
import { RECORD_TABLE_BY_MUTATION } from '@/domain/sync/down-row-schemas';
import { isCreateMutation } from '@/domain/sync/mutation-args-schemas';
import { findUnsafeStructure } from '@/domain/sync/protocol-schemas';
import type { Change, DownTable, MutationEnvelope } from '@/domain/sync/protocol';
import { parseMutationArgs } from '@/domain/sync/schema-history';

export type MutationDecision =
  | { outcome: 'apply'; changes: Change[] }
  | { outcome: 'already-applied' }
  | { outcome: 'wait'; reason: string }
  | { outcome: 'reject'; code: string; message: string };

export interface MutationContext {
  agentId: string;
  /** Newest schema the server understands; the two before it are still accepted. */
  schemaVersion: number;
  /** The live row, or `null` when absent or deleted. */
  readRow(table: DownTable, key: string): unknown;
  /** Whether the agent's space holds the row or held it before it was deleted (a tombstone). */
  hasHeldRow(table: DownTable, key: string): boolean;
  /** Whether the server holds this agent's attachment with that hash. */
  hasAttachment(sha256: string): boolean;
  /** Server time, for the receipt of a new escalation. */
  now(): Date;
  newId(): string;
}

const reject = (code: string, message: string): MutationDecision => ({
  outcome: 'reject',
  code,
  message,
});

/** Decides what one mutation does to the agent's space, without doing it. */
export function decideMutation(
  envelope: MutationEnvelope,
  context: MutationContext,
): MutationDecision {
  const { agentId, schemaVersion, readRow } = context;
  if (envelope.schemaVersion > schemaVersion || envelope.schemaVersion < schemaVersion - 2) {
    return reject('mutation/unsupported-schema', `schema ${envelope.schemaVersion}`);
  }
  const unsafe = findUnsafeStructure(envelope.args);
  const args = unsafe
    ? undefined
    : parseMutationArgs(envelope.name, envelope.schemaVersion, envelope.args);
  if (!args?.ok) return reject('mutation/invalid-args', unsafe ?? args?.issue ?? '');
  const table = RECORD_TABLE_BY_MUTATION[envelope.name];
  const key = envelope.recordId;
  const existing = readRow(table, key);
  if (!isCreateMutation(envelope.name)) {
    if (existing === null) return reject('mutation/not-found', key);
    const decisionTable = table === 'leaveRequests' ? 'leaveDecisions' : 'swapDecisions';
    if (readRow(decisionTable, key) !== null) return reject('mutation/already-decided', key);
    return { outcome: 'apply', changes: [{ table, op: 'del', key }] };
  }
  const record = args.args as { id: string; agentId: string };
  if (record.id !== key) return reject('mutation/record-mismatch', record.id);
  if (record.agentId !== agentId) return reject('mutation/forbidden', record.agentId);
  const value = { ...record, syncState: 'sent' };
  // The record's primary key is a second idempotency key (SYNC.md §4.3).
  if (existing !== null) {
    const isSame = JSON.stringify(existing) === JSON.stringify(value);
    return isSame ? { outcome: 'already-applied' } : reject('mutation/conflict', key);
  }
  const changes: Change[] = [{ table, op: 'put', key, value }];
  if (envelope.name === 'escalationNote.create') {
    const note = record as unknown as {
      escalationId: string;
      attachment: { sha256: string } | null;
    };
    if (readRow('escalations', note.escalationId) === null) {
      return reject('mutation/not-found', note.escalationId);
    }
    if (note.attachment && !context.hasAttachment(note.attachment.sha256)) {
      return { outcome: 'wait', reason: `attachment ${note.attachment.sha256} not uploaded` };
    }
  }
  if (envelope.name === 'shiftChange.acknowledge') {
    // A removed shift can be acknowledged too: its tombstone proves the agent was rostered on it.
    const { shiftId } = record as unknown as { shiftId: string };
    if (!context.hasHeldRow('shifts', shiftId)) return reject('mutation/not-found', shiftId);
  }
  if (envelope.name === 'escalation.create') {
    // The receipt reaches the agent by pull: proof the escalation is on the receiving side.
    const id = context.newId();
    const receipt = {
      id,
      escalationId: key,
      agentId,
      kind: 'received',
      at: context.now().toISOString(),
      by: '',
      note: '',
    };
    changes.push({ table: 'escalationResponses', op: 'put', key: id, value: receipt });
  }
  return { outcome: 'apply', changes };
}
