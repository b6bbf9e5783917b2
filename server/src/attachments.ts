/**
 * Attachment bytes (SYNC.md §4.8, issue #4): `PUT /api/attachments/:sha256` stores a photo or
 * screenshot for the token's agent, content-addressed and idempotent (201 stored, 200 already
 * held). The hash is checked against the bytes (400 on a mismatch) and the size against
 * `MAX_ATTACHMENT_BYTES` (413). The token is checked before the body is read.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_ATTACHMENT_BYTES } from '@/domain/escalation/escalation';
import type { Database, Queryable } from './database';
import { badRequest, payloadTooLarge } from './http-errors';
import type { SyncAgent } from './push';
import { scopeToAgent, scopeToSystem } from './row-store';

export const ATTACHMENT_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export interface AttachmentRoutesOptions {
  db: Database;
  /** The token's agent, or throws the 401. */
  authenticate(request: FastifyRequest): Promise<SyncAgent>;
}

/** Stores the bytes for the agent; resolves `true` when they were new, `false` when held. */
export async function storeAttachment(
  db: Database,
  agentId: string,
  attachment: { sha256: string; contentType: string; bytes: Buffer },
): Promise<boolean> {
  return db.transaction(async (tx: Queryable) => {
    await scopeToAgent(tx, agentId);
    const inserted = await tx.query(
      `INSERT INTO attachments (agent_id, sha256, content_type, size, bytes)
       VALUES ($1, $2, $3, $4, decode($5, 'hex'))
       ON CONFLICT (agent_id, sha256) DO NOTHING RETURNING sha256`,
      [
        agentId,
        attachment.sha256,
        attachment.contentType,
        attachment.bytes.length,
        attachment.bytes.toString('hex'),
      ],
    );
    return inserted.length > 0;
  });
}

/** The bytes with that hash held for an agent of `orgId`, for the employer's API. */
export async function readOrgAttachment(
  db: Database,
  orgId: string,
  sha256: string,
): Promise<{ contentType: string; bytes: Buffer } | undefined> {
  const [row] = await db.transaction(
    async (tx) => {
      await scopeToSystem(tx);
      return tx.query<{ content_type: string; bytes: string }>(
        `SELECT a.content_type, encode(a.bytes, 'base64') AS bytes
         FROM attachments a JOIN agents ag ON ag.id = a.agent_id AND ag.org_id = $2
         WHERE a.sha256 = $1 ORDER BY a.created_at LIMIT 1`,
        [sha256, orgId],
      );
    },
    { readOnly: true },
  );
  return row && { contentType: row.content_type, bytes: Buffer.from(row.bytes, 'base64') };
}

export function registerAttachmentRoutes(
  app: FastifyInstance,
  { db, authenticate }: AttachmentRoutesOptions,
): void {
  app.register(async (scope) => {
    // Only this scope takes raw image bodies; every other route still accepts JSON alone.
    scope.addContentTypeParser(
      [...ATTACHMENT_CONTENT_TYPES],
      { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES },
      (_request, body, done) => done(null, body),
    );
    const agents = new WeakMap<FastifyRequest, SyncAgent>();

    scope.put(
      '/api/attachments/:sha256',
      {
        bodyLimit: MAX_ATTACHMENT_BYTES,
        // Before the body is read: an unauthenticated caller cannot make the server take 5 MiB.
        onRequest: async (request) => {
          agents.set(request, await authenticate(request));
        },
      },
      async (request, reply) => {
        const agent = agents.get(request);
        if (!agent) throw badRequest('no agent');
        const { sha256 } = request.params as { sha256?: unknown };
        if (typeof sha256 !== 'string' || !SHA256_PATTERN.test(sha256)) {
          throw badRequest('path: not a lower-case hex SHA-256');
        }
        const bytes = request.body;
        if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw badRequest('body: no bytes');
        if (bytes.length > MAX_ATTACHMENT_BYTES) throw payloadTooLarge();
        if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
          throw badRequest('body: bytes do not match the hash');
        }
        const contentType = String(request.headers['content-type'])
          .split(';')[0]!
          .trim()
          .toLowerCase();
        const isNew = await storeAttachment(db, agent.agentId, { sha256, contentType, bytes });
        return reply
          .code(isNew ? 201 : 200)
          .header('cache-control', 'no-store')
          .send({ sha256, size: bytes.length });
      },
    );
  });
}
