/**
 * `GET /api/probe?bytes=N` (issue #9): what the readiness check measures the connection to the
 * sync backend with — round trips (N = 0, the default) and download speed (N up to 1 MiB of
 * random bytes, so no compression on the way can flatter the figure). No auth: it reveals
 * nothing and is cheap; never cached, so every probe crosses the network.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { badRequest } from './http-errors';

export const MAX_PROBE_BYTES = 1024 * 1024;

/** The size asked for: absent or empty → 0; anything but a whole number within the limit → `undefined`. */
export function probeSize(raw: unknown): number | undefined {
  if (raw === undefined || raw === '') return 0;
  if (typeof raw !== 'string' || !/^\d{1,7}$/.test(raw)) return undefined;
  const bytes = Number(raw);
  return bytes <= MAX_PROBE_BYTES ? bytes : undefined;
}

export function registerProbeRoute(app: FastifyInstance): void {
  app.get('/api/probe', async (request, reply) => {
    const bytes = probeSize((request.query as Record<string, unknown> | undefined)?.bytes);
    if (bytes === undefined)
      throw badRequest(`bytes must be a whole number up to ${MAX_PROBE_BYTES}`);
    return reply
      .header('cache-control', 'no-store')
      .type('application/octet-stream')
      .send(randomBytes(bytes));
  });
}
