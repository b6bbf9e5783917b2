/**
 * B6 request fuzz: 1 000 malformed push bodies (wrong types, huge arrays, deep nesting,
 * `__proto__` keys, unknown names, non-JSON, another agent's client group). Every answer is a
 * 4xx, nothing in the database changes, and a valid push still works afterwards.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationEnvelope } from '@/domain/sync/protocol';
import { SERVER_SCHEMA_VERSION } from '../src/mutation-rules';
import type { StartedServer } from '../src/start-server';
import {
  escalationEnvelope,
  makeAgent,
  post,
  pullBody,
  pushBody,
  shiftRow,
  testDatabases,
  type TestAgent,
} from './harness';

const RUNS = 1_000;

/** A value that is certainly not a positive integer of the protocol. */
const notPositiveInt = fc.oneof(
  fc.integer({ min: -1_000, max: 0 }),
  fc.double({ noNaN: true }).filter((value) => !Number.isInteger(value)),
  fc.string(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.nat(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.nat(), { maxKeys: 3 }),
);
/** A value that is certainly not a protocol id (a string of 1–128 characters). */
const notId = fc.oneof(
  fc.constant(''),
  fc.string({ minLength: 129, maxLength: 400 }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
);
const unknownName = fc
  .string({ maxLength: 40 })
  .filter((name) => !name.includes('.') || !/^[a-z]+\.[a-z]+$/i.test(name));
const deepValue = fc.integer({ min: 34, max: 200 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = { nested: value };
  return value;
});

type Body = { json: unknown } | { text: string; contentType?: string };

function bodies(agentId: string, ownGroup: string, foreignGroup: string): fc.Arbitrary<Body> {
  const envelope = (seq = 1) => escalationEnvelope(seq, agentId);
  const withEnvelope = (change: (valid: MutationEnvelope) => unknown): Body => ({
    json: { ...pushBody(ownGroup, []), mutations: [change(envelope())] },
  });
  const wrongTopLevel = fc.oneof(
    fc.record({
      key: fc.constantFrom('protocolVersion', 'schemaVersion'),
      wrong: fc.oneof(notPositiveInt, fc.integer({ min: SERVER_SCHEMA_VERSION + 1, max: 99 })),
    }),
    fc.record({ key: fc.constant('clientGroupId'), wrong: notId }),
    fc.record({
      key: fc.constant('mutations'),
      wrong: notPositiveInt.filter((wrong) => !Array.isArray(wrong) || wrong.length > 0),
    }),
  );
  const topLevel = wrongTopLevel.map(({ key, wrong }): Body => ({
    json: { ...pushBody(ownGroup, [envelope()]), [key]: wrong },
  }));
  const envelopeField = fc.oneof(
    notPositiveInt.map((seq) => withEnvelope((valid) => ({ ...valid, seq }))),
    notId.map((mutationId) => withEnvelope((valid) => ({ ...valid, mutationId }))),
    notId.map((recordId) => withEnvelope((valid) => ({ ...valid, recordId }))),
    unknownName.map((name) => withEnvelope((valid) => ({ ...valid, name }))),
    fc
      .oneof(notPositiveInt, fc.integer({ min: SERVER_SCHEMA_VERSION + 1, max: 10_000 }))
      .map((schemaVersion) => withEnvelope((valid) => ({ ...valid, schemaVersion }))),
    fc
      .oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null))
      .map((createdAt) => withEnvelope((valid) => ({ ...valid, createdAt }))),
    fc
      .constantFrom('seq', 'mutationId', 'name', 'recordId', 'args', 'schemaVersion', 'createdAt')
      .map((key) =>
        withEnvelope((valid) =>
          Object.fromEntries(Object.entries(valid).filter(([field]) => field !== key)),
        ),
      ),
    fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((key) => !Object.keys(envelope()).includes(key))
      .map((key) => withEnvelope((valid) => ({ ...valid, [key]: 1 }))),
    deepValue.map((args) => withEnvelope((valid) => ({ ...valid, args }))),
  );
  const shapes = fc.oneof(
    // Arbitrary JSON values (never a valid request: a request needs protocolVersion 1 and more).
    fc.jsonValue({ maxDepth: 4 }).map((json): Body => ({ json })),
    // Huge arrays: too many mutations (413) or a huge array of junk.
    fc.integer({ min: 51, max: 400 }).map((count): Body => ({
      json: pushBody(
        ownGroup,
        Array.from({ length: count }, (_, index) => envelope(index + 1)),
      ),
    })),
    fc
      .array(fc.integer(), { minLength: 51, maxLength: 2_000 })
      .map((mutations): Body => ({ json: { ...pushBody(ownGroup, []), mutations } })),
    // Deep nesting anywhere.
    deepValue.map((json): Body => ({ json: { ...pushBody(ownGroup, []), extra: json } })),
    // Prototype keys, written as raw JSON so they reach the server.
    fc.constantFrom('__proto__', 'constructor', 'prototype').chain((key) =>
      fc.constantFrom<Body>(
        {
          text: JSON.stringify(pushBody(ownGroup, [envelope()])).replace('{', `{"${key}":{"x":1},`),
        },
        {
          text: JSON.stringify(pushBody(ownGroup, [envelope()])).replace(
            '"args":{',
            `"args":{"${key}":{"polluted":true},`,
          ),
        },
      ),
    ),
    // Gaps and disorder inside one batch.
    fc
      .array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 6 })
      .filter((seqs) => seqs.some((seq, index) => index > 0 && seq !== seqs[index - 1]! + 1))
      .map((seqs): Body => ({
        json: pushBody(
          ownGroup,
          seqs.map((seq) => envelope(seq)),
        ),
      })),
    // Not JSON at all, or not declared as JSON.
    fc.string({ maxLength: 200 }).map((text): Body => ({ text: `${text}{` })),
    fc
      .jsonValue()
      .map((json): Body => ({ text: JSON.stringify(json) ?? 'null', contentType: 'text/plain' })),
    // A valid body on another agent's client group.
    fc.constant<Body>({ json: pushBody(foreignGroup, [envelope()]) }),
  );
  return fc.oneof(topLevel, envelopeField, shapes);
}

