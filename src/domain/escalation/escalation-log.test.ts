import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ESCALATION_CATEGORIES } from '../policy/project-policy';
import type { Escalation, EscalationNote } from './escalation';
import {
  appendEntry,
  canonicalJson,
  chainLinkOf,
  contentHashOf,
  GENESIS_HASH,
  type LogEntry,
  type LogRecordSet,
  verifyLog,
} from './escalation-log';

const ROUTING: Escalation['routing'] = {
  recipients: ['supervisor', 'client-channel'],
  responseMinutes: 15,
  policyId: null,
  policyVersion: null,
  isFallback: true,
};

function makeEscalation(id: string, overrides: Partial<Escalation> = {}): Escalation {
  return {
    id,
    agentId: 'agent-1',
    category: 'safety-emergency',
    description: '乘客多次呼救 — passenger called for help',
    caseReference: 'CASE-1',
    severity: 'high',
    context: { screen: '/roster', shiftId: 'shift-1', payLineId: null },
    routing: ROUTING,
    chain: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    syncState: 'pending',
    ...overrides,
  };
}

function makeNote(id: string, overrides: Partial<EscalationNote> = {}): EscalationNote {
  return {
    id,
    escalationId: 'esc-1',
    agentId: 'agent-1',
    text: 'Still no answer',
    attachment: null,
    chain: { seq: 0, hash: '' },
    createdAt: '2026-11-20T02:10:00.000Z',
    syncState: 'pending',
    ...overrides,
  };
}

type Logged = { kind: 'escalation'; record: Escalation } | { kind: 'note'; record: EscalationNote };

/** Logs the records in order as the data layer does: append, then copy the link into the record. */
function buildLog(items: readonly Logged[]): { entries: LogEntry[]; records: LogRecordSet } {
  const entries: LogEntry[] = [];
  const records = { escalations: [] as Escalation[], notes: [] as EscalationNote[] };
  items.forEach((item, index) => {
    const at = new Date(Date.UTC(2026, 10, 20, 2, index)).toISOString();
    if (item.kind === 'escalation') {
      entries.push(appendEntry(entries.at(-1), 'escalation', item.record, at));
      records.escalations.push(item.record);
    } else {
      const entry = appendEntry(entries.at(-1), 'note', item.record, at);
      entries.push(entry);
      records.notes.push({ ...item.record, chain: chainLinkOf(entry) });
    }
  });
  return { entries, records };
}

/** What an attacker who knows the scheme can do: recompute an entry's own hash after a change. */
function resign(entry: Omit<LogEntry, 'hash'>): LogEntry {
  const { seq, kind, recordId, at, contentHash, prevHash } = entry;
  const hash = sha256Hex(canonicalJson({ seq, kind, recordId, at, contentHash, prevHash }));
  return { ...entry, hash };
}

