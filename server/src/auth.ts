/**
 * Login, refresh and logout (SYNC.md §3.6): a 15-minute access token in the response body (kept in
 * memory by the app) and a rotating refresh token in an HttpOnly cookie scoped to /api/auth,
 * stored only as a SHA-256 hash. Refresh and logout need `X-Requested-With: agent-workbench`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ACCESS_TOKEN_SECONDS, type AccessTokens } from './access-tokens';
import type { Database } from './database';
import { badRequest, forbidden, unauthorized } from './http-errors';
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords';

export const REFRESH_COOKIE = 'awb_refresh';
const REFRESH_PATH = '/api/auth';
const REFRESH_DAYS = 30;
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'agent-workbench';

export interface AuthDeps {
  db: Database;
  tokens: AccessTokens;
  /** False only when the server listens on loopback (plain http://127.0.0.1). */
  secureCookies: boolean;
}

const loginSchema = z.strictObject({
  employeeNumber: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

async function issueRefreshToken(db: Database, agentId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO refresh_tokens (agent_id, token_hash, expires_at)
     VALUES ($1, $2, now() + make_interval(days => $3))`,
    [agentId, hashToken(token), REFRESH_DAYS],
  );
  return token;
}

/**
 * Revokes `token` and returns its agent when it was live. A revoked token presented again is a
 * sign of theft: every refresh token of that agent is revoked.
 */
async function consumeRefreshToken(db: Database, token: string): Promise<string | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ agent_id: string; live: boolean; revoked: boolean }>(
      `SELECT agent_id, (revoked_at IS NULL AND expires_at > now()) AS live,
              revoked_at IS NOT NULL AS revoked
       FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [hashToken(token)],
    );
    if (!row) return undefined;
    if (!row.live) {
      if (row.revoked) {
        await tx.query(
          'UPDATE refresh_tokens SET revoked_at = now() WHERE agent_id = $1 AND revoked_at IS NULL',
          [row.agent_id],
        );
      }
      return undefined;
    }
    await tx.query('UPDATE refresh_tokens SET revoked_at = now() WHERE token_hash = $1', [
      hashToken(token),
    ]);
    return row.agent_id;
  });
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const { db, tokens, secureCookies } = deps;
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'strict',
    path: REFRESH_PATH,
    secure: secureCookies,
  } as const;

  const setRefreshCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(REFRESH_COOKIE, token, {
      ...cookieOptions,
      maxAge: REFRESH_DAYS * 24 * 60 * 60,
    });

  const sendSession = async (reply: FastifyReply, agentId: string) => {
    setRefreshCookie(reply, await issueRefreshToken(db, agentId));
    reply.header('cache-control', 'no-store');
    return {
      accessToken: await tokens.issue(agentId),
      agentId,
      expiresInSeconds: ACCESS_TOKEN_SECONDS,
    };
  };

  const requireCsrfHeader = (request: FastifyRequest) => {
    if (request.headers[CSRF_HEADER] !== CSRF_VALUE) throw forbidden('missing X-Requested-With');
  };

  app.post('/api/auth/login', async (request, reply) => {
    const parsed = loginSchema.safeParse(request.body);
    if (!parsed.success) throw badRequest('employeeNumber and password required');
    const { employeeNumber, password } = parsed.data;
    const [agent] = await db.query<{ id: string; password_hash: string }>(
      'SELECT id, password_hash FROM agents WHERE employee_number = $1',
      [employeeNumber],
    );
    const isValid = await verifyPassword(
      password,
      agent?.password_hash ?? (await DUMMY_HASH_PROMISE),
    );
    if (!agent || !isValid) throw unauthorized('wrong employee number or password');
    return sendSession(reply, agent.id);
  });

  app.post('/api/auth/refresh', async (request, reply) => {
    requireCsrfHeader(request);
    const token = request.cookies[REFRESH_COOKIE];
    const agentId = token ? await consumeRefreshToken(db, token) : undefined;
    if (!agentId) {
      reply.clearCookie(REFRESH_COOKIE, cookieOptions);
      throw unauthorized('refresh token missing, expired or revoked');
    }
    return sendSession(reply, agentId);
  });

  app.post('/api/auth/logout', async (request, reply) => {
    requireCsrfHeader(request);
    const token = request.cookies[REFRESH_COOKIE];
    if (token) {
      await db.query(
        'UPDATE refresh_tokens SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL',
        [hashToken(token)],
      );
    }
    reply.clearCookie(REFRESH_COOKIE, cookieOptions);
    return reply.code(204).send();
  });
}