describe.each(testDatabases())('push fuzz on $name', (database) => {
  let server: StartedServer;
  let agent: TestAgent;
  let other: TestAgent;

  beforeAll(async () => {
    server = await database.start();
    [agent, other] = [await makeAgent(server), await makeAgent(server)];
    await server.admin.writeAsEmployer(agent.agentId, [
      {
        table: 'shifts',
        op: 'put',
        key: 'fuzz-shift',
        value: shiftRow('fuzz-shift', agent.agentId),
      },
    ]);
    await agent.push(pushBody('cg-fuzz', [escalationEnvelope(1, agent.agentId)]));
    await other.push(pushBody('cg-other', [escalationEnvelope(1, other.agentId)]));
  });
  afterAll(() => server.close());

  /** A checksum of everything the API and admin can see of the database. */
  async function checksum(): Promise<string> {
    const state = {
      log: await server.admin.mutationLog(),
      quarantine: await server.admin.listQuarantine(),
      escalations: await server.admin.countRows('escalations'),
      shifts: await server.admin.countRows('shifts'),
      agent: (await agent.pull(pullBody('cg-fuzz', null, 1000))).body,
      other: (await other.pull(pullBody('cg-other', null, 1000))).body,
    };
    return createHash('sha256').update(JSON.stringify(state)).digest('hex');
  }

  it(`answers ${RUNS} malformed bodies with 4xx and changes nothing`, async () => {
    const before = await checksum();
    const statuses = new Map<number, number>();
    const url = `${server.url}/api/sync/push`;
    await fc.assert(
      fc.asyncProperty(bodies(agent.agentId, 'cg-fuzz', 'cg-other'), async (body) => {
        const headers = { authorization: `Bearer ${agent.token}` };
        const answer =
          'json' in body
            ? await post(url, JSON.stringify(body.json) ?? '', headers)
            : await post(url, body.text, {
                ...headers,
                'content-type': body.contentType ?? 'application/json',
              });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(answer.body).toEqual({ error: expect.any(String) });
      }),
      { numRuns: RUNS, seed: 20261122 },
    );
    console.info(`push fuzz on ${database.name}:`, Object.fromEntries(statuses));
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(RUNS);
    expect(await checksum()).toBe(before);

    const valid = await agent.push(pushBody('cg-fuzz', [escalationEnvelope(2, agent.agentId)]));
    expect(valid.status).toBe(200);
    expect(valid.body.results[0]?.status).toBe('applied');
  });
});
