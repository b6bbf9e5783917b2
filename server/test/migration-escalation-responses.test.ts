/**
 * The schema 3 data migration (`0005-escalation-responses.ts`) on rows a schema 2 server left:
 * status rows become response rows, old escalations get the fallback route and no link, every
 * changed space gets a new version, and the result passes the clients' own validation.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { routeEscalation } from '@/domain/escalation/escalation-routing';
import { changeSchema } from '@/domain/sync/protocol-schemas';
import type { DownTable } from '@/domain/sync/protocol';
import { createAdmin } from '../src/admin';
import { createPgDatabase, createPgliteDatabase, toNumber, type Database } from '../src/database';
import { migrate } from '../src/migrate';
import { scopeToSystem } from '../src/row-store';

const MIGRATION = '0005-escalation-responses.ts';

interface Backend {
  name: string;
  open(): Promise<{ db: Database; drop(): Promise<void> }>;
}

const backends: Backend[] = [
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

const LEGACY_ESCALATION = {
  id: 'esc-old',
  agentId: 'agent-old',
  category: 'pay-dispute',
  description: '加班费少算 / overtime short',
  caseReference: '',
  severity: 'normal',
  context: { screen: '/pay', shiftId: null, payLineId: 'line-1' },
  createdAt: '2026-05-01T01:00:00.000Z',
  syncState: 'sent',
};

/** Writes rows as the schema 2 server stored them, in one new version of the space. */
async function writeLegacyRows(db: Database, space: string, rows: [string, string, unknown][]) {
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

async function liveRows(db: Database) {
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

describe.each(backends)('the escalation responses migration on $name', (backend) => {
  let opened: Awaited<ReturnType<Backend['open']>> | undefined;
  afterEach(async () => {
    await opened?.drop();
    opened = undefined;
  });

  async function legacyDatabase() {
    opened = await backend.open();
    const { db } = opened;
    await migrate(db);
    const admin = createAdmin(db);
    await admin.createAgent({
      agentId: 'agent-old',
      orgId: 'org-old',
      employeeNumber: 'E-OLD',
      password: 'legacy-password',
    });
    await writeLegacyRows(db, 'agent:agent-old', [
      ['escalations', 'esc-old', LEGACY_ESCALATION],
      ['escalations', 'esc-open', { ...LEGACY_ESCALATION, id: 'esc-open', category: 'other' }],
      [
        'escalationStatus',
        'esc-old',
        {
          escalationId: 'esc-old',
          state: 'acknowledged',
          updatedAt: '2026-05-01T01:20:00.000Z',
          note: '已转人事 / passed to HR',
        },
      ],
    ]);
    // As on a server that ran every migration before this one.
    await db.query('DELETE FROM schema_migrations WHERE name = $1', [MIGRATION]);
    return db;
  }

  it('turns each status row into a response row and removes the old table', async () => {
    const db = await legacyDatabase();
    expect(await migrate(db)).toEqual([MIGRATION]);
    const rows = await liveRows(db);
    expect(rows.map((row) => row.table_name)).not.toContain('escalationStatus');
    const responses = rows.filter((row) => row.table_name === 'escalationResponses');
    expect(responses.map((row) => row.value)).toEqual([
      {
        id: responses[0]?.key,
        escalationId: 'esc-old',
        agentId: 'agent-old',
        kind: 'acknowledged',
        at: '2026-05-01T01:20:00.000Z',
        by: '',
        note: '已转人事 / passed to HR',
      },
    ]);
  });

  it('gives old escalations the fallback route and no link, as the device upgrade does', async () => {
    const db = await legacyDatabase();
    await migrate(db);
    const escalations = (await liveRows(db)).filter((row) => row.table_name === 'escalations');
    expect(escalations.map((row) => row.value)).toEqual([
      { ...LEGACY_ESCALATION, routing: routeEscalation(null, 'pay-dispute'), chain: null },
      {
        ...LEGACY_ESCALATION,
        id: 'esc-open',
        category: 'other',
        routing: routeEscalation(null, 'other'),
        chain: null,
      },
    ]);
  });

  it('writes through the row store: one new version of the space, so clients pull it', async () => {
    const db = await legacyDatabase();
    const [before] = await db.query<{ version: unknown }>(
      "SELECT version FROM spaces WHERE id = 'agent:agent-old'",
    );
    await migrate(db);
    const [after] = await db.query<{ version: unknown }>(
      "SELECT version FROM spaces WHERE id = 'agent:agent-old'",
    );
    expect(toNumber(after?.version)).toBe(toNumber(before?.version) + 1);
    for (const row of await liveRows(db)) {
      expect(toNumber(row.version)).toBe(toNumber(after?.version));
      const change = {
        table: row.table_name as DownTable,
        op: 'put',
        key: row.key,
        value: row.value,
      };
      expect(changeSchema.safeParse(change).error?.issues).toBeUndefined();
    }
  });

  it('runs once', async () => {
    const db = await legacyDatabase();
    await migrate(db);
    const rows = await liveRows(db);
    expect(await migrate(db)).toEqual([]);
    expect(await liveRows(db)).toEqual(rows);
  });
});
