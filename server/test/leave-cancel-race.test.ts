/**
 * An agent's `leave.cancel` and the employer's decision on the same request, concurrently, on real
 * PostgreSQL (PGlite runs one transaction at a time). Each reads the other's row before it writes,
 * so exactly one may win: a cancelled request gets no decision, a decided one is not cancelled.
 *
 * The ordered rounds hold the agent's space lock, as a long employer write would, queue both
 * requests behind it in a chosen order, then let go; the free rounds just send both at once.
 * Runs when TEST_DATABASE_URL is set (and must under CI=true).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StartedServer } from '../src/start-server';
import { createSchema, type PreparedStorage } from './child-server';
import {
  escalationEnvelope,
  leaveRequestEnvelope,
  makeAgent,
  post,
  pushBody,
  type TestAgent,
} from './harness';

const url = process.env.TEST_DATABASE_URL;
const mustRun = process.env.CI === 'true';
const EMPLOYER_KEY = 'leave-race-employer-key';

describe.skipIf(!url && !mustRun)(
  `leave.cancel against a concurrent decision on PostgreSQL${url || mustRun ? '' : ' (skipped: no TEST_DATABASE_URL)'}`,
  () => {
    let prepared: PreparedStorage;
    let server: StartedServer;
    let db: pg.Client;
    let databaseUrl: string;
    let agent: TestAgent;
    const clientGroupId = `cg-${randomUUID()}`;
    let seq = 0;

    beforeAll(async () => {
      if (!url) throw new Error('CI=true but TEST_DATABASE_URL is not set');
      prepared = await createSchema(url);
      ({ databaseUrl } = prepared.storage as { databaseUrl: string });
      server = await startServer({ databaseUrl, employerApiKey: EMPLOYER_KEY });
      db = new pg.Client({ connectionString: databaseUrl });
      await db.connect();
      agent = await makeAgent(server);
    });
    afterAll(async () => {
      await db?.end();
      await server?.close();
      await prepared?.drop();
    });

    const requestLeave = async () => {
      const id = `leave-${randomUUID()}`;
      seq += 1;
      const answer = await agent.push(
        pushBody(clientGroupId, [leaveRequestEnvelope(seq, agent.agentId, id)]),
      );
      expect(answer.body.results[0]?.status).toBe('applied');
      return id;
    };
    const cancel = (id: string) => {
      seq += 1;
      const envelope = {
        ...escalationEnvelope(seq, agent.agentId),
        name: 'leave.cancel' as const,
        recordId: id,
        args: {},
      };
      return agent.push(pushBody(clientGroupId, [envelope]));
    };
    const decide = (id: string) =>
      post(
        `${server.url}/api/employer/leave-requests/${id}/decision`,
        { status: 'approved' },
        { authorization: `Bearer ${EMPLOYER_KEY}` },
      );

    /** Who won, checked against what is stored. */
    async function outcome(
      id: string,
      cancelled: Awaited<ReturnType<typeof cancel>>,
      decided: Awaited<ReturnType<typeof decide>>,
    ): Promise<'cancel' | 'decision'> {
      const result = cancelled.body.results[0];
      const cancelWon = result?.status === 'applied';
      const decisionWon = decided.status === 200;
      expect(
        cancelWon !== decisionWon,
        `cancel ${result?.status}, decision ${decided.status}`,
      ).toBe(true);
      if (!cancelWon) expect(result?.code).toBe('mutation/already-decided');
      if (!decisionWon) expect(decided.status).toBe(404);
      const { rows } = await db.query<{ table_name: string; deleted: boolean }>(
        `SELECT table_name, deleted FROM rows
         WHERE space_id = $1 AND key = $2 AND table_name IN ('leaveRequests', 'leaveDecisions')
         ORDER BY table_name`,
        [`agent:${agent.agentId}`, id],
      );
      expect(rows).toEqual(
        cancelWon
          ? [{ table_name: 'leaveRequests', deleted: true }]
          : [
              { table_name: 'leaveDecisions', deleted: false },
              { table_name: 'leaveRequests', deleted: false },
            ],
      );
      return cancelWon ? 'cancel' : 'decision';
    }

    /** Backends waiting behind any of `pids`. */
    async function waitersBehind(pids: number[]): Promise<number[]> {
      const { rows } = await db.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE pg_blocking_pids(pid) && $1::int[] ORDER BY pid',
        [pids],
      );
      return rows.map((row) => row.pid).filter((pid) => !pids.includes(pid));
    }

    async function nextWaiter(pids: number[]): Promise<number> {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const [pid] = await waitersBehind(pids);
        if (pid !== undefined) return pid;
        if (Date.now() > deadline) throw new Error('no request queued on the space lock');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }

    it.each(['cancel', 'decision'] as const)(
      'lets the first in the queue win when the %s reaches the lock first (5 rounds)',
      async (firstInQueue) => {
        for (let round = 0; round < 5; round += 1) {
          const id = await requestLeave();
          const blocker = new pg.Client({ connectionString: databaseUrl });
          await blocker.connect();
          try {
            await blocker.query('BEGIN');
            await blocker.query('SELECT id FROM spaces WHERE id = $1 FOR UPDATE', [
              `agent:${agent.agentId}`,
            ]);
            const [{ pid: blockerPid }] = (
              await blocker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
            ).rows as [{ pid: number }];
            let cancelled: ReturnType<typeof cancel>;
            let decided: ReturnType<typeof decide>;
            if (firstInQueue === 'cancel') {
              cancelled = cancel(id);
              const first = await nextWaiter([blockerPid]);
              decided = decide(id);
              await nextWaiter([blockerPid, first]);
            } else {
              decided = decide(id);
              const first = await nextWaiter([blockerPid]);
              cancelled = cancel(id);
              await nextWaiter([blockerPid, first]);
            }
            await blocker.query('COMMIT');
            expect(await outcome(id, await cancelled, await decided)).toBe(firstInQueue);
          } finally {
            await blocker.end();
          }
        }
      },
    );

    it('keeps exactly one winner when both are sent at once (20 rounds)', async () => {
      const winners = new Set<string>();
      for (let round = 0; round < 20; round += 1) {
        const id = await requestLeave();
        const [cancelled, decided] = await Promise.all([cancel(id), decide(id)]);
        winners.add(await outcome(id, cancelled, decided));
      }
      expect(winners.size).toBeGreaterThan(0);
    });
  },
);
