/**
 * WORKERS: several server processes on one port (`src/cluster.ts`). The setting is checked, PGlite
 * refuses it, and on PostgreSQL the workers share the port and the token secret, a killed worker
 * is replaced, nothing pushed is lost or doubled, and SIGTERM ends them all.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { toNumber } from '../src/database';
import { workerCount } from '../src/cluster';
import { createSchema, loginOn, prepareDatabase, spawnServer } from './child-server';
import { escalationEnvelope, pullBody, pushBody, type PullAnswer } from './harness';

/** POSTs JSON on a connection of its own, so that the cluster hands it to the next worker. */
function postOnNewConnection<T>(url: string, body: unknown, token?: string) {
  return new Promise<{ status: number; body: T }>((resolve, reject) => {
    const call = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as T }),
        );
      },
    );
    call.on('error', reject);
    call.end(JSON.stringify(body));
  });
}

describe('workerCount', () => {
  it.each([
    [undefined, 1],
    ['', 1],
    ['1', 1],
    [' 4 ', 4],
    ['auto', 6],
  ])('reads %j as %i', (text, expected) => {
    expect(workerCount(text, 6)).toBe(expected);
  });

  it.each(['0', '-1', '1.5', 'two', '1000', 'AUTO'])('refuses %j', (text) => {
    expect(() => workerCount(text, 6)).toThrow(/WORKERS/);
  });
});

describe('main.ts with WORKERS', () => {
  it('refuses more than one worker on embedded PGlite', async () => {
    await expect(spawnServer({ memory: true }, { WORKERS: '2' })).rejects.toThrow(
      /WORKERS above 1 needs PostgreSQL/,
    );
  });
});

const testDatabaseUrl = process.env.TEST_DATABASE_URL;
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(probe: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!testDatabaseUrl)('main.ts with WORKERS=2 on PostgreSQL', () => {
  it('serves from two processes, replaces a killed one and loses nothing', async () => {
    const prepared = await createSchema(testDatabaseUrl ?? '');
    drops.push(() => prepared.drop());
    const agent = await prepareDatabase(prepared);
    // No JWT_SECRET: the primary makes one and hands it to both workers.
    const server = await spawnServer(prepared.storage, { WORKERS: '2', JWT_SECRET: '' });
    const workerPids = () =>
      [...server.output().matchAll(/worker (\d+) ready/g)].map((match) => Number(match[1]));
    try {
      expect(server.output()).toMatch(/listening on http:\/\/\S+ \(2 workers\)/);
      const [first, second] = workerPids();
      expect(first).toBeDefined();
      expect(second).toBeDefined();
      expect(first).not.toBe(second);

      const token = await loginOn(server, agent);
      const clientGroupId = randomUUID();
      const envelopes = Array.from({ length: 10 }, (_, index) =>
        escalationEnvelope(index + 1, agent.agentId),
      );
      const push = (seq: number) =>
        postOnNewConnection(
          `${server.url}/api/sync/push`,
          pushBody(clientGroupId, [envelopes[seq - 1]!]),
          token,
        );
      // New connections go to the workers in turn; a token from one is accepted by the other.
      for (let seq = 1; seq <= 6; seq += 1) expect((await push(seq)).status).toBe(200);

      process.kill(first ?? 0, 'SIGKILL');
      await until(() => (isAlive(first ?? 0) ? undefined : true), 'the killed worker to end');
      const replacement = await until(
        () => workerPids().find((pid) => pid !== first && pid !== second),
        'a replacement worker',
      );
      expect(isAlive(replacement)).toBe(true);
      for (let seq = 7; seq <= 10; seq += 1) expect((await push(seq)).status).toBe(200);
      // A retry of an applied mutation is answered, not applied again.
      expect((await push(10)).status).toBe(200);

      const pulled = await postOnNewConnection<PullAnswer>(
        `${server.url}/api/sync/pull`,
        pullBody(clientGroupId, null, 500),
        token,
      );
      expect(pulled.status).toBe(200);
      expect(toNumber(pulled.body.lastMutationSeq)).toBe(10);
      const escalations = pulled.body.changes.filter((change) => change.table === 'escalations');
      expect(escalations).toHaveLength(10);
      expect(new Set(escalations.map((change) => change.key)).size).toBe(10);

      process.kill(server.pid, 'SIGTERM');
      expect(await server.exited).toBe(0);
      for (const pid of [second ?? 0, replacement]) expect(isAlive(pid)).toBe(false);
    } finally {
      if (isAlive(server.pid)) await server.kill();
      for (const pid of workerPids()) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 90_000);
});
