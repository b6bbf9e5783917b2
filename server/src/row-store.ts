/**
 * The generic row store of the synced tables: every write bumps its space's version under the
 * space row's lock and stamps the changed rows with it (SYNC.md §4.7 "Writers"). Table names are
 * values checked against the protocol's allowlist, never SQL identifiers.
 */
import { splitExamKey, type ExamKey } from '@/domain/sync/exam-key';
import { AGENT_TABLES, EMPLOYER_TABLES, type Change, type DownTable } from '@/domain/sync/protocol';
import type { Exam } from '@/domain/training/training';
import { sqlLiteral, toNumber, type Queryable } from './database';

export const DOWN_TABLES: readonly DownTable[] = [...EMPLOYER_TABLES, ...AGENT_TABLES];
const DOWN_TABLE_SET: ReadonlySet<string> = new Set(DOWN_TABLES);

export const isDownTable = (table: unknown): table is DownTable =>
  typeof table === 'string' && DOWN_TABLE_SET.has(table);

export const agentSpace = (agentId: string) => `agent:${agentId}`;
export const orgSpace = (orgId: string) => `org:${orgId}`;

/** The statement that scopes a transaction to one agent, for a `readSnapshot` script. */
export const agentScopeStatement = (agentId: string) =>
  `SELECT set_config('app.agent_id', ${sqlLiteral(agentId)}, true), set_config('app.role', 'agent', true)`;

/** Scopes the transaction to one agent for the RLS policies (defence in depth, see 0001). */
export async function scopeToAgent(tx: Queryable, agentId: string): Promise<void> {
  await tx.query(agentScopeStatement(agentId));
}

/** Scopes the transaction to the employer's systems (admin writes, seeding). */
export async function scopeToSystem(tx: Queryable): Promise<void> {
  await tx.query("SELECT set_config('app.role', 'system', true)");
}

/** The next version of a space; the row lock it takes is held until COMMIT. */
export async function bumpSpaceVersion(tx: Queryable, spaceId: string): Promise<number> {
  const [row] = await tx.query<{ version: unknown }>(
    `INSERT INTO spaces (id, version) VALUES ($1, 1)
     ON CONFLICT (id) DO UPDATE SET version = spaces.version + 1
     RETURNING version`,
    [spaceId],
  );
  return toNumber(row?.version);
}

/**
 * JSON text PostgreSQL's jsonb accepts: it refuses `\u0000` and lone surrogates, which
 * `JSON.stringify` writes as escapes. `undefined` when the value holds either.
 */
export function storableJson(value: unknown): string | undefined {
  const text = JSON.stringify(value);
  return /\\u0000|\\ud[89a-f][0-9a-f]{2}/i.test(text) ? undefined : text;
}

/** The same JSON with unstorable escapes defused to visible text (for quarantine only). */
export function defusedJson(value: unknown): string {
  return JSON.stringify(value).replace(/\\(u0000|ud[89a-f][0-9a-f]{2})/gi, '\\\\$1');
}

/**
 * Applies `changes` to one space as one version; the last change of a key wins. Returns the
 * version, or `undefined` when there was nothing to write.
 */
export async function writeChanges(
  tx: Queryable,
  spaceId: string,
  changes: readonly Change[],
): Promise<number | undefined> {
  if (changes.length === 0) return undefined;
  const byKey = new Map<string, { t: string; k: string; v: unknown; d: boolean }>();
  /** Exam keys to keep (a certification's key) or drop (`null`), by exam id; the last wins. */
  const examKeys = new Map<string, ExamKey | null>();
  for (const change of changes) {
    if (!isDownTable(change.table)) throw new Error(`unknown table ${String(change.table)}`);
    let value = change.op === 'put' ? change.value : null;
    if (change.table === 'exams') {
      // A certification's key never reaches a device: the row goes down without it (issue #8).
      const split = splitExamKey(value);
      value = split.row;
      examKeys.set(change.key, split.key);
    }
    byKey.set(`${change.table}\u0000${change.key}`, {
      t: change.table,
      k: change.key,
      v: value,
      d: change.op === 'del',
    });
  }
  const payload = storableJson([...byKey.values()]);
  if (payload === undefined) throw new Error('changes hold text PostgreSQL cannot store');
  const version = await bumpSpaceVersion(tx, spaceId);
  await tx.query(
    `INSERT INTO rows (space_id, table_name, key, value, version, deleted)
     SELECT $1, x.t, x.k, CASE WHEN x.d THEN NULL ELSE x.v END, $2, x.d
     FROM json_to_recordset($3::json) AS x(t text, k text, v json, d boolean)
     ON CONFLICT (space_id, table_name, key) DO UPDATE
       SET value = EXCLUDED.value, version = EXCLUDED.version, deleted = EXCLUDED.deleted`,
    [spaceId, version, payload],
  );
  if (examKeys.size > 0) await writeExamKeys(tx, spaceId, examKeys);
  return version;
}

async function writeExamKeys(
  tx: Queryable,
  spaceId: string,
  keys: ReadonlyMap<string, ExamKey | null>,
): Promise<void> {
  const entries = [...keys].map(([examId, key]) => ({ e: examId, k: key }));
  const payload = storableJson(entries);
  if (payload === undefined) throw new Error('exam keys hold text PostgreSQL cannot store');
  await tx.query(
    `DELETE FROM exam_keys WHERE space_id = $1
       AND exam_id IN (SELECT x.e FROM json_to_recordset($2::json) AS x(e text))`,
    [spaceId, payload],
  );
  await tx.query(
    `INSERT INTO exam_keys (space_id, exam_id, key)
     SELECT $1, x.e, x.k FROM json_to_recordset($2::json) AS x(e text, k jsonb)
     WHERE x.k IS NOT NULL AND jsonb_typeof(x.k) = 'object'`,
    [spaceId, payload],
  );
}

/**
 * The exam an agent sees, with its kept key put back for grading: the agent's own space first
 * (the demo seeds training there), then the organisation's. `null` when neither holds it.
 */
export async function readExamWithKey(
  tx: Queryable,
  spaces: readonly string[],
  examId: string,
): Promise<{ exam: Exam; key: ExamKey | null } | null> {
  for (const spaceId of spaces) {
    const exam = (await readLiveRow(tx, spaceId, 'exams', examId)) as Exam | null;
    if (exam === null) continue;
    const [row] = await tx.query<{ key: unknown }>(
      'SELECT key FROM exam_keys WHERE space_id = $1 AND exam_id = $2',
      [spaceId, examId],
    );
    const key = typeof row?.key === 'string' ? (JSON.parse(row.key) as ExamKey) : row?.key;
    return { exam, key: (key as ExamKey | undefined) ?? null };
  }
  return null;
}

/** The live value of a row, or `null` when it is absent or deleted. */
/** Whether the space holds or once held the row (a deleted row stays as a tombstone). */
export async function hasHeldRow(
  tx: Queryable,
  spaceId: string,
  table: DownTable,
  key: string,
): Promise<boolean> {
  const rows = await tx.query(
    'SELECT 1 FROM rows WHERE space_id = $1 AND table_name = $2 AND key = $3',
    [spaceId, table, key],
  );
  return rows.length > 0;
}

export async function readLiveRow(
  tx: Queryable,
  spaceId: string,
  table: DownTable,
  key: string,
): Promise<unknown> {
  const [row] = await tx.query<{ value: unknown }>(
    `SELECT value FROM rows
     WHERE space_id = $1 AND table_name = $2 AND key = $3 AND NOT deleted`,
    [spaceId, table, key],
  );
  return row?.value ?? null;
}
