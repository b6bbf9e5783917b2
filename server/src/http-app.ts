/**
 * The Fastify app: auth, sync push/pull with Bearer tokens, health, optional CORS allowlist and
 * static app. Every error leaves as `{ error: code }` with the status the adapter maps to a
 * `SyncErrorKind` (400 bad-request, 401 auth, 403 forbidden, 413 payload-too-large,
 * 426 version-not-supported, 503 server + Retry-After). Attachment bytes go up separately
 * (`attachments.ts`).
 */
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { AccessTokens } from './access-tokens';
import { registerAttachmentRoutes } from './attachments';
import { registerAuthRoutes } from './auth';
import { registerCors } from './cors';
import { isTransientDatabaseError, type Database } from './database';
import { registerEmployerRoutes } from './employer-api';
import { HttpError, unauthorized } from './http-errors';
import { registerProbeRoute } from './probe';
import { pull, validatePull } from './pull';
import { push, validatePush, type SyncAgent } from './push';
import { registerStaticFiles } from './static-files';

export const BODY_LIMIT_BYTES = 1024 * 1024;
export const MAX_PUSH_MUTATIONS = 50;
const RETRY_AFTER_SECONDS = 2;

export interface HttpAppOptions {
  db: Database;
  tokens: AccessTokens;
  /** Newest app schema the server accepts. */
  schemaVersion: number;
  secureCookies: boolean;
  /** Origins allowed to call the API cross-origin; empty = same origin only. */
  corsOrigins?: readonly string[];
  /** A built app to serve (dist/), with SPA fallback to index.html. */
  staticDir?: string;
  maxPushMutations?: number;
  /**
   * Credentials of the seeded demo agent, published at GET /api/demo so the served app can offer
   * a one-tap sign-in. Only for the demo seed: never set it for real agents.
   */
  demoCredentials?: { employeeNumber: string; password: string; displayName: string };
  /** Bearer key of the employer API under /api/employer/*; absent = those routes answer 404. */
  employerApiKey?: string;
}

/** Maps Fastify's own errors (body parsing, size) and ours to `{ error }` bodies. */
function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { statusCode, code } = error as { statusCode?: unknown; code?: unknown };
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || statusCode === 413) {
    return new HttpError(413, 'payload-too-large');
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || statusCode === 415) {
    return new HttpError(415, 'bad-request', 'content type must be application/json');
  }
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return new HttpError(400, 'bad-request', 'malformed request');
  }
  return undefined;
}

export async function buildHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const { db, tokens, schemaVersion } = options;
  const maxPushMutations = options.maxPushMutations ?? MAX_PUSH_MUTATIONS;
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: false,
    // The default already refuses __proto__ and constructor.prototype keys in JSON bodies.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  await app.register(cookie);
  registerCors(app, options.corsOrigins ?? []);

  app.setErrorHandler((error, _request, reply) => {
    const known = toHttpError(error);
    if (known) return reply.code(known.status).send({ error: known.code });
    if (isTransientDatabaseError(error)) {
      return reply
        .code(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ error: 'server' });
    }
    app.log.error(error);
    return reply.code(500).send({ error: 'server' });
  });

  /** The token's agent; identity never comes from the payload. */
  const authenticate = async (request: FastifyRequest): Promise<SyncAgent> => {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._-]+)$/.exec(header) : null;
    const subject = match?.[1] ? await tokens.verify(match[1]) : undefined;
    if (!subject) throw unauthorized();
    return subject;
  };

  app.get('/api/health', async () => {
    await db.query('SELECT 1');
    return { status: 'ok' };
  });

  app.get('/api/demo', async (_request, reply) => {
    if (!options.demoCredentials) return reply.code(404).send({ error: 'not-found' });
    return reply.header('cache-control', 'no-store').send(options.demoCredentials);
  });

  app.post('/api/sync/push', async (request, reply) => {
    const agent = await authenticate(request);
    const body = validatePush(request.body, { schemaVersion, maxPushMutations });
    const response = await push(db, agent, body, { schemaVersion, maxPushMutations });
    return reply.header('cache-control', 'no-store').send(response);
  });

  app.post('/api/sync/pull', async (request, reply) => {
    const agent = await authenticate(request);
    const json = await pull(db, agent, validatePull(request.body, schemaVersion));
    return reply.header('cache-control', 'no-store').type('application/json').send(json);
  });

  registerProbeRoute(app);
  registerAttachmentRoutes(app, { db, authenticate });
  registerAuthRoutes(app, { db, tokens, secureCookies: options.secureCookies });
  registerEmployerRoutes(app, { db, apiKey: options.employerApiKey });
  if (options.staticDir) registerStaticFiles(app, options.staticDir);
  else {
    app.setNotFoundHandler(async (_request, reply) => reply.code(404).send({ error: 'not-found' }));
  }
  return app;
}
