/**
 * Schema 4 of the synced rows (issues #5 and #6), as a data migration through the row store so
 * every changed space gets a new version: policies stored before it get DOMAIN.md's default pay
 * rules and the statutory working-time limits, statements no assessment score and lines no cited
 * rule, exactly as the device's upgrade fills its own copies. (Schema 4 had not shipped when
 * issue #6 added `workingTime`, so it belongs to this migration rather than a new one.)
 */
import type { Change } from '@/domain/sync/protocol';
import {
  upgradeLinePayFields,
  upgradePolicyPayFields,
  upgradeStatementPayFields,
} from '@/domain/pay/pay-upgrade';
import { upgradePolicyWorkingTime } from '@/domain/roster/roster-upgrade';
import { isSchema5Table, upgradeRowToSchema5 } from '@/domain/sync/schema-5-upgrade';
import { assertValidChanges } from '../admin';
import type { Queryable } from '../database';
import { scopeToSystem, writeChanges } from '../row-store';

type PayTable = 'policies' | 'payStatements' | 'payStatementLines';

interface StoredRow {
  space_id: string;
  table_name: PayTable;
  key: string;
  value: string;
}

/** Each returns the row itself when it already has every schema 4 field. */
const UPGRADES: Record<PayTable, (row: object) => object> = {
  policies: (row) => upgradePolicyWorkingTime(upgradePolicyPayFields(row)),
  payStatements: upgradeStatementPayFields,
  payStatementLines: upgradeLinePayFields,
};

export async function migratePayRules(tx: Queryable): Promise<void> {
  await scopeToSystem(tx);
  const rows = await tx.query<StoredRow>(
    `SELECT space_id, table_name, key, value::text AS value FROM rows
     WHERE NOT deleted AND table_name IN ('policies', 'payStatements', 'payStatementLines')
     ORDER BY space_id, table_name, key`,
  );
  const bySpace = new Map<string, Change[]>();
  for (const row of rows) {
    const value = JSON.parse(row.value) as Record<string, unknown>;
    const upgraded = UPGRADES[row.table_name](value);
    if (upgraded === value) continue;
    const changes = bySpace.get(row.space_id) ?? [];
    changes.push({ table: row.table_name, op: 'put', key: row.key, value: upgraded });
    bySpace.set(row.space_id, changes);
  }
  for (const [space, changes] of bySpace) {
    // A row that would fail the clients' validation must stop the migration, not every pull. It
    // is checked as clients will get it, once `0007` has added the schema 5 fields.
    assertValidChanges(changes.map(withSchema5Fields));
    await writeChanges(tx, space, changes);
  }
}

const NO_LOOKUPS = {
  businessLineOf: () => undefined,
  timeLimitOf: () => undefined,
  examVersionOfAttempt: () => undefined,
};

function withSchema5Fields(change: Change): Change {
  if (change.op !== 'put' || !isSchema5Table(change.table)) return change;
  const value = upgradeRowToSchema5(
    change.table,
    change.value as Record<string, unknown>,
    NO_LOOKUPS,
  );
  return { ...change, value };
}
