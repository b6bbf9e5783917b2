import { useEffect, useMemo, useState, type ReactNode } from 'react';
import Dexie from 'dexie';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import {
  WorkspaceProvider,
  type ServerSignIn,
  type WorkspaceActions,
} from '@/data/workspace-context';
import {
  isSameWorkspace,
  resolveActiveWorkspace,
  saveActiveWorkspace,
} from '@/data/workspace-pointer';
import { readActiveWorkspace, serverWorkspaceId, type Workspace } from '@/data/workspace-registry';
import { localDayOf } from '@/domain/roster/describe-shift';
import type { HttpSession } from '@/sync/http-session';
import { SyncProvider } from '@/sync/sync-context';
import { createWorkspaceServices, type WorkspaceServices } from './services';
import type { WorkspaceSync } from './workspace-sync';

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

function newWorkspace(
  fields: Partial<Workspace> & Pick<Workspace, 'id' | 'kind'>,
  at: Date,
): Workspace {
  return { demoDate: null, serverUrl: null, agentId: null, createdAt: at.toISOString(), ...fields };
}

/**
 * Owns the open workspace: creates its services, starts and stops sync, and implements the
 * workspace actions (demo, empty, sign in, reset, close) for the screens below. Each action
 * records the active workspace durably (workspace-pointer.ts) before the screens see the result.
 */
export function WorkspaceHost({ now, children }: { now: () => Date; children: ReactNode }) {
  const { t } = useTranslation();
  // localStorage's pointer, read synchronously so an open workspace renders at once.
  const [initial] = useState<WorkspaceServices | null>(() => {
    const workspace = readActiveWorkspace(localStorage);
    return workspace ? createWorkspaceServices(workspace, now) : null;
  });
  const [services, setServices] = useState(initial);
  // Without that pointer (lost with a killed browser, say) nothing is decided until the durable
  // copy has been read, so a workspace that exists never flashes the welcome screen.
  const [isResolving, setIsResolving] = useState(initial === null);
  const [sync, setSync] = useState<WorkspaceSync | null>(null);

  useEffect(() => {
    let isCurrent = true;
    resolveActiveWorkspace(localStorage).then(
      (durable) => {
        if (!isCurrent) return;
        // The durable copy wins over localStorage; an action the agent took meanwhile wins over
        // both.
        if (!isSameWorkspace(durable, initial?.workspace ?? null)) {
          const next = durable ? createWorkspaceServices(durable, now) : null;
          setServices((current) => (current === initial ? next : current));
        }
        setIsResolving(false);
      },
      () => {
        if (isCurrent) setIsResolving(false);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [initial, now]);

  useEffect(() => {
    if (!services) return;
    let isCurrent = true;
    let started: WorkspaceSync | null = null;
    let detach = () => {};
    // Sync is background work. Anything written before it starts is already in the outbox and
    // goes out with the boot sync.
    const cancelStart = afterFirstScreen(() => {
      // The triggers (online, visibility, Background Sync) come with the sync half, off the shell.
      void Promise.all([services.loadSync(), import('@/sync/sync-triggers')]).then(
        ([loaded, { attachSyncTriggers }]) => {
          if (!isCurrent) return;
          loaded.engine.start();
          started = loaded;
          detach = attachSyncTriggers(loaded.engine, window);
          setSync(loaded);
        },
      );
    });
    return () => {
      isCurrent = false;
      cancelStart();
      detach();
      setSync(null);
      started?.engine.stop();
    };
  }, [services]);

  const actions = useMemo<WorkspaceActions>(() => {
    /** Opens `workspace`, first filling it through one sync when asked to. */
    async function open(
      workspace: Workspace,
      options: { session?: HttpSession; fillFirst?: boolean } = {},
    ): Promise<WorkspaceServices> {
      const next = createWorkspaceServices(workspace, now, options.session);
      if (options.fillFirst) await (await next.loadSync()).engine.syncNow('boot');
      await saveActiveWorkspace(localStorage, workspace);
      setServices(next);
      return next;
    }

    async function openDemo(): Promise<void> {
      const at = now();
      const demoDate = localDayOf(at.toISOString(), DEMO_TIME_ZONE);
      const workspace = newWorkspace({ id: `demo-${uuidv7()}`, kind: 'demo', demoDate }, at);
      const next = await open(workspace, { fillFirst: true });
      // A failed fill leaves no half-made workspace behind.
      if (!(await next.repositories.profile.findAgentContext(demoDate))) {
        await discard(next);
        throw new Error('workspace/demo-not-filled');
      }
      // The demo's roster change, as a later pull would have brought it (device-only record).
      const { seedDemoShiftChange } = await import('@/data/demo/demo-shift-changes');
      await seedDemoShiftChange(next.db, at);
    }

    const openLocal = () => open(newWorkspace({ id: `local-${uuidv7()}`, kind: 'local' }, now()));

    async function signIn({ serverUrl, employeeNumber, password }: ServerSignIn): Promise<void> {
      const baseUrl = new URL(serverUrl).origin;
      const { createHttpSession } = await import('@/sync/http-session');
      const session = createHttpSession({ baseUrl });
      const { agentId } = await session.signIn(employeeNumber, password);
      if (!agentId) throw new Error('sign-in/no-agent');
      const workspace = newWorkspace(
        { id: serverWorkspaceId(baseUrl, agentId), kind: 'server', serverUrl: baseUrl, agentId },
        now(),
      );
      // The first sync runs with the workspace open, so the agent sees it fill.
      const next = await open(workspace, { session });
      void next.loadSync().then(({ engine }) => engine.syncNow('boot'));
    }

    async function discard(current: WorkspaceServices): Promise<void> {
      const { engine, account } = await current.loadSync();
      engine.stop();
      await account?.signOut().catch(() => undefined);
      current.db.close();
      await Dexie.delete(current.db.name);
      await saveActiveWorkspace(localStorage, null);
      setServices(null);
    }

    return {
      startDemo: openDemo,
      startEmpty: async () => void (await openLocal()),
      signIn,
      ensureOpen: async () => services ?? (await openLocal()),
      resetDemo: async () => {
        if (services) await discard(services);
        await openDemo();
      },
      close: async () => {
        if (services) await discard(services);
      },
      countUnsent: async () =>
        services ? (await services.loadSync()).engine.getStatus().pending : 0,
    };
  }, [services, now]);

  if (isResolving) {
    return (
      <main className="app-main">
        <p role="status">{t('loading')}</p>
      </main>
    );
  }

  return (
    <WorkspaceProvider open={services} actions={actions}>
      <SyncProvider
        controller={services ? (sync?.engine ?? null) : null}
        account={sync?.account ?? null}
      >
        {children}
      </SyncProvider>
    </WorkspaceProvider>
  );
}
