import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createAccessTokens } from '../src/access-tokens';
import { createPgliteDatabase, type Database } from '../src/database';
import { buildHttpApp } from '../src/http-app';
import { migrate } from '../src/migrate';

describe('CORS allowlist and cookies', () => {
  let db: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await createPgliteDatabase();
    await migrate(db);
    app = await buildHttpApp({
      db,
      tokens: createAccessTokens('cors-secret'),
      schemaVersion: 2,
      secureCookies: true,
      corsOrigins: ['https://app.example'],
    });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('answers a listed origin, preflight included, and never reflects another', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/sync/push',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://app.example');
    expect(preflight.headers['access-control-allow-headers']).toContain('authorization');

    const other = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.statusCode).toBe(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('marks the refresh cookie Secure off loopback', async () => {
    await db.query("INSERT INTO orgs (id) VALUES ('o')");
    const { hashPassword } = await import('../src/passwords');
    await db.query(
      "INSERT INTO agents (id, org_id, employee_number, password_hash, display_name) VALUES ('a', 'o', 'N-1', $1, 'A')",
      [await hashPassword('pw')],
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { employeeNumber: 'N-1', password: 'pw' },
    });
    expect(login.statusCode).toBe(200);
    expect(String(login.headers['set-cookie'])).toContain('Secure');
  });

  it('applies migrations once', async () => {
    expect(await migrate(db)).toEqual([]);
  });
});

describe('database failures', () => {
  it('answers 503 server with Retry-After to a transient database error, 500 otherwise', async () => {
    let failure: { code?: string; message: string } = { code: '57P01', message: 'shutdown' };
    const failing: Database = {
      kind: 'pg',
      query: () => Promise.reject(Object.assign(new Error(failure.message), failure)),
      transaction: () => Promise.reject(Object.assign(new Error(failure.message), failure)),
      readSnapshot: () => Promise.reject(Object.assign(new Error(failure.message), failure)),
      exec: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
    const tokens = createAccessTokens('failure-secret');
    const app = await buildHttpApp({ db: failing, tokens, schemaVersion: 2, secureCookies: false });
    try {
      const token = await tokens.issue({ agentId: 'agent-x', orgId: 'org-x' });
      const push = () =>
        app.inject({
          method: 'POST',
          url: '/api/sync/push',
          headers: { authorization: `Bearer ${token}` },
          payload: { protocolVersion: 1, schemaVersion: 2, clientGroupId: 'cg', mutations: [] },
        });
      const transient = await push();
      expect(transient.statusCode).toBe(503);
      expect(transient.headers['retry-after']).toBe('2');
      expect(transient.json()).toEqual({ error: 'server' });
      failure = { message: 'a bug' };
      const bug = await push();
      expect(bug.statusCode).toBe(500);
      expect(bug.json()).toEqual({ error: 'server' });
      expect(bug.headers['retry-after']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
