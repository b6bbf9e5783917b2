/**
 * Schema 3 of the synced rows (issue #4), as a data migration through the row store so every
 * changed space gets a new version and every client pulls the changes:
 * - each `escalationStatus` row (the latest state only) becomes one `escalationResponses` row of
 *   that kind at its `updatedAt`, and the old row is removed (no client of schema 3 knows the
 *   table, and pulls leave out rows of unknown tables anyway);
 * - each escalation stored before schema 3 gets the fallback route and no log link, exactly as
 *   the server translates a schema 1–2 `escalation.create` and as the device's upgrade fills its
 *   own copy, so the echo matches the agent's log.
 * An escalation received before schema 3 gets no synthetic `received` row: the time it arrived
 * was never recorded, and an acknowledgement or resolution implies it.
 */
import { createHash } from 'node:crypto';
import type { Change } from '@/domain/sync/protocol';
import { upgradeEscalationFields } from '@/domain/sync/schema-history';
import { assertValidChanges } from '../admin';
import type { Queryable } from '../database';
import { scopeToSystem, writeChanges } from '../row-store';

interface StoredRow {
  space_id: string;
  table_name: 'escalations' | 'escalationStatus';
  key: string;
  value: string;
}

interface LegacyStatus {
  escalationId: string;
  state: 'received' | 'acknowledged' | 'resolved';
  updatedAt: string;
  note: string;
}

/** A stable id for the response converted from an escalation's status row. */
const responseIdFor = (escalationId: string) =>
  createHash('sha256')
    .update(`escalationStatus:${escalationId}`, 'utf8')
    .digest('hex')
    .slice(0, 32);

export async function migrateEscalationResponses(tx: Queryable): Promise<void> {
  await scopeToSystem(tx);
  const rows = await tx.query<StoredRow>(
    `SELECT space_id, table_name, key, value::text AS value FROM rows
     WHERE NOT deleted AND table_name IN ('escalations', 'escalationStatus')
     ORDER BY space_id, table_name, key`,
  );
  const bySpace = new Map<string, Change[]>();
  for (const row of rows) {
    const value = JSON.parse(row.value) as Record<string, unknown>;
    const changes = bySpace.get(row.space_id) ?? [];
    if (row.table_name === 'escalations') {
      if ('routing' in value) continue;
      const upgraded = upgradeEscalationFields(value as { category: string });
      changes.push({ table: 'escalations', op: 'put', key: row.key, value: upgraded });
    } else {
      if (!row.space_id.startsWith('agent:')) continue;
      const status = value as unknown as LegacyStatus;
      const id = responseIdFor(status.escalationId);
      const response = {
        id,
        escalationId: status.escalationId,
        agentId: row.space_id.slice('agent:'.length),
        kind: status.state,
        at: status.updatedAt,
        by: '',
        note: status.note,
      };
      changes.push({ table: 'escalationResponses', op: 'put', key: id, value: response });
    }
    bySpace.set(row.space_id, changes);
  }
  for (const [space, changes] of bySpace) {
    // A row that would fail the clients' validation must stop the migration, not every pull.
    assertValidChanges(changes);
    await writeChanges(tx, space, changes);
  }
  await tx.query(`DELETE FROM rows WHERE table_name = 'escalationStatus'`);
}
