/**
 * The business rules of each mutation, as a decision with no side effects (the SQL twin of the
 * memory server's `decideMutation`): apply these changes to the agent's space, do nothing (already
 * applied under this record id), wait (a note's attachment has not been uploaded: stop the push
 * before it, transiently), or reject for good with a code.
 */
import { randomUUID } from 'node:crypto';
import { RECORD_TABLE_BY_MUTATION } from '@/domain/sync/down-row-schemas';
import { decideSubmission } from '@/domain/sync/exam-submission';
import {
  isRemovalMutation,
  referencedAttachments,
  REMOVAL_MUTATIONS,
} from '@/domain/sync/mutation-args-schemas';
import type { MutationName } from '@/domain/sync/mutation-names';
import { findUnsafeStructure } from '@/domain/sync/protocol-schemas';
import type { Change, DownTable, MutationEnvelope } from '@/domain/sync/protocol';
import { parseMutationArgs, type ArgsParseResult } from '@/domain/sync/schema-history';
import { WIRE_LIMITS } from '@/domain/sync/wire-primitives';
import type { AgentProfile } from '@/domain/agent/agent-profile';
import type { Exam, ExamAttempt } from '@/domain/training/training';

/** Newest app schema this server understands (`CURRENT_SCHEMA_VERSION` of the app). */
export const SERVER_SCHEMA_VERSION = 5;
/** How many older schema versions are still accepted (SYNC.md §4.9). */
export const SCHEMA_WINDOW = 2;

export type MutationDecision =
  | { outcome: 'apply'; changes: Change[] }
  | { outcome: 'already-applied' }
  | { outcome: 'wait'; reason: string }
  | { outcome: 'reject'; code: string; message: string };

export interface MutationContext {
  agentId: string;
  schemaVersion: number;
  /** The live row of the agent's space, or `null` when absent or deleted. */
  readRow(table: DownTable, key: string): Promise<unknown>;
  /** Whether the agent's space holds the row or held it before it was deleted. */
  hasHeldRow(table: DownTable, key: string): Promise<boolean>;
  /** Whether the server holds this agent's attachment with that hash. */
  hasAttachment(sha256: string): Promise<boolean>;
  /** The exam the agent sees (own space first, then the organisation's) with its key, or `null`. */
  readExam(examId: string): Promise<Exam | null>;
  /** The agent's stored attempts at an exam. */
  listAttempts(examId: string): Promise<Pick<ExamAttempt, 'id' | 'examVersion'>[]>;
  /** Server time, for the receipt of a new escalation and the grading of an attempt. */
  now?: () => Date;
}

/** The zone a certificate's day is counted in when the agent has no profile (DOMAIN.md). */
const FALLBACK_TIME_ZONE = 'Asia/Shanghai';

const reject = (code: string, message: string): MutationDecision => ({
  outcome: 'reject',
  code,
  message: message.slice(0, WIRE_LIMITS.shortTextLength),
});

/**
 * Parses the args of a mutation created under `version` into the current model (old versions are
 * translated by `schema-history.ts`), or `undefined` outside the window.
 */
export function parseArgsFor(
  name: MutationName,
  version: number,
  serverVersion: number,
  args: unknown,
): ArgsParseResult | undefined {
  if (version > serverVersion || version < serverVersion - SCHEMA_WINDOW) return undefined;
  return parseMutationArgs(name, version, args);
}

/** Decides what one mutation does to the agent's space, without doing it. */
export async function decideMutation(
  envelope: MutationEnvelope,
  context: MutationContext,
): Promise<MutationDecision> {
  const { agentId, schemaVersion, readRow } = context;
  const unsafe = findUnsafeStructure(envelope.args);
  const args = parseArgsFor(envelope.name, envelope.schemaVersion, schemaVersion, envelope.args);
  if (!args) return reject('mutation/unsupported-schema', `schema ${envelope.schemaVersion}`);
  if (unsafe || !args.ok) {
    return reject('mutation/invalid-args', unsafe ?? (args.ok ? '' : args.issue));
  }
  const table = RECORD_TABLE_BY_MUTATION[envelope.name];
  const key = envelope.recordId;
  const existing = await readRow(table, key);
  if (isRemovalMutation(envelope.name)) {
    if (existing === null) return reject('mutation/not-found', key);
    const decisionTable = REMOVAL_MUTATIONS[envelope.name];
    if (decisionTable !== null && (await readRow(decisionTable, key)) !== null) {
      return reject('mutation/already-decided', key);
    }
    return { outcome: 'apply', changes: [{ table, op: 'del', key }] };
  }
  const record = args.args as { id: string; agentId: string };
  if (record.id !== key) return reject('mutation/record-mismatch', record.id);
  if (record.agentId !== agentId) return reject('mutation/forbidden', 'record of another agent');
  const value = { ...record, syncState: 'sent' };
  // The record's primary key is a second idempotency key (SYNC.md §4.3).
  if (existing !== null) {
    return sameJson(existing, value)
      ? { outcome: 'already-applied' }
      : reject('mutation/conflict', key);
  }
  const changes: Change[] = [{ table, op: 'put', key, value }];
  if (envelope.name === 'escalationNote.create') {
    const { escalationId } = record as unknown as { escalationId: string };
    if ((await readRow('escalations', escalationId)) === null) {
      return reject('mutation/not-found', `escalation ${escalationId}`);
    }
  }
  // The bytes go up before the push (SYNC.md §4.8): a note's attachment, a readiness report's
  // photos. Without them the mutation waits on the device rather than being refused: nothing is
  // lost, and the next cycle uploads and sends it again.
  for (const ref of referencedAttachments(envelope.name, record)) {
    if (!(await context.hasAttachment(ref.sha256))) {
      return { outcome: 'wait', reason: 'attachment not uploaded' };
    }
  }
  if (envelope.name === 'examAttempt.submit') {
    const attempt = record as unknown as Omit<ExamAttempt, 'syncState'>;
    const profile = (await readRow('agentProfile', agentId)) as AgentProfile | null;
    const submission = decideSubmission({
      attempt,
      exam: await context.readExam(attempt.examId),
      storedAttempts: await context.listAttempts(attempt.examId),
      timeZone: profile?.timeZone ?? FALLBACK_TIME_ZONE,
      now: context.now?.() ?? new Date(),
      gradedBy: 'server',
    });
    if (!submission.ok) return reject(submission.code, submission.message);
    changes.push(...submission.changes);
  }
  if (envelope.name === 'shiftChange.acknowledge') {
    // A removed shift can be acknowledged too: its tombstone proves the agent was rostered on it.
    const { shiftId } = record as unknown as { shiftId: string };
    if (!(await context.hasHeldRow('shifts', shiftId))) {
      return reject('mutation/not-found', `shift ${shiftId}`);
    }
  }
  if (envelope.name === 'escalation.create') changes.push(receiptOf(key, agentId, context));
  return { outcome: 'apply', changes };
}

/**
 * The server's `received` response to a new escalation, committed with it, so the agent sees by
 * pull that it reached the receiving side.
 */
function receiptOf(escalationId: string, agentId: string, context: MutationContext): Change {
  const id = randomUUID();
  const at = (context.now?.() ?? new Date()).toISOString();
  const value = { id, escalationId, agentId, kind: 'received', at, by: '', note: '' };
  return { table: 'escalationResponses', op: 'put', key: id, value };
}

/** Equal as JSON regardless of key order (jsonb does not keep the order it was given). */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]));
}
