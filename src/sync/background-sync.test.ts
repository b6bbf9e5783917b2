import { describe, expect, it } from 'vitest';
import type { Escalation } from '@/domain/escalation/escalation';
import { AGENT_ID } from '../../test/sync-builders';
import { raiseEscalation } from '../../test/sync-engine-kit';
import { setupEngine } from '../../test/sync-engine-setup';
import {
  attachBackgroundSync,
  OUTBOX_SYNC_TAG,
  SYNC_WAKE_MESSAGE,
  type BackgroundSyncServiceWorkers,
} from './background-sync';
import type { SyncReason } from './sync-engine';
import { attachSyncTriggers, type SyncTriggerWindow } from './sync-triggers';

/**
 * `navigator.serviceWorker` as far as this module uses it. `registration` is what
 * `getRegistration()` gives: Chromium's has `sync`, other browsers' have none.
 */
function createFakeServiceWorkers(registration: () => Promise<object | undefined>) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const container: BackgroundSyncServiceWorkers = {
    getRegistration: registration,
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
  };
  return {
    container,
    /** Delivers a message from the service worker, as `client.postMessage` does. */
    post: (data: unknown) => {
      for (const listener of listeners) listener(new MessageEvent('message', { data }));
    },
    listenerCount: () => listeners.size,
  };
}

/** A Chromium registration whose `sync.register` records tags, or fails with `failure`. */
function createSyncRegistration(failure?: Error) {
  const tags: string[] = [];
  return {
    tags,
    registration: {
      scope: '/',
      sync: {
        register: async (tag: string) => {
          if (failure) throw failure;
          tags.push(tag);
        },
      },
    },
  };
}

function createFakeEngine() {
  const reasons: SyncReason[] = [];
  const writeListeners = new Set<() => void>();
  return {
    reasons,
    write: () => writeListeners.forEach((listener) => listener()),
    engine: {
      syncNow: async (reason: SyncReason) => void reasons.push(reason),
      subscribeToLocalWrites(listener: () => void) {
        writeListeners.add(listener);
        return () => writeListeners.delete(listener);
      },
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Generous: the unit project shares two cores with the model run. */
const POLL_TIMEOUT_MS = 10_000;

describe('Background Sync as a wake-up hint', () => {
  it('asks for an outbox sync event after a write commits, and sends the outbox on a wake message', async () => {
    const { db, server, engine } = setupEngine();
    const { tags, registration } = createSyncRegistration();
    const serviceWorkers = createFakeServiceWorkers(async () => registration);
    const detach = attachBackgroundSync(engine, serviceWorkers.container);

    // The outbox watch starts with a read of its own and reports only rows written after it; on
    // a loaded machine that read can come late, so the test writes until a write is reported.
    const escalations: Escalation[] = [];
    await expect
      .poll(
        async () => {
          escalations.push(await raiseEscalation(db));
          return tags;
        },
        { timeout: POLL_TIMEOUT_MS },
      )
      .toContain(OUTBOX_SYNC_TAG);
    expect(server.rowsVisibleTo(AGENT_ID)).toEqual([]);

    serviceWorkers.post({ type: SYNC_WAKE_MESSAGE });
    await expect.poll(() => db.outbox.count(), { timeout: POLL_TIMEOUT_MS }).toBe(0);
    for (const escalation of escalations)
      expect((await db.escalations.get(escalation.id))?.syncState).toBe('sent');
    await expect.poll(() => engine.getStatus().state, { timeout: POLL_TIMEOUT_MS }).toBe('idle');
    detach();
  });

  it('runs a cycle only for the wake message', async () => {
    const { engine, reasons } = createFakeEngine();
    const serviceWorkers = createFakeServiceWorkers(async () => undefined);
    attachBackgroundSync(engine, serviceWorkers.container);
    serviceWorkers.post({ type: 'something-else' });
    serviceWorkers.post('sync-wake');
    serviceWorkers.post(null);
    serviceWorkers.post({ type: SYNC_WAKE_MESSAGE });
    expect(reasons).toEqual(['wake']);
  });

  it.each<[string, () => Promise<object | undefined>]>([
    ['no service worker registration', async () => undefined],
    ['a browser without Background Sync', async () => ({ scope: '/' })],
    [
      'a refused registration',
      async () => createSyncRegistration(new Error('denied')).registration,
    ],
    [
      'a failing getRegistration',
      () => Promise.reject(new DOMException('insecure', 'SecurityError')),
    ],
  ])('leaves the write alone with %s', async (_name, registration) => {
    const { engine, write, reasons } = createFakeEngine();
    attachBackgroundSync(engine, createFakeServiceWorkers(registration).container);
    // An unhandled rejection here would fail the run.
    write();
    write();
    await settle();
    expect(reasons).toEqual([]);
  });

  it('stops listening and registering when detached', async () => {
    const { engine, write, reasons } = createFakeEngine();
    const { tags, registration } = createSyncRegistration();
    const serviceWorkers = createFakeServiceWorkers(async () => registration);
    const detach = attachBackgroundSync(engine, serviceWorkers.container);
    detach();
    write();
    serviceWorkers.post({ type: SYNC_WAKE_MESSAGE });
    await settle();
    expect([tags, reasons, serviceWorkers.listenerCount()]).toEqual([[], [], 0]);
  });

  it('is wired by the sync triggers where the window has a service worker container', async () => {
    const { engine, write, reasons } = createFakeEngine();
    const { tags, registration } = createSyncRegistration();
    const serviceWorkers = createFakeServiceWorkers(async () => registration);
    const target: SyncTriggerWindow = {
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      setInterval: () => 1,
      clearInterval: () => undefined,
      setTimeout: () => 1,
      clearTimeout: () => undefined,
      document: {
        visibilityState: 'hidden',
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
      navigator: { serviceWorker: serviceWorkers.container },
    };
    const detach = attachSyncTriggers(engine, target);
    write();
    serviceWorkers.post({ type: SYNC_WAKE_MESSAGE });
    await settle();
    expect([tags, reasons]).toEqual([[OUTBOX_SYNC_TAG], ['wake']]);
    detach();
    expect(serviceWorkers.listenerCount()).toBe(0);
  });
});
