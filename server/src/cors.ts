/**
 * CORS for an explicit allowlist only (SYNC.md §3.8). With no allowlist nothing is added, so only
 * same-origin pages can read responses. An allowed Origin is echoed only when it is on the list.
 */
import type { FastifyInstance } from 'fastify';

export function registerCors(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  if (allowedOrigins.length === 0) return;
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    reply.header('vary', 'Origin');
    if (typeof origin !== 'string' || !allowed.has(origin)) return;
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-allow-credentials', 'true');
    if (request.method === 'OPTIONS') {
      reply.header('access-control-allow-methods', 'GET, POST, PUT');
      reply.header('access-control-allow-headers', 'authorization, content-type, x-requested-with');
      reply.header('access-control-max-age', '600');
      return reply.code(204).send();
    }
  });
}
