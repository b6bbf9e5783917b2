/**
 * The schema 3 data migration (`0005-escalation-responses.ts`) on rows a schema 2 server left:
 * status rows become response rows, old escalations get the fallback route and no link, every
 * changed space gets a new version, and the result passes the clients' own validation.
 */
import { describe, expect, it } from 'vitest';
import { routeEscalation } from '@/domain/escalation/escalation-routing';
import { toNumber } from '../src/database';
import { migrate } from '../src/migrate';
import {
  backends,
  expectRowsClientsAccept,
  expectRunsOnce,
  liveRows,
  writeLegacyRows,
  openWithAgent,
} from './migration-kit';

const MIGRATION = '0005-escalation-responses.ts';

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

describe.each(backends)('the escalation responses migration on $name', (backend) => {
  async function legacyDatabase() {
    const db = await openWithAgent(backend, {
      agentId: 'agent-old',
      orgId: 'org-old',
      employeeNumber: 'E-OLD',
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
    }
    await expectRowsClientsAccept(db);
  });

  it('runs once', async () => {
    await expectRunsOnce(await legacyDatabase());
  });
});
