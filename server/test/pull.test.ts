import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '@/domain/sync/protocol';
import { parsePullResponse } from '@/domain/sync/protocol-schemas';
import type { StartedServer } from '../src/start-server';
import {
  escalationEnvelope,
  makeAgent,
  pullBody,
  pushBody,
  shiftRow,
  testDatabases,
  trainingModulePut,
  type PullAnswer,
  type TestAgent,
} from './harness';

const shiftPuts = (agentId: string, ids: string[], revision = 1): Change[] =>
  ids.map((id) => ({
    table: 'shifts',
    op: 'put',
    key: id,
    value: shiftRow(id, agentId, revision),
  }));

describe.each(testDatabases())('pull on $name', (database) => {
  let server: StartedServer;

  beforeAll(async () => {
    server = await database.start();
  });
  afterAll(() => server.close());

  /** Follows `hasMore` from `cursor`, checking every page with the engine's own parser. */
  async function pullAll(
    agent: TestAgent,
    clientGroupId: string,
    cursor: string | null,
    limit: number,
  ) {
    const pages: PullAnswer[] = [];
    let next = cursor;
    do {
      const answer = await agent.pull(pullBody(clientGroupId, next, limit));
      expect(answer.status).toBe(200);
      const parsed = parsePullResponse(answer.body);
      if (!parsed.ok) throw new Error(parsed.issue);
      pages.push(answer.body);
      next = answer.body.cursor;
      if (pages.length > 200) throw new Error('pull never ends');
    } while (pages.at(-1)!.hasMore);
    return pages;
  }

  const keys = (pages: PullAnswer[]) => pages.flatMap((page) => page.changes.map((c) => c.key));

  it('pages through every row once, within the limit, with reset only on the first page', async () => {
    const agent = await makeAgent(server);
    const ids = Array.from({ length: 7 }, (_, index) => `shift-${index}`);
    await server.admin.writeAsEmployer(agent.agentId, shiftPuts(agent.agentId, ids.slice(0, 4)));
    await server.admin.writeAsEmployer(agent.agentId, shiftPuts(agent.agentId, ids.slice(4)));
    const pages = await pullAll(agent, 'cg-paging', null, 2);
    expect(pages.map((page) => page.reset)).toEqual([true, false, false, false]);
    for (const page of pages) expect(page.changes.length).toBeLessThanOrEqual(2);
    expect(keys(pages)).toEqual(ids);
    // The estimate for a progress bar: exact here, and left out on the last page.
    expect(pages.map((page) => page.remaining)).toEqual([5, 3, 1, undefined]);
    const last = await agent.pull(pullBody('cg-paging', pages.at(-1)!.cursor, 2));
    expect(last.body).toMatchObject({ reset: false, changes: [], hasMore: false });
  });

  it('splits one large version across pages of one row', async () => {
    const agent = await makeAgent(server);
    const ids = ['a', 'b', 'c', 'd', 'e'].map((letter) => `shift-${letter}`);
    await server.admin.writeAsEmployer(agent.agentId, shiftPuts(agent.agentId, ids));
    const pages = await pullAll(agent, 'cg-split', null, 1);
    expect(pages).toHaveLength(5);
    expect(keys(pages)).toEqual(ids);
  });

  it('sends later puts and deletes as changes after the cursor, deletes as del', async () => {
    const agent = await makeAgent(server);
    await server.admin.writeAsEmployer(agent.agentId, shiftPuts(agent.agentId, ['s1', 's2', 's3']));
    const cursor = (await pullAll(agent, 'cg-delta', null, 10)).at(-1)!.cursor;
    await server.admin.writeAsEmployer(agent.agentId, [
      ...shiftPuts(agent.agentId, ['s2'], 2),
      { table: 'shifts', op: 'del', key: 's3' },
    ]);
    const changes = (await pullAll(agent, 'cg-delta', cursor, 10)).flatMap((page) => page.changes);
    expect(changes).toEqual([
      { table: 'shifts', op: 'put', key: 's2', value: shiftRow('s2', agent.agentId, 2) },
      { table: 'shifts', op: 'del', key: 's3' },
    ]);
    // A fresh client still learns of the delete, as a tombstone.
    const fresh = (await pullAll(agent, 'cg-fresh', null, 10)).flatMap((page) => page.changes);
    expect(fresh.find((change) => change.key === 's3')).toEqual({
      table: 'shifts',
      op: 'del',
      key: 's3',
    });
  });

  it.each(['not-a-cursor', 'eyJ2IjoyfQ', 'x'.repeat(300), Buffer.from('{}').toString('base64url')])(
    'answers reset and a full snapshot to the unusable cursor %s',
    async (cursor) => {
      const agent = await makeAgent(server);
      await server.admin.writeAsEmployer(agent.agentId, shiftPuts(agent.agentId, ['r1', 'r2']));
      const pages = await pullAll(agent, 'cg-reset', cursor, 10);
      expect(pages[0]!.reset).toBe(true);
      expect(keys(pages)).toEqual(['r1', 'r2']);
    },
  );

  it('resets a cursor issued for another schema version', async () => {
    const agent = await makeAgent(server);
    await server.admin.writeAsEmployer(agent.agentId, shiftPuts(agent.agentId, ['v1']));
    const cursor = (await pullAll(agent, 'cg-schema', null, 10)).at(-1)!.cursor;
    const older = await agent.pull({ ...pullBody('cg-schema', cursor, 10), schemaVersion: 1 });
    expect(older.body).toMatchObject({ reset: true, changes: [{ key: 'v1' }] });
  });

  it('echoes applied records in the agent space with lastMutationSeq from the same snapshot', async () => {
    const agent = await makeAgent(server);
    const cursor = (await pullAll(agent, 'cg-echo', null, 10)).at(-1)!.cursor;
    const envelope = escalationEnvelope(1, agent.agentId);
    await agent.push(pushBody('cg-echo', [envelope]));
    const pages = await pullAll(agent, 'cg-echo', cursor, 10);
    const changes = pages.flatMap((page) => page.changes);
    expect(changes.filter((change) => change.table === 'escalations')).toEqual([
      {
        table: 'escalations',
        op: 'put',
        key: envelope.recordId,
        value: { ...(envelope.args as object), syncState: 'sent' },
      },
    ]);
    // The server's receipt comes in the same pull (issue #4).
    expect(changes.filter((change) => change.table === 'escalationResponses')).toEqual([
      expect.objectContaining({
        value: expect.objectContaining({ escalationId: envelope.recordId, kind: 'received' }),
      }),
    ]);
    expect(pages.at(-1)!.lastMutationSeq).toBe(1);
  });

  it('sends the organisation space to its agents only', async () => {
    const orgId = `org-${randomUUID()}`;
    const [colleague, outsider] = [await makeAgent(server, orgId), await makeAgent(server)];
    await server.admin.writeOrgRows(orgId, [trainingModulePut('m1')]);
    const seen = keys(await pullAll(colleague, 'cg-org-1', null, 10));
    expect(seen).toEqual(['m1']);
    expect(keys(await pullAll(outsider, 'cg-org-2', null, 10))).toEqual([]);
  });

  it('answers 400 to a malformed pull and 426 to an unknown protocol', async () => {
    const agent = await makeAgent(server);
    expect((await agent.pull({ ...pullBody('cg-bad', null), limit: 0 })).status).toBe(400);
    expect((await agent.pull({ ...pullBody('cg-bad', null), extra: 1 })).status).toBe(400);
    expect(await agent.pull({ ...pullBody('cg-bad', null), protocolVersion: 2 })).toMatchObject({
      status: 426,
      body: { error: 'version-not-supported' },
    });
  });
});

describe('employer writes', () => {
  it('refuses rows the client would refuse, and writes nothing', async () => {
    const server = await testDatabases()[0]!.start();
    try {
      const agent = await makeAgent(server);
      const bad: Change[] = [
        ...shiftPuts(agent.agentId, ['ok']),
        { table: 'shifts', op: 'put', key: 'other-key', value: shiftRow('bad', agent.agentId) },
      ];
      await expect(server.admin.writeAsEmployer(agent.agentId, bad)).rejects.toThrow(/change 1/);
      expect(await server.admin.countRows('shifts')).toBe(0);
    } finally {
      await server.close();
    }
  });
});
