import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertConverged,
  closeReal,
  createReal,
  SYNC_COMMANDS,
  type SyncModel,
  type SyncReal,
} from '../../test/sync-model';

const RUNS = 300;
const SEED = 20_261_122;
/** Stats that count checks and outcomes, not commands. */
const NOT_COMMANDS: ReadonlySet<string> = new Set(['I3 checks', 'Re-registrations']);

describe('sync engine model run (SYNC.md A4)', () => {
  it(`keeps 0 lost, 0 duplicated and a forward-only cursor over ${RUNS} random runs`, async () => {
    const stats = new Map<string, number>();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.commands(SYNC_COMMANDS, { maxCommands: 60, size: 'max' }),
        async (commands) => {
          runs += 1;
          const model: SyncModel = { created: new Map(), isOffline: false };
          let real: SyncReal | undefined;
          try {
            await fc.asyncModelRun(async () => {
              real = await createReal(`model-${runs}`, stats);
              return { model, real };
            }, commands);
            await assertConverged(model, real!);
          } finally {
            if (real) await closeReal(real);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    const total = [...stats.entries()]
      .filter(([label]) => !NOT_COMMANDS.has(label))
      .reduce((sum, [, value]) => sum + value, 0);
    console.info(
      `model run: ${runs} runs, ${total} commands, 0 violations; ` +
        [...stats.entries()]
          .sort()
          .map(([label, value]) => `${label}=${value}`)
          .join(', '),
    );
    expect(runs).toBe(RUNS);
    // The client-state-not-found path (SYNC.md A8) was exercised, not just generated.
    expect(stats.get('Re-registrations') ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
