/**
 * Pull (SYNC.md §4.7): one REPEATABLE READ READ ONLY snapshot reads `last_seq`, the space versions
 * and the rows after the cursor in `(version, table, key)` order, so they agree with each other.
 * The spaces are computed here from the token's agent, never taken from the request.
 *
 * It is the hottest path of the server, so the snapshot goes to the database as one script (one
 * round trip instead of seven) and the stored `json` values go into the response as the text
 * they were stored as, never parsed and serialized again. Only a client of an older app schema
 * gets rows reshaped for it (`schema-history.ts`): tables it does not know are left out, and
 * fields its strict row schemas would refuse are removed.
 */
import { parsePullRequest } from '@/domain/sync/protocol-schemas';
import type { DownTable, PullRequest } from '@/domain/sync/protocol';
import { isTableKnownAt, needsReshapeAt, rowForSchema } from '@/domain/sync/schema-history';
import { sqlLiteral, toNumber, type Database } from './database';
import { badRequest, forbidden } from './http-errors';
import { decodeCursor, encodeCursor, START_POSITION, type SpacePosition } from './pull-cursor';
import type { SyncAgent } from './push';
import { checkVersions } from './request-checks';
import { agentScopeStatement, agentSpace, isDownTable, orgSpace } from './row-store';

/** Counting the rows still to come stops here: it is an estimate for a progress bar. */
const REMAINING_COUNT_CAP = 100_000;

/** Validates a raw pull body; throws the HttpError the client should see. */
export function validatePull(raw: unknown, schemaVersion: number): PullRequest {
  checkVersions(raw, schemaVersion);
  const parsed = parsePullRequest(raw);
  if (!parsed.ok) throw badRequest(parsed.issue);
  return parsed.value;
}

interface PageRow {
  space_index: unknown;
  table_name: string;
  key: string;
  /** The stored json text, `null` for a tombstone. */
  value: string | null;
  version: unknown;
  deleted: boolean;
}

/** `(version, table, key) > position` for one space, as SQL with literal values. */
function afterPosition(space: string, [version, table, key]: SpacePosition): string {
  return `space_id = ${sqlLiteral(space)}
    AND (version, table_name, key) > (${sqlLiteral(version)}::bigint,
      ${sqlLiteral(table)} COLLATE "C", ${sqlLiteral(key)} COLLATE "C")`;
}

/** The snapshot script: scope, `sync_client`, space versions and the page's rows. */
function pullStatements(
  agent: SyncAgent,
  request: PullRequest,
  spaces: readonly string[],
  positions: readonly SpacePosition[],
): string[] {
  const pageQueries = spaces.map(
    (space, index) => `(SELECT ${index} AS space_index, table_name, key, value::text AS value,
        version, deleted
      FROM rows WHERE ${afterPosition(space, positions[index] ?? START_POSITION)}
      ORDER BY version, table_name, key LIMIT ${sqlLiteral(request.limit + 1)})`,
  );
  return [
    agentScopeStatement(agent.agentId),
    `SELECT agent_id, last_seq FROM sync_client
      WHERE client_group_id = ${sqlLiteral(request.clientGroupId)}`,
    `SELECT id, version FROM spaces WHERE id IN (${spaces.map(sqlLiteral).join(', ')})`,
    `${pageQueries.join(' UNION ALL ')} ORDER BY space_index, version, table_name, key`,
  ];
}

/**
 * How many rows follow `positions`, for the progress estimate of a long first sync. Only asked
 * when a page is full, and outside the page's snapshot: it is an estimate, never used to decide.
 */
async function countAfter(
  db: Database,
  agent: SyncAgent,
  spaces: readonly string[],
  positions: readonly SpacePosition[],
): Promise<number> {
  const counts = spaces.map(
    (space, index) => `(SELECT count(*) FROM (SELECT 1 FROM rows
      WHERE ${afterPosition(space, positions[index] ?? START_POSITION)}
      LIMIT ${REMAINING_COUNT_CAP}) AS capped)`,
  );
  const [, rows] = await db.readSnapshot([
    agentScopeStatement(agent.agentId),
    `SELECT ${counts.join(' + ')} AS after_cursor`,
  ]);
  return toNumber(rows?.[0]?.after_cursor);
}

