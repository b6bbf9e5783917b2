import { createContext, useContext, type ReactNode } from 'react';
import type { Repositories } from './repositories';
import type { Workspace } from './workspace-registry';

/** What a screen needs of the open workspace: which one it is and its repositories. */
export interface OpenWorkspace {
  workspace: Workspace;
  repositories: Repositories;
}

export interface ServerSignIn {
  serverUrl: string;
  employeeNumber: string;
  password: string;
}

/**
 * Opening, resetting and closing workspaces; implemented by the composition root. Each action
 * resolves only once the active-workspace pointer is on disk (workspace-pointer.ts), so what the
 * screens show after it survives a killed browser.
 */
export interface WorkspaceActions {
  startDemo(): Promise<void>;
  /** Signs in to an employer's server and opens that agent's workspace. */
  signIn(input: ServerSignIn): Promise<void>;
  startEmpty(): Promise<void>;
  /** The open workspace, creating an empty local one first when there is none. */
  ensureOpen(): Promise<OpenWorkspace>;
  resetDemo(): Promise<void>;
  close(): Promise<void>;
  countUnsent(): Promise<number>;
}

const OpenWorkspaceContext = createContext<OpenWorkspace | null>(null);
const WorkspaceActionsContext = createContext<WorkspaceActions | null>(null);

export function WorkspaceProvider({
  open,
  actions,
  children,
}: {
  open: OpenWorkspace | null;
  actions: WorkspaceActions;
  children: ReactNode;
}) {
  return (
    <WorkspaceActionsContext.Provider value={actions}>
      <OpenWorkspaceContext.Provider value={open}>{children}</OpenWorkspaceContext.Provider>
    </WorkspaceActionsContext.Provider>
  );
}

/** The open workspace, or null before the agent has chosen one. */
export function useOptionalWorkspace(): OpenWorkspace | null {
  return useContext(OpenWorkspaceContext);
}

/** The open workspace; only for screens the router shows once a workspace is open. */
export function useOpenWorkspace(): OpenWorkspace {
  const open = useContext(OpenWorkspaceContext);
  if (!open) throw new Error('useOpenWorkspace outside an open workspace');
  return open;
}

export function useRepositories(): Repositories {
  return useOpenWorkspace().repositories;
}

export function useWorkspaceActions(): WorkspaceActions {
  const actions = useContext(WorkspaceActionsContext);
  if (!actions) throw new Error('useWorkspaceActions outside WorkspaceProvider');
  return actions;
}
