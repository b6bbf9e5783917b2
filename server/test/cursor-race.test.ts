/**
 * B7 cursor race (SYNC.md §5.3; the Replicache last-modified bug), real PostgreSQL only: 8 employer
 * writers commit concurrently into two agents' spaces and their organisation's, while 4 pullers
 * page through with their cursors. A cursor that moved past a version whose transaction had not
 * committed yet would skip that change for good; here every change committed before a pull cycle
 * began must be in the puller's state when the cycle ends, and at the end each puller's state
 * equals the database's rows for its agent.
 *
 * SYNC.md asks for 60 s; this runs for 15 s to keep the CI run short. Runs when TEST_DATABASE_URL
 * is set (and must under CI=true).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '@/domain/sync/protocol';
import { startServer, type StartedServer } from '../src/start-server';
import { createSchema, type PreparedStorage } from './child-server';
import {
  makeAgent,
  pullBody,
  shiftRow,
  trainingModulePut,
  type PullAnswer,
  type TestAgent,
} from './harness';

const RUN_MS = 15_000;
const KEYS_PER_WRITER = 6;
const url = process.env.TEST_DATABASE_URL;
const mustRun = process.env.CI === 'true';

/** The newest committed write of a key: a revision, and whether it was a delete. */
interface Written {
  rev: number;
  deleted: boolean;
}

describe.skipIf(!url && !mustRun)(
  `cursor race on PostgreSQL: 8 writers, 4 pullers, ${RUN_MS / 1000} s${url || mustRun ? '' : ' (skipped: no TEST_DATABASE_URL)'}`,
  () => {
    let prepared: PreparedStorage;
    let server: StartedServer;
    let databaseUrl: string;

    beforeAll(async () => {
      if (!url) throw new Error('CI=true but TEST_DATABASE_URL is not set');
      prepared = await createSchema(url);
      databaseUrl = (prepared.storage as { databaseUrl: string }).databaseUrl;
      server = await startServer({ databaseUrl });
    });
    afterAll(async () => {
      await server?.close();
      await prepared?.drop();
    });

    it('misses no committed change and ends equal to the database', async () => {
      const orgId = `org-race-${randomUUID().slice(0, 8)}`;
      const agents = [await makeAgent(server, orgId), await makeAgent(server, orgId)];
      const [first, second] = agents as [TestAgent, TestAgent];
      const orgSpace = `org:${orgId}`;
      const spaceOf = (agent: TestAgent) => `agent:${agent.agentId}`;
      /** Per space, key → newest committed write. Updated only after the commit returned. */
      const committed = new Map<string, Map<string, Written>>(
        [spaceOf(first), spaceOf(second), orgSpace].map((space) => [space, new Map()]),
      );
      /** Revisions of every delete a writer has started: the puller may already hold it. */
      const deletes = new Map<string, number[]>();
      const deadline = Date.now() + RUN_MS;
      let writes = 0;

      const writer = async (index: number) => {
        const [space, agent] =
          index < 3 ? [spaceOf(first), first] : index < 6 ? [spaceOf(second), second] : [orgSpace];
        const state = committed.get(space)!;
        let rev = 0;
        while (Date.now() < deadline) {
          const count = 1 + Math.floor(Math.random() * 4);
          const keys = new Set(
            Array.from({ length: count }, () => {
              const n = Math.floor(Math.random() * KEYS_PER_WRITER);
              return `w${index}-${n}`;
            }),
          );
          const planned: [string, Written][] = [];
          const changes: Change[] = [...keys].map((key) => {
            rev += 1;
            const deleted = state.has(key) && !state.get(key)!.deleted && Math.random() < 0.2;
            planned.push([key, { rev, deleted }]);
            if (deleted) deletes.set(key, [...(deletes.get(key) ?? []), rev]);
            if (agent) {
              return deleted
                ? { table: 'shifts', op: 'del', key }
                : { table: 'shifts', op: 'put', key, value: shiftRow(key, agent.agentId, rev) };
            }
            if (deleted) return { table: 'trainingModules', op: 'del', key };
            const { value } = trainingModulePut(key) as Extract<Change, { op: 'put' }>;
            const module = { ...(value as object), estimatedMinutes: rev };
            return { table: 'trainingModules', op: 'put', key, value: module };
          });
          if (agent) await server.admin.writeAsEmployer(agent.agentId, changes);
          else await server.admin.writeOrgRows(orgId, changes);
          for (const [key, written] of planned) state.set(key, written);
          writes += 1;
        }
      };

      const puller = (agent: TestAgent) => {
        const local = new Map<string, Record<string, unknown>>();
        const clientGroupId = `cg-${randomUUID()}`;
        const problems: string[] = [];
        let cursor: string | null = null;
        let cycles = 0;
        const revisionOf = (value: Record<string, unknown>) =>
          Number(value.revision ?? value.estimatedMinutes);

        /** Pulls until hasMore is false; then checks what had committed before it began. */
        const cycle = async () => {
          const expected = [spaceOf(agent), orgSpace].flatMap((space) => [
            ...committed.get(space)!.entries(),
          ]);
          let first = true;
          for (;;) {
            const limit = 3 + Math.floor(Math.random() * 18);
            const page = await agent.pull<PullAnswer>(pullBody(clientGroupId, cursor, limit));
            if (page.status !== 200) throw new Error(`pull answered ${page.status}`);
            if (page.body.reset && !(first && cursor === null)) {
              problems.push(`unexpected reset after ${cycles} cycles`);
            }
            if (page.body.reset) local.clear();
            for (const change of page.body.changes) {
              if (change.op === 'put') local.set(change.key, change.value!);
              else local.delete(change.key);
            }
            cursor = page.body.cursor;
            first = false;
            if (!page.body.hasMore) break;
          }
          cycles += 1;
          for (const [key, written] of expected) {
            const held = local.get(key);
            const heldRev = held ? revisionOf(held) : undefined;
            // Newer than committed is fine: a later write may commit while the cycle runs.
            const deletedLater = (deletes.get(key) ?? []).some((rev) => rev > written.rev);
            const ok =
              heldRev === undefined
                ? written.deleted || deletedLater
                : heldRev >= written.rev && (heldRev > written.rev || !written.deleted);
            if (!ok) {
              problems.push(
                `${key}: committed ${written.deleted ? 'del' : 'put'} r${written.rev}, puller holds ${heldRev ?? 'nothing'}`,
              );
            }
          }
        };
        return {
          agent,
          local,
          problems,
          cycles: () => cycles,
          async run() {
            while (Date.now() < deadline) {
              await cycle();
              await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
            }
          },
          cycle,
        };
      };

      const pullers = [first, first, second, second].map(puller);
      await Promise.all([
        ...Array.from({ length: 8 }, (_, index) => writer(index)),
        ...pullers.map((p) => p.run()),
      ]);

      // Quiet now: one more cycle each, then compare with the database.
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        for (const p of pullers) {
          await p.cycle();
          const { rows } = await client.query<{ key: string; value: Record<string, unknown> }>(
            'SELECT key, value FROM rows WHERE space_id = ANY($1) AND NOT deleted',
            [[spaceOf(p.agent), orgSpace]],
          );
          expect(p.problems).toEqual([]);
          expect(Object.fromEntries(p.local)).toEqual(
            Object.fromEntries(rows.map((row) => [row.key, row.value])),
          );
          expect(p.cycles()).toBeGreaterThan(10);
        }
      } finally {
        await client.end();
      }
      expect(writes).toBeGreaterThan(100);
    }, 60_000);
  },
);
