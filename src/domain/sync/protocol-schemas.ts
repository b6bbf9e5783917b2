/**
 * Zod schemas for every sync payload, and the two parse functions the engine runs on each adapter
 * response before anything touches storage (SYNC.md §4.5–4.7). A third-party adapter or a broken
 * server can therefore cost a retry, never a corrupted device.
 */
import { z } from 'zod';
import { DOWN_ROW_SCHEMAS } from './down-row-schemas';
import { DOWN_TABLE_PRIMARY_KEYS } from './down-tables';
import { MUTATION_NAMES } from './mutation-names';
import {
  AGENT_TABLES,
  EMPLOYER_TABLES,
  type DownTable,
  type MutationEnvelope,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from './protocol';
import { FORBIDDEN_KEYS, idSchema, instantSchema, WIRE_LIMITS } from './wire-primitives';

/** Most mutations one push may carry, and most changes one pull page may carry. */
export const MAX_PUSH_MUTATIONS = 1_000;
export const MAX_PULL_CHANGES = 1_000;
const MAX_CURSOR_LENGTH = 4_096;
const MAX_DEPTH = 32;
const MAX_NODES = 500_000;

declare const validatedBrand: unique symbol;
/** A payload that passed its schema and the protocol rules; only these reach storage. */
export type Validated<T> = T & { readonly [validatedBrand]: true };

export type ParseResult<T> = { ok: true; value: Validated<T> } | { ok: false; issue: string };

const DOWN_TABLES = [...EMPLOYER_TABLES, ...AGENT_TABLES] as const;
const seqSchema = z.int().min(1);
const ackedSeqSchema = z.int().min(0);
const protocolVersionSchema = z.literal(1);
const schemaVersionSchema = z.int().min(1).max(10_000);

/** Mutation args are free-form JSON on the client side; the server parses them per name. */
const argsSchema = z.unknown().refine((args) => args !== undefined, 'args missing');

export const mutationEnvelopeSchema = z.strictObject({
  seq: seqSchema,
  mutationId: idSchema,
  name: z.enum(MUTATION_NAMES),
  recordId: idSchema,
  args: argsSchema,
  schemaVersion: schemaVersionSchema,
  createdAt: instantSchema,
}) satisfies z.ZodType<MutationEnvelope>;

export const pushRequestSchema = z.strictObject({
  protocolVersion: protocolVersionSchema,
  schemaVersion: schemaVersionSchema,
  clientGroupId: idSchema,
  mutations: z.array(mutationEnvelopeSchema).max(MAX_PUSH_MUTATIONS),
}) satisfies z.ZodType<PushRequest>;

const resultBase = { seq: seqSchema, mutationId: idSchema };
export const pushResponseSchema = z.strictObject({
  lastMutationSeq: ackedSeqSchema,
  results: z
    .array(
      z.discriminatedUnion('status', [
        z.strictObject({ ...resultBase, status: z.literal('applied') }),
        z.strictObject({ ...resultBase, status: z.literal('duplicate') }),
        z.strictObject({
          ...resultBase,
          status: z.literal('rejected'),
          code: z.string().min(1).max(WIRE_LIMITS.shortTextLength),
          message: z.string().max(WIRE_LIMITS.longTextLength).optional(),
          retryable: z.literal(false).optional(),
        }),
      ]),
    )
    .max(MAX_PUSH_MUTATIONS),
}) satisfies z.ZodType<PushResponse>;

export const pullRequestSchema = z.strictObject({
  protocolVersion: protocolVersionSchema,
  schemaVersion: schemaVersionSchema,
  clientGroupId: idSchema,
  cursor: z.string().min(1).max(MAX_CURSOR_LENGTH).nullable(),
  limit: z.int().min(1).max(MAX_PULL_CHANGES),
}) satisfies z.ZodType<PullRequest>;

function putChangeSchema<T extends DownTable>(table: T) {
  const primaryKey: string = DOWN_TABLE_PRIMARY_KEYS[table];
  const valueSchema: z.ZodType<Record<string, unknown>> = DOWN_ROW_SCHEMAS[table];
  return z
    .strictObject({
      table: z.literal(table),
      op: z.literal('put'),
      key: idSchema,
      value: valueSchema,
    })
    .refine((change) => change.value[primaryKey] === change.key, {
      message: `key differs from value.${primaryKey}`,
      path: ['key'],
    });
}

const [firstTable, ...otherTables] = DOWN_TABLES;
export const changeSchema = z.discriminatedUnion('op', [
  z.strictObject({ table: z.enum(DOWN_TABLES), op: z.literal('del'), key: idSchema }),
  z.discriminatedUnion('table', [
    putChangeSchema(firstTable),
    ...otherTables.map((table) => putChangeSchema(table)),
  ]),
]);

export const pullResponseSchema = z.strictObject({
  cursor: z.string().min(1).max(MAX_CURSOR_LENGTH),
  reset: z.boolean(),
  changes: z.array(changeSchema).max(MAX_PULL_CHANGES),
  hasMore: z.boolean(),
  remaining: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  lastMutationSeq: ackedSeqSchema,
}) satisfies z.ZodType<PullResponse>;

/**
 * Finds a `__proto__`/`constructor`/`prototype` key, a nesting deeper than `MAX_DEPTH` or a payload
 * with more than `MAX_NODES` values. Runs before zod, which would silently drop a `__proto__` key
 * of a record rather than refuse it.
 */
export function findUnsafeStructure(value: unknown): string | undefined {
  let nodes = 0;
  const visit = (node: unknown, depth: number, path: string): string | undefined => {
    nodes += 1;
    if (nodes > MAX_NODES) return 'payload has too many values';
    if (typeof node !== 'object' || node === null) return undefined;
    if (depth > MAX_DEPTH) return `${path || '(root)'}: nested too deeply`;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return `${path || '(root)'}: forbidden key "${key}"`;
      const childPath = path ? `${path}.${key}` : key;
      const issue = visit((node as Record<string, unknown>)[key], depth + 1, childPath);
      if (issue) return issue;
    }
    return undefined;
  };
  return visit(value, 0, '');
}

function describeIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.') || '(root)';
  return `${path}: ${issue.message}`.slice(0, WIRE_LIMITS.shortTextLength);
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown): ParseResult<T> {
  try {
    const unsafe = findUnsafeStructure(raw);
    if (unsafe) return { ok: false, issue: unsafe };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, issue: describeIssue(parsed.error) };
    return { ok: true, value: parsed.data as Validated<T> };
  } catch (error) {
    // A getter or proxy that throws while being read is as malformed as a wrong type.
    return { ok: false, issue: `unreadable payload: ${String(error)}`.slice(0, 200) };
  }
}

/** Validates a pull page: shape, bounds, known tables, strict rows and `key` = primary key. */
export function parsePullResponse(raw: unknown): ParseResult<PullResponse> {
  return parseWith(pullResponseSchema, raw);
}

/**
 * Validates a push response against the batch that was sent (SYNC.md §4.6 step 3):
 * `previousAckedSeq ≤ lastMutationSeq ≤ max sent seq`, and every result names a sent seq with its
 * mutationId, at most once, at or below `lastMutationSeq`.
 */
export function parsePushResponse(
  raw: unknown,
  sent: readonly MutationEnvelope[],
  previousAckedSeq: number,
): ParseResult<PushResponse> {
  const parsed = parseWith(pushResponseSchema, raw);
  if (!parsed.ok) return parsed;
  const { lastMutationSeq, results } = parsed.value;
  const maxSentSeq = sent.reduce((max, mutation) => Math.max(max, mutation.seq), previousAckedSeq);
  if (lastMutationSeq < previousAckedSeq) {
    return { ok: false, issue: `lastMutationSeq ${lastMutationSeq} < acked ${previousAckedSeq}` };
  }
  if (lastMutationSeq > maxSentSeq) {
    return { ok: false, issue: `lastMutationSeq ${lastMutationSeq} > sent ${maxSentSeq}` };
  }
  const sentBySeq = new Map(sent.map((mutation) => [mutation.seq, mutation.mutationId]));
  const answered = new Set<number>();
  for (const result of results) {
    if (sentBySeq.get(result.seq) !== result.mutationId) {
      return { ok: false, issue: `result seq ${result.seq} does not match a sent mutation` };
    }
    if (answered.has(result.seq)) return { ok: false, issue: `seq ${result.seq} answered twice` };
    if (result.seq > lastMutationSeq) {
      return { ok: false, issue: `result seq ${result.seq} > lastMutationSeq ${lastMutationSeq}` };
    }
    answered.add(result.seq);
  }
  return parsed;
}

/** Validates a push request (the server side of the contract). */
export function parsePushRequest(raw: unknown): ParseResult<PushRequest> {
  const parsed = parseWith(pushRequestSchema, raw);
  if (!parsed.ok) return parsed;
  const seqs = parsed.value.mutations.map((mutation) => mutation.seq);
  const isAscending = seqs.every((seq, index) => index === 0 || seq === (seqs[index - 1] ?? 0) + 1);
  return isAscending ? parsed : { ok: false, issue: 'mutations: seqs are not contiguous' };
}

/** Validates a pull request (the server side of the contract). */
export function parsePullRequest(raw: unknown): ParseResult<PullRequest> {
  return parseWith(pullRequestSchema, raw);
}
