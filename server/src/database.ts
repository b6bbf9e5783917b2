/**
 * The one database seam of the reference server: parameterized queries and transactions, backed by
 * PGlite (embedded; in memory, or on disk with `dataDir`) or by a `pg` pool on a `DATABASE_URL`.
 * Nothing else in the server knows which engine runs underneath.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** A JSON-compatible SQL parameter; objects go in as `JSON.stringify(value)` with `$n::jsonb`. */
export type SqlParam = string | number | boolean | null;

export interface Queryable {
  /** Runs one statement with `$1…$n` parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
}

export interface TransactionOptions {
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  readOnly?: boolean;
}

export interface Database extends Queryable {
  /** Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Runs `statements` (no parameters: values go in through `sqlLiteral`) in one REPEATABLE READ
   * READ ONLY transaction sent as a single round trip, and returns each statement's rows. For hot
   * read paths where a round trip per statement would cost more than the statements themselves.
   */
  readSnapshot(statements: readonly string[]): Promise<Record<string, unknown>[][]>;
  /** Runs a script of several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'pg';
}

/** `SET TRANSACTION …` for the options, or `undefined` for the defaults. */
function transactionMode({ isolation, readOnly }: TransactionOptions = {}): string | undefined {
  const parts = [
    isolation ? `ISOLATION LEVEL ${isolation.toUpperCase()}` : '',
    readOnly ? 'READ ONLY' : '',
  ].filter(Boolean);
  return parts.length > 0 ? `SET TRANSACTION ${parts.join(' ')}` : undefined;
}

/**
 * A value as an SQL literal for `readSnapshot`: finite numbers as they are, strings quoted and
 * escaped by `pg` (backslashes included, whatever `standard_conforming_strings` says).
 */
export function sqlLiteral(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  return pg.escapeLiteral(value);
}

const snapshotScript = (statements: readonly string[]) =>
  ['BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', ...statements, 'COMMIT'].join(';\n');

/** Marks an error after which the connection must not go back to the pool. */
export interface ConnectionBroken {
  connectionBroken: true;
}

/**
 * Runs a snapshot script through `run` and returns the rows of the statements between BEGIN and
 * COMMIT. A failed statement leaves the transaction open on the connection, so it is rolled back;
 * when even that fails the error is marked `connectionBroken`.
 */
async function runSnapshot(
  run: (script: string) => Promise<{ rows: unknown[] }[]>,
  statements: readonly string[],
): Promise<Record<string, unknown>[][]> {
  let results: { rows: unknown[] }[];
  try {
    results = await run(snapshotScript(statements));
  } catch (error) {
    const rolledBack = await run('ROLLBACK').then(
      () => true,
      () => false,
    );
    if (!rolledBack && typeof error === 'object' && error !== null) {
      Object.assign(error, { connectionBroken: true } satisfies ConnectionBroken);
    }
    throw error;
  }
  return results.slice(1, -1).map((result) => result.rows as Record<string, unknown>[]);
}

/** PGlite in memory (no `dataDir`) or on the local file system. Runs as a superuser. */
export async function createPgliteDatabase(dataDir?: string): Promise<Database> {
  // PGlite creates only the last directory of the path itself.
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return {
    kind: 'pglite',
    async query<Row>(sql: string, params: readonly SqlParam[] = []) {
      return (await db.query<Row>(sql, [...params])).rows;
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions) {
      // PGlite serializes transactions on its single connection.
      return db.transaction(async (tx) => {
        const mode = transactionMode(options);
        if (mode) await tx.query(mode);
        return fn({
          async query<Row>(sql: string, params: readonly SqlParam[] = []) {
            return (await tx.query<Row>(sql, [...params])).rows;
          },
        });
      });
    },
    async readSnapshot(statements) {
      return runSnapshot((script) => db.exec(script), statements);
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

/** A `pg` pool; in production it connects as a role that neither owns the tables nor bypasses RLS. */
export function createPgDatabase(connectionString: string): Database {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // A checked-out client has no listener of the pool's, and `pg` emits 'error' on it when its
  // connection dies (database restart, network), which would crash the process. The statement in
  // progress fails as well, and the failed ROLLBACK then keeps the client out of the pool.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return {
    kind: 'pg',
    async query<Row>(sql: string, params: readonly SqlParam[] = []) {
      return (await pool.query(sql, [...params])).rows as Row[];
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const mode = transactionMode(options);
        if (mode) await client.query(mode);
        const result = await fn({
          async query<Row>(sql: string, params: readonly SqlParam[] = []) {
            return (await client.query(sql, [...params])).rows as Row[];
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async readSnapshot(statements) {
      const client = await pool.connect();
      let broken = false;
      try {
        const run = async (script: string) => {
          const result: unknown = await client.query(script);
          return Array.isArray(result) ? (result as pg.QueryResult[]) : [result as pg.QueryResult];
        };
        return await runSnapshot(run, statements);
      } catch (error) {
        broken = (error as { connectionBroken?: boolean }).connectionBroken === true;
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

/** SQLSTATE classes and codes worth a retry: serialization, deadlock, lock timeout, shutdown. */
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03', '57P01', '57P02', '57P03']);
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/** True for a database error that a later retry may not hit (answer 503, change nothing). */
export function isTransientDatabaseError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') {
    return (
      error instanceof Error && /Connection terminated|connection timeout/i.test(error.message)
    );
  }
  return (
    TRANSIENT_SQLSTATES.has(code) ||
    TRANSIENT_NODE_CODES.has(code) ||
    code.startsWith('08') ||
    code.startsWith('53')
  );
}

/** A `bigint` column as a number: `pg` returns a string, PGlite a number or a bigint. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || typeof value === 'string') return Number(value);
  return 0;
}
