import { useEffect, useMemo, useState, type ReactNode } from 'react';
import Dexie from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { WorkspaceProvider, type WorkspaceActions } from '@/data/workspace-context';
import {
  readActiveWorkspace,
  writeActiveWorkspace,
  type Workspace,
  type WorkspaceKind,
} from '@/data/workspace-registry';
import { localDayOf } from '@/domain/roster/describe-shift';
import { SyncProvider } from '@/sync/sync-context';
import { attachSyncTriggers } from '@/sync/sync-triggers';
import type { SyncEngine } from '@/sync/sync-engine';
import { createWorkspaceServices, type WorkspaceServices } from './services';

const DEMO_TIME_ZONE = 'Asia/Shanghai';
/**
 * Sync starts this long after the app opens, when the browser is idle: the first screen reads
 * only the local database, and the main thread sits idle while IndexedDB answers, so an idle
 * callback alone would still compete with the first render.
 */
const SYNC_START_DELAY_MS = 1_000;
const SYNC_START_IDLE_TIMEOUT_MS = 1_000;

function afterFirstScreen(run: () => void): () => void {
  let cancelIdle = () => {};
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback !== 'function') return run();
    const handle = requestIdleCallback(run, { timeout: SYNC_START_IDLE_TIMEOUT_MS });
    cancelIdle = () => cancelIdleCallback(handle);
  }, SYNC_START_DELAY_MS);
  return () => {
    clearTimeout(timer);
    cancelIdle();
  };
}

/**
 * Owns the open workspace: creates its services, starts and stops sync, and implements the
 * workspace actions (demo, empty, reset, close) for the screens below.
 */
export function WorkspaceHost({ now, children }: { now: () => Date; children: ReactNode }) {
  const [services, setServices] = useState<WorkspaceServices | null>(() => {
    const workspace = readActiveWorkspace(localStorage);
    return workspace ? createWorkspaceServices(workspace, now) : null;
  });

  const [engine, setEngine] = useState<SyncEngine | null>(null);

  useEffect(() => {
    if (!services) return;
    let isCurrent = true;
    let started: SyncEngine | null = null;
    let detach = () => {};
    // Sync is background work. Anything written before it starts is already in the outbox and
    // goes out with the boot sync.
    const cancelStart = afterFirstScreen(() => {
      void services.loadSyncEngine().then((loaded) => {
        if (!isCurrent) return;
        loaded.start();
        started = loaded;
        detach = attachSyncTriggers(loaded, window);
        setEngine(loaded);
      });
    });
    return () => {
      isCurrent = false;
      cancelStart();
      detach();
      setEngine(null);
      started?.stop();
    };
  }, [services]);

  const actions = useMemo<WorkspaceActions>(() => {
    async function open(kind: WorkspaceKind): Promise<WorkspaceServices> {
      const createdAt = now();
      const workspace: Workspace = {
        id: `${kind}-${uuidv7()}`,
        kind,
        demoDate: kind === 'demo' ? localDayOf(createdAt.toISOString(), DEMO_TIME_ZONE) : null,
        createdAt: createdAt.toISOString(),
      };
      const next = createWorkspaceServices(workspace, now);
      if (kind === 'demo') {
        // Fill the database before showing it; a failed fill leaves no half-made workspace.
        await (await next.loadSyncEngine()).syncNow('boot');
        if (!(await next.repositories.profile.findAgentContext(workspace.demoDate!))) {
          next.db.close();
          await Dexie.delete(next.db.name);
          throw new Error('demo workspace could not be filled');
        }
      }
      writeActiveWorkspace(localStorage, workspace);
      setServices(next);
      return next;
    }

    async function discard(current: WorkspaceServices): Promise<void> {
      (await current.loadSyncEngine()).stop();
      current.db.close();
      await Dexie.delete(current.db.name);
      writeActiveWorkspace(localStorage, null);
      setServices(null);
    }

    return {
      startDemo: async () => void (await open('demo')),
      startEmpty: async () => void (await open('local')),
      ensureOpen: async () => services ?? (await open('local')),
      resetDemo: async () => {
        if (services) await discard(services);
        await open('demo');
      },
      close: async () => {
        if (services) await discard(services);
      },
      countUnsent: async () =>
        services ? (await services.loadSyncEngine()).getStatus().pending : 0,
    };
  }, [services, now]);

  return (
    <WorkspaceProvider open={services} actions={actions}>
      <SyncProvider controller={services ? engine : null}>{children}</SyncProvider>
    </WorkspaceProvider>
  );
}
