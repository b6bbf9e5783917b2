/**
 * Schema 3 on the server (issue #4): the receipt committed with each escalation, notes and their
 * attachments (uploaded first, content-addressed per agent), and the schema window: schema 2
 * escalations out of it since schema 5, and pulls shaped down for a client still on schema 2.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '@/domain/escalation/escalation';
import type { StartedServer } from '../src/start-server';
import {
  escalationEnvelope,
  legacyEscalationEnvelope,
  makeAgent,
  noteEnvelope,
  pullBody,
  pushBody,
  testDatabases,
  type PullAnswer,
  type TestAgent,
} from './harness';

function picture(text = `picture ${randomUUID()}`) {
  const bytes = Buffer.from(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    bytes,
    sha256,
    ref: { sha256, contentType: 'image/jpeg', size: bytes.length, name: 'photo.jpg' },
  };
}

describe.each(testDatabases())('escalations on $name', (database) => {
  let server: StartedServer;
  let agent: TestAgent;
  let other: TestAgent;

  beforeAll(async () => {
    server = await database.start();
    agent = await makeAgent(server);
    other = await makeAgent(server, agent.orgId);
  });
  afterAll(() => server.close());

  const upload = (
    who: TestAgent | null,
    sha256: string,
    body: Buffer | string,
    contentType = 'image/jpeg',
  ) =>
    fetch(`${server.url}/api/attachments/${sha256}`, {
      method: 'PUT',
      headers: {
        'content-type': contentType,
        ...(who ? { authorization: `Bearer ${who.token}` } : {}),
      },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });

  const changesOf = async (who: TestAgent, clientGroupId: string, schemaVersion?: number) => {
    const body = pullBody(clientGroupId, null, 1000);
    const answer = await who.pull<PullAnswer>(
      schemaVersion === undefined ? body : { ...body, schemaVersion },
    );
    expect(answer.status).toBe(200);
    return answer.body.changes;
  };

  it('commits a received response with the escalation, in the same version', async () => {
    const group = `cg-${randomUUID()}`;
    const envelope = escalationEnvelope(1, agent.agentId);
    const before = Date.now();
    await agent.push(pushBody(group, [envelope]));
    const changes = await changesOf(agent, group);
    const receipt = changes.find((change) => change.table === 'escalationResponses');
    expect(receipt?.value).toEqual({
      id: receipt?.key,
      escalationId: envelope.recordId,
      agentId: agent.agentId,
      kind: 'received',
      at: expect.any(String),
      by: '',
      note: '',
    });
    expect(Date.parse(receipt?.value?.at as string)).toBeGreaterThanOrEqual(before - 1000);
    // Pushed again under the same record id, it is not received twice.
    await agent.push(pushBody(`cg-${randomUUID()}`, [{ ...envelope, mutationId: randomUUID() }]));
    const receipts = (await changesOf(agent, group)).filter(
      (change) =>
        change.table === 'escalationResponses' && change.value?.escalationId === envelope.recordId,
    );
    expect(receipts).toHaveLength(1);
  });

  it('refuses a schema 2 escalation once schema 5 closed the window on it, keeping nothing', async () => {
    // The translation of schema 1–2 args (fallback route, no link) is covered in schema-history;
    // since schema 5 the server's window is schemas 3–5.
    const group = `cg-${randomUUID()}`;
    const old = legacyEscalationEnvelope(1, agent.agentId, { schemaVersion: 2 });
    const answer = await agent.push(pushBody(group, [old]));
    expect(answer.body.results[0]).toMatchObject({
      status: 'rejected',
      code: 'mutation/unsupported-schema',
    });
    const echo = (await changesOf(agent, group)).find((change) => change.key === old.recordId);
    expect(echo).toBeUndefined();
  });

  it('refuses a current escalation without its link, and a note from before schema 3', async () => {
    const group = `cg-${randomUUID()}`;
    const escalation = escalationEnvelope(1, agent.agentId);
    const unlinked = escalationEnvelope(2, agent.agentId, {
      args: { ...(escalation.args as object), id: 'x', chain: null },
      recordId: 'x',
    });
    const oldNote = {
      ...noteEnvelope(3, agent.agentId, escalation.recordId),
      schemaVersion: 2,
    };
    const answer = await agent.push(pushBody(group, [escalation, unlinked, oldNote]));
    expect(answer.body.results.map((result) => result.code ?? result.status)).toEqual([
      'applied',
      'mutation/invalid-args',
      // Schema 2 is outside the window since schema 5.
      'mutation/unsupported-schema',
    ]);
  });

  it('shapes pulls for a client still on schema 2: no new tables, no new fields', async () => {
    const group = `cg-${randomUUID()}`;
    const escalation = escalationEnvelope(1, agent.agentId);
    const note = noteEnvelope(2, agent.agentId, escalation.recordId);
    await agent.push(pushBody(group, [escalation, note]));
    const changes = await changesOf(agent, group, 2);
    expect(changes.map((change) => change.table)).not.toContain('escalationResponses');
    expect(changes.map((change) => change.table)).not.toContain('escalationNotes');
    const echo = changes.find((change) => change.key === escalation.recordId);
    expect(echo?.value).not.toHaveProperty('routing');
    expect(echo?.value).not.toHaveProperty('chain');
    expect(echo?.value).toMatchObject({ id: escalation.recordId, syncState: 'sent' });
  });

  it('holds back a note until its attachment is uploaded, then applies it once', async () => {
    const group = `cg-${randomUUID()}`;
    const { bytes, sha256, ref } = picture();
    const escalation = escalationEnvelope(1, agent.agentId);
    const note = noteEnvelope(2, agent.agentId, escalation.recordId, ref);
    const waiting = await agent.push(pushBody(group, [escalation, note]));
    expect(waiting.status).toBe(200);
    expect(waiting.body.lastMutationSeq).toBe(1);
    expect(waiting.body.results.map((result) => result.seq)).toEqual([1]);
    expect(await server.admin.listQuarantine()).not.toContainEqual(
      expect.objectContaining({ mutationId: note.mutationId }),
    );

    expect((await upload(agent, sha256, bytes)).status).toBe(201);
    const applied = await agent.push(pushBody(group, [note]));
    expect(applied.body).toMatchObject({
      lastMutationSeq: 2,
      results: [{ seq: 2, status: 'applied' }],
    });
    const echo = (await changesOf(agent, group)).find((change) => change.key === note.recordId);
    expect(echo?.value).toEqual({ ...(note.args as object), syncState: 'sent' });
  });

  it('rejects a note on an escalation it does not hold, for good', async () => {
    const group = `cg-${randomUUID()}`;
    const note = noteEnvelope(1, agent.agentId, 'no-such-escalation');
    const answer = await agent.push(pushBody(group, [note]));
    expect(answer.body.results).toEqual([
      expect.objectContaining({ status: 'rejected', code: 'mutation/not-found' }),
    ]);
  });

  describe('PUT /api/attachments/:sha256', () => {
    it('stores the bytes once: 201, then 200 for the same bytes again', async () => {
      const { bytes, sha256 } = picture();
      const first = await upload(agent, sha256, bytes);
      expect(first.status).toBe(201);
      expect(await first.json()).toEqual({ sha256, size: bytes.length });
      expect((await upload(agent, sha256, bytes)).status).toBe(200);
    });

    it('keeps each agent’s attachments its own', async () => {
      const { bytes, sha256, ref } = picture();
      expect((await upload(agent, sha256, bytes)).status).toBe(201);
      // The other agent's note cannot lean on it: it waits for its own upload.
      const group = `cg-${randomUUID()}`;
      const escalation = escalationEnvelope(1, other.agentId);
      const note = noteEnvelope(2, other.agentId, escalation.recordId, ref);
      expect((await other.push(pushBody(group, [escalation, note]))).body.lastMutationSeq).toBe(1);
      // The same bytes uploaded by the other agent are stored for that agent, as new.
      expect((await upload(other, sha256, bytes)).status).toBe(201);
      expect((await other.push(pushBody(group, [note]))).body.lastMutationSeq).toBe(2);
    });

    it('answers 400 when the bytes do not match the hash, or the hash is not one', async () => {
      const { sha256 } = picture();
      const mismatch = await upload(agent, sha256, Buffer.from('other bytes'));
      expect(mismatch.status).toBe(400);
      expect(await mismatch.json()).toEqual({ error: 'bad-request' });
      expect((await upload(agent, sha256.toUpperCase(), Buffer.from('x'))).status).toBe(400);
      expect((await upload(agent, 'abc', Buffer.from('x'))).status).toBe(400);
      expect((await upload(agent, sha256, Buffer.alloc(0))).status).toBe(400);
    });

    it('answers 413 above MAX_ATTACHMENT_BYTES', async () => {
      const bytes = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 1);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const answer = await upload(agent, sha256, bytes);
      expect(answer.status).toBe(413);
      expect(await answer.json()).toEqual({ error: 'payload-too-large' });
    });

    it('accepts images only, and only with a valid token', async () => {
      const { bytes, sha256 } = picture();
      expect((await upload(agent, sha256, bytes, 'application/pdf')).status).toBe(415);
      const anonymous = await upload(null, sha256, bytes);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ error: 'auth' });
      for (const type of ['image/png', 'image/webp']) {
        const { bytes: image, sha256: hash } = picture(`${type} ${randomUUID()}`);
        expect((await upload(agent, hash, image, type)).status).toBe(201);
      }
    });
  });
});
