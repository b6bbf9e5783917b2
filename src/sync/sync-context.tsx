import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

export type SyncState = 'idle' | 'syncing' | 'offline' | 'error';
export type SyncReason = 'boot' | 'online' | 'visible' | 'write' | 'poke' | 'interval' | 'manual';

/** What screens see of sync: plain data, never an exception. */
export interface SyncStatusView {
  state: SyncState;
  pending: number;
  rejected: number;
  lastSyncOkAt?: string;
  lastError?: string;
}

/** The part of the sync engine screens may use. */
export interface SyncController {
  getStatus(): SyncStatusView;
  subscribe(listener: () => void): () => void;
  syncNow(reason: SyncReason): Promise<void>;
}

const IDLE: SyncStatusView = { state: 'idle', pending: 0, rejected: 0 };

/** Stands in before a workspace is open: nothing to send, nothing to do. */
const NO_SYNC: SyncController = {
  getStatus: () => IDLE,
  subscribe: () => () => {},
  syncNow: async () => {},
};

const SyncContext = createContext<SyncController>(NO_SYNC);

export function SyncProvider({
  controller,
  children,
}: {
  controller: SyncController | null;
  children: ReactNode;
}) {
  return <SyncContext.Provider value={controller ?? NO_SYNC}>{children}</SyncContext.Provider>;
}

export function useSyncStatus(): SyncStatusView {
  const controller = useContext(SyncContext);
  return useSyncExternalStore(controller.subscribe, controller.getStatus, controller.getStatus);
}

export function useSyncActions(): Pick<SyncController, 'syncNow'> {
  return useContext(SyncContext);
}
