/**
 * Which agent workspace this browser has open. One Dexie database per workspace (and so per
 * agent); this small record in localStorage only says which one, so start-up can read it
 * synchronously. It holds no secret: tokens never leave memory and the HttpOnly cookie.
 *
 * localStorage is only the fast copy: Chromium writes it to disk seconds late, so a killed browser
 * can lose it. The durable copy, and the rule for when the two disagree, is in
 * workspace-pointer.ts; open, switch and close a workspace through `saveActiveWorkspace` there,
 * never through `writeActiveWorkspace` alone.
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

/**
 * A workspace record as stored (parsed from localStorage, or a row of the durable copy); null
 * when it is damaged.
 */
export function parseWorkspace(stored: unknown): Workspace | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const value = stored as Partial<Record<keyof Workspace, unknown>>;
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
}

export function readActiveWorkspace(storage: Storage): Workspace | null {
  const raw = storage.getItem(WORKSPACE_KEY);
  if (!raw) return null;
  try {
    return parseWorkspace(JSON.parse(raw));
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
