import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parsePushResponse } from '@/domain/sync/protocol-schemas';
import { SERVER_SCHEMA_VERSION } from '../src/mutation-rules';
import type { StartedServer } from '../src/start-server';
import {
  escalationEnvelope,
  leaveRequestEnvelope,
  legacyEscalationEnvelope,
  makeAgent,
  post,
  pullBody,
  pushBody,
  testDatabases,
  type PushAnswer,
  type TestAgent,
} from './harness';

describe.each(testDatabases())('push on $name', (database) => {
  let server: StartedServer;
  let agent: TestAgent;
  let clientGroupId: string;

  beforeAll(async () => {
    server = await database.start();
    agent = await makeAgent(server);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    clientGroupId = `cg-${randomUUID()}`;
  });

  const logRowsOf = async (mutationIds: string[]) =>
    (await server.admin.mutationLog()).filter((row) => mutationIds.includes(row.mutationId));

  it('applies a batch, then answers the same body as duplicate with no second effect', async () => {
    const mutations = [1, 2, 3].map((seq) => escalationEnvelope(seq, agent.agentId));
    const before = await server.admin.countRows('escalations');
    const first = await agent.push(pushBody(clientGroupId, mutations));
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      lastMutationSeq: 3,
      results: mutations.map(({ seq, mutationId }) => ({ seq, mutationId, status: 'applied' })),
    });
    const again = await agent.push(pushBody(clientGroupId, mutations));
    expect(again.body.lastMutationSeq).toBe(3);
    expect(again.body.results.map((result) => result.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(await server.admin.countRows('escalations')).toBe(before + 3);
    expect(await logRowsOf(mutations.map((m) => m.mutationId))).toHaveLength(3);
  });

  it('applies each mutation once when the same body arrives 10× in a row', async () => {
    const mutations = [1, 2].map((seq) => escalationEnvelope(seq, agent.agentId));
    const before = await server.admin.countRows('escalations');
    for (let round = 0; round < 10; round += 1) {
      const answer = await agent.push(pushBody(clientGroupId, mutations));
      expect(answer.status).toBe(200);
      const expected = round === 0 ? 'applied' : 'duplicate';
      expect(answer.body.results.map((result) => result.status)).toEqual([expected, expected]);
    }
    expect(await server.admin.countRows('escalations')).toBe(before + 2);
    expect(await logRowsOf(mutations.map((m) => m.mutationId))).toHaveLength(2);
  });

  it('applies each mutation once when the same body arrives 10× at once', async () => {
    const mutations = [1, 2, 3].map((seq) => escalationEnvelope(seq, agent.agentId));
    const before = await server.admin.countRows('escalations');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => agent.push(pushBody(clientGroupId, mutations))),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.lastMutationSeq).toBe(3);
      for (const result of answer.body.results) {
        expect(['applied', 'duplicate']).toContain(result.status);
      }
    }
    const applied = answers.flatMap((answer) =>
      answer.body.results.filter((result) => result.status === 'applied'),
    );
    expect(applied).toHaveLength(3);
    expect(await server.admin.countRows('escalations')).toBe(before + 3);
    const log = await logRowsOf(mutations.map((m) => m.mutationId));
    expect(log.map((row) => row.status)).toEqual(['applied', 'applied', 'applied']);
  });

  it('stops at a gap: seq last+2 is not applied, then last+1 and last+2 are', async () => {
    const [first, second, third] = [1, 2, 3].map((seq) => escalationEnvelope(seq, agent.agentId));
    expect((await agent.push(pushBody(clientGroupId, [first!]))).body.lastMutationSeq).toBe(1);
    const before = await server.admin.countRows('escalations');
    expect((await agent.push(pushBody(clientGroupId, [third!]))).body).toEqual({
      lastMutationSeq: 1,
      results: [],
    });
    expect(await server.admin.countRows('escalations')).toBe(before);
    expect(await logRowsOf([third!.mutationId])).toHaveLength(0);
    const answer = await agent.push(pushBody(clientGroupId, [second!, third!]));
    expect(answer.body.lastMutationSeq).toBe(3);
    expect(answer.body.results.map((result) => result.status)).toEqual(['applied', 'applied']);
    expect(await server.admin.countRows('escalations')).toBe(before + 2);
  });

  it('answers 410 client-state-not-found to an unknown client group past seq 1, keeping nothing', async () => {
    // The device had seqs 1–4 acknowledged by a server state that a restore from backup undid;
    // one of its mutations is still known from another client group.
    const known = escalationEnvelope(1, agent.agentId);
    await agent.push(pushBody(`cg-${randomUUID()}`, [known]));
    const mutations = [{ ...known, seq: 5 }, escalationEnvelope(6, agent.agentId)];
    const before = await server.admin.countRows('escalations');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      // The second attempt also gets 410: the first left no client group behind.
      expect(await agent.push(pushBody(clientGroupId, mutations))).toMatchObject({
        status: 410,
        body: { error: 'client-state-not-found' },
      });
    }
    expect(await server.admin.countRows('escalations')).toBe(before);
    expect(await logRowsOf([mutations[1]!.mutationId])).toHaveLength(0);
    expect((await agent.pull(pullBody(clientGroupId, null))).body.lastMutationSeq).toBe(0);

    // The client re-registers under a new group, renumbers from 1 and resends by mutationId.
    const renumbered = mutations.map((mutation, index) => ({ ...mutation, seq: index + 1 }));
    const answer = await agent.push(pushBody(`cg-${randomUUID()}`, renumbered));
    expect(answer.status).toBe(200);
    expect(answer.body.results.map((result) => result.status)).toEqual(['duplicate', 'applied']);
    expect(await server.admin.countRows('escalations')).toBe(before + 1);
  });

  it('answers a mutationId re-sent under a new seq as a duplicate, applied once', async () => {
    const first = escalationEnvelope(1, agent.agentId);
    await agent.push(pushBody(clientGroupId, [first]));
    const before = await server.admin.countRows('escalations');
    const resent = await agent.push(pushBody(clientGroupId, [{ ...first, seq: 2 }]));
    expect(resent.body).toEqual({
      lastMutationSeq: 2,
      results: [{ seq: 2, mutationId: first.mutationId, status: 'duplicate' }],
    });
    expect(await server.admin.countRows('escalations')).toBe(before);
  });

  it('quarantines permanent errors inside a batch of 10 and applies the rest', async () => {
    const mutations = Array.from({ length: 10 }, (_, index) =>
      escalationEnvelope(index + 1, agent.agentId),
    );
    mutations[2] = { ...mutations[2]!, args: { id: 'x' } };
    const foreign = mutations[5]!.args as Record<string, unknown>;
    mutations[5] = { ...mutations[5]!, args: { ...foreign, agentId: 'someone-else' } };
    mutations[7] = { ...mutations[7]!, recordId: `esc-${randomUUID()}` };
    const before = await server.admin.countRows('escalations');
    const quarantinedBefore = (await server.admin.listQuarantine()).length;

    const answer = await agent.push(pushBody(clientGroupId, mutations));
    expect(answer.status).toBe(200);
    expect(parsePushResponse(answer.body, mutations, 0)).toMatchObject({ ok: true });
    expect(answer.body.lastMutationSeq).toBe(10);
    const statuses = answer.body.results.map((result) => result.code ?? result.status);
    expect(statuses).toEqual([
      'applied',
      'applied',
      'mutation/invalid-args',
      'applied',
      'applied',
      'mutation/forbidden',
      'applied',
      'mutation/record-mismatch',
      'applied',
      'applied',
    ]);
    expect(await server.admin.countRows('escalations')).toBe(before + 7);
    const quarantine = (await server.admin.listQuarantine()).slice(quarantinedBefore) as {
      mutationId: string;
      reason: string;
      envelope: unknown;
    }[];
    expect(quarantine.map((row) => row.mutationId)).toEqual(
      [2, 5, 7].map((index) => mutations[index]!.mutationId),
    );
    expect(quarantine[0]!.envelope).toEqual(mutations[2]);
    const log = await logRowsOf(mutations.map((m) => m.mutationId));
    expect(log.filter((row) => row.status === 'rejected')).toHaveLength(3);
    expect(log).toHaveLength(10);

    // Re-delivery answers the same rejections, with no new quarantine rows or effects.
    const again = await agent.push(pushBody(clientGroupId, mutations));
    expect(again.body.results.map((result) => result.code ?? result.status)).toEqual(
      statuses.map((status) => (status === 'applied' ? 'duplicate' : status)),
    );
    expect((await server.admin.listQuarantine()).length).toBe(quarantinedBefore + 3);
    expect(await server.admin.countRows('escalations')).toBe(before + 7);
  });

  it('cancels a leave request, and refuses to cancel a decided or unknown one', async () => {
    const leave = (seq: number, id: string) => leaveRequestEnvelope(seq, agent.agentId, id);
    const cancel = (seq: number, id: string) => ({
      ...escalationEnvelope(seq, agent.agentId),
      name: 'leave.cancel' as const,
      recordId: id,
      args: {},
    });
    const [open, decided] = [`leave-${randomUUID()}`, `leave-${randomUUID()}`];
    await agent.push(pushBody(clientGroupId, [leave(1, open), leave(2, decided)]));
    await server.admin.writeAsEmployer(agent.agentId, [
      {
        table: 'leaveDecisions',
        op: 'put',
        key: decided,
        value: {
          requestId: decided,
          status: 'approved',
          decidedAt: '2026-11-22T09:00:00.000Z',
          note: '',
        },
      },
    ]);
    const answer = await agent.push(
      pushBody(clientGroupId, [cancel(3, open), cancel(4, decided), cancel(5, 'no-such-leave')]),
    );
    expect(answer.body.results.map((result) => result.code ?? result.status)).toEqual([
      'applied',
      'mutation/already-decided',
      'mutation/not-found',
    ]);
    const pulled = await agent.pull(pullBody(clientGroupId, null, 1000));
    const leaves = pulled.body.changes.filter((change) => change.table === 'leaveRequests');
    expect(leaves.find((change) => change.key === open)?.op).toBe('del');
    expect(leaves.find((change) => change.key === decided)?.op).toBe('put');
  });

  it('accepts mutations from the two previous schema versions', async () => {
    // Schemas 3 and 4 queued escalations as they are now (schema 2's had no routing or link,
    // and are out of the window since schema 5).
    const mutations = [
      escalationEnvelope(1, agent.agentId, { schemaVersion: SERVER_SCHEMA_VERSION - 2 }),
      escalationEnvelope(2, agent.agentId, { schemaVersion: SERVER_SCHEMA_VERSION - 1 }),
      escalationEnvelope(3, agent.agentId),
    ];
    const answer = await agent.push(pushBody(clientGroupId, mutations));
    expect(answer.body.results.map((result) => result.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
  });

  it('quarantines a mutation older than the two previous schema versions, and keeps nothing', async () => {
    const before = await server.admin.countRows('escalations');
    const tooOld = legacyEscalationEnvelope(1, agent.agentId, {
      schemaVersion: SERVER_SCHEMA_VERSION - 3,
    });
    const answer = await agent.push(pushBody(`cg-${randomUUID()}`, [tooOld]));
    expect(answer.body.results.map((result) => result.code ?? result.status)).toEqual([
      'mutation/unsupported-schema',
    ]);
    expect(await server.admin.countRows('escalations')).toBe(before);
  });

  it.each([
    ['an unknown protocol version', { protocolVersion: 2 }],
    ['a newer app schema', { schemaVersion: SERVER_SCHEMA_VERSION + 1 }],
  ])('answers 426 version-not-supported to %s', async (_label, override) => {
    const body = { ...pushBody(clientGroupId, []), ...override };
    expect(await agent.push(body)).toMatchObject({
      status: 426,
      body: { error: 'version-not-supported' },
    });
  });

  it('answers 426 to a mutation from a newer schema and keeps nothing', async () => {
    const newer = escalationEnvelope(1, agent.agentId, {
      schemaVersion: SERVER_SCHEMA_VERSION + 1,
    });
    expect((await agent.push(pushBody(clientGroupId, [newer]))).status).toBe(426);
    expect(await logRowsOf([newer.mutationId])).toHaveLength(0);
  });

  it('answers 413 to more than 50 mutations and to a body over 1 MiB', async () => {
    const many = Array.from({ length: 51 }, (_, index) =>
      escalationEnvelope(index + 1, agent.agentId),
    );
    expect(await agent.push(pushBody(clientGroupId, many))).toMatchObject({
      status: 413,
      body: { error: 'payload-too-large' },
    });
    const huge = escalationEnvelope(1, agent.agentId, { args: { blob: 'x'.repeat(1_100_000) } });
    expect((await agent.push(pushBody(clientGroupId, [huge]))).status).toBe(413);
    expect(await logRowsOf([...many, huge].map((m) => m.mutationId))).toHaveLength(0);
  });

  it('answers 400 bad-request to a malformed body', async () => {
    const answer = await post<PushAnswer>(`${server.url}/api/sync/push`, '{"protocolVersion":1', {
      authorization: `Bearer ${agent.token}`,
    });
    expect(answer).toMatchObject({ status: 400, body: { error: 'bad-request' } });
    const noncontiguous = [1, 3].map((seq) => escalationEnvelope(seq, agent.agentId));
    expect((await agent.push(pushBody(clientGroupId, noncontiguous))).status).toBe(400);
  });
});
