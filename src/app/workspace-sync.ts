/** The sync half of a workspace's services; the only module that names a sync adapter. */
import type { WorkbenchDb } from '@/data/db';
import { createSyncStore } from '@/data/sync-store';
import type { Workspace } from '@/data/workspace-registry';
import { createHttpAdapter } from '@/sync/adapters/http-adapter';
import { createLocalAdapter } from '@/sync/adapters/local-adapter';
import { createHttpSession, type HttpSession } from '@/sync/http-session';
import type { SyncAdapter } from '@/sync/sync-adapter';
import type { ServerAccount } from '@/sync/sync-context';
import { createSyncEngine, type SyncEngine } from '@/sync/sync-engine';

export interface WorkspaceSync {
  engine: SyncEngine;
  /** The employer's server this workspace syncs with; null for demo and local workspaces. */
  account: ServerAccount | null;
}

async function loadDemoChanges(demoDate: string) {
  // Only the first sync of a demo workspace needs the generator.
  const { demoWorkspaceChanges } = await import('@/data/demo/generate-demo-workspace');
  return demoWorkspaceChanges(demoDate);
}

function toAccount(session: HttpSession, serverUrl: string, agentId: string): ServerAccount {
  return {
    serverUrl,
    agentId,
    isSignedIn: () => session.isSignedIn(),
    subscribe: (listener) => session.subscribe(() => listener()),
    signIn: async (employeeNumber, password) => {
      const state = await session.signIn(employeeNumber, password);
      // Another agent's credentials must not write into this agent's database.
      if (state.agentId !== agentId) {
        await session.signOut().catch(() => undefined);
        throw new Error('sign-in/other-agent');
      }
    },
    signOut: () => session.signOut(),
  };
}

export function createWorkspaceSync(
  workspace: Workspace,
  db: WorkbenchDb,
  now: () => Date,
  signedInSession?: HttpSession,
): WorkspaceSync {
  let adapter: SyncAdapter;
  let account: ServerAccount | null = null;
  if (workspace.kind === 'server' && workspace.serverUrl && workspace.agentId) {
    const session =
      signedInSession ??
      createHttpSession({ baseUrl: workspace.serverUrl, agentId: workspace.agentId });
    adapter = createHttpAdapter({ baseUrl: workspace.serverUrl, session });
    account = toAccount(session, workspace.serverUrl, workspace.agentId);
  } else {
    const demoDate = workspace.kind === 'demo' ? workspace.demoDate : null;
    adapter = createLocalAdapter({
      initialChanges: demoDate ? () => loadDemoChanges(demoDate) : undefined,
    });
  }
  const engine = createSyncEngine({ store: createSyncStore(db), adapter, now, dbName: db.name });
  return { engine, account };
}
