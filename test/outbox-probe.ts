import { WorkbenchDb } from '@/data/db';

/**
 * Pass `prepare` to `renderApp` to remember the workspace's database; `readOutbox` then reads its
 * outbox as it is on disk, through a second connection.
 */
export function makeOutboxProbe() {
  let databaseName = '';
  return {
    prepare: async (db: WorkbenchDb) => {
      databaseName = db.name;
    },
    async readOutbox() {
      const db = new WorkbenchDb(databaseName);
      try {
        return await db.outbox.toArray();
      } finally {
        db.close();
      }
    },
  };
}
