/**
 * CLI: `npx tsx server/src/import-cli.ts --org <orgId> <file>...` imports employer files into the
 * database named by DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite on disk), like main.ts. Each file
 * is all-or-nothing; problems are printed as `file:line: field: message`. Exit code 0 when every
 * file was imported, 1 when any file was refused, 2 on wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { createPgDatabase, createPgliteDatabase, type Database } from './database';
import { importFile, IMPORT_KINDS } from './employer-import';
import { migrate } from './migrate';

const USAGE = `usage: import-cli --org <orgId> <file.csv|file.json>...
kinds (from the file name or a JSON "kind" field): ${IMPORT_KINDS.join(', ')}
database: DATABASE_URL=postgres://… or DATA_DIR=<PGlite directory>`;

function parseArgs(argv: readonly string[]): { orgId: string; files: string[] } | undefined {
  let orgId: string | undefined;
  const files: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--org') {
      orgId = argv[index + 1];
      index += 1;
    } else if (arg.startsWith('--org=')) orgId = arg.slice('--org='.length);
    else if (arg.startsWith('-')) return undefined;
    else files.push(arg);
  }
  return orgId && files.length > 0 ? { orgId, files } : undefined;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const { DATABASE_URL: databaseUrl, DATA_DIR: dataDir } = process.env;
  if (!databaseUrl && !dataDir) {
    console.error(`set DATABASE_URL or DATA_DIR (an in-memory database would be lost)\n${USAGE}`);
    return 2;
  }
  const db: Database = databaseUrl
    ? createPgDatabase(databaseUrl)
    : await createPgliteDatabase(dataDir);
  let failed = false;
  try {
    await migrate(db);
    // Agents first, so the other files of the same run can refer to them.
    const ordered = [...args.files].sort(
      (a, b) => Number(!/agents\.[a-z]+$/i.test(a)) - Number(!/agents\.[a-z]+$/i.test(b)),
    );
    for (const name of ordered) {
      let text: string;
      try {
        text = await readFile(name, 'utf8');
      } catch (error) {
        console.error(`${name}: (file): ${(error as Error).message}`);
        failed = true;
        continue;
      }
      const result = await importFile(db, args.orgId, { name, text });
      if (result.ok) console.log(`${name}: imported ${result.rows} rows (${result.kind})`);
      else {
        failed = true;
        for (const line of result.errors) console.error(line);
        console.error(`${name}: nothing imported (${result.errors.length} problems)`);
      }
    }
  } finally {
    await db.close();
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
