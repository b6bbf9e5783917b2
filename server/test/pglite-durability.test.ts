/**
 * B9 PGlite durability (SYNC.md §5.3, P10): the server on PGlite (NodeFS data directory) answers a
 * push 200, the test kills it with SIGKILL at once, and a new server on the same directory must
 * hold the acknowledged mutation, every time.
 *
 * SYNC.md asks for 100 iterations. Each costs one server start on the directory: about 1.7 s on a
 * quiet 2-core machine, 3 s or more under load, so CI runs 50 (about 1.5–2.5 minutes);
 * PGLITE_DURABILITY_ITERATIONS=100 runs the full count.
 * crash-around-commit.test.ts adds kills between COMMIT and the answer.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MutationEnvelope } from '@/domain/sync/protocol';
import {
  loginOn,
  pgliteStorage,
  prepareDatabase,
  spawnServer,
  type ChildAgent,
  type ChildServer,
  type PreparedStorage,
} from './child-server';
import {
  escalationEnvelope,
  post,
  pullBody,
  pushBody,
  type PullAnswer,
  type PushAnswer,
} from './harness';

const ITERATIONS = Number(process.env.PGLITE_DURABILITY_ITERATIONS ?? 50);
const CLIENT_GROUP = 'cg-durability';

let directory: string;
let prepared: PreparedStorage;
let agent: ChildAgent;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'awb-durability-'));
  prepared = pgliteStorage(join(directory, 'pgdata'));
  agent = await prepareDatabase(prepared);
});
afterAll(() => rm(directory, { recursive: true, force: true }));

it(
  `keeps every acknowledged push across a SIGKILL (${ITERATIONS} iterations)`,
  async () => {
    const acked: MutationEnvelope[] = [];
    let server: ChildServer | undefined;
    let auth: Record<string, string> | undefined;
    try {
      for (let iteration = 0; iteration <= ITERATIONS; iteration += 1) {
        server = await spawnServer(prepared.storage);
        // The token outlives the process: every start uses the same JWT secret.
        auth ??= { authorization: `Bearer ${await loginOn(server, agent)}` };
        // Everything acknowledged before any of the kills so far is here.
        const pulled = await post<PullAnswer>(
          `${server.url}/api/sync/pull`,
          pullBody(CLIENT_GROUP, null, 1000),
          auth,
        );
        expect(pulled.status).toBe(200);
        expect(pulled.body.lastMutationSeq).toBe(acked.length);
        const echoes = pulled.body.changes.filter((change) => change.table === 'escalations');
        expect(echoes.map((change) => change.key).sort()).toEqual(
          acked.map((envelope) => envelope.recordId).sort(),
        );
        if (iteration === ITERATIONS) break;

        const envelope = escalationEnvelope(acked.length + 1, agent.agentId);
        const answer = await post<PushAnswer>(
          `${server.url}/api/sync/push`,
          pushBody(CLIENT_GROUP, [envelope]),
          auth,
        );
        expect(answer.status).toBe(200);
        expect(answer.body.results[0]?.status).toBe('applied');
        acked.push(envelope);
        expect(await server.kill()).toBe('SIGKILL');
      }
    } finally {
      await server?.kill();
    }
    // And the log agrees: one applied row per acknowledged mutation.
    const db = await prepared.open();
    try {
      const log = await db.query<{ mutation_id: string; status: string }>(
        'SELECT mutation_id, status FROM mutation_log ORDER BY seq',
      );
      expect(log).toEqual(acked.map((m) => ({ mutation_id: m.mutationId, status: 'applied' })));
    } finally {
      await db.close();
    }
  },
  ITERATIONS * 8_000 + 30_000,
);
