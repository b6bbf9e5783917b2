/**
 * Applies `migrations/NNNN-*.sql` and the TypeScript data migrations listed here, in name order,
 * each once, recorded in `schema_migrations`. Never edit a shipped migration: add the next file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database';
import { migrateEscalationResponses } from './migrations/0005-escalation-responses';
import { migratePayRules } from './migrations/0006-pay-rules';
import { migrateSchema5 } from './migrations/0007-schema-5';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * Data migrations that rewrite synced rows: they write through the row store, which bumps each
 * space's version as every writer must, and validate rows with the clients' own schemas. Each
 * runs in the same transaction as its ledger row.
 */
const CODE_MIGRATIONS: Readonly<Record<string, (tx: Queryable) => Promise<void>>> = {
  '0005-escalation-responses.ts': migrateEscalationResponses,
  '0006-pay-rules.ts': migratePayRules,
  '0007-schema-5.ts': migrateSchema5,
};

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrate(db: Database): Promise<string[]> {
  // The app role of production may not create tables: only create the ledger when it is missing.
  const [ledger] = await db.query<{ found: string | null }>(
    "SELECT to_regclass('schema_migrations')::text AS found",
  );
  if (!ledger?.found) {
    await db.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         name text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
  }
  const sqlFiles = (await readdir(MIGRATIONS_DIR)).filter((file) => file.endsWith('.sql'));
  const files = [...sqlFiles, ...Object.keys(CODE_MIGRATIONS)].sort();
  const applied = new Set(
    (await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name),
  );
  const done: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const code = CODE_MIGRATIONS[file];
    const sql = code ? '' : await readFile(`${MIGRATIONS_DIR}${file}`, 'utf8');
    await db.transaction(async (tx) => {
      // The advisory lock keeps two servers starting together from applying the same file twice.
      await tx.query('SELECT pg_advisory_xact_lock(7310731)');
      const already = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [file]);
      if (already.length > 0) return;
      if (code) await code(tx);
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
    });
    done.push(file);
  }
  return done;
}

/**
 * Splits a migration script on `;` at line ends, keeping `$$ … $$` bodies whole, so each statement
 * runs through the same transactional `query` on both engines.
 */
export function splitStatements(sql: string): string[] {
  const withoutComments = sql
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n');
  const statements: string[] = [];
  let current = '';
  let inBody = false;
  for (const line of withoutComments.split('\n')) {
    current += `${line}\n`;
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && line.trimEnd().endsWith(';')) {
      statements.push(current.trim().replace(/;$/, ''));
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
