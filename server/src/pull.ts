/**
 * Pull (SYNC.md §4.7): one REPEATABLE READ READ ONLY snapshot reads the space versions, the rows
 * after the cursor in `(version, table, key)` order and `last_seq`, so they agree with each other.
 * The spaces are computed here from the token's agent, never taken from the request.
 */
import { parsePullRequest } from '@/domain/sync/protocol-schemas';
import type { Change, PullRequest, PullResponse } from '@/domain/sync/protocol';
import { toNumber, type Database } from './database';
import { badRequest, forbidden } from './http-errors';
import { decodeCursor, encodeCursor, START_POSITION, type SpacePosition } from './pull-cursor';
import type { SyncAgent } from './push';
import { checkVersions } from './request-checks';
import { agentSpace, isDownTable, orgSpace, scopeToAgent } from './row-store';

/** Validates a raw pull body; throws the HttpError the client should see. */
export function validatePull(raw: unknown, schemaVersion: number): PullRequest {
  checkVersions(raw, schemaVersion);
  const parsed = parsePullRequest(raw);
  if (!parsed.ok) throw badRequest(parsed.issue);
  return parsed.value;
}

interface RowRecord {
  table_name: string;
  key: string;
  value: unknown;
  version: unknown;
  deleted: boolean;
}

export async function pull(
  db: Database,
  agent: SyncAgent,
  request: PullRequest,
): Promise<PullResponse> {
  const spaces = [agentSpace(agent.agentId), orgSpace(agent.orgId)];
  return db.transaction(
    async (tx) => {
      await scopeToAgent(tx, agent.agentId);
      const [client] = await tx.query<{ agent_id: string; last_seq: unknown }>(
        'SELECT agent_id, last_seq FROM sync_client WHERE client_group_id = $1',
        [request.clientGroupId],
      );
      if (client && client.agent_id !== agent.agentId) {
        throw forbidden('client group belongs to another agent');
      }
      const versionRows = await tx.query<{ id: string; version: unknown }>(
        'SELECT id, version FROM spaces WHERE id = $1 OR id = $2',
        spaces,
      );
      const current = new Map(versionRows.map((row) => [row.id, toNumber(row.version)]));
      const decoded = request.cursor === null ? null : decodeCursor(request.cursor);
      const positionKeys = decoded ? Object.keys(decoded.spaces).sort() : [];
      const isUsable =
        decoded !== null &&
        decoded.schema === request.schemaVersion &&
        positionKeys.length === spaces.length &&
        positionKeys.every((space) => spaces.includes(space)) &&
        // A cursor ahead of the database (restored from a backup) cannot be trusted.
        spaces.every((space) => (decoded.spaces[space]?.[0] ?? 0) <= (current.get(space) ?? 0));
      const positions: Record<string, SpacePosition> = {};
      for (const space of spaces) {
        positions[space] = (isUsable && decoded.spaces[space]) || START_POSITION;
      }

      const page: { space: string; row: RowRecord }[] = [];
      for (const space of spaces) {
        const remaining = request.limit + 1 - page.length;
        if (remaining <= 0) break;
        const [version, table, key] = positions[space] ?? START_POSITION;
        const rows = await tx.query<RowRecord>(
          `SELECT table_name, key, value, version, deleted FROM rows
           WHERE space_id = $1
             AND (version, table_name, key) > ($2::bigint, $3::text COLLATE "C", $4::text COLLATE "C")
           ORDER BY version, table_name, key
           LIMIT $5`,
          [space, version, table, key, remaining],
        );
        page.push(...rows.map((row) => ({ space, row })));
      }
      const hasMore = page.length > request.limit;
      const sent = page.slice(0, request.limit);
      for (const { space, row } of sent) {
        positions[space] = [toNumber(row.version), row.table_name, row.key];
      }
      const changes = sent.flatMap(({ row }): Change[] => {
        if (!isDownTable(row.table_name)) return [];
        return row.deleted || row.value === null
          ? [{ table: row.table_name, op: 'del', key: row.key }]
          : [{ table: row.table_name, op: 'put', key: row.key, value: row.value }];
      });
      return {
        cursor: encodeCursor({ v: 1, schema: request.schemaVersion, spaces: positions }),
        reset: !isUsable,
        changes,
        hasMore,
        lastMutationSeq: client ? toNumber(client.last_seq) : 0,
      };
    },
    { isolation: 'repeatable read', readOnly: true },
  );
}
