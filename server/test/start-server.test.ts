import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePullResponse } from '@/domain/sync/protocol-schemas';
import { demoWorkspaceChanges } from '@/data/demo/generate-demo-workspace';
import { DEMO_AGENT, shanghaiToday } from '../src/demo-seed';
import { startServer } from '../src/start-server';
import {
  escalationEnvelope,
  makeAgent,
  post,
  pullBody,
  pushBody,
  type PullAnswer,
} from './harness';

describe('startServer', () => {
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'awb-server-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('seeds the demo agent, whose full pull passes the engine validation', async () => {
    const server = await startServer({ seed: 'demo' });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const login = await post<{ accessToken: string; agentId: string }>(
        `${server.url}/api/auth/login`,
        { employeeNumber: DEMO_AGENT.employeeNumber, password: DEMO_AGENT.password },
      );
      expect(login.body.agentId).toBe('demo-agent');
      const auth = { authorization: `Bearer ${login.body.accessToken}` };
      const page = await post<PullAnswer>(
        `${server.url}/api/sync/pull`,
        pullBody('cg-demo', null, 1000),
        auth,
      );
      expect(parsePullResponse(page.body).ok).toBe(true);
      const tables = new Set(page.body.changes.map((change) => change.table));
      expect(tables).toContain('shifts');
      expect(tables).toContain('agentProfile');
      expect(page.body.hasMore).toBe(false);
      expect(page.body.changes).toHaveLength(demoWorkspaceChanges(shanghaiToday()).length);
    } finally {
      await server.close();
    }
  });

  it('keeps acknowledged mutations in a PGlite data directory across a restart', async () => {
    const dataDir = join(directory, 'pgdata');
    const first = await startServer({ dataDir, jwtSecret: 'restart-secret' });
    const agent = await makeAgent(first);
    const envelope = escalationEnvelope(1, agent.agentId);
    expect((await agent.push(pushBody('cg-disk', [envelope]))).status).toBe(200);
    await first.close();

    const second = await startServer({ dataDir, jwtSecret: 'restart-secret' });
    try {
      expect(await second.admin.mutationLog()).toEqual([
        { mutationId: envelope.mutationId, status: 'applied' },
      ]);
      const again = await post<PullAnswer>(
        `${second.url}/api/sync/pull`,
        pullBody('cg-disk', null),
        {
          authorization: `Bearer ${agent.token}`,
        },
      );
      expect(again.body.lastMutationSeq).toBe(1);
      const echoes = again.body.changes.filter((change) => change.table === 'escalations');
      expect(echoes.map((change) => change.key)).toEqual([envelope.recordId]);
    } finally {
      await second.close();
    }
  });

  it('quarantines text PostgreSQL cannot store instead of failing the batch', async () => {
    const server = await startServer();
    try {
      const agent = await makeAgent(server);
      const bad = escalationEnvelope(1, agent.agentId);
      bad.args = { ...(bad.args as object), description: 'nul \u0000 here' };
      const good = escalationEnvelope(2, agent.agentId);
      const answer = await agent.push(pushBody('cg-nul', [bad, good]));
      expect(answer.status).toBe(200);
      expect(answer.body.results.map((result) => result.code ?? result.status)).toEqual([
        'mutation/unstorable',
        'applied',
      ]);
      expect(await server.admin.listQuarantine()).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('serves a static app with SPA fallback, never outside its directory', async () => {
    const dist = join(directory, 'dist');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(join(dist, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(directory, 'secret.txt'), 'secret');
    const server = await startServer({ staticDir: dist });
    try {
      const get = (path: string) => fetch(`${server.url}${path}`);
      const script = await get('/assets/app.js');
      expect(script.headers.get('content-type')).toContain('text/javascript');
      expect(await script.text()).toBe('console.log(1)');
      expect(await (await get('/roster/today')).text()).toContain('<title>app</title>');
      expect(await (await get('/%2e%2e/secret.txt')).text()).not.toContain('secret');
      expect(await (await get('/..%2fsecret.txt')).text()).not.toContain('secret');
      const api = await get('/api/nothing');
      expect(api.status).toBe(404);
      expect(await api.json()).toEqual({ error: 'not-found' });
      // Same origin only: no CORS headers by default.
      const cross = await fetch(`${server.url}/api/health`, {
        headers: { origin: 'https://evil.example' },
      });
      expect(cross.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('publishes the demo credentials only when the demo organisation is seeded', async () => {
    const demo = await startServer({ seed: 'demo' });
    const plain = await startServer();
    try {
      const published = await fetch(`${demo.url}/api/demo`);
      expect(published.status).toBe(200);
      expect(await published.json()).toEqual({
        employeeNumber: 'NC-0731',
        password: 'demo1234',
        displayName: '林晓雨',
      });
      const hidden = await fetch(`${plain.url}/api/demo`);
      expect(hidden.status).toBe(404);
    } finally {
      await Promise.all([demo.close(), plain.close()]);
    }
  });
});
