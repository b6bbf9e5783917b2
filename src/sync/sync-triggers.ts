/**
 * Wires the browser's hints to the engine (SYNC.md §4.8): back online, the app visible again, a
 * 60 s interval while visible, a committed local write (debounced), and the service worker's
 * Background Sync wake-up where there is one. Kept apart from the engine so the engine can be
 * tested without a window.
 */
import { attachBackgroundSync, type BackgroundSyncServiceWorkers } from './background-sync';
import type { SyncEngine } from './sync-engine';

export const SYNC_INTERVAL_MS = 60_000;
export const SYNC_WRITE_DEBOUNCE_MS = 1_000;

/** The part of `window` the triggers use. */
export interface SyncTriggerWindow {
  addEventListener(type: 'online', listener: () => void): void;
  removeEventListener(type: 'online', listener: () => void): void;
  setInterval(handler: () => void, timeoutMs: number): number;
  clearInterval(handle: number): void;
  setTimeout(handler: () => void, timeoutMs: number): number;
  clearTimeout(handle: number): void;
  document: {
    visibilityState: DocumentVisibilityState;
    addEventListener(type: 'visibilitychange', listener: () => void): void;
    removeEventListener(type: 'visibilitychange', listener: () => void): void;
  };
  /** `serviceWorker` is missing outside secure contexts and in some browsers. */
  navigator?: { serviceWorker?: BackgroundSyncServiceWorkers | undefined };
}

export interface SyncTriggerOptions {
  intervalMs?: number;
  writeDebounceMs?: number;
}

/** Starts listening; returns the function that stops every trigger. */
export function attachSyncTriggers(
  engine: Pick<SyncEngine, 'syncNow' | 'subscribeToLocalWrites'>,
  target: SyncTriggerWindow,
  {
    intervalMs = SYNC_INTERVAL_MS,
    writeDebounceMs = SYNC_WRITE_DEBOUNCE_MS,
  }: SyncTriggerOptions = {},
): () => void {
  let interval: number | undefined;
  let debounce: number | undefined;
  const isVisible = () => target.document.visibilityState === 'visible';

  function startInterval(): void {
    interval ??= target.setInterval(() => void engine.syncNow('interval'), intervalMs);
  }
  function stopInterval(): void {
    if (interval !== undefined) target.clearInterval(interval);
    interval = undefined;
  }
  const handleOnline = () => void engine.syncNow('online');
  const handleVisibilityChange = () => {
    if (!isVisible()) return stopInterval();
    startInterval();
    void engine.syncNow('visible');
  };
  const unsubscribeWrites = engine.subscribeToLocalWrites(() => {
    if (debounce !== undefined) target.clearTimeout(debounce);
    debounce = target.setTimeout(() => {
      debounce = undefined;
      void engine.syncNow('write');
    }, writeDebounceMs);
  });

  target.addEventListener('online', handleOnline);
  target.document.addEventListener('visibilitychange', handleVisibilityChange);
  if (isVisible()) startInterval();
  const serviceWorkers = target.navigator?.serviceWorker;
  const detachBackgroundSync = serviceWorkers
    ? attachBackgroundSync(engine, serviceWorkers)
    : () => {};

  return () => {
    detachBackgroundSync();
    target.removeEventListener('online', handleOnline);
    target.document.removeEventListener('visibilitychange', handleVisibilityChange);
    stopInterval();
    if (debounce !== undefined) target.clearTimeout(debounce);
    unsubscribeWrites();
  };
}
