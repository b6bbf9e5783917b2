/** The sync half of a workspace's services; the only module that names a sync adapter. */
import type { WorkbenchDb } from '@/data/db';
import { createSyncStore } from '@/data/sync-store';
import type { Workspace } from '@/data/workspace-registry';
import { createLocalAdapter } from '@/sync/adapters/local-adapter';
import { createSyncEngine, type SyncEngine } from '@/sync/sync-engine';

async function loadDemoChanges(demoDate: string) {
  // Only the first sync of a demo workspace needs the generator.
  const { demoWorkspaceChanges } = await import('@/data/demo/generate-demo-workspace');
  return demoWorkspaceChanges(demoDate);
}

export function createWorkspaceSync(
  workspace: Workspace,
  db: WorkbenchDb,
  now: () => Date,
): SyncEngine {
  const demoDate = workspace.kind === 'demo' ? workspace.demoDate : null;
  const adapter = createLocalAdapter({
    initialChanges: demoDate ? () => loadDemoChanges(demoDate) : undefined,
  });
  return createSyncEngine({ store: createSyncStore(db), adapter, now, dbName: db.name });
}
