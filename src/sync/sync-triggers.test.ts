import { describe, expect, it } from 'vitest';
import type { SyncReason } from './sync-engine';
import { attachSyncTriggers, type SyncTriggerWindow } from './sync-triggers';

/** A window whose events and clock are driven by the test. */
function createFakeWindow(visibility: DocumentVisibilityState) {
  const listeners = new Map<string, Set<() => void>>();
  const timers = new Map<number, { run: () => void; everyMs?: number }>();
  let nextHandle = 1;
  const on = (type: string, listener: () => void) => {
    listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
  };
  const off = (type: string, listener: () => void) => listeners.get(type)?.delete(listener);
  const fakeWindow: SyncTriggerWindow = {
    addEventListener: on,
    removeEventListener: off,
    setInterval: (run, everyMs) => (timers.set(nextHandle, { run, everyMs }), nextHandle++),
    clearInterval: (handle) => void timers.delete(handle),
    setTimeout: (run) => (timers.set(nextHandle, { run }), nextHandle++),
    clearTimeout: (handle) => void timers.delete(handle),
    document: { visibilityState: visibility, addEventListener: on, removeEventListener: off },
  };
  return {
    window: fakeWindow,
    dispatch: (type: string) => listeners.get(type)?.forEach((listener) => listener()),
    /** Runs every due timer once: intervals tick, timeouts fire and go. */
    tick() {
      for (const [handle, timer] of [...timers]) {
        if (timer.everyMs === undefined) timers.delete(handle);
        timer.run();
      }
    },
    timerCount: () => timers.size,
    listenerCount: () => [...listeners.values()].reduce((total, set) => total + set.size, 0),
  };
}

function createFakeEngine() {
  const reasons: SyncReason[] = [];
  let notifyWrite: () => void = () => undefined;
  return {
    reasons,
    write: () => notifyWrite(),
    engine: {
      syncNow: async (reason: SyncReason) => void reasons.push(reason),
      subscribeToLocalWrites(listener: () => void) {
        notifyWrite = listener;
        return () => (notifyWrite = () => undefined);
      },
    },
  };
}

describe('attachSyncTriggers', () => {
  it('syncs at once when the browser comes back online', () => {
    const fake = createFakeWindow('visible');
    const { engine, reasons } = createFakeEngine();
    attachSyncTriggers(engine, fake.window);
    fake.dispatch('online');
    expect(reasons).toEqual(['online']);
  });

  it('syncs when the app becomes visible and ticks every interval only while visible', () => {
    const fake = createFakeWindow('hidden');
    const { engine, reasons } = createFakeEngine();
    attachSyncTriggers(engine, fake.window);
    fake.tick();
    expect(reasons).toEqual([]);

    fake.window.document.visibilityState = 'visible';
    fake.dispatch('visibilitychange');
    fake.tick();
    fake.window.document.visibilityState = 'hidden';
    fake.dispatch('visibilitychange');
    fake.tick();

    expect(reasons).toEqual(['visible', 'interval']);
  });

  it('debounces a burst of local writes into one sync', () => {
    const fake = createFakeWindow('visible');
    const { engine, reasons, write } = createFakeEngine();
    attachSyncTriggers(engine, fake.window, { intervalMs: 60_000 });
    write();
    write();
    write();
    expect(fake.timerCount()).toBe(2);
    fake.tick();
    expect(reasons.filter((reason) => reason === 'write')).toEqual(['write']);
  });

  it('removes every listener and timer when detached', () => {
    const fake = createFakeWindow('visible');
    const { engine, reasons, write } = createFakeEngine();
    const detach = attachSyncTriggers(engine, fake.window);
    write();
    detach();
    fake.dispatch('online');
    write();
    fake.tick();
    expect([reasons, fake.timerCount(), fake.listenerCount()]).toEqual([[], 0, 0]);
  });
});
