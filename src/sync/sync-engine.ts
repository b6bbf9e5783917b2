/**
 * Runs sync cycles one at a time: in this tab by coalescing calls, across tabs through the Web
 * Locks API. It turns failures into a status the screens can show and a retry after a backoff,
 * and stops for good only on errors a retry cannot fix (auth, forbidden, version, a client group
 * the server still cannot find after one re-registration).
 */
import { MAX_PUSH_BATCH, type SyncStore } from '@/data/sync-store';
import { SyncError, type SyncAdapter, type SyncErrorKind } from './sync-adapter';
import { backoffDelayMs } from './sync-backoff';
import { runSyncCycle, type PullProgress } from './sync-cycle';

export type { PullProgress } from './sync-cycle';

/** Why a cycle runs; `wake` is the service worker's Background Sync hint (`background-sync.ts`). */
export type SyncReason =
  'boot' | 'online' | 'visible' | 'write' | 'poke' | 'interval' | 'manual' | 'retry' | 'wake';

export type SyncState = 'idle' | 'syncing' | 'offline' | 'error';

/** Why the last cycle failed: an adapter's error kind, or the device's own database. */
export type SyncFailure = SyncErrorKind | 'storage';

export interface SyncStatus {
  state: SyncState;
  /** Mutations saved on this device and not yet acknowledged. */
  pending: number;
  /** Mutations the server refused for good, kept for the agent. */
  rejected: number;
  lastSyncOkAt?: string;
  lastError?: SyncFailure;
  /** Present while a pull of several pages runs (a first sync of a long history); then cleared. */
  pullProgress?: PullProgress;
}

/** The part of `navigator.locks` the engine uses. */
export interface SyncLockManager {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}

/** Schedules `run` after `delayMs`; returns a function that cancels it. */
export type SetTimer = (run: () => Promise<void>, delayMs: number) => () => void;

export interface SyncEngineOptions {
  store: SyncStore;
  adapter: SyncAdapter;
  now: () => Date;
  /** Uniform in [0, 1); drives the backoff jitter. */
  random?: () => number;
  setTimer?: SetTimer;
  /** Defaults to `navigator.locks` where it exists; without it, one sync at a time per tab. */
  locks?: SyncLockManager | undefined;
  /** Scopes the cross-tab lock; defaults to the store's database name. */
  dbName?: string;
  maxPushBatch?: number;
  pullLimit?: number;
  requestTimeoutMs?: number;
}

export interface SyncEngine {
  /** Starts syncing: a boot cycle now, server pokes, and retries after failures. */
  start(): void;
  /**
   * Aborts the request in flight and cancels every retry; the outbox is untouched. Later
   * `syncNow` calls do nothing until `start()` (before the first `start()` they run one cycle).
   */
  stop(): void;
  /** Runs a cycle now, or joins the one running (which then runs once more). */
  syncNow(reason: SyncReason): Promise<void>;
  getStatus(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Tells `listener` about each committed local write, for `attachSyncTriggers`. */
  subscribeToLocalWrites(listener: () => void): () => void;
}

/**
 * Failures a retry cannot fix: stop and wait for the agent (manual) or a new boot. The cycle has
 * already re-registered once before a `client-state-not-found` gets here.
 */
const HALTING: ReadonlySet<SyncFailure> = new Set([
  'auth',
  'forbidden',
  'version-not-supported',
  'client-state-not-found',
]);
const OFFLINE: ReadonlySet<SyncFailure> = new Set(['offline', 'network', 'timeout']);
const RESUMING: ReadonlySet<SyncReason> = new Set(['manual', 'boot']);
/**
 * A cycle that failed is retried on the backoff, except when the network came back while it ran:
 * that failure says nothing about the next attempt (SYNC.md §4.8, "skip the wait" on `online`).
 */
const RETRIES_AT_ONCE: ReadonlySet<SyncReason> = new Set(['online']);

const defaultSetTimer: SetTimer = (run, delayMs) => {
  const handle = setTimeout(() => void run(), delayMs);
  return () => clearTimeout(handle);
};

function browserLocks(): SyncLockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/** Builds the engine for one workspace; nothing runs until `start()` or `syncNow()`. */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { store, adapter, now, random = Math.random, setTimer = defaultSetTimer } = options;
  const locks = options.locks ?? browserLocks();
  const lockName = `sync:${options.dbName ?? store.databaseName}`;
  const listeners = new Set<(status: SyncStatus) => void>();
  let status: SyncStatus = { state: 'idle', pending: 0, rejected: 0 };
  let isStarted = false;
  let running: Promise<void> | null = null;
  let isRerunRequested = false;
  let isRerunUrgent = false;
  let failures = 0;
  let haltedBy: SyncFailure | null = null;
  let cancelRetry: (() => void) | null = null;
  let stopController = new AbortController();
  let unsubscribePoke: (() => void) | null = null;

