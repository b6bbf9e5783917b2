/**
 * What the data-migration tests share: each backend (PGlite, and PostgreSQL in a throwaway schema
 * when TEST_DATABASE_URL is set), writing rows as an older server stored them, and reading the
 * live rows back.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createPgDatabase, createPgliteDatabase, toNumber, type Database } from '../src/database';
import { expect, onTestFinished } from 'vitest';
import type { DownTable } from '@/domain/sync/protocol';
import { changeSchema } from '@/domain/sync/protocol-schemas';
import { createAdmin } from '../src/admin';
import { migrate } from '../src/migrate';
import { scopeToSystem } from '../src/row-store';

export interface Backend {
  name: string;
  open(): Promise<{ db: Database; drop(): Promise<void> }>;
}

export const backends: Backend[] = [
  {
    name: 'pglite',
    async open() {
      const db = await createPgliteDatabase();
      return { db, drop: () => db.close() };
    },
  },
];
const url = process.env.TEST_DATABASE_URL;
if (url) {
  backends.push({
    name: 'postgresql',
    async open() {
      const schema = `awb_migration_${randomUUID().replaceAll('-', '')}`;
      const run = async (sql: string) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(sql);
        await client.end();
      };
      await run(`CREATE SCHEMA ${schema}`);
      const separator = url.includes('?') ? '&' : '?';
      const options = encodeURIComponent(`-c search_path=${schema}`);
      const db = createPgDatabase(`${url}${separator}options=${options}`);
      return {
        db,
        async drop() {
          await db.close();
          await run(`DROP SCHEMA ${schema} CASCADE`);
        },
      };
    },
  });
}

/**
 * A fresh database on `backend` at the newest schema with one agent, dropped when the test ends:
 * the ground on which each migration test writes the rows an older server left.
 */
export async function openWithAgent(
  backend: Backend,
  agent: { agentId: string; orgId: string; employeeNumber: string },
): Promise<Database> {
  const { db, drop } = await backend.open();
  onTestFinished(drop);
  await migrate(db);
  await createAdmin(db).createAgent({ ...agent, password: 'migration-password' });
  return db;
}

/** Writes rows as an older server stored them, in one new version of the space. */
export async function writeLegacyRows(
  db: Database,
  space: string,
  rows: [string, string, unknown][],
) {
  await db.transaction(async (tx) => {
    await scopeToSystem(tx);
    const [bumped] = await tx.query<{ version: unknown }>(
      'UPDATE spaces SET version = version + 1 WHERE id = $1 RETURNING version',
      [space],
    );
    for (const [table, key, value] of rows) {
      await tx.query(
        `INSERT INTO rows (space_id, table_name, key, value, version, deleted)
         VALUES ($1, $2, $3, $4::json, $5, false)`,
        [space, table, key, JSON.stringify(value), toNumber(bumped?.version)],
      );
    }
  });
}

export async function liveRows(db: Database) {
  return db.query<{
    space_id: string;
    table_name: string;
    key: string;
    value: unknown;
    version: unknown;
  }>(
    `SELECT space_id, table_name, key, value, version FROM rows WHERE NOT deleted
     ORDER BY space_id, table_name, key`,
  );
}

/** Every live row passes the clients' own validation as a `put` change. */
export async function expectRowsClientsAccept(db: Database): Promise<void> {
  for (const row of await liveRows(db)) {
    const change = {
      table: row.table_name as DownTable,
      op: 'put',
      key: row.key,
      value: row.value,
    };
    expect(changeSchema.safeParse(change).error?.issues).toBeUndefined();
  }
}

/** The version of every space, by id. */
async function spaceVersions(db: Database): Promise<Map<string, number>> {
  const rows = await db.query<{ id: string; version: unknown }>('SELECT id, version FROM spaces');
  return new Map(rows.map((row) => [row.id, toNumber(row.version)]));
}

/**
 * `migrate` writes through the row store: each of `spaces` gets exactly one new version (so
 * clients pull what changed), and every live row passes the clients' validation.
 */
export async function expectWritesThroughRowStore(
  db: Database,
  spaces: readonly string[],
): Promise<void> {
  const before = await spaceVersions(db);
  await migrate(db);
  const after = await spaceVersions(db);
  for (const space of spaces) expect(after.get(space)).toBe((before.get(space) ?? 0) + 1);
  await expectRowsClientsAccept(db);
}

/** A second `migrate` applies nothing and leaves every row as the first left it. */
export async function expectRunsOnce(db: Database): Promise<void> {
  await migrate(db);
  const rows = await liveRows(db);
  expect(await migrate(db)).toEqual([]);
  expect(await liveRows(db)).toEqual(rows);
}