/**
 * One change of the response as JSON text; the stored value goes in as PostgreSQL printed it,
 * unless the client's schema needs it reshaped.
 */
function changeJson(row: PageRow, schemaVersion: number): string {
  const head = `{"table":${JSON.stringify(row.table_name)},`;
  const key = JSON.stringify(row.key);
  if (row.deleted || row.value === null) return `${head}"op":"del","key":${key}}`;
  const table = row.table_name as DownTable;
  const value = needsReshapeAt(table, schemaVersion)
    ? JSON.stringify(
        rowForSchema(table, JSON.parse(row.value) as Record<string, unknown>, schemaVersion),
      )
    : row.value;
  return `${head}"op":"put","key":${key},"value":${value}}`;
}

/** The pull response for `request`, as the JSON text of a `PullResponse`. */
export async function pull(db: Database, agent: SyncAgent, request: PullRequest): Promise<string> {
  const spaces = [agentSpace(agent.agentId), orgSpace(agent.orgId)];
  const decoded = request.cursor === null ? null : decodeCursor(request.cursor);
  const positionKeys = decoded ? Object.keys(decoded.spaces).sort() : [];
  const fromCursor =
    decoded !== null &&
    decoded.schema === request.schemaVersion &&
    positionKeys.length === spaces.length &&
    positionKeys.every((space) => spaces.includes(space));
  const startFrom = (useCursor: boolean) =>
    spaces.map((space) => (useCursor && decoded?.spaces[space]) || START_POSITION);

  let positions = startFrom(fromCursor);
  let [, clients, versionRows, pageRows] = await db.readSnapshot(
    pullStatements(agent, request, spaces, positions),
  );
  const current = new Map((versionRows ?? []).map((row) => [row.id, toNumber(row.version)]));
  // A cursor ahead of the database (restored from a backup) cannot be trusted: start over, in a
  // snapshot of its own. Rare, so the common case keeps its single round trip.
  const isUsable =
    fromCursor &&
    positions.every(([version], index) => version <= (current.get(spaces[index]) ?? 0));
  if (fromCursor && !isUsable) {
    positions = startFrom(false);
    [, clients, versionRows, pageRows] = await db.readSnapshot(
      pullStatements(agent, request, spaces, positions),
    );
  }

  const client = clients?.[0] as { agent_id: string; last_seq: unknown } | undefined;
  if (client && client.agent_id !== agent.agentId) {
    throw forbidden('client group belongs to another agent');
  }
  const page = (pageRows ?? []) as unknown as PageRow[];
  const hasMore = page.length > request.limit;
  const sent = page.slice(0, request.limit);
  for (const row of sent) {
    positions[toNumber(row.space_index)] = [toNumber(row.version), row.table_name, row.key];
  }
  const remaining = hasMore ? await countAfter(db, agent, spaces, positions) : undefined;
  const cursor = encodeCursor({
    v: 1,
    schema: request.schemaVersion,
    spaces: Object.fromEntries(spaces.map((space, index) => [space, positions[index]!])),
  });
  const changes = sent
    .filter((row) => isDownTable(row.table_name))
    .filter((row) => isTableKnownAt(row.table_name as DownTable, request.schemaVersion))
    .map((row) => changeJson(row, request.schemaVersion));
  return (
    `{"cursor":${JSON.stringify(cursor)},"reset":${String(!isUsable)},` +
    `"changes":[${changes.join(',')}],"hasMore":${String(hasMore)},` +
    (remaining === undefined ? '' : `"remaining":${remaining},`) +
    `"lastMutationSeq":${client ? toNumber(client.last_seq) : 0}}`
  );
}
