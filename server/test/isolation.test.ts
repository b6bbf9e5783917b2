import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe.each(testDatabases())('isolation on $name', (database) => {
  let server: StartedServer;
  const orgs = ['iso-org-1', 'iso-org-2'];
  const agents: TestAgent[] = [];

  beforeAll(async () => {
    server = await database.start();
    for (const orgId of orgs) {
      for (let index = 0; index < 3; index += 1) agents.push(await makeAgent(server, orgId));
    }
    for (const agent of agents) {
      const changes = Array.from({ length: 20 }, (_, index) => {
        const id = `${agent.agentId}-shift-${index}`;
        return { table: 'shifts', op: 'put', key: id, value: shiftRow(id, agent.agentId) } as const;
      });
      await server.admin.writeAsEmployer(agent.agentId, changes);
      await agent.push(pushBody(`cg-${agent.agentId}`, [escalationEnvelope(1, agent.agentId)]));
    }
    for (const orgId of orgs) {
      await server.admin.writeOrgRows(orgId, [trainingModulePut(`${orgId}-module`)]);
    }
  });
  afterAll(() => server.close());

  async function pullEverything(agent: TestAgent, clientGroupId: string, cursor: string | null) {
    const changes: PullAnswer['changes'] = [];
    let next = cursor;
    for (;;) {
      const answer = await agent.pull(pullBody(clientGroupId, next, 7));
      expect(answer.status).toBe(200);
      changes.push(...answer.body.changes);
      next = answer.body.cursor;
      if (!answer.body.hasMore) return changes;
    }
  }

  it("refuses agent B's token on A's client group with 403 and changes nothing", async () => {
    const [a, b] = [agents[0]!, agents[1]!];
    const log = await server.admin.mutationLog();
    const escalations = await server.admin.countRows('escalations');
    const push = await b.push(pushBody(`cg-${a.agentId}`, [escalationEnvelope(2, b.agentId)]));
    expect(push).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    const pull = await b.pull(pullBody(`cg-${a.agentId}`, null));
    expect(pull).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await server.admin.mutationLog()).toEqual(log);
    expect(await server.admin.countRows('escalations')).toBe(escalations);
  });

  it('never sends an agent a row of another agent or another organisation', async () => {
    for (const agent of agents) {
      const changes = await pullEverything(agent, `cg-${agent.agentId}`, null);
      const ownPrefix = `${agent.agentId}-`;
      const shifts = changes.filter((change) => change.table === 'shifts');
      expect(shifts).toHaveLength(20);
      for (const change of shifts) expect(change.key.startsWith(ownPrefix)).toBe(true);
      for (const change of changes) {
        const owner = change.value?.agentId;
        if (owner !== undefined) expect(owner).toBe(agent.agentId);
      }
      const modules = changes.filter((change) => change.table === 'trainingModules');
      expect(modules.map((change) => change.key)).toEqual([`${agent.orgId}-module`]);
      expect(changes.filter((change) => change.table === 'escalations')).toHaveLength(1);
    }
  });

  it("answers A's cursor, used by B, with a reset and only B's rows", async () => {
    const [a, b] = [agents[0]!, agents[4]!];
    const first = await a.pull(pullBody(`cg-${a.agentId}`, null, 5));
    const stolen = await b.pull(pullBody(`cg-${b.agentId}`, first.body.cursor, 100));
    expect(stolen.body.reset).toBe(true);
    for (const change of stolen.body.changes) {
      expect(change.key.startsWith(a.agentId)).toBe(false);
    }
  });
});
