import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { SyncEngine, SyncStatus } from './sync-engine';

/** The part of the sync engine screens may use; its status is plain data, never an exception. */
export type SyncController = Pick<SyncEngine, 'getStatus' | 'subscribe' | 'syncNow'>;

/** The employer's server a workspace syncs with, as screens may use it. */
export interface ServerAccount {
  serverUrl: string;
  agentId: string;
  /** False after a reload until the refresh cookie has been exchanged, or after a refusal. */
  isSignedIn(): boolean;
  subscribe(listener: () => void): () => void;
  /** Signs in again as the same agent; rejects with a `SyncError` or `sign-in/other-agent`. */
  signIn(employeeNumber: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const IDLE: SyncStatus = { state: 'idle', pending: 0, rejected: 0 };

/** Stands in before a workspace is open: nothing to send, nothing to do. */
const NO_SYNC: SyncController = {
  getStatus: () => IDLE,
  subscribe: () => () => {},
  syncNow: async () => {},
};

const SyncContext = createContext<SyncController>(NO_SYNC);
const AccountContext = createContext<ServerAccount | null>(null);

export function SyncProvider({
  controller,
  account,
  children,
}: {
  controller: SyncController | null;
  account: ServerAccount | null;
  children: ReactNode;
}) {
  return (
    <SyncContext.Provider value={controller ?? NO_SYNC}>
      <AccountContext.Provider value={account}>{children}</AccountContext.Provider>
    </SyncContext.Provider>
  );
}

/** The server account of the open workspace, or null when it syncs with no server. */
export function useServerAccount(): ServerAccount | null {
  return useContext(AccountContext);
}

export function useSyncStatus(): SyncStatus {
  const controller = useContext(SyncContext);
  return useSyncExternalStore(controller.subscribe, controller.getStatus, controller.getStatus);
}

export function useSyncActions(): Pick<SyncController, 'syncNow'> {
  return useContext(SyncContext);
}
