/**
 * Test doubles for the sync engine: a timer whose delays are recorded and fired by hand, a
 * `navigator.locks` stand-in shared by several "tabs", and helpers to raise agent records.
 */
import { commitAgentWrite } from '@/data/agent-write';
import type { WorkbenchDb } from '@/data/db';
import { createEscalationRepository } from '@/data/escalation-repository';
import type { Escalation } from '@/domain/escalation/escalation';
import type { SetTimer, SyncEngine, SyncLockManager } from '@/sync/sync-engine';
import { AGENT_ID, makeClockRecord, makeEscalation } from './sync-builders';

export const NOW = new Date('2026-11-22T08:30:00Z');

export interface FakeTimers {
  setTimer: SetTimer;
  /** Delay of every timer ever scheduled, in order. */
  readonly delays: number[];
  /** Timers scheduled and neither fired nor cancelled. */
  pendingCount(): number;
  /** Fires the oldest pending timer and waits for what it started. */
  fireNext(): Promise<void>;
}

export function createFakeTimers(): FakeTimers {
  const delays: number[] = [];
  const pending: { run: () => Promise<void> }[] = [];
  return {
    delays,
    setTimer(run, delayMs) {
      const entry = { run };
      delays.push(delayMs);
      pending.push(entry);
      return () => {
        const index = pending.indexOf(entry);
        if (index >= 0) pending.splice(index, 1);
      };
    },
    pendingCount: () => pending.length,
    async fireNext() {
      const entry = pending.shift();
      if (!entry) throw new Error('no timer pending');
      await entry.run();
    },
  };
}

/** One lock manager shared by several engines, as `navigator.locks` is shared by tabs. */
export function createFakeLocks(): SyncLockManager & { maxHolders: number } {
  const tails = new Map<string, Promise<unknown>>();
  let holders = 0;
  const locks = {
    maxHolders: 0,
    request(name: string, callback: () => Promise<void>): Promise<void> {
      const previous = tails.get(name) ?? Promise.resolve();
      const run = previous.then(async () => {
        holders += 1;
        locks.maxHolders = Math.max(locks.maxHolders, holders);
        try {
          await callback();
        } finally {
          holders -= 1;
        }
      });
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
  return locks;
}

let counter = 0;

/** Raises a valid escalation through the repository, as the UI does. */
export async function raiseEscalation(
  db: WorkbenchDb,
  overrides: Partial<Escalation> = {},
): Promise<Escalation> {
  counter += 1;
  const {
    id: _id,
    syncState: _local,
    createdAt: _at,
    routing: _routing,
    chain: _chain,
    ...input
  } = makeEscalation({
    caseReference: `CASE-${counter}`,
    ...overrides,
  });
  return createEscalationRepository(db).raise({ ...input, policy: null }, NOW);
}

/** Queues a clock record whose args the server refuses (an agent id it does not know). */
export async function recordInvalidClockIn(db: WorkbenchDb, id: string): Promise<string> {
  const record = makeClockRecord({ id, agentId: `not-${AGENT_ID}` });
  const { syncState: _local, ...args } = record;
  const row = await commitAgentWrite(db, {
    name: 'clockRecord.create',
    recordId: id,
    args,
    now: NOW,
    tables: [db.clockRecords],
    write: () => db.clockRecords.add(record),
  });
  return row.mutationId;
}

/** Waits until the engine reports a state other than `syncing`. */
export async function settled(engine: SyncEngine): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    if (engine.getStatus().state !== 'syncing') return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error('engine never settled');
}
