import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StartedServer } from '../src/start-server';
import {
  escalationEnvelope,
  leaveRequestEnvelope,
  makeAgent,
  noteEnvelope,
  pullBody,
  pushBody,
  startOnPostgres,
  type TestAgent,
} from './harness';

const KEY = 'employer-test-key-0123456789';

interface Answer<T = unknown> {
  status: number;
  body: T;
}

async function call<T = Record<string, unknown>>(
  method: 'GET' | 'POST',
  url: string,
  options: { key?: string; body?: unknown } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** PGlite always; PostgreSQL when TEST_DATABASE_URL is set (the harness pattern, with the key). */
const databases = [
  { name: 'pglite', start: () => startServer({ employerApiKey: KEY }) },
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          name: 'postgresql',
          start: () =>
            startOnPostgres(process.env.TEST_DATABASE_URL ?? '', { employerApiKey: KEY }),
        },
      ]
    : []),
];

interface EscalationList {
  escalations: {
    agentId: string;
    escalation: { id: string };
    responses: { kind: string }[];
    notes: unknown[];
  }[];
}

describe.each(databases)('employer API on $name', (database) => {
  let server: StartedServer;
  let agent: TestAgent;
  let colleague: TestAgent;
  let outsider: TestAgent;
  const clientGroupId = `cg-${randomUUID()}`;
  let seq = 0;
  const api = (path: string) => `${server.url}/api/employer${path}`;

  const pushOne = async (who: TestAgent, envelope: ReturnType<typeof escalationEnvelope>) => {
    const group = who === agent ? clientGroupId : `cg-${randomUUID()}`;
    const answer = await who.push(pushBody(group, [envelope]));
    expect(answer.body.results[0]?.status).toBe('applied');
  };

  beforeAll(async () => {
    server = await database.start();
    agent = await makeAgent(server, `org-emp-${randomUUID().slice(0, 8)}`);
    colleague = await makeAgent(server, agent.orgId);
    outsider = await makeAgent(server);
  });
  afterAll(() => server.close());

  const listEscalations = async () => {
    const listed = await call<EscalationList>('GET', api(`/escalations?orgId=${agent.orgId}`), {
      key: KEY,
    });
    expect(listed.status).toBe(200);
    return listed.body.escalations;
  };
  const kindsOf = async (escalationId: string) =>
    (await listEscalations())
      .find((item) => item.escalation.id === escalationId)
      ?.responses.map((response) => response.kind);

  it('lists an escalation with the server’s receipt; acknowledging it reaches the agent by pull', async () => {
    seq += 1;
    const envelope = escalationEnvelope(seq, agent.agentId);
    await pushOne(agent, envelope);
    const first = await agent.pull(pullBody(clientGroupId, null, 1000));

    expect(await listEscalations()).toContainEqual({
      agentId: agent.agentId,
      escalation: expect.objectContaining({ id: envelope.recordId, syncState: 'sent' }),
      responses: [
        expect.objectContaining({ escalationId: envelope.recordId, kind: 'received', by: '' }),
      ],
      notes: [],
    });

    const before = Date.now();
    const ack = await call<{ agentId: string; response: Record<string, unknown> }>(
      'POST',
      api(`/escalations/${envelope.recordId}/acknowledge`),
      { key: KEY, body: { note: 'On it', by: 'Duty supervisor' } },
    );
    expect(ack).toMatchObject({
      status: 200,
      body: {
        agentId: agent.agentId,
        response: {
          escalationId: envelope.recordId,
          agentId: agent.agentId,
          kind: 'acknowledged',
          by: 'Duty supervisor',
          note: 'On it',
        },
      },
    });
    expect(Date.parse(ack.body.response.at as string)).toBeGreaterThanOrEqual(before - 1000);

    const next = await agent.pull(pullBody(clientGroupId, first.body.cursor, 1000));
    expect(next.body.changes).toEqual([
      {
        table: 'escalationResponses',
        op: 'put',
        key: ack.body.response.id,
        value: ack.body.response,
      },
    ]);

    const again = await call('POST', api(`/escalations/${envelope.recordId}/acknowledge`), {
      key: KEY,
    });
    expect(again).toEqual({ status: 409, body: { error: 'conflict' } });
    const resolved = await call('POST', api(`/escalations/${envelope.recordId}/resolve`), {
      key: KEY,
      body: { note: 'Fixed' },
    });
    expect(resolved.status).toBe(200);
    expect(await kindsOf(envelope.recordId)).toEqual(['received', 'acknowledged', 'resolved']);
    for (const action of ['acknowledge', 'resolve']) {
      const late = await call('POST', api(`/escalations/${envelope.recordId}/${action}`), {
        key: KEY,
      });
      expect(late.status).toBe(409);
    }
  });

  it('resolves an escalation that was never acknowledged', async () => {
    const envelope = escalationEnvelope(++seq, agent.agentId);
    await pushOne(agent, envelope);
    const resolved = await call('POST', api(`/escalations/${envelope.recordId}/resolve`), {
      key: KEY,
    });
    expect(resolved).toMatchObject({
      status: 200,
      body: { response: { kind: 'resolved', by: '' } },
    });
    expect(await kindsOf(envelope.recordId)).toEqual(['received', 'resolved']);
  });

  it('adds messages at any time, each its own response the agent pulls', async () => {
    const envelope = escalationEnvelope(++seq, agent.agentId);
    await pushOne(agent, envelope);
    const cursor = (await agent.pull(pullBody(clientGroupId, null, 1000))).body.cursor;
    const message = (note: string) =>
      call<{ response: { id: string } }>(
        'POST',
        api(`/escalations/${envelope.recordId}/messages`),
        {
          key: KEY,
          body: { by: '客户关系部', note },
        },
      );
    const first = await message('我们已联系旅客');
    expect(first).toMatchObject({
      status: 200,
      body: { response: { kind: 'message', by: '客户关系部', note: '我们已联系旅客' } },
    });
    await call('POST', api(`/escalations/${envelope.recordId}/resolve`), { key: KEY });
    expect((await message('Follow-up after resolution')).status).toBe(200);
    expect(await kindsOf(envelope.recordId)).toEqual([
      'received',
      'message',
      'resolved',
      'message',
    ]);
    const pulled = await agent.pull(pullBody(clientGroupId, cursor, 1000));
    expect(pulled.body.changes.map((change) => change.table)).toEqual([
      'escalationResponses',
      'escalationResponses',
      'escalationResponses',
    ]);
    for (const body of [
      { note: 'no sender' },
      { by: 'x' },
      { by: '', note: 'x' },
      { by: 'x', note: '' },
    ]) {
      const refused = await call('POST', api(`/escalations/${envelope.recordId}/messages`), {
        key: KEY,
        body,
      });
      expect(refused).toEqual({ status: 400, body: { error: 'bad-request' } });
    }
    expect(
      (
        await call('POST', api('/escalations/nope/messages'), {
          key: KEY,
          body: { by: 'x', note: 'y' },
        })
      ).status,
    ).toBe(404);
  });

  it('lists the agent’s notes and serves their attachments to the org only', async () => {
    const envelope = escalationEnvelope(++seq, agent.agentId);
    await pushOne(agent, envelope);
    const bytes = Buffer.from('a screenshot, as far as this test is concerned');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const uploaded = await fetch(`${server.url}/api/attachments/${sha256}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${agent.token}`, 'content-type': 'image/png' },
      body: bytes,
    });
    expect(uploaded.status).toBe(201);
    const attachment = { sha256, contentType: 'image/png', size: bytes.length, name: 'shot.png' };
    const note = noteEnvelope(++seq, agent.agentId, envelope.recordId, attachment);
    await pushOne(agent, note);

    const item = (await listEscalations()).find((e) => e.escalation.id === envelope.recordId);
    expect(item?.notes).toEqual([{ ...(note.args as object), syncState: 'sent' }]);

    const fetched = await fetch(api(`/attachments/${sha256}?orgId=${agent.orgId}`), {
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(bytes);
    const otherOrg = await call('GET', api(`/attachments/${sha256}?orgId=${outsider.orgId}`), {
      key: KEY,
    });
    expect(otherOrg.status).toBe(404);
    expect((await call('GET', api(`/attachments/${sha256}`), { key: KEY })).status).toBe(400);
    expect(
      (await call('GET', api(`/attachments/not-a-hash?orgId=${agent.orgId}`), { key: KEY })).status,
    ).toBe(400);
  });

  it('lists only the org’s agents and never an agent of another org', async () => {
    await pushOne(colleague, escalationEnvelope(1, colleague.agentId));
    await pushOne(outsider, escalationEnvelope(1, outsider.agentId));
    const listed = await call<EscalationList>('GET', api(`/escalations?orgId=${agent.orgId}`), {
      key: KEY,
    });
    const agents = new Set(listed.body.escalations.map((e) => e.agentId));
    expect(agents.has(colleague.agentId)).toBe(true);
    expect(agents.has(outsider.agentId)).toBe(false);
    const theirs = await call<EscalationList>('GET', api(`/escalations?orgId=${outsider.orgId}`), {
      key: KEY,
    });
    expect(theirs.body.escalations.map((e) => e.agentId)).toEqual([outsider.agentId]);
  });

  it('decides a leave request once: 200, then 409; unknown → 404; the agent pulls it', async () => {
    const id = `leave-${randomUUID()}`;
    seq += 1;
    const request = leaveRequestEnvelope(seq, agent.agentId, id);
    expect((await agent.push(pushBody(clientGroupId, [request]))).body.results[0]?.status).toBe(
      'applied',
    );
    const listed = await call<{ leaveRequests: { request: { id: string }; decision: unknown }[] }>(
      'GET',
      api(`/leave-requests?orgId=${agent.orgId}`),
      { key: KEY },
    );
    expect(listed.body.leaveRequests).toContainEqual(
      expect.objectContaining({ request: expect.objectContaining({ id }), decision: null }),
    );
    const decide = (body: unknown, key = id) =>
      call('POST', api(`/leave-requests/${key}/decision`), { key: KEY, body });
    expect(await decide({ status: 'approved', note: 'Enjoy' })).toMatchObject({
      status: 200,
      body: { decision: { requestId: id, status: 'approved', note: 'Enjoy' } },
    });
    expect(await decide({ status: 'declined' })).toEqual({
      status: 409,
      body: { error: 'conflict' },
    });
    expect((await decide({ status: 'approved' }, 'no-such-request')).status).toBe(404);
    const pulled = await agent.pull(pullBody(clientGroupId, null, 1000));
    expect(pulled.body.changes).toContainEqual(
      expect.objectContaining({
        table: 'leaveDecisions',
        op: 'put',
        key: id,
        value: expect.objectContaining({ status: 'approved' }),
      }),
    );
    // The agent can no longer cancel it.
    seq += 1;
    const cancel = {
      ...escalationEnvelope(seq, agent.agentId),
      name: 'leave.cancel' as const,
      recordId: id,
      args: {},
    };
    expect((await agent.push(pushBody(clientGroupId, [cancel]))).body.results[0]?.code).toBe(
      'mutation/already-decided',
    );
  });

  it('decides a swap request into swapDecisions', async () => {
    const id = `swap-${randomUUID()}`;
    seq += 1;
    const request = {
      ...escalationEnvelope(seq, agent.agentId),
      name: 'swap.request' as const,
      recordId: id,
      args: {
        id,
        agentId: agent.agentId,
        shiftId: 'shift-1',
        kind: 'offer',
        note: '',
        createdAt: '2026-11-22T08:30:00.000Z',
      },
    };
    expect((await agent.push(pushBody(clientGroupId, [request]))).body.results[0]?.status).toBe(
      'applied',
    );
    const decided = await call('POST', api(`/swap-requests/${id}/decision`), {
      key: KEY,
      body: { status: 'declined', note: 'Short-staffed' },
    });
    expect(decided.status).toBe(200);
    const listed = await call<{
      swapRequests: { request: { id: string }; decision: { status: string } | null }[];
    }>('GET', api(`/swap-requests?orgId=${agent.orgId}`), { key: KEY });
    expect(listed.body.swapRequests.find((s) => s.request.id === id)?.decision?.status).toBe(
      'declined',
    );
    expect(
      (
        await call('POST', api(`/swap-requests/${id}/decision`), {
          key: KEY,
          body: { status: 'approved' },
        })
      ).status,
    ).toBe(409);
  });

  it('accepts exactly one of several concurrent decisions on one request', async () => {
    const id = `leave-${randomUUID()}`;
    seq += 1;
    const request = leaveRequestEnvelope(seq, agent.agentId, id, {
      kind: 'sick',
      day: '2026-12-02',
    });
    expect((await agent.push(pushBody(clientGroupId, [request]))).body.results[0]?.status).toBe(
      'applied',
    );
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        call('POST', api(`/leave-requests/${id}/decision`), {
          key: KEY,
          body: { status: index % 2 === 0 ? 'approved' : 'declined' },
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
  });

  it('validates bodies and queries strictly (400) and writes nothing', async () => {
    const envelope = escalationEnvelope(++seq, agent.agentId);
    await pushOne(agent, envelope);
    const path = api(`/escalations/${envelope.recordId}/acknowledge`);
    for (const body of [
      { note: 1 },
      { note: 'x', extra: true },
      ['note'],
      { note: 'x'.repeat(10_001) },
    ]) {
      expect(await call('POST', path, { key: KEY, body })).toEqual({
        status: 400,
        body: { error: 'bad-request' },
      });
    }
    const leave = api('/leave-requests/whatever/decision');
    for (const body of [
      { status: 'maybe' },
      {},
      { status: 'approved', decidedAt: '2020-01-01T00:00:00Z' },
    ]) {
      expect((await call('POST', leave, { key: KEY, body })).status).toBe(400);
    }
    expect((await call('GET', api('/escalations'), { key: KEY })).status).toBe(400);
    expect((await call('GET', api('/escalations?orgId=a&x=1'), { key: KEY })).status).toBe(400);
    expect(await kindsOf(envelope.recordId)).toEqual(['received']);
  });

  it('answers 401 to a missing or wrong key and 404 to an unknown escalation', async () => {
    const path = api(`/escalations?orgId=${agent.orgId}`);
    expect(await call('GET', path)).toEqual({ status: 401, body: { error: 'auth' } });
    expect(await call('GET', path, { key: `${KEY}x` })).toEqual({
      status: 401,
      body: { error: 'auth' },
    });
    expect(await call('GET', path, { key: agent.token })).toEqual({
      status: 401,
      body: { error: 'auth' },
    });
    const ack = api('/escalations/nope/acknowledge');
    expect(await call('POST', ack, { key: 'wrong' })).toEqual({
      status: 401,
      body: { error: 'auth' },
    });
    expect(await call('POST', ack, { key: KEY })).toEqual({
      status: 404,
      body: { error: 'not-found' },
    });
  });
});

describe('employer API without a key', () => {
  let server: StartedServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('answers 404 on every route, with or without a bearer', async () => {
    for (const [method, path] of [
      ['GET', '/api/employer/escalations?orgId=x'],
      ['POST', '/api/employer/escalations/x/acknowledge'],
      ['POST', '/api/employer/escalations/x/messages'],
      ['GET', `/api/employer/attachments/${'0'.repeat(64)}?orgId=x`],
      ['GET', '/api/employer/leave-requests?orgId=x'],
      ['POST', '/api/employer/swap-requests/x/decision'],
    ] as const) {
      for (const key of [undefined, '', KEY]) {
        const answer = await call(method, `${server.url}${path}`, key === undefined ? {} : { key });
        expect(answer).toEqual({ status: 404, body: { error: 'not-found' } });
      }
    }
  });
});
