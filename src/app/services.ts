/**
 * Builds what one workspace needs, once. The database and repositories are made at once, since
 * the first screen reads them; the sync half (engine, adapter, response validation, the server
 * session) is loaded as its own chunk so it never delays the first render.
 */
import { openWorkbenchDb, type WorkbenchDb } from '@/data/db';
import { createRepositories, type Repositories } from '@/data/repositories';
import type { Workspace } from '@/data/workspace-registry';
import type { HttpSession } from '@/sync/http-session';
import type { WorkspaceSync } from './workspace-sync';

export interface WorkspaceServices {
  workspace: Workspace;
  db: WorkbenchDb;
  repositories: Repositories;
  /** The sync half, created on first use. */
  loadSync(): Promise<WorkspaceSync>;
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
    // Local and demo workspaces have no server to grade exams: the device grades them.
    repositories: createRepositories(db, { gradesOnDevice: workspace.kind !== 'server' }),
    loadSync: () =>
      (sync ??= import('./workspace-sync').then(({ createWorkspaceSync }) =>
        createWorkspaceSync(workspace, db, now, session),
      )),
  };
}
