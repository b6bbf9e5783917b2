/**
 * The employer's API (SYNC.md §1.2): lists the agents' escalations (with their notes and the
 * responses so far) and leave/swap requests, serves escalation attachments, and answers with
 * employer-owned rows (`escalationResponses`, one per event; `leaveDecisions`, `swapDecisions`)
 * written into the agent's space, so they reach the agent by pull. Authenticated by one employer
 * API key (`Authorization: Bearer <key>`, compared in constant time); without a configured key
 * every route answers 404.
 */
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Change, DownTable } from '@/domain/sync/protocol';
import type { EscalationResponseKind } from '@/domain/escalation/escalation';
import {
  idSchema,
  longTextSchema,
  sha256HexSchema,
  shortTextSchema,
} from '@/domain/sync/wire-primitives';
import { assertValidChanges } from './admin';
import { readOrgAttachment } from './attachments';
import type { Database, Queryable } from './database';
import { badRequest, HttpError, unauthorized } from './http-errors';
import { scopeToSystem, writeChanges } from './row-store';

export interface EmployerApiOptions {
  db: Database;
  /** The employer API key; `undefined` or empty disables the API (404). */
  apiKey: string | undefined;
  /** Server time, for a response's `at` and a decision's `decidedAt` (tests may fix it). */
  now?: () => Date;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Equal length digests, so the comparison takes the same time whatever the key. */
function keyMatches(presented: string, expected: Buffer): boolean {
  return timingSafeEqual(digest(presented), expected);
}

const orgQuerySchema = z.strictObject({ orgId: idSchema });
const idParamsSchema = z.strictObject({ id: idSchema });
const hashParamsSchema = z.strictObject({ sha256: sha256HexSchema });
const answerBodySchema = z.strictObject({
  note: longTextSchema.optional(),
  by: shortTextSchema.optional(),
});
const messageBodySchema = z.strictObject({
  by: shortTextSchema.min(1),
  note: longTextSchema.min(1),
});
const decisionBodySchema = z.strictObject({
  status: z.enum(['approved', 'declined']),
  note: longTextSchema.optional(),
});

function parse<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(`${what}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

const notFound = (message: string) => new HttpError(404, 'not-found', message);

/** 409 has no `HttpErrorCode`; it is answered directly. */
class ConflictError extends Error {}

interface RequestRow {
  space_id: string;
  key: string;
  value: Record<string, unknown>;
  answer: Record<string, unknown> | null;
}

/** Live rows of `table` in the org's agent spaces, each with its answer row from `answerTable`. */
async function listWithAnswers(
  db: Database,
  orgId: string,
  table: DownTable,
  answerTable: DownTable,
): Promise<RequestRow[]> {
  return db.transaction(
    async (tx) => {
      await scopeToSystem(tx);
      return tx.query<RequestRow>(
        `SELECT r.space_id, r.key, r.value, a.value AS answer
         FROM rows r
         JOIN agents ag ON r.space_id = 'agent:' || ag.id AND ag.org_id = $1
         LEFT JOIN rows a ON a.space_id = r.space_id AND a.table_name = $3
           AND a.key = r.key AND NOT a.deleted
         WHERE r.table_name = $2 AND NOT r.deleted
         ORDER BY r.value->>'createdAt', r.key`,
        [orgId, table, answerTable],
      );
    },
    { isolation: 'repeatable read', readOnly: true },
  );
}

/**
 * Finds the live `table` row `key` in an agent space, locks that space (so two answers to one
 * request serialize) and returns the space and the current answer row (`answerTable` keyed by the
 * same key; `undefined` for none).
 */
async function lockRequest(
  tx: Queryable,
  table: DownTable,
  answerTable: DownTable | undefined,
  key: string,
): Promise<{ space: string; answer: Record<string, unknown> | null }> {
  const found = await tx.query<{ space_id: string }>(
    `SELECT space_id FROM rows
     WHERE table_name = $1 AND key = $2 AND NOT deleted AND space_id LIKE 'agent:%'
     ORDER BY space_id LIMIT 2`,
    [table, key],
  );
  const [first, second] = found;
  if (!first) throw notFound(`no ${table} row ${key}`);
  if (second) throw new ConflictError(`${key} names rows of several agents`);
  await tx.query('SELECT version FROM spaces WHERE id = $1 FOR UPDATE', [first.space_id]);
  // Read again under the lock: the agent may have cancelled it while this waited for the lock.
  const [live] = await tx.query(
    'SELECT 1 FROM rows WHERE space_id = $1 AND table_name = $2 AND key = $3 AND NOT deleted',
    [first.space_id, table, key],
  );
  if (!live) throw notFound(`no ${table} row ${key}`);
  if (!answerTable) return { space: first.space_id, answer: null };
  const [answer] = await tx.query<{ value: Record<string, unknown> }>(
    `SELECT value FROM rows
     WHERE space_id = $1 AND table_name = $2 AND key = $3 AND NOT deleted`,
    [first.space_id, answerTable, key],
  );
  return { space: first.space_id, answer: answer?.value ?? null };
}

interface EscalationRow {
  space_id: string;
  value: Record<string, unknown>;
  responses: Record<string, unknown>[];
  notes: Record<string, unknown>[];
}

/** The org's escalations, oldest first, each with its responses and notes in time order. */
async function listEscalations(db: Database, orgId: string): Promise<EscalationRow[]> {
  const childrenOf = (table: string, at: string) =>
    `COALESCE((SELECT json_agg(c.value ORDER BY c.value->>'${at}', c.key) FROM rows c
       WHERE c.space_id = r.space_id AND c.table_name = '${table}' AND NOT c.deleted
         AND c.value->>'escalationId' = r.key), '[]'::json)`;
  return db.transaction(
    async (tx) => {
      await scopeToSystem(tx);
      return tx.query<EscalationRow>(
        `SELECT r.space_id, r.value,
           ${childrenOf('escalationResponses', 'at')} AS responses,
           ${childrenOf('escalationNotes', 'createdAt')} AS notes
         FROM rows r
         JOIN agents ag ON r.space_id = 'agent:' || ag.id AND ag.org_id = $1
         WHERE r.table_name = 'escalations' AND NOT r.deleted
         ORDER BY r.value->>'createdAt', r.key`,
        [orgId],
      );
    },
    { isolation: 'repeatable read', readOnly: true },
  );
}

/** The kinds of response an escalation already has, read under its space's lock. */
async function responseKinds(
  tx: Queryable,
  space: string,
  escalationId: string,
): Promise<Set<string>> {
  const rows = await tx.query<{ kind: string }>(
    `SELECT value->>'kind' AS kind FROM rows
     WHERE space_id = $1 AND table_name = 'escalationResponses' AND NOT deleted
       AND value->>'escalationId' = $2`,
    [space, escalationId],
  );
  return new Set(rows.map((row) => row.kind));
}

async function writeAnswer(tx: Queryable, space: string, change: Change): Promise<void> {
  assertValidChanges([change]);
  await writeChanges(tx, space, [change]);
}

const agentIdOf = (space: string) => space.slice('agent:'.length);

export function registerEmployerRoutes(app: FastifyInstance, options: EmployerApiOptions): void {
  const { db } = options;
  const expected = options.apiKey ? digest(options.apiKey) : undefined;
  const now = options.now ?? (() => new Date());

  app.register(
    async (api) => {
      api.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        reply.header('cache-control', 'no-store');
        if (!expected) throw notFound('the employer API is not configured');
        const header = request.headers.authorization;
        const match = typeof header === 'string' ? /^Bearer (\S+)$/.exec(header) : null;
        if (!match?.[1] || !keyMatches(match[1], expected)) throw unauthorized();
      });
      api.setErrorHandler((error, _request, reply) => {
        if (error instanceof ConflictError) return reply.code(409).send({ error: 'conflict' });
        throw error;
      });

      api.get('/escalations', async (request) => {
        const { orgId } = parse(orgQuerySchema, request.query, 'query');
        const rows = await listEscalations(db, orgId);
        return {
          escalations: rows.map((row) => ({
            agentId: agentIdOf(row.space_id),
            escalation: row.value,
            responses: row.responses,
            notes: row.notes,
          })),
        };
      });

      /** Adds one response event to the escalation `id`, if `isAllowed` by the ones before. */
      const respond = (
        id: string,
        kind: EscalationResponseKind,
        body: { by?: string | undefined; note?: string | undefined },
        isAllowed: (earlier: Set<string>) => boolean,
      ) =>
        db.transaction(async (tx) => {
          await scopeToSystem(tx);
          const { space } = await lockRequest(tx, 'escalations', undefined, id);
          if (!isAllowed(await responseKinds(tx, space, id))) {
            throw new ConflictError(`escalation ${id} cannot be ${kind} now`);
          }
          const responseId = randomUUID();
          const value = {
            id: responseId,
            escalationId: id,
            agentId: agentIdOf(space),
            kind,
            at: now().toISOString(),
            by: body.by ?? '',
            note: body.note ?? '',
          };
          await writeAnswer(tx, space, {
            table: 'escalationResponses',
            op: 'put',
            key: responseId,
            value,
          });
          return { agentId: agentIdOf(space), response: value };
        });

      // received → acknowledged → resolved: never backwards, never twice; messages at any time.
      api.post('/escalations/:id/acknowledge', async (request) => {
        const { id } = parse(idParamsSchema, request.params, 'path');
        const body = parse(answerBodySchema, request.body, 'body');
        return respond(
          id,
          'acknowledged',
          body,
          (earlier) => !earlier.has('acknowledged') && !earlier.has('resolved'),
        );
      });
      api.post('/escalations/:id/resolve', async (request) => {
        const { id } = parse(idParamsSchema, request.params, 'path');
        const body = parse(answerBodySchema, request.body, 'body');
        return respond(id, 'resolved', body, (earlier) => !earlier.has('resolved'));
      });
      api.post('/escalations/:id/messages', async (request) => {
        const { id } = parse(idParamsSchema, request.params, 'path');
        const body = parse(messageBodySchema, request.body, 'body');
        return respond(id, 'message', body, () => true);
      });

      api.get('/attachments/:sha256', async (request, reply) => {
        const { sha256 } = parse(hashParamsSchema, request.params, 'path');
        const { orgId } = parse(orgQuerySchema, request.query, 'query');
        const attachment = await readOrgAttachment(db, orgId, sha256);
        if (!attachment) throw notFound(`no attachment ${sha256}`);
        return reply
          .type(attachment.contentType)
          .header('x-content-type-options', 'nosniff')
          .send(attachment.bytes);
      });

      const requestRoutes = (
        path: string,
        table: 'leaveRequests' | 'swapRequests',
        answerTable: 'leaveDecisions' | 'swapDecisions',
        listName: string,
      ) => {
        api.get(path, async (request) => {
          const { orgId } = parse(orgQuerySchema, request.query, 'query');
          const rows = await listWithAnswers(db, orgId, table, answerTable);
          return {
            [listName]: rows.map((row) => ({
              agentId: agentIdOf(row.space_id),
              request: row.value,
              decision: row.answer,
            })),
          };
        });
        api.post(`${path}/:id/decision`, async (request) => {
          const { id } = parse(idParamsSchema, request.params, 'path');
          const { status, note } = parse(decisionBodySchema, request.body, 'body');
          return db.transaction(async (tx) => {
            await scopeToSystem(tx);
            const { space, answer } = await lockRequest(tx, table, answerTable, id);
            if (answer) throw new ConflictError(`request ${id} is already decided`);
            const value = {
              requestId: id,
              status,
              decidedAt: now().toISOString(),
              note: note ?? '',
            };
            await writeAnswer(tx, space, { table: answerTable, op: 'put', key: id, value });
            return { agentId: agentIdOf(space), decision: value };
          });
        });
      };
      requestRoutes('/leave-requests', 'leaveRequests', 'leaveDecisions', 'leaveRequests');
      requestRoutes('/swap-requests', 'swapRequests', 'swapDecisions', 'swapRequests');
    },
    { prefix: '/api/employer' },
  );
}
