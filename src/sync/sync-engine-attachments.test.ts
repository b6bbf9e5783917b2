/**
 * Attachments through the engine (SYNC.md §4.8, issue #4): the bytes go up before the note that
 * references them, a failed upload never holds back what was raised before the note, and a server
 * found without bytes the device thought uploaded gets them again.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { WorkbenchDb } from '@/data/db';
import { createEscalationRepository } from '@/data/escalation-repository';
import type { EscalationNote } from '@/domain/escalation/escalation';
import { AGENT_ID } from '../../test/sync-builders';
import { NOW, raiseEscalation } from '../../test/sync-engine-kit';
import { setupEngine } from '../../test/sync-engine-setup';

const BYTES = new Uint8Array(40).fill(5);
const HASH = createHash('sha256').update(BYTES).digest('hex');

function addPhotoNote(
  db: WorkbenchDb,
  escalationId: string,
  text = 'photo',
): Promise<EscalationNote> {
  const blob = new Blob([BYTES], { type: 'image/jpeg' });
  return createEscalationRepository(db).addNote(
    { escalationId, agentId: AGENT_ID, text, attachment: { blob, name: 'photo.jpg' } },
    NOW,
  );
}

describe('attachments through the sync engine', () => {
  it('uploads the bytes once, then sends the notes that reference them', async () => {
    const { db, server, adapter, engine } = setupEngine();
    const escalation = await raiseEscalation(db);
    const first = await addPhotoNote(db, escalation.id);
    const second = await addPhotoNote(db, escalation.id, 'same photo again');
    await engine.syncNow('manual');

    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
    expect(adapter.traffic.uploads).toBe(1);
    expect(server.attachment(AGENT_ID, HASH)).toEqual(BYTES);
    expect((await db.attachments.get(HASH))?.uploaded).toBe(1);
    for (const note of [first, second]) {
      expect((await db.escalationNotes.get(note.id))?.syncState).toBe('sent');
    }
  });

  it('sends what was raised before the note when the upload fails, and the note next time', async () => {
    const { db, server, adapter, engine } = setupEngine();
    const escalation = await raiseEscalation(db);
    const note = await addPhotoNote(db, escalation.id);
    const after = await raiseEscalation(db);
    adapter.failNextUpload('server-error');
    await engine.syncNow('manual');

    expect(engine.getStatus()).toMatchObject({ state: 'error', lastError: 'server', pending: 2 });
    expect((await db.escalations.get(escalation.id))?.syncState).toBe('sent');
    expect((await db.escalationNotes.get(note.id))?.syncState).toBe('pending');
    expect((await db.escalations.get(after.id))?.syncState).toBe('pending');
    expect(server.attachment(AGENT_ID, HASH)).toBeUndefined();

    await engine.syncNow('manual');
    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
    expect((await db.escalationNotes.get(note.id))?.syncState).toBe('sent');
    expect((await db.escalations.get(after.id))?.syncState).toBe('sent');
  });

  it('uploads again when the server stops before a note whose bytes it no longer holds', async () => {
    const { db, store, server, adapter, engine } = setupEngine();
    const escalation = await raiseEscalation(db);
    const note = await addPhotoNote(db, escalation.id);
    // As after a server restore: the device believes the bytes are there, the server has none.
    await store.markUploaded(HASH);
    await engine.syncNow('manual');

    expect(engine.getStatus()).toMatchObject({ state: 'error', pending: 1 });
    expect(adapter.traffic.uploads).toBe(0);
    expect((await db.attachments.get(HASH))?.uploaded).toBe(0);

    await engine.syncNow('manual');
    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
    expect(adapter.traffic.uploads).toBe(1);
    expect(server.attachment(AGENT_ID, HASH)).toEqual(BYTES);
    expect((await db.escalationNotes.get(note.id))?.syncState).toBe('sent');
  });

  it('pulls the receipt of an escalation and the receiving side’s answers as responses', async () => {
    const { db, server, engine } = setupEngine({ server: { now: () => NOW } });
    const escalation = await raiseEscalation(db);
    await engine.syncNow('manual');
    server.writeAsEmployer(
      [
        {
          table: 'escalationResponses',
          op: 'put',
          key: 'ack-1',
          value: {
            id: 'ack-1',
            escalationId: escalation.id,
            agentId: AGENT_ID,
            kind: 'acknowledged',
            at: '2026-11-22T08:35:00.000Z',
            by: 'Supervisor',
            note: '',
          },
        },
      ],
      AGENT_ID,
    );
    await engine.syncNow('manual');
    const responses = await createEscalationRepository(db).responsesFor(escalation.id);
    expect(responses.map((response) => response.kind)).toEqual(['received', 'acknowledged']);
  });
});