/** An independent SHA-256 (Node's) to check the one the module uses. */
function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('canonicalJson', () => {
  it.each([
    { value: { b: 1, a: [true, null, 'x'] }, expected: '{"a":[true,null,"x"],"b":1}' },
    { value: { z: { y: 2, x: 1 }, é: 'ü' }, expected: '{"z":{"x":1,"y":2},"é":"ü"}' },
    { value: { kept: 0, dropped: undefined }, expected: '{"kept":0}' },
    { value: [undefined, -0, 1.5], expected: '[null,0,1.5]' },
    { value: 'line\nbreak "quoted" 中文 🚑', expected: '"line\\nbreak \\"quoted\\" 中文 🚑"' },
    { value: { B: 1, a: 2, _: 3 }, expected: '{"B":1,"_":3,"a":2}' },
  ])('writes $expected', ({ value, expected }) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each([
    { name: 'NaN', value: Number.NaN },
    { name: 'Infinity', value: { a: Number.POSITIVE_INFINITY } },
    { name: 'a Date', value: new Date(0) },
    { name: 'a bigint', value: 1n },
    { name: 'a function', value: () => 1 },
    { name: 'top-level undefined', value: undefined },
  ])('refuses $name', ({ value }) => {
    expect(() => canonicalJson(value)).toThrow('escalation-log/not-json');
  });

  it('gives the same text whatever order the keys were written in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('appendEntry', () => {
  const escalation = makeEscalation('esc-1');
  const first = appendEntry(undefined, 'escalation', escalation, '2026-11-20T02:00:01.000Z');

  it('starts the chain at 1 from 64 zeros', () => {
    expect(first).toMatchObject({
      seq: 1,
      kind: 'escalation',
      recordId: 'esc-1',
      prevHash: GENESIS_HASH,
    });
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  it('hashes the content without the local-only fields, with a real SHA-256', () => {
    const { syncState: _syncState, chain: _chain, ...content } = escalation;
    expect(first.contentHash).toBe(sha256Hex(canonicalJson(content)));
    expect(contentHashOf({ ...escalation, syncState: 'sent' })).toBe(first.contentHash);
    const note = makeNote('note-1');
    expect(contentHashOf({ ...note, chain: { seq: 9, hash: 'a'.repeat(64) } })).toBe(
      contentHashOf(note),
    );
  });

  it('hashes the entry without its hash and links the next one to it', () => {
    const { hash, ...unsigned } = first;
    expect(hash).toBe(sha256Hex(canonicalJson(unsigned)));
    const second = appendEntry(first, 'note', makeNote('note-1'), '2026-11-20T02:10:01.000Z');
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(second.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('verifyLog', () => {
  const items: Logged[] = [
    { kind: 'escalation', record: makeEscalation('esc-1') },
    { kind: 'note', record: makeNote('note-1') },
    { kind: 'escalation', record: makeEscalation('esc-2', { category: 'pay-dispute' }) },
    { kind: 'note', record: makeNote('note-2', { text: '补充截图', escalationId: 'esc-2' }) },
  ];
  const log = buildLog(items);
  const [e1, e2, e3, e4] = log.entries as [LogEntry, LogEntry, LogEntry, LogEntry];
  const { escalations, notes } = log.records;

  it.each<{ name: string; entries: LogEntry[]; records: LogRecordSet; expected: unknown[] }>([
    { name: 'an untouched log', entries: log.entries, records: log.records, expected: [] },
    {
      name: 'a log in storage order rather than by seq',
      entries: [e3, e1, e4, e2],
      records: log.records,
      expected: [],
    },
    {
      name: 'a record whose sync state moved on',
      entries: log.entries,
      records: { escalations: escalations.map((e) => ({ ...e, syncState: 'sent' })), notes },
      expected: [],
    },
    {
      name: 'a removed middle entry',
      entries: [e1, e3, e4],
      records: log.records,
      expected: [
        { code: 'log/entries-removed', fromSeq: 2, toSeq: 2 },
        { code: 'log/record-without-entry', kind: 'note', recordId: 'note-1' },
      ],
    },
    {
      name: 'a removed first entry',
      entries: [e2, e3, e4],
      records: { escalations: escalations.slice(1), notes },
      expected: [{ code: 'log/entries-removed', fromSeq: 1, toSeq: 1 }],
    },
    {
      name: 'a removed newest entry (no gap left behind)',
      entries: [e1, e2, e3],
      records: log.records,
      expected: [{ code: 'log/record-without-entry', kind: 'note', recordId: 'note-2' }],
    },
    {
      name: 'a removed entry with the later ones renumbered and re-signed',
      entries: [e1, resign({ ...e3, seq: 2 }), resign({ ...e4, seq: 3 })],
      records: { escalations, notes: notes.slice(1) },
      expected: [
        { code: 'log/chain-broken', seq: 2 },
        { code: 'log/chain-broken', seq: 3 },
        { code: 'log/link-mismatch', seq: 3, kind: 'note', recordId: 'note-2' },
      ],
    },
    {
      name: 'an altered entry',
      entries: [e1, { ...e2, at: '2026-11-19T00:00:00.000Z' }, e3, e4],
      records: log.records,
      expected: [{ code: 'log/entry-altered', seq: 2 }],
    },
    {
      name: 'an altered entry re-signed to hide it',
      entries: [e1, resign({ ...e2, at: '2026-11-19T00:00:00.000Z' }), e3, e4],
      records: log.records,
      expected: [
        { code: 'log/link-mismatch', seq: 2, kind: 'note', recordId: 'note-1' },
        { code: 'log/chain-broken', seq: 3 },
      ],
    },
    {
      name: 'an altered record',
      entries: log.entries,
      records: {
        escalations: [{ ...escalations[0]!, description: '' }, escalations[1]!],
        notes,
      },
      expected: [{ code: 'log/record-altered', seq: 1, kind: 'escalation', recordId: 'esc-1' }],
    },
    {
      name: 'a note whose copy of its link was changed',
      entries: log.entries,
      records: {
        escalations,
        notes: [{ ...notes[0]!, chain: { seq: 2, hash: e1.hash } }, notes[1]!],
      },
      expected: [{ code: 'log/link-mismatch', seq: 2, kind: 'note', recordId: 'note-1' }],
    },
    {
      name: 'a record slipped in without an entry',
      entries: log.entries,
      records: { escalations: [...escalations, makeEscalation('esc-3')], notes },
      expected: [{ code: 'log/record-without-entry', kind: 'escalation', recordId: 'esc-3' }],
    },
    {
      name: 'a deleted record',
      entries: log.entries,
      records: { escalations: escalations.slice(1), notes },
      expected: [
        { code: 'log/entry-without-record', seq: 1, kind: 'escalation', recordId: 'esc-1' },
      ],
    },
    {
      name: 'an inserted entry repeating a number',
      entries: [e1, e2, appendEntry(e2, 'escalation', escalations[1]!, e2.at), e3, e4],
      records: log.records,
      expected: [{ code: 'log/seq-repeated', seq: 3 }],
    },
  ])('reports $name', ({ entries, records, expected }) => {
    const verification = verifyLog(entries, records);
    expect(verification.problems).toEqual(expected);
    expect(verification.ok).toBe(expected.length === 0);
  });

  it('passes an empty log with no records', () => {
    expect(verifyLog([], { escalations: [], notes: [] })).toEqual({ ok: true, problems: [] });
  });
});

describe('verifyLog on random logs', () => {
  const text = fc.string({ unit: 'binary', maxLength: 12 });
  const instant = fc
    .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
    .map((ms) => new Date(ms).toISOString());
  const escalation = fc.record({
    agentId: text,
    category: fc.constantFrom(...ESCALATION_CATEGORIES),
    description: text,
    caseReference: text,
    severity: fc.constantFrom('normal' as const, 'high' as const),
    context: fc.record({
      screen: text,
      shiftId: fc.option(text, { nil: null }),
      payLineId: fc.option(text, { nil: null }),
    }),
    routing: fc.constant(ROUTING),
    chain: fc.constant(null),
    createdAt: instant,
    syncState: fc.constantFrom('pending' as const, 'sent' as const, 'rejected' as const),
  });
  const note = fc.record({
    escalationId: text,
    agentId: text,
    text,
    attachment: fc.option(
      fc.record({
        sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
        contentType: fc.constantFrom('image/jpeg' as const, 'image/png' as const),
        size: fc.nat({ max: 5 * 1024 * 1024 }),
        name: text,
      }),
      { nil: null },
    ),
    createdAt: instant,
    syncState: fc.constantFrom('pending' as const, 'sent' as const),
  });
  const item = fc.oneof(
    escalation.map((record) => ({ kind: 'escalation' as const, record })),
    note.map((record) => ({ kind: 'note' as const, record })),
  );
  /** Ids are unique per kind, as the database's primary keys make them. */
  const logItems = (minLength: number) =>
    fc.array(item, { minLength, maxLength: 12 }).map((list) =>
      list.map((entry, index): Logged =>
        entry.kind === 'escalation'
          ? { kind: 'escalation', record: { ...entry.record, id: `esc-${index}` } }
          : {
              kind: 'note',
              record: { ...entry.record, id: `note-${index}`, chain: { seq: 0, hash: '' } },
            },
      ),
    );

  it('passes an untouched log of any length', () => {
    fc.assert(
      fc.property(logItems(0), (list) => {
        const { entries, records } = buildLog(list);
        expect(verifyLog(entries, records)).toEqual({ ok: true, problems: [] });
      }),
    );
  });

  it('detects any single removed entry', () => {
    fc.assert(
      fc.property(logItems(1), fc.nat(), (list, pick) => {
        const { entries, records } = buildLog(list);
        const removed = pick % entries.length;
        const remaining = entries.filter((_, index) => index !== removed);
        expect(verifyLog(remaining, records).ok).toBe(false);
      }),
    );
  });

  it('detects any altered field of any entry', () => {
    const fields = ['seq', 'kind', 'recordId', 'at', 'contentHash', 'prevHash', 'hash'] as const;
    fc.assert(
      fc.property(logItems(1), fc.nat(), fc.constantFrom(...fields), (list, pick, field) => {
        const { entries, records } = buildLog(list);
        const index = pick % entries.length;
        const original = entries[index]!;
        const altered = { ...original, [field]: alter(original[field]) } as LogEntry;
        const tampered = entries.map((entry, i) => (i === index ? altered : entry));
        expect(verifyLog(tampered, records).ok).toBe(false);
      }),
    );
  });

  it('detects any altered content field of any record', () => {
    fc.assert(
      fc.property(logItems(1), fc.nat(), fc.nat(), (list, pickRecord, pickField) => {
        const { entries, records } = buildLog(list);
        const all = [...records.escalations, ...records.notes];
        const target = all[pickRecord % all.length]!;
        const paths = contentPaths(target);
        const altered = alterPath(target, paths[pickField % paths.length]!);
        const replace = <T>(record: T): T => (record === target ? (altered as T) : record);
        const tampered = {
          escalations: records.escalations.map(replace),
          notes: records.notes.map(replace),
        };
        expect(verifyLog(entries, tampered).ok).toBe(false);
      }),
    );
  });
});

function alter(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (value === 'escalation') return 'note';
  if (value === 'note') return 'escalation';
  if (typeof value === 'string') return `${value}x`;
  if (typeof value === 'boolean') return !value;
  if (value === null) return 'x';
  throw new Error(`cannot alter ${String(value)}`);
}

/** Every leaf of a record's content, e.g. ['context', 'screen']; local-only fields excluded. */
function contentPaths(value: object, prefix: string[] = []): string[][] {
  return Object.entries(value).flatMap(([key, child]) => {
    if (prefix.length === 0 && (key === 'syncState' || key === 'chain')) return [];
    return typeof child === 'object' && child !== null
      ? contentPaths(child as object, [...prefix, key])
      : [[...prefix, key]];
  });
}

function alterPath<T extends object>(value: T, [head, ...rest]: string[]): T {
  const record = value as Record<string, unknown>;
  const child = record[head!];
  return {
    ...value,
    [head!]: rest.length === 0 ? alter(child) : alterPath(child as object, rest),
  };
}
