/**
 * A stable text dump of every table of a Dexie database (tables by name, rows by primary key, object
 * keys sorted), for "byte-identical before and after" checks (SYNC.md §5.1 I3).
 */
import type Dexie from 'dexie';

export async function dumpDatabase(db: Dexie): Promise<string> {
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
  const dump: [string, unknown[]][] = [];
  for (const table of tables) dump.push([table.name, await table.toArray()]);
  return JSON.stringify(sortKeys(dump));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
