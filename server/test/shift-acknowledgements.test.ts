/**
 * `shiftChange.acknowledge` on the reference server (schema 4, issue #6): an acknowledgement of a
 * shift the agent holds, or held before the employer removed it, is stored and echoed; one of a
 * shift the agent never had, of another agent's shift, or queued under schema 3 is quarantined
 * with a code. A schema 3 client never sees the table.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationEnvelope } from '@/domain/sync/protocol';
import type { StartedServer } from '../src/start-server';
import {
  makeAgent,
  pullBody,
  pushBody,
  shiftRow,
  testDatabases,
  type PullAnswer,
  type TestAgent,
} from './harness';

function acknowledgement(
  seq: number,
  agentId: string,
  shiftId: string,
  overrides: Partial<MutationEnvelope> = {},
): MutationEnvelope {
  const id = `ack-${randomUUID()}`;
  return {
    seq,
    mutationId: randomUUID(),
    name: 'shiftChange.acknowledge',
    recordId: id,
    schemaVersion: 4,
    createdAt: '2026-11-22T08:30:00.000Z',
    args: { id, agentId, shiftId, revision: 2, acknowledgedAt: '2026-11-22T08:30:00.000Z' },
    ...overrides,
  };
}

describe.each(testDatabases())('shift acknowledgements on $name', (database) => {
  let server: StartedServer;
  let agent: TestAgent;
  let other: TestAgent;

  beforeAll(async () => {
    server = await database.start();
    agent = await makeAgent(server);
    other = await makeAgent(server, agent.orgId);
    const shifts = ['held', 'removed'].map((id) =>
      shiftRow(`${agent.agentId}-${id}`, agent.agentId, 2),
    );
    await server.admin.writeAsEmployer(
      agent.agentId,
      shifts.map((value) => ({ table: 'shifts', op: 'put', key: value.id, value })),
    );
    await server.admin.writeAsEmployer(agent.agentId, [
      { table: 'shifts', op: 'del', key: `${agent.agentId}-removed` },
    ]);
    const theirs = shiftRow(`${other.agentId}-held`, other.agentId);
    await server.admin.writeAsEmployer(other.agentId, [
      { table: 'shifts', op: 'put', key: theirs.id, value: theirs },
    ]);
  });
  afterAll(() => server.close());

  it('stores an acknowledgement of a held or removed shift and echoes it as sent', async () => {
    const group = `cg-${randomUUID()}`;
    const held = acknowledgement(1, agent.agentId, `${agent.agentId}-held`);
    const removed = acknowledgement(2, agent.agentId, `${agent.agentId}-removed`);
    const pushed = await agent.push(pushBody(group, [held, removed]));
    expect(pushed.status).toBe(200);
    expect(pushed.body.results.map((result) => result.status)).toEqual(['applied', 'applied']);

    const pulled = await agent.pull<PullAnswer>(pullBody(group, null, 1000));
    const echoes = pulled.body.changes.filter((change) => change.table === 'shiftAcknowledgements');
    expect(echoes.map((change) => change.value)).toEqual([
      { ...(held.args as object), syncState: 'sent' },
      { ...(removed.args as object), syncState: 'sent' },
    ]);
    // Delivered again: a duplicate, not a second row.
    const again = await agent.push(pushBody(group, [held, removed]));
    expect(again.body.results.map((result) => result.status)).toEqual(['duplicate', 'duplicate']);
  });

  it("rejects an unknown shift, another agent's shift and a schema 3 envelope, quarantined", async () => {
    const group = `cg-${randomUUID()}`;
    const quarantinedBefore = (await server.admin.listQuarantine()).length;
    const mutations = [
      acknowledgement(1, agent.agentId, 'no-such-shift'),
      acknowledgement(2, agent.agentId, `${other.agentId}-held`),
      acknowledgement(3, agent.agentId, `${agent.agentId}-held`, { schemaVersion: 3 }),
    ];
    const pushed = await agent.push(pushBody(group, mutations));
    expect(pushed.body.lastMutationSeq).toBe(3);
    expect(pushed.body.results.map((result) => [result.status, result.code])).toEqual([
      ['rejected', 'mutation/not-found'],
      ['rejected', 'mutation/not-found'],
      ['rejected', 'mutation/invalid-args'],
    ]);
    expect((await server.admin.listQuarantine()).length).toBe(quarantinedBefore + 3);
  });

  it('leaves the table out of a pull by a client still on schema 3', async () => {
    const group = `cg-${randomUUID()}`;
    const body = { ...pullBody(group, null, 1000), schemaVersion: 3 };
    const pulled = await agent.pull<PullAnswer>(body);
    expect(pulled.status).toBe(200);
    expect(pulled.body.changes.some((change) => change.table === 'shiftAcknowledgements')).toBe(
      false,
    );
    expect(pulled.body.changes.some((change) => change.table === 'shifts')).toBe(true);
  });
});
