/**
 * Renders one screen over a real, empty workspace database (fake-indexeddb) with a sync status the
 * test sets, for states the real engine passes through too quickly to catch, such as the progress
 * of a long first sync. Everything else is the app's own providers.
 */
import { act, render } from '@testing-library/react';
import Dexie from 'dexie';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { openWorkbenchDb } from '@/data/db';
import { createRepositories } from '@/data/repositories';
import { WorkspaceProvider, type WorkspaceActions } from '@/data/workspace-context';
import type { Workspace } from '@/data/workspace-registry';
import { initI18n } from '@/i18n/i18n';
import { NAMESPACES, type Language } from '@/i18n/languages';
import { SyncProvider, type SyncController } from '@/sync/sync-context';
import type { SyncReason, SyncStatus } from '@/sync/sync-engine';
import { ClockProvider } from '@/ui/clock-context';
import { onTestFinished } from 'vitest';
import { TEST_NOW } from './render-app';

let counter = 0;

const NO_ACTIONS: WorkspaceActions = {
  startDemo: () => Promise.reject(new Error('not in this test')),
  signIn: () => Promise.reject(new Error('not in this test')),
  startEmpty: () => Promise.reject(new Error('not in this test')),
  ensureOpen: () => Promise.reject(new Error('not in this test')),
  resetDemo: () => Promise.reject(new Error('not in this test')),
  close: () => Promise.reject(new Error('not in this test')),
  countUnsent: async () => 0,
};

/** Renders `screen` in a server workspace whose engine reports `initial` until `setStatus`. */
export async function renderWithSyncStatus(
  screen: ReactNode,
  initial: SyncStatus,
  { language = 'en' }: { language?: Language } = {},
) {
  counter += 1;
  const workspace: Workspace = {
    id: `sync-status-${counter}`,
    kind: 'server',
    demoDate: null,
    serverUrl: 'https://sync.example.com',
    agentId: 'agent-1',
    createdAt: TEST_NOW.toISOString(),
  };
  const db = openWorkbenchDb(workspace.id);
  onTestFinished(async () => {
    db.close();
    await Dexie.delete(db.name);
  });
  const i18n = await initI18n({ language });
  // The router loads a screen's namespaces with its route; this renders the screen alone.
  await i18n.loadNamespaces([...NAMESPACES]);
  const listeners = new Set<(status: SyncStatus) => void>();
  const reasons: SyncReason[] = [];
  let status = initial;
  const controller: SyncController = {
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    syncNow: async (reason) => void reasons.push(reason),
  };
  const clock = () => TEST_NOW;
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ClockProvider clock={clock}>
        <WorkspaceProvider
          open={{ workspace, repositories: createRepositories(db) }}
          actions={NO_ACTIONS}
        >
          <SyncProvider controller={controller} account={null}>
            {screen}
          </SyncProvider>
        </WorkspaceProvider>
      </ClockProvider>
    </I18nextProvider>,
  );
  return {
    ...view,
    db,
    reasons,
    /** Publishes a new status, as the engine does after each page. */
    setStatus(next: SyncStatus) {
      act(() => {
        status = next;
        for (const listener of listeners) listener(status);
      });
    },
  };
}
