/**
 * Malformed adapter responses (SYNC.md §5.2 A3). Each must be refused by the parse functions, and
 * an engine that receives one must leave every Dexie table byte-identical. Push fixtures are built
 * against a sent batch of seqs 6, 7, 8 after an acknowledged seq of 5.
 */
import type { MutationEnvelope, PullResponse } from '@/domain/sync/protocol';
import { SAMPLE_ROWS } from './sync-builders';

export const PUSH_FIXTURE_PREVIOUS_ACKED_SEQ = 5;
export const PUSH_FIXTURE_SEQS = [6, 7, 8] as const;

export function validPullPage(): PullResponse {
  return {
    cursor: 'cursor-2',
    reset: false,
    changes: [
      { table: 'shifts', op: 'put', key: 'shift-1', value: structuredClone(SAMPLE_ROWS.shifts) },
      {
        table: 'payStatements',
        op: 'put',
        key: 'pay-2026-10',
        value: structuredClone(SAMPLE_ROWS.payStatements),
      },
      { table: 'kpiDaily', op: 'del', key: 'kpi-1' },
    ],
    hasMore: false,
    lastMutationSeq: 0,
  };
}

type Json = Record<string, unknown>;
const TEN_MEBIBYTES = 'x'.repeat(10 * 1024 * 1024);

/** A valid page whose first change (a shift put) has been edited. */
function withShift(edit: (shift: Json, change: Json) => void): unknown {
  const page = validPullPage();
  const change = page.changes[0] as unknown as Json;
  edit(change.value as Json, change);
  return page;
}

function withStatement(edit: (statement: Json) => void): unknown {
  const page = validPullPage();
  edit((page.changes[1] as unknown as { value: Json }).value);
  return page;
}

function withPage(edit: (page: Json) => void): unknown {
  const page = validPullPage() as unknown as Json;
  edit(page);
  return page;
}

function withChange(change: unknown): unknown {
  return withPage((page) => {
    page.changes = [change];
  });
}

function deeplyNested(depth: number): Json {
  let node: Json = { leaf: true };
  for (let level = 0; level < depth; level += 1) node = { node };
  return node;
}

