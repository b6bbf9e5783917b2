import { describe, expect, it } from 'vitest';
import { createSyncStore } from '@/data/sync-store';
import type { Change } from '@/domain/sync/protocol';
import { AGENT_ID, SAMPLE_ROWS } from '../../test/sync-builders';
import { NOW } from '../../test/sync-engine-kit';
import { openTestDb, setupEngine } from '../../test/sync-engine-setup';
import { createLocalAdapter } from './adapters/local-adapter';
import { SyncError } from './sync-adapter';
import { createSyncEngine, type PullProgress, type SyncEngine } from './sync-engine';

const SHIFTS: Change[] = [1, 2, 3, 4, 5].map((index) => {
  const value = { ...SAMPLE_ROWS.shifts, id: `shift-${index}` };
  return { table: 'shifts', op: 'put', key: value.id, value };
});

/** Every pull progress the engine published, in order (`null`: the progress was cleared). */
function recordProgress(engine: SyncEngine): (PullProgress | null)[] {
  const seen: (PullProgress | null)[] = [];
  engine.subscribe((status) => {
    // Every status change is published; keep the changes of progress only.
    const progress = status.pullProgress ?? null;
    if (progress !== (seen.at(-1) ?? null)) seen.push(progress);
  });
  return seen;
}

describe('pull progress in the engine status', () => {
  it('reports what arrived and what the memory server says remains, page by page, then clears it', async () => {
    const { db, server, engine } = setupEngine({ engine: { pullLimit: 2 } });
    server.writeAsEmployer(SHIFTS, AGENT_ID);
    const seen = recordProgress(engine);

    await engine.syncNow('manual');

    expect(seen).toEqual([{ received: 2, remaining: 3 }, { received: 4, remaining: 1 }, null]);
    expect(engine.getStatus()).not.toHaveProperty('pullProgress');
    expect(engine.getStatus().state).toBe('idle');
    expect(await db.shifts.count()).toBe(5);
  });

  it('reports the local adapter filling a workspace the same way', async () => {
    const db = openTestDb();
    const engine = createSyncEngine({
      store: createSyncStore(db),
      adapter: createLocalAdapter({ initialChanges: () => SHIFTS }),
      now: () => NOW,
      pullLimit: 2,
    });
    const seen = recordProgress(engine);

    await engine.syncNow('boot');

    expect(seen).toEqual([{ received: 2, remaining: 3 }, { received: 4, remaining: 1 }, null]);
  });

  it('counts what arrived without an estimate when the server sends none', async () => {
    const { server, engine } = setupEngine({
      engine: { pullLimit: 2 },
      wrap: (adapter) => ({
        ...adapter,
        async pull(request, options) {
          const { remaining: _estimate, ...page } = await adapter.pull(request, options);
          return page;
        },
      }),
    });
    server.writeAsEmployer(SHIFTS, AGENT_ID);
    const seen = recordProgress(engine);

    await engine.syncNow('manual');

    expect(seen).toEqual([{ received: 2 }, { received: 4 }, null]);
  });

  it('publishes no progress for a pull of one page', async () => {
    const { server, engine } = setupEngine({ engine: { pullLimit: 10 } });
    server.writeAsEmployer(SHIFTS, AGENT_ID);
    const seen = recordProgress(engine);
    await engine.syncNow('manual');
    expect(seen).toEqual([]);
  });

  it('clears the progress when the pull fails half-way, and keeps the pages it applied', async () => {
    let pulls = 0;
    const { db, server, engine } = setupEngine({
      engine: { pullLimit: 2 },
      wrap: (adapter) => ({
        ...adapter,
        pull: (request, options) =>
          ++pulls === 2
            ? Promise.reject(new SyncError('offline', 'no connection'))
            : adapter.pull(request, options),
      }),
    });
    server.writeAsEmployer(SHIFTS, AGENT_ID);
    const seen = recordProgress(engine);

    await engine.syncNow('manual');

    expect(seen).toEqual([{ received: 2, remaining: 3 }, null]);
    expect(engine.getStatus()).toMatchObject({ state: 'offline', lastError: 'offline' });
    expect(await db.shifts.count()).toBe(2);
  });
});
