/** `GET /api/probe` (issue #9): sizes, limits, no caching, no auth, CORS like the rest. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokens } from '../src/access-tokens';
import { createPgliteDatabase, type Database } from '../src/database';
import { buildHttpApp } from '../src/http-app';
import { migrate } from '../src/migrate';
import { MAX_PROBE_BYTES, probeSize } from '../src/probe';

describe('the readiness probe', () => {
  let db: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await createPgliteDatabase();
    await migrate(db);
    app = await buildHttpApp({
      db,
      tokens: createAccessTokens('probe-secret'),
      schemaVersion: 5,
      secureCookies: false,
      corsOrigins: ['https://app.example'],
    });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it.each([
    ['', 0],
    ['?bytes=0', 0],
    ['?bytes=1', 1],
    ['?bytes=65536', 65_536],
    [`?bytes=${MAX_PROBE_BYTES}`, MAX_PROBE_BYTES],
  ])('answers %s with %i random bytes, never cached, without a token', async (query, size) => {
    const response = await app.inject({ method: 'GET', url: `/api/probe${query}` });
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.byteLength).toBe(size);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-type']).toContain('application/octet-stream');
  });

  it('sends different bytes each time, so nothing on the way can compress or cache them', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/probe?bytes=64' });
    const second = await app.inject({ method: 'GET', url: '/api/probe?bytes=64' });
    expect(first.rawPayload.equals(second.rawPayload)).toBe(false);
  });

  it.each(['-1', '1.5', 'abc', String(MAX_PROBE_BYTES + 1), '99999999999', '1e3'])(
    'refuses bytes=%s as a bad request',
    async (bytes) => {
      const response = await app.inject({ method: 'GET', url: `/api/probe?bytes=${bytes}` });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: 'bad-request' });
    },
  );

  it('answers a listed origin like every other route', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/probe',
      headers: { origin: 'https://app.example' },
    });
    expect(response.headers['access-control-allow-origin']).toBe('https://app.example');
  });

  it('reads an absent or repeated size safely', () => {
    expect(probeSize(undefined)).toBe(0);
    expect(probeSize(['1', '2'])).toBeUndefined();
  });
});