  function setStatus(patch: Partial<SyncStatus>): void {
    const next: SyncStatus = { ...status, ...patch };
    if (next.lastError === undefined) delete next.lastError;
    if (next.lastSyncOkAt === undefined) delete next.lastSyncOkAt;
    if (next.pullProgress === undefined) delete next.pullProgress;
    const keys = new Set([...Object.keys(next), ...Object.keys(status)]) as Set<keyof SyncStatus>;
    if ([...keys].every((key) => next[key] === status[key])) return;
    status = next;
    for (const listener of listeners) listener(status);
  }

  async function readCounts(): Promise<Pick<SyncStatus, 'pending' | 'rejected'>> {
    const [pending, rejected] = await Promise.all([store.countPending(), store.countRejected()]);
    return { pending, rejected };
  }

  async function refreshCounts(): Promise<void> {
    setStatus(await readCounts());
  }

  function cancelScheduledRetry(): void {
    cancelRetry?.();
    cancelRetry = null;
  }

  /** Chooses between stopping and retrying, schedules the retry, and returns the status to show. */
  function handleFailure(error: unknown): Partial<SyncStatus> {
    const failure: SyncFailure = error instanceof SyncError ? error.kind : 'storage';
    if (HALTING.has(failure)) {
      haltedBy = failure;
      return { state: 'error', lastError: failure };
    }
    const retryAfterMs = error instanceof SyncError ? error.retryAfterMs : undefined;
    const delayMs = backoffDelayMs(failures, random, retryAfterMs);
    failures += 1;
    if (isStarted) cancelRetry = setTimer(() => syncNow('retry'), delayMs);
    return { state: OFFLINE.has(failure) ? 'offline' : 'error', lastError: failure };
  }

  async function runOnce(): Promise<void> {
    cancelScheduledRetry();
    const signal = stopController.signal;
    setStatus({ state: 'syncing' });
    let outcome: Partial<SyncStatus>;
    try {
      await refreshCounts();
      const cycle = () =>
        runSyncCycle({
          store,
          adapter,
          now,
          signal,
          maxPushBatch: options.maxPushBatch ?? MAX_PUSH_BATCH,
          pullLimit: options.pullLimit ?? 500,
          requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
          onPullProgress: (pullProgress) => setStatus({ pullProgress }),
        });
      await (locks ? locks.request(lockName, cycle) : cycle());
      const at = now();
      await store.markSyncOk(at);
      failures = 0;
      outcome = { state: 'idle', lastSyncOkAt: at.toISOString(), lastError: undefined };
    } catch (error) {
      // A stop aborts the cycle on purpose: that is no failure to report or retry.
      outcome = signal.aborted ? { state: 'idle' } : handleFailure(error);
    }
    const counts = await readCounts().catch(() => ({}));
    setStatus({ ...counts, ...outcome, pullProgress: undefined });
  }

  function syncNow(reason: SyncReason): Promise<void> {
    if (haltedBy !== null) {
      if (!RESUMING.has(reason)) return Promise.resolve();
      haltedBy = null;
    }
    if (running) {
      isRerunRequested = true;
      isRerunUrgent ||= RETRIES_AT_ONCE.has(reason);
      return running;
    }
    running = (async () => {
      try {
        let isAnotherRunDue: boolean;
        do {
          isRerunRequested = false;
          isRerunUrgent = false;
          await runOnce();
          // After a failure only a network that came back earns another try before the backoff;
          // each such try needs a new `online` event, so a failing server is never hammered.
          isAnotherRunDue = isRerunRequested && (status.state === 'idle' || isRerunUrgent);
        } while (isAnotherRunDue);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    start() {
      if (isStarted) return;
      isStarted = true;
      stopController = new AbortController();
      unsubscribePoke = adapter.subscribe?.(() => void syncNow('poke')) ?? null;
      void store
        .getLastSyncOkAt()
        .then((at) => {
          if (at && !status.lastSyncOkAt) setStatus({ lastSyncOkAt: at });
        })
        .catch(() => undefined);
      void syncNow('boot');
    },
    stop() {
      isStarted = false;
      cancelScheduledRetry();
      stopController.abort();
      unsubscribePoke?.();
      unsubscribePoke = null;
    },
    syncNow,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeToLocalWrites: (listener) => store.subscribeToLocalWrites(listener),
  };
}
