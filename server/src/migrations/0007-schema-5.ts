/**
 * Schema 5 of the synced rows (issues #7, #8 and #9), as a data migration through the row store so
 * every changed space gets a new version:
 * - `exam_keys` holds each certification exam's answer key beside its row, which from now on goes
 *   down without `answer` and `explanation` (the row store splits every exam written after this);
 * - rows stored before schema 5 get its fields with the values the device's upgrade gives its own
 *   copies (`schema-5-upgrade.ts`): a policy the metrics of its project's business line, the
 *   default readiness checklist and an empty career ladder; a daily record zero outbound and chat
 *   figures; a lesson its reading time; an exam the review and scoring it had before; an attempt
 *   its deadline; a result its exam version and `gradedBy: 'server'`; a report an empty checklist.
 * Certification exams are written again even when they had every field, so their keys move out.
 */
import type { BusinessLine } from '@/domain/agent/project';
import { isKeyKeptOnServer } from '@/domain/sync/exam-key';
import type { Change, DownTable } from '@/domain/sync/protocol';
import {
  SCHEMA_5_UPGRADED_TABLES,
  upgradeRowToSchema5,
  type Schema5Lookups,
  type Schema5Table,
} from '@/domain/sync/schema-5-upgrade';
import { assertValidChanges } from '../admin';
import type { Queryable } from '../database';
import { orgSpace, scopeToSystem, writeChanges } from '../row-store';

const EXAM_KEYS_DDL = [
  `CREATE TABLE exam_keys (
     space_id text NOT NULL REFERENCES spaces (id),
     exam_id text COLLATE "C" NOT NULL,
     key jsonb NOT NULL,
     PRIMARY KEY (space_id, exam_id)
   )`,
  'ALTER TABLE exam_keys ENABLE ROW LEVEL SECURITY',
  'ALTER TABLE exam_keys FORCE ROW LEVEL SECURITY',
  // An agent's push reads the key of an exam it can see, to grade; only the system writes keys.
  'CREATE POLICY exam_keys_read ON exam_keys FOR SELECT USING (app_visible_space(space_id))',
  `CREATE POLICY exam_keys_write ON exam_keys FOR ALL
     USING (current_setting('app.role', true) = 'system')
     WITH CHECK (current_setting('app.role', true) = 'system')`,
];

interface StoredRow {
  space_id: string;
  table_name: Schema5Table | 'projects';
  key: string;
  value: string;
}

/** Whether a certification exam row still carries any part of its key. */
function holdsKey(row: Record<string, unknown>): boolean {
  return (
    isKeyKeptOnServer(row) &&
    Array.isArray(row.questions) &&
    row.questions.some(
      (question: unknown) =>
        typeof question === 'object' &&
        question !== null &&
        ('answer' in question || 'explanation' in question),
    )
  );
}

export async function migrateSchema5(tx: Queryable): Promise<void> {
  for (const statement of EXAM_KEYS_DDL) await tx.query(statement);
  await scopeToSystem(tx);
  const rows = await tx.query<StoredRow>(
    `SELECT space_id, table_name, key, value::text AS value FROM rows
     WHERE NOT deleted AND table_name IN (SELECT jsonb_array_elements_text($1::jsonb))
     ORDER BY space_id, table_name, key`,
    [JSON.stringify([...SCHEMA_5_UPGRADED_TABLES, 'projects'])],
  );
  const agents = await tx.query<{ id: string; org_id: string }>('SELECT id, org_id FROM agents');
  const orgOfSpace = new Map(agents.map((agent) => [`agent:${agent.id}`, orgSpace(agent.org_id)]));
  const parsed = rows.map((row) => ({
    ...row,
    parsed: JSON.parse(row.value) as Record<string, unknown>,
  }));
  /** `space\0table\0key` → row, to look things up in a space and then its organisation's. */
  const index = new Map(
    parsed.map((row) => [`${row.space_id}\0${row.table_name}\0${row.key}`, row]),
  );
  const lookupsFor = (space: string): Schema5Lookups => {
    const find = (table: DownTable, key: string) => {
      for (const where of [space, orgOfSpace.get(space)]) {
        const found = where && index.get(`${where}\0${table}\0${key}`);
        if (found) return found.parsed;
      }
      return undefined;
    };
    const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
    return {
      businessLineOf: (id) => find('projects', id)?.businessLine as BusinessLine | undefined,
      timeLimitOf: (id) => number(find('exams', id)?.timeLimitMinutes),
      examVersionOfAttempt: (id) => number(find('examAttempts', id)?.examVersion),
    };
  };
  const bySpace = new Map<string, Change[]>();
  for (const row of parsed) {
    if (row.table_name === 'projects') continue;
    const upgraded = upgradeRowToSchema5(row.table_name, row.parsed, lookupsFor(row.space_id));
    if (upgraded === row.parsed && !(row.table_name === 'exams' && holdsKey(row.parsed))) continue;
    const changes = bySpace.get(row.space_id) ?? [];
    changes.push({ table: row.table_name, op: 'put', key: row.key, value: upgraded });
    bySpace.set(row.space_id, changes);
  }
  for (const [space, changes] of bySpace) {
    // A row that would fail the clients' validation must stop the migration, not every pull.
    assertValidChanges(changes);
    await writeChanges(tx, space, changes);
  }
}
