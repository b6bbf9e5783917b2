/**
 * The suite every `SyncAdapter` must pass (STYLE.md §5). Every response is checked with the same
 * parse functions the engine uses. Cases that need a remote system of record (gaps, dedupe by
 * mutationId, rejections, employer writes) run only when the harness exposes `server`.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES, type AttachmentRef } from '@/domain/escalation/escalation';
import { parsePullResponse, parsePushResponse } from '@/domain/sync/protocol-schemas';
import {
  PROTOCOL_VERSION,
  type Change,
  type MutationEnvelope,
  type PullRequest,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '@/domain/sync/protocol';
import { SyncError, type SyncAdapter } from '@/sync/sync-adapter';
import {
  makeAcknowledgement,
  makeAcknowledgementEnvelope,
  makeEnvelope,
  makeNote,
  makeNoteEnvelope,
  SAMPLE_ROWS,
  SCHEMA_VERSION,
} from './sync-builders';

export interface SyncAdapterHarness {
  adapter: SyncAdapter;
  /** Present when a remote system of record stands behind the adapter. */
  server?: {
    /** Writes rows as the employer's systems would; one call is one transaction. */
    writeAsEmployer(changes: Change[]): void;
    /** How many times the effect of a mutation was applied. */
    effectCount(mutationId: string): number;
    isQuarantined(mutationId: string): boolean;
    /** An adapter carrying another agent's credentials. */
    adapterForAgent(agentId: string): SyncAdapter;
  };
}

/** Builds a fresh adapter whose system of record holds `seedRows` for the agent. */
export type MakeHarness = (seedRows: Change[]) => SyncAdapterHarness | Promise<SyncAdapterHarness>;

const signal = new AbortController().signal;
const options = { signal };

const SEED: Change[] = Array.from({ length: 5 }, (_, index) => {
  const value = { ...SAMPLE_ROWS.shifts, id: `shift-${index + 1}`, revision: index };
  return { table: 'shifts', op: 'put', key: value.id, value };
});

/** A picture's bytes and the reference a note carries to them. */
function picture(size = 32, fill = 9): { ref: AttachmentRef; blob: Blob } {
  const bytes = new Uint8Array(size).fill(fill);
  const ref: AttachmentRef = {
    sha256: bytesToHex(sha256(bytes)),
    contentType: 'image/png',
    size,
    name: 'screenshot.png',
  };
  return { ref, blob: new Blob([bytes], { type: 'image/png' }) };
}

/** Escalation and note rows as the pull carries them down. */
const ESCALATION_ROWS: Change[] = [
  { table: 'escalations', op: 'put', key: 'escalation-1', value: SAMPLE_ROWS.escalations },
  { table: 'escalationNotes', op: 'put', key: 'note-1', value: SAMPLE_ROWS.escalationNotes },
  {
    table: 'escalationResponses',
    op: 'put',
    key: 'response-1',
    value: SAMPLE_ROWS.escalationResponses,
  },
];

function pushRequest(mutations: MutationEnvelope[], clientGroupId = 'cg-contract'): PushRequest {
  return {
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    clientGroupId,
    mutations,
  };
}

function pullRequest(cursor: string | null, limit = 2): PullRequest {
  return {
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    clientGroupId: 'cg-contract',
    cursor,
    limit,
  };
}

/** Pushes and validates exactly as the engine does. */
async function pushValid(
  adapter: SyncAdapter,
  mutations: MutationEnvelope[],
  acked = 0,
): Promise<PushResponse> {
  const parsed = parsePushResponse(
    await adapter.push(pushRequest(mutations), options),
    mutations,
    acked,
  );
  if (!parsed.ok) throw new Error(`invalid push response: ${parsed.issue}`);
  return parsed.value;
}

async function pullValid(
  adapter: SyncAdapter,
  cursor: string | null,
  limit = 2,
): Promise<PullResponse> {
  const parsed = parsePullResponse(await adapter.pull(pullRequest(cursor, limit), options));
  if (!parsed.ok) throw new Error(`invalid pull response: ${parsed.issue}`);
  return parsed.value;
}