export const MALFORMED_PULL_RESPONSES: ReadonlyArray<readonly [string, () => unknown]> = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['a number', () => 0],
  ['NaN', () => Number.NaN],
  ['a bigint', () => 10n],
  ['true', () => true],
  ['a plain string', () => 'ok'],
  ['an HTML error page served with 200', () => '<!doctype html><h1>502 Bad Gateway</h1>'],
  ['a truncated JSON body', () => JSON.stringify(validPullPage()).slice(0, 40)],
  ['an empty array', () => []],
  ['the page wrapped in an array', () => [validPullPage()]],
  ['a function', () => () => validPullPage()],
  ['a Date', () => new Date(0)],
  ['a symbol', () => Symbol('page')],
  ['a Map', () => new Map([['cursor', 'c']])],
  ['an empty object', () => ({})],
  ['a missing cursor', () => withPage((page) => delete page.cursor)],
  ['a null cursor', () => withPage((page) => (page.cursor = null))],
  ['an empty cursor', () => withPage((page) => (page.cursor = ''))],
  ['a numeric cursor', () => withPage((page) => (page.cursor = 42))],
  ['a 5 000-character cursor', () => withPage((page) => (page.cursor = 'c'.repeat(5_000)))],
  ['reset as a string', () => withPage((page) => (page.reset = 'false'))],
  ['a missing reset', () => withPage((page) => delete page.reset)],
  ['missing changes', () => withPage((page) => delete page.changes)],
  ['changes as an object', () => withPage((page) => (page.changes = {}))],
  ['changes as a string', () => withPage((page) => (page.changes = 'none'))],
  ['hasMore as a number', () => withPage((page) => (page.hasMore = 1))],
  ['a negative lastMutationSeq', () => withPage((page) => (page.lastMutationSeq = -1))],
  ['a fractional lastMutationSeq', () => withPage((page) => (page.lastMutationSeq = 1.5))],
  ['lastMutationSeq as a string', () => withPage((page) => (page.lastMutationSeq = '3'))],
  ['an infinite lastMutationSeq', () => withPage((page) => (page.lastMutationSeq = Infinity))],
  ['an unknown top-level key', () => withPage((page) => (page.version = 2))],
  [
    'a __proto__ key at the top',
    () => JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(validPullPage()).slice(1)}`),
  ],
  [
    'a constructor key at the top',
    () => withPage((page) => Object.assign(page, { constructor: 'x' })),
  ],
  [
    'a duplicated JSON key whose last value is wrong',
    () =>
      JSON.parse(
        '{"cursor":"c","reset":false,"changes":[],"hasMore":false,"lastMutationSeq":0,"cursor":5}',
      ),
  ],
  ['a put for an unknown table', () => withShift((_, change) => (change.table = 'salaries'))],
  ['a del for an unknown table', () => withChange({ table: 'salaries', op: 'del', key: 'x' })],
  ['a __proto__ table', () => withChange({ table: '__proto__', op: 'del', key: 'x' })],
  ['an unknown op', () => withShift((_, change) => (change.op = 'upsert'))],
  ['a missing key', () => withShift((_, change) => delete change.key)],
  ['a numeric key', () => withShift((_, change) => (change.key = 1))],
  ['a key that differs from the row id', () => withShift((_, change) => (change.key = 'shift-2'))],
  ['a put without a value', () => withShift((_, change) => delete change.value)],
  ['a null value', () => withShift((_, change) => (change.value = null))],
  ['an array value', () => withShift((_, change) => (change.value = []))],
  ['a null change', () => withChange(null)],
  ['an unknown key on a change', () => withShift((_, change) => (change.version = 3))],
  ['a del carrying a value', () => withChange({ table: 'shifts', op: 'del', key: 'x', value: {} })],
  ['shift segments as an object', () => withShift((shift) => (shift.segments = {}))],
  ['an unknown shift status', () => withShift((shift) => (shift.status = 'maybe'))],
  ['a shift start that is not an instant', () => withShift((shift) => (shift.start = 'soon'))],
  ['a day that does not exist', () => withShift((shift) => (shift.day = '2026-13-01'))],
  ['a negative revision', () => withShift((shift) => (shift.revision = -1))],
  [
    'a shift that ends before it starts',
    () => withShift((shift) => (shift.end = '2026-11-22T10:00:00.000Z')),
  ],
  [
    'shift segments that overlap',
    () =>
      withShift((shift) => {
        shift.segments = [
          { start: '2026-11-23T01:00:00.000Z', end: '2026-11-23T06:00:00.000Z' },
          { start: '2026-11-23T05:00:00.000Z', end: '2026-11-23T10:00:00.000Z' },
        ];
      }),
  ],
  [
    'a shift segment that ends before it starts',
    () =>
      withShift((shift) => {
        shift.segments = [{ start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T01:00:00.000Z' }];
      }),
  ],
  ['a shift time zone nobody knows', () => withShift((shift) => (shift.timeZone = 'Mars/Olympus'))],
  ['a 10 MB string in a row', () => withShift((shift) => (shift.queue = TEN_MEBIBYTES))],
  ['an unknown key in a row', () => withShift((shift) => (shift.colour = 'red'))],
  [
    'a __proto__ key in a row',
    () =>
      JSON.parse(
        JSON.stringify(validPullPage()).replace(
          '"queue":',
          '"__proto__":{"isAdmin":true},"queue":',
        ),
      ),
  ],
  [
    'a constructor key in a nested row value',
    () => withShift((shift) => Object.assign((shift.segments as Json[])[0]!, { constructor: 'x' })),
  ],
  ['money as a fraction of a fen', () => withStatement((statement) => (statement.gross = 1.5))],
  [
    'money beyond the safe integers',
    () => withStatement((statement) => (statement.gross = 2 ** 60)),
  ],
  [
    'money as a formatted string',
    () => withStatement((statement) => (statement.gross = '4,123.45')),
  ],
  ['money as NaN', () => withStatement((statement) => (statement.net = Number.NaN))],
  [
    'a pay period that is not a month',
    () => withStatement((statement) => (statement.period = '2026-1')),
  ],
  [
    'an unknown language in localized text',
    () =>
      withChange({
        table: 'lessons',
        op: 'put',
        key: 'lesson-1',
        value: { ...SAMPLE_ROWS.lessons, title: { en: 'Basics', fr: 'Bases' } },
      }),
  ],
  [
    'a __proto__ answer key in an exam attempt echo',
    () =>
      JSON.parse(
        JSON.stringify(
          withChange({
            table: 'examAttempts',
            op: 'put',
            key: 'attempt-1',
            value: SAMPLE_ROWS.examAttempts,
          }),
        ).replace('"q-1":', '"__proto__":["a"],"q-1":'),
      ),
  ],
  [
    'a value nested 40 levels deep',
    () => withShift((shift) => (shift.segments = [deeplyNested(40)])),
  ],
  [
    'more changes than a page may carry',
    () =>
      withPage(
        (page) => (page.changes = Array.from({ length: 1_001 }, () => validPullPage().changes[2])),
      ),
  ],
  [
    'a getter that throws',
    () =>
      withPage((page) =>
        Object.defineProperty(page, 'hasMore', {
          enumerable: true,
          get: () => {
            throw new Error('boom');
          },
        }),
      ),
  ],
];

type PushFixture = (sent: readonly MutationEnvelope[]) => unknown;

function ackAll(sent: readonly MutationEnvelope[]): Json {
  return {
    lastMutationSeq: PUSH_FIXTURE_SEQS[2],
    results: sent.map((mutation) => ({
      seq: mutation.seq,
      mutationId: mutation.mutationId,
      status: 'applied',
    })),
  };
}

function editAck(edit: (response: Json, results: Json[]) => void): PushFixture {
  return (sent) => {
    const response = ackAll(sent);
    edit(response, response.results as Json[]);
    return response;
  };
}

export const MALFORMED_PUSH_RESPONSES: ReadonlyArray<readonly [string, PushFixture]> = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['a plain string', () => 'ok'],
  ['an HTML error page served with 200', () => '<html><body>Service Unavailable</body></html>'],
  ['an empty array', () => []],
  ['an empty object', () => ({})],
  ['a missing lastMutationSeq', editAck((response) => delete response.lastMutationSeq)],
  ['missing results', editAck((response) => delete response.results)],
  ['results as an object', editAck((response) => (response.results = {}))],
  [
    'lastMutationSeq beyond the last sent seq',
    editAck((response) => (response.lastMutationSeq = 9)),
  ],
  [
    'lastMutationSeq below the acknowledged seq',
    editAck((response) => (response.lastMutationSeq = 4)),
  ],
  ['a fractional lastMutationSeq', editAck((response) => (response.lastMutationSeq = 7.5))],
  ['lastMutationSeq as a string', editAck((response) => (response.lastMutationSeq = '8'))],
  ['a result for a seq that was not sent', editAck((_, results) => (results[0]!.seq = 9))],
  ['a result for an already acknowledged seq', editAck((_, results) => (results[0]!.seq = 5))],
  ['a result with another mutationId', editAck((_, results) => (results[1]!.mutationId = 'other'))],
  ['an unknown status', editAck((_, results) => (results[0]!.status = 'ok'))],
  ['a rejection without a code', editAck((_, results) => (results[0]!.status = 'rejected'))],
  [
    'a rejection with an empty code',
    editAck((_, results) => Object.assign(results[0]!, { status: 'rejected', code: '' })),
  ],
  [
    'a rejection marked retryable',
    editAck((_, results) =>
      Object.assign(results[0]!, { status: 'rejected', code: 'x', retryable: true }),
    ),
  ],
  [
    'a 10 MB rejection message',
    editAck((_, results) =>
      Object.assign(results[0]!, { status: 'rejected', code: 'x', message: TEN_MEBIBYTES }),
    ),
  ],
  ['the same seq answered twice', editAck((_, results) => (results[1] = { ...results[0] }))],
  ['a result beyond lastMutationSeq', editAck((response) => (response.lastMutationSeq = 6))],
  ['a seq as a string', editAck((_, results) => (results[0]!.seq = '6'))],
  ['an unknown key on the response', editAck((response) => (response.serverTime = 1))],
  ['an unknown key on a result', editAck((_, results) => (results[0]!.note = 'fine'))],
  [
    'a __proto__ key on a result',
    (sent) =>
      JSON.parse(JSON.stringify(ackAll(sent)).replace('"status":', '"__proto__":{},"status":')),
  ],
  [
    'two thousand results',
    editAck(
      (response, results) => (response.results = Array.from({ length: 2_000 }, () => results[0])),
    ),
  ],
];
