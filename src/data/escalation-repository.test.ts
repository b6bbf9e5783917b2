import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import { createEscalationRepository, type RaiseEscalationInput } from './escalation-repository';

const NOW = new Date('2026-11-22T08:30:00Z');
const input: RaiseEscalationInput = {
  agentId: 'agent-1',
  category: 'customer-at-risk',
  description: '乘客多次求助 / passenger asked for help three times',
  caseReference: 'CASE-1',
  severity: 'high',
  context: { screen: '/roster', shiftId: null, payLineId: null },
};

let db: WorkbenchDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('escalation repository', () => {
  it('saves the escalation and its outbox row in one go, numbering mutations from 1', async () => {
    db = openWorkbenchDb('escalation-test');
    const repository = createEscalationRepository(db);

    const first = await repository.raise(input, NOW);
    const second = await repository.raise({ ...input, category: 'other' }, NOW);

    expect(await db.escalations.count()).toBe(2);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((row) => [row.seq, row.recordId, row.name])).toEqual([
      [1, first.id, 'escalation.create'],
      [2, second.id, 'escalation.create'],
    ]);
    expect(outbox[0]?.mutationId).not.toBe(outbox[1]?.mutationId);
    expect(first.syncState).toBe('pending');
  });

  it('writes neither record nor outbox row when the transaction fails', async () => {
    db = openWorkbenchDb('escalation-test');
    const repository = createEscalationRepository(db);
    const existing = await repository.raise(input, NOW);
    // A second add with the same primary key fails inside the transaction.
    await expect(
      db.transaction('rw', [db.escalations, db.outbox, db.meta], async () => {
        await db.outbox.add({ ...(await db.outbox.get(1))!, seq: 2, mutationId: 'other' });
        await db.escalations.add(existing);
      }),
    ).rejects.toThrow();
    expect(await db.outbox.count()).toBe(1);
    expect(await db.escalations.count()).toBe(1);
  });

  it('keeps escalations across a closed and reopened database', async () => {
    db = openWorkbenchDb('escalation-test');
    const saved = await createEscalationRepository(db).raise(input, NOW);
    db.close();
    db = openWorkbenchDb('escalation-test');
    expect(await createEscalationRepository(db).list()).toEqual([saved]);
  });
});
