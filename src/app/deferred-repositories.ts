/**
 * Repositories whose code stays off the first screen (KPIs, training, readiness, with their checks,
 * grading and verdict rules): the workspace gets stand-ins at once, and each real one is made from
 * its own chunk. Screens that read one wait for `loadDeferredRepositories(name)` before they render
 * (the router's lazy routes, Today's later cards), so their calls, live queries included, then run
 * straight through; a call made before that waits for the chunk instead.
 */
import type { WorkbenchDb } from '@/data/db';
import type { KpiRepository } from '@/data/kpi-repository';
import { createKpiDayReads } from '@/data/kpi-day-reads';
import type { ReadinessRepository } from '@/data/readiness-repository';
import type { TrainingRepository } from '@/data/training-repository';

const loaders = {
  kpis: () => import('@/data/kpi-repository'),
  readiness: () => import('@/data/readiness-repository'),
  training: () => import('@/data/training-repository'),
};

export type DeferredRepositoryName = keyof typeof loaders;
type Code<Name extends DeferredRepositoryName> = Awaited<ReturnType<(typeof loaders)[Name]>>;

const loaded = new Map<DeferredRepositoryName, unknown>();
const loading = new Map<DeferredRepositoryName, Promise<unknown>>();

function load<Name extends DeferredRepositoryName>(name: Name): Promise<Code<Name>> {
  let pending = loading.get(name);
  if (!pending) {
    pending = loaders[name]().then(
      (code) => {
        loaded.set(name, code);
        return code;
      },
      (error: unknown) => {
        // A failed load (offline before the chunk was cached, say) is tried again on the next call.
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, pending);
  }
  return pending as Promise<Code<Name>>;
}

/** Loads the named repositories' chunks (each once); resolves when their calls run straight through. */
export function loadDeferredRepositories(...names: DeferredRepositoryName[]): Promise<unknown> {
  return Promise.all(names.map((name) => load(name)));
}

/**
 * A stand-in whose methods (all async) forward to the real repository once its code is here;
 * `ready` methods answer at once, without it.
 */
function deferred<Name extends DeferredRepositoryName, T extends object>(
  name: Name,
  create: (code: Code<Name>) => T,
  ready: Partial<T> = {},
): T {
  let instance: T | undefined;
  const real = (code: Code<Name>) => (instance ??= create(code));
  return new Proxy({} as T, {
    get(_target, key) {
      if (Object.hasOwn(ready, key)) return Reflect.get(ready, key);
      // Not a thenable, and no symbol-keyed methods to forward.
      if (key === 'then' || typeof key === 'symbol') return undefined;
      return (...args: unknown[]) => {
        const call = (code: Code<Name>) =>
          (Reflect.get(real(code), key) as (...args: unknown[]) => unknown)(...args);
        const code = loaded.get(name) as Code<Name> | undefined;
        return code ? call(code) : load(name).then(call);
      };
    },
  });
}

export function createDeferredRepositories(
  db: WorkbenchDb,
  options: { gradesOnDevice: boolean },
): { kpis: KpiRepository; readiness: ReadinessRepository; training: TrainingRepository } {
  return {
    // Today and the escalation watch read KPI days before any KPI screen is opened.
    kpis: deferred('kpis', (code) => code.createKpiRepository(db), createKpiDayReads(db)),
    readiness: deferred('readiness', (code) => code.createReadinessRepository(db)),
    training: deferred('training', (code) =>
      code.createTrainingRepository(db, { gradesOnDevice: options.gradesOnDevice }),
    ),
  };
}
