/**
 * B4 database outage (SYNC.md §5.3), real PostgreSQL only, in a cluster this test starts itself:
 * `pg_ctl stop -m immediate` while pushes are in flight. Every push the outage hits is answered 503
 * with Retry-After and leaves nothing behind; once the cluster is back, the same server process
 * (its pool reconnecting by itself) applies every retried mutation exactly once.
 *
 * Needs the PostgreSQL binaries and root. Without them the test is skipped, except under CI=true,
 * where it fails instead.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationEnvelope } from '@/domain/sync/protocol';
import { startServer, type StartedServer } from '../src/start-server';
import {
  escalationEnvelope,
  makeAgent,
  pullBody,
  pushBody,
  type Answer,
  type TestAgent,
} from './harness';
import {
  clusterUnavailableReason,
  startThrowawayCluster,
  type ThrowawayCluster,
} from './throwaway-cluster';

const unavailable = clusterUnavailableReason();
const mustRun = process.env.CI === 'true';
const BLOCKED_PUSHES = 8;
const BATCH = 5;

describe.skipIf(unavailable !== undefined && !mustRun)(
  `database outage on a throwaway PostgreSQL cluster${unavailable && !mustRun ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let cluster: ThrowawayCluster;
    let server: StartedServer;

    beforeAll(async () => {
      if (unavailable) throw new Error(`CI=true but no throwaway cluster: ${unavailable}`);
      cluster = await startThrowawayCluster();
      server = await startServer({ databaseUrl: cluster.url });
    }, 60_000);
    afterAll(async () => {
      await server?.close();
      await cluster?.destroy();
    });

    const query = async <Row>(sql: string, params: unknown[] = []): Promise<Row[]> => {
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as Row[];
      } finally {
        await client.end();
      }
    };

    const expectOutage = (answer: Answer<unknown>) => {
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('2');
      expect(answer.body).toEqual({ error: 'server' });
    };

    /** Pushes one batch until it is answered 200, accepting only 503 on the way. */
    async function pushThrough(agent: TestAgent, group: string, batch: MutationEnvelope[]) {
      const statuses: number[] = [];
      for (;;) {
        const answer = await agent.push(pushBody(group, batch));
        statuses.push(answer.status);
        if (answer.status === 200) return { answer: answer.body, statuses };
        expectOutage(answer);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    it('answers 503 to the pushes an immediate shutdown hits, with no partial effect, and applies each retried mutation once', async () => {
      const blockedAgent = await makeAgent(server);
      const streamAgent = await makeAgent(server);
      const blockedGroups = Array.from({ length: BLOCKED_PUSHES }, () => `cg-${randomUUID()}`);
      const blockedBatches = blockedGroups.map(() =>
        Array.from({ length: BATCH }, (_, index) =>
          escalationEnvelope(index + 1, blockedAgent.agentId),
        ),
      );

      // Hold the agent's space lock, as a long employer write would: the pushes get as far as
      // their first mutation and wait inside their transactions.
      const blocker = new pg.Client({ connectionString: cluster.url });
      blocker.on('error', () => undefined);
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query('SELECT id FROM spaces WHERE id = $1 FOR UPDATE', [
        `agent:${blockedAgent.agentId}`,
      ]);
      const blocked = blockedGroups.map((group, index) =>
        blockedAgent.push(pushBody(group, blockedBatches[index]!)),
      );

      // Meanwhile another agent pushes batch after batch, unblocked, through the whole outage.
      const streamGroup = `cg-${randomUUID()}`;
      const streamed: MutationEnvelope[][] = [];
      const streamStatuses: number[] = [];
      let outageOver = false;
      const stream = (async () => {
        while (!outageOver) {
          const seq = streamed.length * 3;
          const batch = [1, 2, 3].map((n) => escalationEnvelope(seq + n, streamAgent.agentId));
          const { answer, statuses } = await pushThrough(streamAgent, streamGroup, batch);
          streamStatuses.push(...statuses);
          expect(answer.lastMutationSeq).toBe(seq + 3);
          streamed.push(batch);
        }
      })();
      stream.catch(() => undefined); // awaited below; this only keeps it from being unhandled

      // The cluster is this test's own, so every lock wait in it is one of these pushes.
      await waitFor(`${BLOCKED_PUSHES} pushes waiting for the space lock`, async () => {
        const [row] = await query<{ waiting: string }>(
          "SELECT count(*) AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
        );
        return Number(row?.waiting) === BLOCKED_PUSHES;
      });
      await cluster.stopImmediately();

      for (const answer of await Promise.all(blocked)) expectOutage(answer);
      expectOutage(await blockedAgent.push(pushBody(blockedGroups[0]!, blockedBatches[0]!)));
      expectOutage(await blockedAgent.pull(pullBody(blockedGroups[0]!, null)));
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(503);

      await cluster.start();
      // Nothing of the interrupted pushes committed: no log row, no client group, no effect.
      const blockedIds = blockedBatches.flat().map((m) => m.mutationId);
      const blockedRecords = blockedBatches.flat().map((m) => m.recordId);
      expect(
        await query('SELECT mutation_id FROM mutation_log WHERE mutation_id = ANY($1)', [
          blockedIds,
        ]),
      ).toEqual([]);
      expect(
        await query('SELECT 1 FROM sync_client WHERE client_group_id = ANY($1)', [blockedGroups]),
      ).toEqual([]);
      expect(await query('SELECT 1 FROM rows WHERE key = ANY($1)', [blockedRecords])).toEqual([]);

      // The same server process reconnects: its very first push after the restart succeeds.
      for (const [index, group] of blockedGroups.entries()) {
        const retry = await blockedAgent.push(pushBody(group, blockedBatches[index]!));
        expect(retry.status).toBe(200);
        expect(retry.body.results.map((result) => result.status)).toEqual(
          Array.from({ length: BATCH }, () => 'applied'),
        );
      }
      outageOver = true;
      await stream;
      expect((await streamAgent.pull(pullBody(streamGroup, null, 1000))).body.lastMutationSeq).toBe(
        streamed.length * 3,
      );
      expect(streamStatuses).toContain(503);
      expect(new Set(streamStatuses)).toEqual(new Set([200, 503]));

      // Exactly once: one log row, one effect and one space version per mutation.
      for (const [agent, mutations] of [
        [blockedAgent, blockedBatches.flat()],
        [streamAgent, streamed.flat()],
      ] as const) {
        const log = await query<{ mutation_id: string; status: string }>(
          'SELECT mutation_id, status FROM mutation_log WHERE agent_id = $1',
          [agent.agentId],
        );
        expect(log.map((row) => row.mutation_id).sort()).toEqual(
          mutations.map((m) => m.mutationId).sort(),
        );
        expect(log.every((row) => row.status === 'applied')).toBe(true);
        const rows = await query<{ key: string }>(
          "SELECT key FROM rows WHERE space_id = $1 AND table_name = 'escalations'",
          [`agent:${agent.agentId}`],
        );
        expect(rows.map((row) => row.key).sort()).toEqual(mutations.map((m) => m.recordId).sort());
        const [space] = await query<{ version: string }>(
          'SELECT version FROM spaces WHERE id = $1',
          [`agent:${agent.agentId}`],
        );
        expect(Number(space?.version)).toBe(mutations.length);
      }
      void blocker.end().catch(() => undefined);
    }, 90_000);
  },
);

async function waitFor(what: string, condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
