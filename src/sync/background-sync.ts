/**
 * Background Sync as a wake-up hint only (SYNC.md §4.8, last row): after each new outbox row the
 * page asks the browser for a `sync` event tagged `outbox`, and when the service worker
 * (`public/sw-background-sync.js`) relays that event, the page runs a cycle. The page-side loop
 * stays authoritative: where the API is missing or refuses, nothing else changes.
 */
import type { SyncEngine } from './sync-engine';

/** The Background Sync tag; `public/sw-background-sync.js` listens for the same one. */
export const OUTBOX_SYNC_TAG = 'outbox';
/** The message type the service worker posts to its windows on a `sync` event. */
export const SYNC_WAKE_MESSAGE = 'sync-wake';

/** The part of `navigator.serviceWorker` this module uses. */
export interface BackgroundSyncServiceWorkers {
  getRegistration(): Promise<object | undefined>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

interface SyncManager {
  register(tag: string): Promise<void>;
}

/** Chromium's `registration.sync`; other browsers have no such member. */
function syncManagerOf(registration: object | undefined): SyncManager | undefined {
  const sync: unknown = registration && Reflect.get(registration, 'sync');
  const canRegister =
    typeof sync === 'object' &&
    sync !== null &&
    typeof (sync as Partial<SyncManager>).register === 'function';
  return canRegister ? (sync as SyncManager) : undefined;
}

/** Asks for a `sync` event; any failure (no registration, no API, permission) is ignored. */
async function requestOutboxWakeUp(serviceWorkers: BackgroundSyncServiceWorkers): Promise<void> {
  try {
    await syncManagerOf(await serviceWorkers.getRegistration())?.register(OUTBOX_SYNC_TAG);
  } catch {
    // Only a hint: the write is committed and the page's own triggers will send it.
  }
}

function isWakeMessage(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && Reflect.get(data, 'type') === SYNC_WAKE_MESSAGE
  );
}

/** Registers for a wake-up after each local write and syncs on one; returns the detach function. */
export function attachBackgroundSync(
  engine: Pick<SyncEngine, 'syncNow' | 'subscribeToLocalWrites'>,
  serviceWorkers: BackgroundSyncServiceWorkers,
): () => void {
  const handleMessage = (event: MessageEvent) => {
    if (isWakeMessage(event.data)) void engine.syncNow('wake');
  };
  serviceWorkers.addEventListener('message', handleMessage);
  const unsubscribeWrites = engine.subscribeToLocalWrites(
    () => void requestOutboxWakeUp(serviceWorkers),
  );
  return () => {
    serviceWorkers.removeEventListener('message', handleMessage);
    unsubscribeWrites();
  };
}
