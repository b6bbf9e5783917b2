/**
 * The memory server's business rules for one mutation, as a decision with no side effects: apply
 * these changes, do nothing (already applied under this record id), wait (the attachment it
 * references has not arrived: stop the push here, transiently), or reject for good with a code.
 * The server commits the decision together with its log entry.
 */
import { RECORD_TABLE_BY_MUTATION } from '@/domain/sync/down-row-schemas';
import type { AgentProfile } from '@/domain/agent/agent-profile';
import { decideSubmission } from '@/domain/sync/exam-submission';
import {
  isRemovalMutation,
  referencedAttachments,
  REMOVAL_MUTATIONS,
} from '@/domain/sync/mutation-args-schemas';
import { findUnsafeStructure } from '@/domain/sync/protocol-schemas';
import type { Change, DownTable, MutationEnvelope } from '@/domain/sync/protocol';
import { parseMutationArgs } from '@/domain/sync/schema-history';
import type { Exam, ExamAttempt, ExamResult } from '@/domain/training/training';

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
  /** The exam the agent sees, with its key put back for grading, or `null`. */
  readExam(examId: string): Exam | null;
  /** The agent's stored attempts at an exam. */
  listAttempts(examId: string): Pick<ExamAttempt, 'id' | 'examVersion'>[];
  /** Who the results this server writes say graded them. */
  gradedBy: ExamResult['gradedBy'];
  /** Server time, for the receipt of a new escalation and the grading of an attempt. */
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
  if (isRemovalMutation(envelope.name)) {
    if (existing === null) return reject('mutation/not-found', key);
    const decisionTable = REMOVAL_MUTATIONS[envelope.name];
    if (decisionTable !== null && readRow(decisionTable, key) !== null) {
      return reject('mutation/already-decided', key);
    }
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
    const { escalationId } = record as unknown as { escalationId: string };
    if (readRow('escalations', escalationId) === null) {
      return reject('mutation/not-found', escalationId);
    }
  }
  // A note's attachment, a readiness report's photos: uploaded before the push (SYNC.md §4.8).
  for (const ref of referencedAttachments(envelope.name, record)) {
    if (!context.hasAttachment(ref.sha256)) {
      return { outcome: 'wait', reason: `attachment ${ref.sha256} not uploaded` };
    }
  }
  if (envelope.name === 'examAttempt.submit') {
    const attempt = record as unknown as Omit<ExamAttempt, 'syncState'>;
    const profile = readRow('agentProfile', agentId) as AgentProfile | null;
    const submission = decideSubmission({
      attempt,
      exam: context.readExam(attempt.examId),
      storedAttempts: context.listAttempts(attempt.examId),
      timeZone: profile?.timeZone ?? 'Asia/Shanghai',
      now: context.now(),
      gradedBy: context.gradedBy,
    });
    if (!submission.ok) return reject(submission.code, submission.message);
    changes.push(...submission.changes);
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