/** Follows `hasMore` from `cursor` and returns every page. */
async function pullAll(
  adapter: SyncAdapter,
  cursor: string | null,
  limit = 2,
): Promise<PullResponse[]> {
  const pages = [await pullValid(adapter, cursor, limit)];
  while (pages.at(-1)!.hasMore) {
    if (pages.length > 100) throw new Error('pull never ends');
    pages.push(await pullValid(adapter, pages.at(-1)!.cursor, limit));
  }
  return pages;
}

/** The harness with its server, for the cases that only run when there is one. */
async function requireServer(harness: SyncAdapterHarness | Promise<SyncAdapterHarness>) {
  const { adapter, server } = await harness;
  if (!server) throw new Error('this case needs a harness with a server');
  return { adapter, server };
}

const keysOf = (pages: PullResponse[], table = 'shifts') =>
  pages
    .flatMap((page) =>
      page.changes.filter((change) => change.table === table).map((change) => change.key),
    )
    .sort();

export interface ContractOptions {
  /** False for adapters where the device is the system of record: server-only cases do not apply. */
  hasRemoteServer: boolean;
}

export function runSyncAdapterContract(
  name: string,
  makeHarness: MakeHarness,
  { hasRemoteServer }: ContractOptions,
): void {
  describe(`SyncAdapter contract: ${name}`, () => {
    it('acknowledges a contiguous batch up to its last seq', async () => {
      const { adapter } = await makeHarness([]);
      const mutations = [1, 2, 3].map((seq) => makeEnvelope(seq));
      const response = await pushValid(adapter, mutations);
      expect(response.lastMutationSeq).toBe(3);
      expect(response.results.map((result) => [result.seq, result.status])).toEqual([
        [1, 'applied'],
        [2, 'applied'],
        [3, 'applied'],
      ]);
    });

    it('answers a redelivered batch as applied or duplicate, never moving backwards', async () => {
      const { adapter, server } = await makeHarness([]);
      const mutations = [1, 2].map((seq) => makeEnvelope(seq));
      await pushValid(adapter, mutations);
      const again = await pushValid(adapter, mutations, 2);
      expect(again.lastMutationSeq).toBe(2);
      for (const result of again.results) expect(['applied', 'duplicate']).toContain(result.status);
      for (const mutation of mutations)
        expect(server?.effectCount(mutation.mutationId) ?? 1).toBe(1);
    });

    it('resets on the first pull and pages through every row, each once, within the limit', async () => {
      const { adapter } = await makeHarness(SEED);
      const pages = await pullAll(adapter, null, 2);
      expect(pages.map((page) => page.reset)).toEqual(pages.map((_, index) => index === 0));
      for (const page of pages) expect(page.changes.length).toBeLessThanOrEqual(2);
      expect(keysOf(pages)).toEqual(SEED.map((change) => change.key).sort());
    });

    it('estimates the changes still to come only on pages that have more after them', async () => {
      const { adapter } = await makeHarness(SEED);
      const pages = await pullAll(adapter, null, 2);
      // `remaining` is optional and only an estimate; the last page has nothing more to announce.
      expect(pages.at(-1)!.remaining ?? 0).toBe(0);
    });

    it('returns nothing new from the last cursor', async () => {
      const { adapter } = await makeHarness(SEED);
      const last = (await pullAll(adapter, null, 10)).at(-1)!;
      expect(await pullValid(adapter, last.cursor)).toMatchObject({
        reset: false,
        changes: [],
        hasMore: false,
      });
    });

    it.each(['not-a-cursor', 'eyJ2IjoyfQ==', 'x'.repeat(300)])(
      'answers reset and a full snapshot to the undecodable cursor %s',
      async (cursor) => {
        const { adapter } = await makeHarness(SEED);
        const pages = await pullAll(adapter, cursor, 10);
        expect(pages[0]?.reset).toBe(true);
        expect(keysOf(pages)).toEqual(SEED.map((change) => change.key).sort());
      },
    );

    it('refuses an unknown protocol version as version-not-supported', async () => {
      const { adapter } = await makeHarness([]);
      const request = { ...pullRequest(null), protocolVersion: 2 } as unknown as PullRequest;
      await expect(adapter.pull(request, options)).rejects.toMatchObject({
        kind: 'version-not-supported',
      });
    });

    it('rejects with a SyncError when the request is already aborted', async () => {
      const { adapter } = await makeHarness([]);
      const controller = new AbortController();
      controller.abort();
      await expect(
        adapter.pull(pullRequest(null), { signal: controller.signal }),
      ).rejects.toBeInstanceOf(SyncError);
    });

    it('carries escalations, notes and responses down as valid rows', async () => {
      const { adapter } = await makeHarness(ESCALATION_ROWS);
      const changes = (await pullAll(adapter, null, 10)).flatMap((page) => page.changes);
      for (const row of ESCALATION_ROWS) expect(changes).toContainEqual(row);
    });

    it('accepts attachment bytes, and the same bytes again, as stored', async () => {
      const { adapter } = await makeHarness([]);
      const { ref, blob } = picture();
      await expect(adapter.uploadAttachment(ref, blob, options)).resolves.toBeUndefined();
      await expect(adapter.uploadAttachment(ref, blob, options)).resolves.toBeUndefined();
    });

    it('splits one large version across pages without losing or repeating a row', async () => {
      const { adapter } = await makeHarness(SEED);
      const pages = await pullAll(adapter, null, 1);
      expect(pages).toHaveLength(SEED.length);
      expect(keysOf(pages)).toEqual(SEED.map((change) => change.key).sort());
    });

    if (hasRemoteServer)
      describe('with a remote system of record', () => {
        it('stops at a gap and applies nothing past it', async () => {
          const { adapter, server } = await requireServer(makeHarness([]));
          const [first, second, third] = [makeEnvelope(1), makeEnvelope(2), makeEnvelope(3)];
          await pushValid(adapter, [first]);
          expect(await pushValid(adapter, [third], 1)).toEqual({ lastMutationSeq: 1, results: [] });
          expect(server.effectCount(third.mutationId)).toBe(0);
          expect((await pushValid(adapter, [second, third], 1)).lastMutationSeq).toBe(3);
        });

        it('answers client-state-not-found when an unknown client group starts after seq 1, then takes the same mutations from seq 1 once', async () => {
          const { adapter, server } = await requireServer(makeHarness([]));
          const lost = [4, 5].map((seq) => makeEnvelope(seq));
          await expect(
            adapter.push(pushRequest(lost, 'cg-lost-by-server'), options),
          ).rejects.toMatchObject({ kind: 'client-state-not-found' });
          expect(lost.map((mutation) => server.effectCount(mutation.mutationId))).toEqual([0, 0]);

          const renumbered = lost.map((mutation, index) => ({ ...mutation, seq: index + 1 }));
          const parsed = parsePushResponse(
            await adapter.push(pushRequest(renumbered, 'cg-registered-again'), options),
            renumbered,
            0,
          );
          if (!parsed.ok) throw new Error(`invalid push response: ${parsed.issue}`);
          expect(parsed.value.lastMutationSeq).toBe(2);
          expect(lost.map((mutation) => server.effectCount(mutation.mutationId))).toEqual([1, 1]);
        });

        it('answers a mutationId re-sent under a new seq as a duplicate, applied once', async () => {
          const { adapter, server } = await requireServer(makeHarness([]));
          const first = makeEnvelope(1);
          await pushValid(adapter, [first]);
          const resent = await pushValid(adapter, [{ ...first, seq: 2 }], 1);
          expect(resent.results).toEqual([
            { seq: 2, mutationId: first.mutationId, status: 'duplicate' },
          ]);
          expect(server.effectCount(first.mutationId)).toBe(1);
        });

        it('rejects invalid args with a code, quarantines them, carries on, and answers the same again', async () => {
          const { adapter, server } = await requireServer(makeHarness([]));
          const mutations = [
            makeEnvelope(1),
            makeEnvelope(2, { args: { id: 'x' } }),
            makeEnvelope(3),
          ];
          const response = await pushValid(adapter, mutations);
          expect(response.lastMutationSeq).toBe(3);
          expect(response.results.map((result) => result.status)).toEqual([
            'applied',
            'rejected',
            'applied',
          ]);
          expect(response.results[1]).toMatchObject({ code: 'mutation/invalid-args' });
          expect(server.isQuarantined(mutations[1]!.mutationId)).toBe(true);
          const again = await pushValid(adapter, mutations, 3);
          expect(again.results[1]).toMatchObject({
            status: 'rejected',
            code: 'mutation/invalid-args',
          });
        });

        it('sends employer puts and deletes made after the cursor, and echoes applied records', async () => {
          const { adapter, server } = await requireServer(makeHarness(SEED));
          const cursor = (await pullAll(adapter, null, 10)).at(-1)!.cursor;
          const changed = { ...SAMPLE_ROWS.shifts, id: 'shift-2', status: 'cancelled' as const };
          server.writeAsEmployer([
            { table: 'shifts', op: 'put', key: 'shift-2', value: changed },
            { table: 'shifts', op: 'del', key: 'shift-3' },
          ]);
          await pushValid(adapter, [makeEnvelope(1)]);
          const pages = await pullAll(adapter, cursor, 10);
          const changes = pages.flatMap((page) => page.changes);
          expect(changes.slice(0, 2)).toEqual([
            { table: 'shifts', op: 'put', key: 'shift-2', value: changed },
            { table: 'shifts', op: 'del', key: 'shift-3' },
          ]);
          expect(changes.slice(2).filter((change) => change.table === 'escalations')).toEqual([
            {
              table: 'escalations',
              op: 'put',
              key: 'escalation-1',
              value: expect.objectContaining({ id: 'escalation-1', syncState: 'sent' }),
            },
          ]);
          expect(pages.at(-1)!.lastMutationSeq).toBe(1);
        });

        it('answers a new escalation with a received response, in the same version', async () => {
          const { adapter } = await requireServer(makeHarness([]));
          await pushValid(adapter, [makeEnvelope(1)]);
          const changes = (await pullAll(adapter, null, 10)).flatMap((page) => page.changes);
          const receipts = changes.filter((change) => change.table === 'escalationResponses');
          expect(receipts).toEqual([
            {
              table: 'escalationResponses',
              op: 'put',
              key: expect.any(String),
              value: expect.objectContaining({
                escalationId: 'escalation-1',
                kind: 'received',
                by: '',
                note: '',
              }),
            },
          ]);
        });

        it('applies a note on an escalation, echoed like any record', async () => {
          const { adapter, server } = await requireServer(makeHarness([]));
          const note = makeNoteEnvelope(2, { escalationId: 'escalation-1' });
          const response = await pushValid(adapter, [makeEnvelope(1), note]);
          expect(response.results.map((result) => result.status)).toEqual(['applied', 'applied']);
          expect(server.effectCount(note.mutationId)).toBe(1);
          const changes = (await pullAll(adapter, null, 10)).flatMap((page) => page.changes);
          expect(changes).toContainEqual({
            table: 'escalationNotes',
            op: 'put',
            key: note.recordId,
            value: { ...makeNote({ id: note.recordId }), syncState: 'sent' },
          });
        });

        it('applies an acknowledgement of a shift change, echoed like any record', async () => {
          const { adapter, server } = await requireServer(makeHarness(SEED));
          const acknowledgement = makeAcknowledgementEnvelope(1, { shiftId: 'shift-2' });
          const response = await pushValid(adapter, [acknowledgement]);
          expect(response.results.map((result) => result.status)).toEqual(['applied']);
          expect(server.effectCount(acknowledgement.mutationId)).toBe(1);
          const changes = (await pullAll(adapter, null, 10)).flatMap((page) => page.changes);
          expect(changes).toContainEqual({
            table: 'shiftAcknowledgements',
            op: 'put',
            key: acknowledgement.recordId,
            value: makeAcknowledgement({
              id: acknowledgement.recordId,
              shiftId: 'shift-2',
              syncState: 'sent',
            }),
          });
        });

        it('applies an acknowledgement of a shift the employer removed', async () => {
          const { adapter, server } = await requireServer(makeHarness(SEED));
          server.writeAsEmployer([{ table: 'shifts', op: 'del', key: 'shift-3' }]);
          const removed = makeAcknowledgementEnvelope(1, { shiftId: 'shift-3' });
          const response = await pushValid(adapter, [removed]);
          expect(response.results.map((result) => result.status)).toEqual(['applied']);
        });

        it('rejects an acknowledgement of a shift the agent never had, or from before schema 4', async () => {
          const { adapter, server } = await requireServer(makeHarness(SEED));
          const unknown = makeAcknowledgementEnvelope(1, { shiftId: 'no-such-shift' });
          const tooOld = makeAcknowledgementEnvelope(2, {}, { schemaVersion: 3 });
          const response = await pushValid(adapter, [unknown, tooOld]);
          expect(response.results).toEqual([
            expect.objectContaining({ status: 'rejected', code: 'mutation/not-found' }),
            expect.objectContaining({ status: 'rejected', code: 'mutation/invalid-args' }),
          ]);
          expect(server.isQuarantined(unknown.mutationId)).toBe(true);
          expect(server.effectCount(tooOld.mutationId)).toBe(0);
        });

        it('rejects a note on an escalation the server does not hold', async () => {
          const { adapter } = await requireServer(makeHarness([]));
          const note = makeNoteEnvelope(1, { escalationId: 'no-such-escalation' });
          const response = await pushValid(adapter, [note]);
          expect(response.results).toEqual([
            expect.objectContaining({ status: 'rejected', code: 'mutation/not-found' }),
          ]);
        });

        it('holds back a note whose attachment is not uploaded, then applies it once it is', async () => {
          const { adapter, server } = await requireServer(makeHarness([]));
          const { ref, blob } = picture();
          const note = makeNoteEnvelope(2, { attachment: ref });
          const after = makeNoteEnvelope(3, { id: 'note-after', text: 'later' });
          const waiting = await pushValid(adapter, [makeEnvelope(1), note, after]);
          // A transient stop: the escalation before it commits, nothing from the note on.
          expect(waiting.lastMutationSeq).toBe(1);
          expect(waiting.results.map((result) => result.seq)).toEqual([1]);
          expect(server.effectCount(note.mutationId)).toBe(0);
          expect(server.isQuarantined(note.mutationId)).toBe(false);

          await adapter.uploadAttachment(ref, blob, options);
          const applied = await pushValid(adapter, [note, after], 1);
          expect(applied.lastMutationSeq).toBe(3);
          expect(applied.results.map((result) => result.status)).toEqual(['applied', 'applied']);
          expect(server.effectCount(note.mutationId)).toBe(1);
        });

        it("never lets an agent's note lean on another agent's upload", async () => {
          const { adapter, server } = await requireServer(makeHarness([]));
          const { ref, blob } = picture(48, 3);
          await adapter.uploadAttachment(ref, blob, options);
          const intruder = server.adapterForAgent('agent-2');
          const escalation = makeEnvelope(1, {
            mutationId: 'agent-2-escalation',
            args: { ...(makeEnvelope(1).args as object), agentId: 'agent-2' },
          });
          const note = makeNoteEnvelope(
            2,
            { agentId: 'agent-2', attachment: ref },
            { mutationId: 'agent-2-note' },
          );
          const mutations = [escalation, note];
          const request = { ...pushRequest(mutations), clientGroupId: 'cg-agent-2' };
          const parsed = parsePushResponse(await intruder.push(request, options), mutations, 0);
          expect(parsed).toMatchObject({ ok: true, value: { lastMutationSeq: 1 } });
          expect(server.effectCount('agent-2-note')).toBe(0);
        });

        it('refuses attachment bytes that do not match their hash, and ones over the limit', async () => {
          const { adapter } = await requireServer(makeHarness([]));
          const { ref } = picture();
          const other = new Blob([new Uint8Array(32).fill(1)], { type: 'image/png' });
          await expect(adapter.uploadAttachment(ref, other, options)).rejects.toBeInstanceOf(
            SyncError,
          );
          const big = picture(MAX_ATTACHMENT_BYTES + 1, 1);
          await expect(adapter.uploadAttachment(big.ref, big.blob, options)).rejects.toMatchObject({
            kind: 'payload-too-large',
          });
        });

        it('refuses a client group bound to another agent and never shows that agent rows', async () => {
          const { adapter, server } = await requireServer(makeHarness(SEED));
          await pushValid(adapter, [makeEnvelope(1)]);
          const intruder = server.adapterForAgent('agent-2');
          await expect(
            intruder.push(pushRequest([makeEnvelope(2)]), options),
          ).rejects.toMatchObject({
            kind: 'forbidden',
          });
          const ownPull = { ...pullRequest(null, 100), clientGroupId: 'cg-agent-2' };
          const page = parsePullResponse(await intruder.pull(ownPull, options));
          expect(page).toMatchObject({ ok: true, value: { changes: [] } });
        });
      });
  });
}
