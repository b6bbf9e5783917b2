import { createHash } from 'node:crypto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '@/domain/escalation/escalation';
import { routeEscalation } from '@/domain/escalation/escalation-routing';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { readBlobBytes } from './attachment-bytes';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import {
  createEscalationRepository,
  EscalationInputError,
  type EscalationRepository,
  type RaiseEscalationInput,
} from './escalation-repository';
import { createSyncStore } from './sync-store';

const NOW = new Date('2026-11-22T08:30:00Z');
const LATER = new Date('2026-11-22T08:45:00Z');
const POLICY: ProjectPolicy = SAMPLE_ROWS.policies;
const input: RaiseEscalationInput = {
  agentId: 'agent-1',
  category: 'customer-at-risk',
  description: '乘客多次求助 / passenger asked for help three times',
  caseReference: 'CASE-1',
  severity: 'high',
  context: { screen: '/roster', shiftId: null, payLineId: null },
  policy: POLICY,
};

function png(size = 64, fill = 7): Blob {
  return new Blob([new Uint8Array(size).fill(fill)], { type: 'image/png' });
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every table a refused or failed write could have touched, for before/after comparisons. */
async function snapshot(db: WorkbenchDb) {
  return {
    escalations: await db.escalations.toArray(),
    notes: await db.escalationNotes.toArray(),
    log: await db.escalationLog.toArray(),
    attachments: await db.attachments.count(),
    outbox: await db.outbox.toArray(),
    meta: await db.meta.toArray(),
  };
}

let db: WorkbenchDb;
let repository: EscalationRepository;
beforeEach(() => {
  db = openWorkbenchDb('escalation-test');
  repository = createEscalationRepository(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('raising an escalation', () => {
  it('saves the record, its log entry and its outbox row together, numbering mutations from 1', async () => {
    const first = await repository.raise(input, NOW);
    const second = await repository.raise({ ...input, category: 'other' }, NOW);

    expect(await db.escalations.count()).toBe(2);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((row) => [row.seq, row.recordId, row.name])).toEqual([
      [1, first.id, 'escalation.create'],
      [2, second.id, 'escalation.create'],
    ]);
    expect(outbox[0]?.mutationId).not.toBe(outbox[1]?.mutationId);
    const log = await repository.log();
    expect(log.map((entry) => [entry.seq, entry.kind, entry.recordId])).toEqual([
      [1, 'escalation', first.id],
      [2, 'escalation', second.id],
    ]);
    expect(first.chain).toEqual({ seq: 1, hash: log[0]?.hash });
    expect(second.chain).toEqual({ seq: 2, hash: log[1]?.hash });
    expect(log[1]?.prevHash).toBe(log[0]?.hash);
  });

  it('sends the record as saved, with its route and link and without the device-only state', async () => {
    const saved = await repository.raise(input, NOW);
    const { syncState, ...args } = saved;
    expect(syncState).toBe('pending');
    expect((await db.outbox.get(1))?.args).toEqual(args);
    expect(await db.escalations.get(saved.id)).toEqual(saved);
  });

  it('routes by the policy, and to the fallback without one', async () => {
    const safety = await repository.raise({ ...input, category: 'safety-emergency' }, NOW);
    expect(safety.routing).toEqual(routeEscalation(POLICY, 'safety-emergency'));
    expect(safety.routing.recipients).toContain('client-channel');
    const unrouted = await repository.raise({ ...input, policy: null }, NOW);
    expect(unrouted.routing).toMatchObject({ isFallback: true, policyId: null });
  });

  it('leaves nothing behind when a write inside the transaction fails', async () => {
    await repository.raise(input, NOW);
    const before = await snapshot(db);
    db.escalationLog.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(repository.raise(input, LATER)).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps escalations, notes and the log across a closed and reopened database', async () => {
    const saved = await repository.raise(input, NOW);
    const note = await repository.addNote(
      { escalationId: saved.id, agentId: 'agent-1', text: 'follow-up', attachment: null },
      LATER,
    );
    db.close();
    db = openWorkbenchDb('escalation-test');
    const reopened = createEscalationRepository(db);
    expect(await reopened.list()).toEqual([saved]);
    expect(await reopened.notesFor(saved.id)).toEqual([note]);
    expect((await reopened.verify()).ok).toBe(true);
  });
});

describe('adding a note', () => {
  it('saves the note, its log entry, the attachment bytes and the outbox row together', async () => {
    const escalation = await repository.raise(input, NOW);
    const blob = png(128);
    const note = await repository.addNote(
      {
        escalationId: escalation.id,
        agentId: 'agent-1',
        text: '截图 / screenshot',
        attachment: { blob, name: 'screen.png' },
      },
      LATER,
    );

    const bytes = new Uint8Array(128).fill(7);
    expect(note.attachment).toEqual({
      sha256: sha256Of(bytes),
      contentType: 'image/png',
      size: 128,
      name: 'screen.png',
    });
    expect(note.chain.seq).toBe(2);
    const row = await db.attachments.get(note.attachment!.sha256);
    expect(row).toMatchObject({ uploaded: 0, size: 128, contentType: 'image/png' });
    const stored = await repository.attachmentBlob(note.attachment!.sha256);
    expect(stored?.type).toBe('image/png');
    expect(await readBlobBytes(stored!)).toEqual(bytes);
    const outbox = await db.outbox.get(2);
    expect(outbox).toMatchObject({ name: 'escalationNote.create', recordId: note.id });
    const { syncState: _local, ...args } = note;
    expect(outbox?.args).toEqual(args);
    expect((await repository.verify()).ok).toBe(true);
  });

  it('stores a picture attached twice once, keeping its upload state', async () => {
    const escalation = await repository.raise(input, NOW);
    const add = (text: string) =>
      repository.addNote(
        {
          escalationId: escalation.id,
          agentId: 'agent-1',
          text,
          attachment: { blob: png(), name: 'a.png' },
        },
        LATER,
      );
    const first = await add('one');
    await createSyncStore(db).markUploaded(first.attachment!.sha256);
    const second = await add('two');
    expect(second.attachment?.sha256).toBe(first.attachment?.sha256);
    expect(await db.attachments.count()).toBe(1);
    expect((await db.attachments.get(first.attachment!.sha256))?.uploaded).toBe(1);
  });

  it('accepts an attachment without text and keeps the file name short and printable', async () => {
    const escalation = await repository.raise(input, NOW);
    const name = `a\u0007${'长'.repeat(300)}.webp`;
    const blob = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' });
    const note = await repository.addNote(
      { escalationId: escalation.id, agentId: 'agent-1', text: '', attachment: { blob, name } },
      LATER,
    );
    expect(Array.from(note.attachment!.name)).toHaveLength(200);
    expect(note.attachment!.name.startsWith('a长')).toBe(true);
  });

  it.each([
    ['note/empty', { text: '  \n', attachment: null }],
    [
      'attachment/unsupported-type',
      { text: 'pdf', attachment: { blob: new Blob(['%PDF'], { type: 'application/pdf' }) } },
    ],
    ['attachment/unsupported-type', { text: '', attachment: { blob: png(0) } }],
    ['attachment/too-large', { text: '', attachment: { blob: png(MAX_ATTACHMENT_BYTES + 1) } }],
  ] as const)('refuses with %s and stores nothing', async (code, note) => {
    const escalation = await repository.raise(input, NOW);
    const before = await snapshot(db);
    const attachment = note.attachment ? { ...note.attachment, name: 'file' } : null;
    const error = await repository
      .addNote(
        { escalationId: escalation.id, agentId: 'agent-1', text: note.text, attachment },
        LATER,
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EscalationInputError);
    expect(error).toMatchObject({ code });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a note on an escalation the device does not hold', async () => {
    await expect(
      repository.addNote(
        { escalationId: 'nope', agentId: 'agent-1', text: 'x', attachment: null },
        LATER,
      ),
    ).rejects.toMatchObject({ code: 'escalation/not-found' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('leaves nothing behind when storing the attachment fails inside the transaction', async () => {
    const escalation = await repository.raise(input, NOW);
    const before = await snapshot(db);
    db.attachments.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(
      repository.addNote(
        {
          escalationId: escalation.id,
          agentId: 'agent-1',
          text: 'with photo',
          attachment: { blob: png(), name: 'p.png' },
        },
        LATER,
      ),
    ).rejects.toThrow('quota exceeded');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('reading', () => {
  it('lists escalations newest first and notes and responses oldest first', async () => {
    const older = await repository.raise(input, NOW);
    const newer = await repository.raise(input, LATER);
    expect((await repository.list()).map((escalation) => escalation.id)).toEqual([
      newer.id,
      older.id,
    ]);
    expect(await repository.get(older.id)).toEqual(older);
    const note = (text: string, at: Date) =>
      repository.addNote(
        { escalationId: older.id, agentId: 'agent-1', text, attachment: null },
        at,
      );
    const second = await note('second', new Date('2026-11-22T09:00:00Z'));
    const first = await note('first', new Date('2026-11-22T08:50:00Z'));
    expect(await repository.notesFor(older.id)).toEqual([first, second]);

    const response = SAMPLE_ROWS.escalationResponses;
    await db.escalationResponses.bulkPut([
      {
        ...response,
        id: 'r-2',
        escalationId: older.id,
        kind: 'acknowledged',
        at: '2026-11-22T16:40:00+08:00',
      },
      {
        ...response,
        id: 'r-1',
        escalationId: older.id,
        kind: 'received',
        at: '2026-11-22T08:31:00Z',
      },
      {
        ...response,
        id: 'r-3',
        escalationId: newer.id,
        kind: 'received',
        at: '2026-11-22T08:46:00Z',
      },
    ]);
    expect((await repository.responsesFor(older.id)).map((row) => row.id)).toEqual(['r-1', 'r-2']);
    expect((await repository.listResponses()).map((row) => row.id)).toEqual(['r-1', 'r-2', 'r-3']);
  });
});

describe('verifying the log', () => {
  async function raiseThreeAndANote() {
    const escalations = [
      await repository.raise(input, NOW),
      await repository.raise({ ...input, category: 'pay-dispute' }, NOW),
      await repository.raise({ ...input, category: 'other' }, LATER),
    ];
    const note = await repository.addNote(
      { escalationId: escalations[0]!.id, agentId: 'agent-1', text: 'note', attachment: null },
      LATER,
    );
    return { escalations, note };
  }

  it('passes an untouched log', async () => {
    await raiseThreeAndANote();
    expect(await repository.verify()).toEqual({
      ok: true,
      problems: [],
      entryCount: 4,
      loggedElsewhere: [],
    });
  });

  it('detects an altered escalation', async () => {
    const { escalations } = await raiseThreeAndANote();
    await db.escalations.update(escalations[1]!.id, { description: 'nothing happened' });
    const report = await repository.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { code: 'log/record-altered', seq: 2, kind: 'escalation', recordId: escalations[1]!.id },
    ]);
  });

  it('detects a removed entry', async () => {
    const { escalations } = await raiseThreeAndANote();
    await db.escalationLog.delete(2);
    const report = await repository.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { code: 'log/entries-removed', fromSeq: 2, toSeq: 2 },
        { code: 'log/record-without-entry', kind: 'escalation', recordId: escalations[1]!.id },
      ]),
    );
  });

  it('detects a removed escalation and a removed newest entry of a record not yet sent', async () => {
    const { escalations, note } = await raiseThreeAndANote();
    await db.escalations.delete(escalations[2]!.id);
    await db.escalationLog.delete(4);
    const report = await repository.verify();
    expect(report.problems).toEqual(
      expect.arrayContaining([
        {
          code: 'log/entry-without-record',
          seq: 3,
          kind: 'escalation',
          recordId: escalations[2]!.id,
        },
        { code: 'log/record-without-entry', kind: 'note', recordId: note.id },
      ]),
    );
  });

  it('lists records another device logged apart, without counting them as problems', async () => {
    await raiseThreeAndANote();
    // An echo of an escalation raised on the agent's other phone.
    await db.escalations.put({ ...SAMPLE_ROWS.escalations, id: 'from-other-phone' });
    const report = await repository.verify();
    expect(report.ok).toBe(true);
    expect(report.loggedElsewhere).toEqual([{ kind: 'escalation', recordId: 'from-other-phone' }]);
  });

  it('exports the record as plain JSON with its verification', async () => {
    const { escalations, note } = await raiseThreeAndANote();
    await db.agentProfile.put(SAMPLE_ROWS.agentProfile);
    await db.escalationResponses.put({
      ...SAMPLE_ROWS.escalationResponses,
      escalationId: escalations[0]!.id,
    });
    const exported = await repository.exportRecord(LATER);
    expect(exported).toMatchObject({
      generatedAt: LATER.toISOString(),
      agentId: SAMPLE_ROWS.agentProfile.id,
      verification: { ok: true, entryCount: 4 },
    });
    expect(exported.entries).toHaveLength(4);
    expect(exported.escalations.map((escalation) => escalation.id)).toEqual(
      escalations.map((escalation) => escalation.id),
    );
    expect(exported.notes).toEqual([note]);
    expect(exported.responses).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});
