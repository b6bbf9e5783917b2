/**
 * What the employer's systems (and the tests) do behind the sync API: create agents, write rows
 * into an agent's or an organisation's space, and read the audit tables.
 */
import type { Change } from '@/domain/sync/protocol';
import { changeSchema, findUnsafeStructure } from '@/domain/sync/protocol-schemas';
import { toNumber, type Database } from './database';
import { hashPassword } from './passwords';
import { agentSpace, isDownTable, orgSpace, scopeToSystem, writeChanges } from './row-store';

export interface CreateAgentInput {
  agentId: string;
  orgId: string;
  employeeNumber: string;
  password: string;
  displayName?: string;
}

export interface ServerAdmin {
  createAgent(input: CreateAgentInput): Promise<void>;
  /** Puts/deletes rows in that agent's space: one transaction, one version bump. */
  writeAsEmployer(agentId: string, changes: Change[]): Promise<void>;
  writeOrgRows(orgId: string, changes: Change[]): Promise<void>;
  /** Live (not deleted) rows of one down table, across every space. */
  countRows(table: string): Promise<number>;
  listQuarantine(): Promise<unknown[]>;
  mutationLog(): Promise<{ mutationId: string; status: string }[]>;
}

/**
 * Refuses a change the client would refuse: a stored row that fails the engine's pull validation
 * would stall every pull of that space with `invalid-response`.
 */
export function assertValidChanges(changes: readonly Change[]): void {
  changes.forEach((change, index) => {
    const unsafe = findUnsafeStructure(change);
    const parsed = changeSchema.safeParse(change);
    if (unsafe || !parsed.success) {
      const issue = unsafe ?? parsed.error?.issues[0];
      throw new Error(`change ${index} (${change.table} ${change.key}): ${JSON.stringify(issue)}`);
    }
  });
}

export function createAdmin(db: Database): ServerAdmin {
  const writeSpace = (spaceId: string, changes: Change[]) =>
    db.transaction(async (tx) => {
      assertValidChanges(changes);
      await scopeToSystem(tx);
      await writeChanges(tx, spaceId, changes);
    });
  return {
    async createAgent({ agentId, orgId, employeeNumber, password, displayName }) {
      const passwordHash = await hashPassword(password);
      await db.transaction(async (tx) => {
        await scopeToSystem(tx);
        await tx.query('INSERT INTO orgs (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [orgId]);
        await tx.query(
          `INSERT INTO agents (id, org_id, employee_number, password_hash, display_name)
           VALUES ($1, $2, $3, $4, $5)`,
          [agentId, orgId, employeeNumber, passwordHash, displayName ?? agentId],
        );
        for (const space of [agentSpace(agentId), orgSpace(orgId)]) {
          await tx.query('INSERT INTO spaces (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [
            space,
          ]);
        }
      });
    },
    writeAsEmployer: (agentId, changes) => writeSpace(agentSpace(agentId), changes),
    writeOrgRows: (orgId, changes) => writeSpace(orgSpace(orgId), changes),
    async countRows(table) {
      if (!isDownTable(table)) return 0;
      const [row] = await db.query<{ count: unknown }>(
        'SELECT count(*) AS count FROM rows WHERE table_name = $1 AND NOT deleted',
        [table],
      );
      return toNumber(row?.count);
    },
    async listQuarantine() {
      return db.query(
        `SELECT agent_id AS "agentId", client_group_id AS "clientGroupId",
                mutation_id AS "mutationId", envelope, reason, message
         FROM quarantine ORDER BY id`,
      );
    },
    async mutationLog() {
      return db.query<{ mutationId: string; status: string }>(
        `SELECT mutation_id AS "mutationId", status FROM mutation_log
         ORDER BY client_group_id, seq`,
      );
    },
  };
}
