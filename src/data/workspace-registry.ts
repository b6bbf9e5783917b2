/**
 * Which agent workspace this browser has open. One Dexie database per workspace; this small
 * record in localStorage only says which one, so it can be read synchronously at start-up.
 */
export type WorkspaceKind = 'demo' | 'local';

export interface Workspace {
  id: string;
  kind: WorkspaceKind;
  /** `YYYY-MM-DD` the demo data was generated for (demo workspaces only). */
  demoDate: string | null;
  createdAt: string;
}

const WORKSPACE_KEY = 'awb.workspace';

export function readActiveWorkspace(storage: Storage): Workspace | null {
  const raw = storage.getItem(WORKSPACE_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Workspace>;
    if (typeof value.id !== 'string' || (value.kind !== 'demo' && value.kind !== 'local')) {
      return null;
    }
    return {
      id: value.id,
      kind: value.kind,
      demoDate: typeof value.demoDate === 'string' ? value.demoDate : null,
      createdAt: typeof value.createdAt === 'string' ? value.createdAt : '',
    };
  } catch {
    return null;
  }
}

export function writeActiveWorkspace(storage: Storage, workspace: Workspace | null): void {
  if (workspace) storage.setItem(WORKSPACE_KEY, JSON.stringify(workspace));
  else storage.removeItem(WORKSPACE_KEY);
}
