/**
 * Which agent workspace this browser has open. One Dexie database per workspace (and so per
 * agent); this small record in localStorage only says which one, so start-up can read it
 * synchronously. It holds no secret: tokens never leave memory and the HttpOnly cookie.
 */
export type WorkspaceKind = 'demo' | 'local' | 'server';

export interface Workspace {
  id: string;
  kind: WorkspaceKind;
  /** `YYYY-MM-DD` the demo data was generated for (demo workspaces only). */
  demoDate: string | null;
  /** The employer's sync server and the agent signed in to it (server workspaces only). */
  serverUrl: string | null;
  agentId: string | null;
  createdAt: string;
}

const WORKSPACE_KEY = 'awb.workspace';
const KINDS: readonly string[] = ['demo', 'local', 'server'];

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function readActiveWorkspace(storage: Storage): Workspace | null {
  const raw = storage.getItem(WORKSPACE_KEY);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof Workspace, unknown>>;
    if (
      typeof value.id !== 'string' ||
      typeof value.kind !== 'string' ||
      !KINDS.includes(value.kind)
    ) {
      return null;
    }
    const workspace: Workspace = {
      id: value.id,
      kind: value.kind as WorkspaceKind,
      demoDate: stringOrNull(value.demoDate),
      serverUrl: stringOrNull(value.serverUrl),
      agentId: stringOrNull(value.agentId),
      createdAt: stringOrNull(value.createdAt) ?? '',
    };
    if (workspace.kind === 'server' && (!workspace.serverUrl || !workspace.agentId)) return null;
    return workspace;
  } catch {
    return null;
  }
}

export function writeActiveWorkspace(storage: Storage, workspace: Workspace | null): void {
  if (workspace) storage.setItem(WORKSPACE_KEY, JSON.stringify(workspace));
  else storage.removeItem(WORKSPACE_KEY);
}

/** A server workspace's id: one database per agent and server. */
export function serverWorkspaceId(serverUrl: string, agentId: string): string {
  return `server-${agentId}@${new URL(serverUrl).host}`;
}
