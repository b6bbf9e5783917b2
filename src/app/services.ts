/**
 * Builds what one workspace needs, once. The database and repositories are made at once, since
 * the first screen reads them; the sync stack (engine, adapter, response validation) is loaded
 * as its own chunk so it never delays the first render.
 */
import { openWorkbenchDb, type WorkbenchDb } from '@/data/db';
import { createRepositories, type Repositories } from '@/data/repositories';
import type { Workspace } from '@/data/workspace-registry';
import type { SyncEngine } from '@/sync/sync-engine';

export interface WorkspaceServices {
  workspace: Workspace;
  db: WorkbenchDb;
  repositories: Repositories;
  /** The sync engine, created on first use. */
  loadSyncEngine(): Promise<SyncEngine>;
}

export function createWorkspaceServices(workspace: Workspace, now: () => Date): WorkspaceServices {
  const db = openWorkbenchDb(workspace.id);
  // Another tab upgraded the database: this tab's code is older, so start again on the new one.
  db.on('versionchange', () => {
    db.close();
    if (typeof location !== 'undefined') location.reload();
  });
  let engine: Promise<SyncEngine> | undefined;
  return {
    workspace,
    db,
    repositories: createRepositories(db),
    loadSyncEngine: () =>
      (engine ??= import('./workspace-sync').then(({ createWorkspaceSync }) =>
        createWorkspaceSync(workspace, db, now),
      )),
  };
}
