import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEnvelope, SAMPLE_ROWS } from '../../../test/sync-builders';
import {
  MALFORMED_PULL_RESPONSES,
  MALFORMED_PUSH_RESPONSES,
  PUSH_FIXTURE_PREVIOUS_ACKED_SEQ,
  PUSH_FIXTURE_SEQS,
  validPullPage,
} from '../../../test/sync-malformed-fixtures';
import { DOWN_TABLE_PRIMARY_KEYS } from './down-tables';
import {
  findUnsafeStructure,
  parsePullRequest,
  parsePullResponse,
  parsePushRequest,
  parsePushResponse,
} from './protocol-schemas';
import { AGENT_TABLES, EMPLOYER_TABLES, type DownTable, type PushResponse } from './protocol';

const DOWN_TABLES: DownTable[] = [...EMPLOYER_TABLES, ...AGENT_TABLES];
const sent = PUSH_FIXTURE_SEQS.map((seq) => makeEnvelope(seq));

function pageWith(table: DownTable, value: unknown) {
  const key = (value as Record<string, string>)[DOWN_TABLE_PRIMARY_KEYS[table]];
  return { ...validPullPage(), changes: [{ table, op: 'put', key, value }] };
}

describe('parsePullResponse', () => {
  it.each(DOWN_TABLES)('accepts a put of a valid %s row and returns a copy', (table) => {
    const page = pageWith(table, structuredClone(SAMPLE_ROWS[table]));
    const result = parsePullResponse(page);
    expect(result).toEqual({ ok: true, value: page });
    expect(result.ok && result.value).not.toBe(page);
  });

  it.each(DOWN_TABLES)('accepts a del from %s', (table) => {
    const page = { ...validPullPage(), changes: [{ table, op: 'del', key: 'gone' }] };
    expect(parsePullResponse(page).ok).toBe(true);
  });

  it.each(DOWN_TABLES)('refuses a %s row with an unknown key', (table) => {
    const page = pageWith(table, { ...SAMPLE_ROWS[table], extra: 1 });
    expect(parsePullResponse(page)).toMatchObject({ ok: false });
  });

  it.each(MALFORMED_PULL_RESPONSES)('refuses %s', (_name, make) => {
    const result = parsePullResponse(make());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issue.length).toBeLessThanOrEqual(200);
  });

  it('names where a page went wrong', () => {
    const page = validPullPage() as unknown as { changes: { key: string }[] };
    page.changes[0]!.key = 'shift-2';
    expect(parsePullResponse(page)).toEqual({
      ok: false,
      issue: 'changes.0.key: key differs from value.id',
    });
  });

  it('refuses any leaf turned into another JSON type and any unknown key', () => {
    const leafPaths = collectLeafPaths(validPullPage());
    fc.assert(
      fc.property(
        fc.constantFrom(...leafPaths),
        fc.oneof(fc.constant('retype' as const), fc.constant('extra-key' as const)),
        (path, corruption) => {
          const page = validPullPage() as unknown;
          const parent = path
            .slice(0, -1)
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], page) as Record<
            string,
            unknown
          >;
          const leafKey = path[path.length - 1]!;
          if (corruption === 'retype') parent[leafKey] = retype(parent[leafKey]);
          else parent['unexpected'] = 1;
          expect(parsePullResponse(page).ok).toBe(false);
        },
      ),
      { numRuns: 1_000, seed: 20_261_122 },
    );
  });
});

describe('parsePushResponse', () => {
  const ack = (seq: number, status: 'applied' | 'duplicate' = 'applied') => ({
    seq,
    mutationId: `mutation-${seq}`,
    status,
  });

  it.each<[string, PushResponse]>([
    ['every mutation applied', { lastMutationSeq: 8, results: [ack(6), ack(7), ack(8)] }],
    ['duplicates of earlier deliveries', { lastMutationSeq: 8, results: [ack(6, 'duplicate')] }],
    ['a server that stopped early', { lastMutationSeq: 6, results: [ack(6)] }],
    ['a server that processed nothing new', { lastMutationSeq: 5, results: [] }],
    [
      'a rejection with a code',
      {
        lastMutationSeq: 7,
        results: [
          ack(6),
          { seq: 7, mutationId: 'mutation-7', status: 'rejected', code: 'args/invalid' },
        ],
      },
    ],
  ])('accepts %s', (_name, response) => {
    expect(parsePushResponse(response, sent, PUSH_FIXTURE_PREVIOUS_ACKED_SEQ)).toEqual({
      ok: true,
      value: response,
    });
  });

  it.each(MALFORMED_PUSH_RESPONSES)('refuses %s', (_name, make) => {
    expect(parsePushResponse(make(sent), sent, PUSH_FIXTURE_PREVIOUS_ACKED_SEQ).ok).toBe(false);
  });
});

describe('requests', () => {
  const push = { protocolVersion: 1, schemaVersion: 2, clientGroupId: 'cg-1' };

  it.each([
    ['a contiguous batch', [makeEnvelope(1), makeEnvelope(2)], true],
    ['an empty batch', [], true],
    ['a batch with a gap', [makeEnvelope(1), makeEnvelope(3)], false],
    ['an unknown mutation name', [{ ...makeEnvelope(1), name: 'salary.raise' }], false],
    ['a __proto__ key in args', [JSON.parse('{"__proto__":{}}') as unknown], false],
  ])('push with %s is valid: %s', (_name, mutations, isValid) => {
    expect(parsePushRequest({ ...push, mutations }).ok).toBe(isValid);
  });

  it.each([
    [{ cursor: null, limit: 500 }, true],
    [{ cursor: 'abc', limit: 1 }, true],
    [{ cursor: '', limit: 500 }, false],
    [{ cursor: null, limit: 0 }, false],
    [{ cursor: null, limit: 5_000 }, false],
  ])('pull %o is valid: %s', (fields, isValid) => {
    expect(parsePullRequest({ ...push, ...fields }).ok).toBe(isValid);
  });
});

describe('findUnsafeStructure', () => {
  it.each([
    [{ a: [{ b: 1 }] }, undefined],
    [JSON.parse('{"a":{"__proto__":1}}'), 'a: forbidden key "__proto__"'],
    [{ prototype: 1 }, '(root): forbidden key "prototype"'],
    [Array.from({ length: 600_000 }, () => 0), 'payload has too many values'],
  ])('finds %#', (value, issue) => {
    expect(findUnsafeStructure(value)).toBe(issue);
  });
});

function collectLeafPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, child]) => collectLeafPaths(child, [...path, key]));
}

/** A value of another JSON type than `value`. */
function retype(value: unknown): unknown {
  if (typeof value === 'string') return 7;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'true';
  return { unexpected: true };
}
