/**
 * Login, refresh and logout (SYNC.md §3.6): a 15-minute access token in the response body (kept in
 * memory by the app) and a rotating refresh token in an HttpOnly cookie scoped to /api/auth
 * (refresh-tokens.ts). Refresh and logout need `X-Requested-With: agent-workbench`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ACCESS_TOKEN_SECONDS, type AccessTokens } from './access-tokens';
import type { Database } from './database';
import { badRequest, forbidden, unauthorized } from './http-errors';
import { DUMMY_HASH_PROMISE, verifyPassword } from './passwords';
import {
  consumeRefreshToken,
  issueRefreshToken,
  REFRESH_DAYS,
  revokeRefreshToken,
} from './refresh-tokens';

export const REFRESH_COOKIE = 'awb_refresh';
const REFRESH_PATH = '/api/auth';
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

  const sendSession = async (reply: FastifyReply, agentId: string, refreshToken: string) => {
    const [agent] = await db.query<{ org_id: string }>('SELECT org_id FROM agents WHERE id = $1', [
      agentId,
    ]);
    if (!agent) throw unauthorized('unknown agent');
    setRefreshCookie(reply, refreshToken);
    reply.header('cache-control', 'no-store');
    return {
      accessToken: await tokens.issue({ agentId, orgId: agent.org_id }),
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
    return sendSession(reply, agent.id, await issueRefreshToken(db, agent.id));
  });

  app.post('/api/auth/refresh', async (request, reply) => {
    requireCsrfHeader(request);
    const token = request.cookies[REFRESH_COOKIE];
    const session = token ? await consumeRefreshToken(db, token) : undefined;
    if (!session) {
      reply.clearCookie(REFRESH_COOKIE, cookieOptions);
      throw unauthorized('refresh token missing, expired or revoked');
    }
    return sendSession(reply, session.agentId, session.token);
  });

  app.post('/api/auth/logout', async (request, reply) => {
    requireCsrfHeader(request);
    const token = request.cookies[REFRESH_COOKIE];
    if (token) await revokeRefreshToken(db, token);
    reply.clearCookie(REFRESH_COOKIE, cookieOptions);
    return reply.code(204).send();
  });
}
