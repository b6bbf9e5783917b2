// Reads the open workspace's IndexedDB from inside the page, the way the app stores it: the
// workspace record in localStorage names the Dexie database `agent-workbench:<workspace id>`.
// Read-only: stores are opened at whatever version exists, and a missing database is never created.
import type { Page } from 'playwright-core';

export interface StoreSnapshot {
  /** Database name, e.g. `agent-workbench:server-demo-agent@127.0.0.1:41234`. */
  database: string;
  /** Rows of each requested store, in key order. */
  stores: Record<string, unknown[]>;
}

/**
 * Every row of `storeNames` in the active workspace's database (or in `databaseName`), or `null`
 * when there is no active workspace or no such database.
 */
export async function readWorkspaceStores(
  page: Page,
  storeNames: readonly string[],
  databaseName?: string,
): Promise<StoreSnapshot | null> {
  return page.evaluate(
    async ({ names, databaseName }) => {
      const activeDatabase = (): string | null => {
        const raw = localStorage.getItem('awb.workspace');
        return raw === null ? null : `agent-workbench:${(JSON.parse(raw) as { id: string }).id}`;
      };
      const database = databaseName ?? activeDatabase();
      if (database === null) return null;
      const existing = await indexedDB.databases();
      if (!existing.some((info) => info.name === database)) return null;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onblocked = () => reject(new Error('open blocked'));
      });
      try {
        const present = names.filter((name) => db.objectStoreNames.contains(name));
        const stores: Record<string, unknown[]> = {};
        if (present.length === 0) return { database: database, stores };
        const tx = db.transaction(present, 'readonly');
        await Promise.all(
          present.map(
            (name) =>
              new Promise<void>((resolve, reject) => {
                const request = tx.objectStore(name).getAll();
                request.onsuccess = () => {
                  stores[name] = request.result as unknown[];
                  resolve();
                };
                request.onerror = () => reject(request.error ?? new Error(`read ${name} failed`));
              }),
          ),
        );
        return { database: database, stores };
      } finally {
        db.close();
      }
    },
    { names: storeNames, databaseName },
  );
}

/** Mutations saved on the device and not yet acknowledged; `null` without a database. */
export async function countOutbox(page: Page): Promise<number | null> {
  const snapshot = await readWorkspaceStores(page, ['outbox']);
  return snapshot ? (snapshot.stores.outbox?.length ?? 0) : null;
}

/** Value of one `meta` row (e.g. `cursor`), or undefined. */
export function metaValue(snapshot: StoreSnapshot, key: string): unknown {
  const rows = (snapshot.stores.meta ?? []) as { key: string; value: unknown }[];
  return rows.find((row) => row.key === key)?.value;
}
