import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbenchDb, type WorkbenchDb } from '@/data/db';
import { createSyncStore } from '@/data/sync-store';
import { AGENT_ID } from '../../test/sync-builders';
import { createFakeTimers, NOW, raiseEscalation } from '../../test/sync-engine-kit';
import { createMemoryServer } from './adapters/memory-server';
import { createMemoryServerAdapter } from './adapters/memory-server-adapter';
import {
  backoffDelayMs,
  SYNC_RETRY_AFTER_MAX_MS,
  SYNC_RETRY_BASE_MS,
  SYNC_RETRY_MAX_MS,
} from './sync-backoff';
import { createSyncEngine } from './sync-engine';

const ceiling = (attempt: number) => Math.min(SYNC_RETRY_MAX_MS, SYNC_RETRY_BASE_MS * 2 ** attempt);

describe('backoffDelayMs', () => {
  it('stays within [0, min(60 s, 1 s · 2^attempt)] for any attempt and random draw', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, draw) => {
          const delayMs = backoffDelayMs(attempt, () => draw);
          expect(delayMs).toBeGreaterThanOrEqual(0);
          expect(delayMs).toBeLessThanOrEqual(ceiling(attempt));
          expect(Number.isInteger(delayMs)).toBe(true);
        },
      ),
      { seed: 60_000 },
    );
  });

  it.each([
    [0, 0.5, undefined, 500],
    [3, 0.5, undefined, 4_000],
    [10, 0.5, undefined, 30_000],
    [0, 0, 5_000, 5_000],
    [6, 0.999, 5_000, 59_940],
    [0, 0, 24 * 60 * 60_000, SYNC_RETRY_AFTER_MAX_MS],
  ])(
    'attempt %i with draw %f and Retry-After %s waits %i ms',
    (attempt, draw, retryAfterMs, expected) => {
      expect(backoffDelayMs(attempt, () => draw, retryAfterMs)).toBe(expected);
    },
  );
});

describe('the engine retry schedule (SYNC.md A5)', () => {
  let db: WorkbenchDb;
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('doubles the ceiling per failure up to 60 s, resets after a success, and never overlaps pushes', async () => {
    db = openWorkbenchDb('backoff-schedule');
    const adapter = createMemoryServerAdapter(createMemoryServer(), { agentId: AGENT_ID });
    const timers = createFakeTimers();
    const engine = createSyncEngine({
      store: createSyncStore(db),
      adapter,
      now: () => NOW,
      random: () => 0.999_999,
      setTimer: timers.setTimer,
    });
    await raiseEscalation(db);
    adapter.setOffline(true);
    engine.start();
    await engine.syncNow('boot');
    for (let retry = 0; retry < 8; retry += 1) await timers.fireNext();

    expect(timers.delays).toEqual([
      999, 1_999, 3_999, 7_999, 15_999, 31_999, 59_999, 59_999, 59_999,
    ]);
    for (const [attempt, delayMs] of timers.delays.entries())
      expect(delayMs).toBeLessThanOrEqual(ceiling(attempt));

    adapter.setOffline(false);
    await timers.fireNext();
    expect(engine.getStatus().state).toBe('idle');
    expect(timers.pendingCount()).toBe(0);

    adapter.setOffline(true);
    await engine.syncNow('manual');
    expect(timers.delays.at(-1)).toBe(999);
    expect(adapter.traffic.maxInFlight).toBe(1);
    engine.stop();
    expect(timers.pendingCount()).toBe(0);
  });

  it('skips the wait when a trigger syncs early, keeping a single scheduled retry', async () => {
    db = openWorkbenchDb('backoff-early');
    const adapter = createMemoryServerAdapter(createMemoryServer(), { agentId: AGENT_ID });
    const timers = createFakeTimers();
    const engine = createSyncEngine({
      store: createSyncStore(db),
      adapter,
      now: () => NOW,
      setTimer: timers.setTimer,
    });
    await raiseEscalation(db);
    adapter.setOffline(true);
    engine.start();
    await engine.syncNow('boot');
    await engine.syncNow('online');
    await engine.syncNow('visible');
    expect(timers.pendingCount()).toBe(1);

    adapter.setOffline(false);
    await engine.syncNow('online');
    expect(engine.getStatus()).toMatchObject({ state: 'idle', pending: 0 });
    expect(timers.pendingCount()).toBe(0);
    engine.stop();
  });
});
