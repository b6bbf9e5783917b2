/**
 * Builds what one workspace needs, once. The database and repositories are made at once, since
 * the first screen reads them (KPIs, training and readiness as stand-ins whose code follows); the
 * sync half (engine, adapter, response validation, the server session) is loaded as its own chunk
 * so it never delays the first render.
 */
import { openWorkbenchDb, type WorkbenchDb } from '@/data/db';
import { createFirstScreenRepositories } from '@/data/first-screen-repositories';
import type { Repositories } from '@/data/repositories';
import type { Workspace } from '@/data/workspace-registry';
import type { HttpSession } from '@/sync/http-session';
import { createDeferredRepositories } from './deferred-repositories';
import type { WorkspaceSync } from './workspace-sync';

export interface WorkspaceServices {
  workspace: Workspace;
  db: WorkbenchDb;
  repositories: Repositories;
  /** The sync half, created on first use. */
  loadSync(): Promise<WorkspaceSync>;
}

/**
 * The same repositories as `createRepositories` (data/repositories.ts), with KPIs, training and
 * readiness deferred: no first screen needs their code, so it loads after (deferred-repositories.ts).
 */
function createWorkspaceRepositories(db: WorkbenchDb, workspace: Workspace): Repositories {
  return {
    ...createFirstScreenRepositories(db),
    // Local and demo workspaces have no server to grade exams: the device grades them.
    ...createDeferredRepositories(db, { gradesOnDevice: workspace.kind !== 'server' }),
  };
}

/** `session` is the one just signed in with; after a reload a server workspace makes its own. */
export function createWorkspaceServices(
  workspace: Workspace,
  now: () => Date,
  session?: HttpSession,
): WorkspaceServices {
  const db = openWorkbenchDb(workspace.id);
  // Another tab upgraded the database: this tab's code is older, so start again on the new one.
  db.on('versionchange', () => {
    db.close();
    if (typeof location !== 'undefined') location.reload();
  });
  let sync: Promise<WorkspaceSync> | undefined;
  return {
    workspace,
    db,
    repositories: createWorkspaceRepositories(db, workspace),
    loadSync: () =>
      (sync ??= import('./workspace-sync').then(({ createWorkspaceSync }) =>
        createWorkspaceSync(workspace, db, now, session),
      )),
  };
}
