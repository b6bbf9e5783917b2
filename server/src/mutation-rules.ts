/**
 * The business rules of each mutation, as a decision with no side effects (the SQL twin of the
 * memory server's `decideMutation`): apply these changes to the agent's space, do nothing (already
 * applied under this record id), or reject for good with a code.
 */
import type { z } from 'zod';
import { RECORD_TABLE_BY_MUTATION } from '@/domain/sync/down-row-schemas';
import { isCreateMutation, MUTATION_ARGS_SCHEMAS } from '@/domain/sync/mutation-args-schemas';
import type { MutationName } from '@/domain/sync/mutation-names';
import { findUnsafeStructure } from '@/domain/sync/protocol-schemas';
import type { Change, DownTable, MutationEnvelope } from '@/domain/sync/protocol';
import { WIRE_LIMITS } from '@/domain/sync/wire-primitives';

/** Newest app schema this server understands (`CURRENT_SCHEMA_VERSION` of the app). */
export const SERVER_SCHEMA_VERSION = 2;
/** How many older schema versions are still accepted (SYNC.md §4.9). */
export const SCHEMA_WINDOW = 2;

export type MutationDecision =
  | { outcome: 'apply'; changes: Change[] }
  | { outcome: 'already-applied' }
  | { outcome: 'reject'; code: string; message: string };

export interface MutationContext {
  agentId: string;
  schemaVersion: number;
  /** The live row of the agent's space, or `null` when absent or deleted. */
  readRow(table: DownTable, key: string): Promise<unknown>;
}

const reject = (code: string, message: string): MutationDecision => ({
  outcome: 'reject',
  code,
  message: message.slice(0, WIRE_LIMITS.shortTextLength),
});

/**
 * The args parser for a mutation created under `version`, or `undefined` outside the window.
 * Every version in the window still has the current shape; a future schema change adds a parser
 * here that translates the old args to the current model.
 */
export function argsSchemaFor(
  name: MutationName,
  version: number,
  serverVersion: number,
): z.ZodType | undefined {
  if (version > serverVersion || version < serverVersion - SCHEMA_WINDOW) return undefined;
  return MUTATION_ARGS_SCHEMAS[name];
}

/** Decides what one mutation does to the agent's space, without doing it. */
export async function decideMutation(
  envelope: MutationEnvelope,
  { agentId, schemaVersion, readRow }: MutationContext,
): Promise<MutationDecision> {
  const schema = argsSchemaFor(envelope.name, envelope.schemaVersion, schemaVersion);
  if (!schema) return reject('mutation/unsupported-schema', `schema ${envelope.schemaVersion}`);
  const unsafe = findUnsafeStructure(envelope.args);
  const args = schema.safeParse(envelope.args);
  if (unsafe || !args.success) {
    return reject('mutation/invalid-args', unsafe ?? args.error?.issues[0]?.message ?? '');
  }
  const table = RECORD_TABLE_BY_MUTATION[envelope.name];
  const key = envelope.recordId;
  const existing = await readRow(table, key);
  if (!isCreateMutation(envelope.name)) {
    if (existing === null) return reject('mutation/not-found', key);
    const decisionTable = table === 'leaveRequests' ? 'leaveDecisions' : 'swapDecisions';
    if ((await readRow(decisionTable, key)) !== null) {
      return reject('mutation/already-decided', key);
    }
    return { outcome: 'apply', changes: [{ table, op: 'del', key }] };
  }
  const record = args.data as { id: string; agentId: string };
  if (record.id !== key) return reject('mutation/record-mismatch', record.id);
  if (record.agentId !== agentId) return reject('mutation/forbidden', 'record of another agent');
  const value = { ...record, syncState: 'sent' };
  // The record's primary key is a second idempotency key (SYNC.md §4.3).
  if (existing !== null) {
    return sameJson(existing, value)
      ? { outcome: 'already-applied' }
      : reject('mutation/conflict', key);
  }
  return { outcome: 'apply', changes: [{ table, op: 'put', key, value }] };
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
