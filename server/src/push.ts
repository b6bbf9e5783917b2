/**
 * Push (SYNC.md §4.6): one transaction per request, serialized per client group by a row lock.
 * Each mutation's effect, its log row and the advance of `last_seq` commit together; a permanent
 * error is quarantined and answered `rejected`, a transient one rolls everything back. A mutation
 * that must wait (a note whose attachment has not been uploaded) ends the batch before it: the
 * mutations before it commit, `lastMutationSeq` stops short, and the client sends it again later.
 */
import { parsePushRequest } from '@/domain/sync/protocol-schemas';
import type {
  MutationEnvelope,
  MutationResult,
  PushRequest,
  PushResponse,
} from '@/domain/sync/protocol';
import { WIRE_LIMITS } from '@/domain/sync/wire-primitives';
import { isTransientDatabaseError, toNumber, type Database, type Queryable } from './database';
import { crashPoint } from './fault-injection';
import {
  badRequest,
  clientStateNotFound,
  forbidden,
  payloadTooLarge,
  versionNotSupported,
} from './http-errors';
import { decideMutation } from './mutation-rules';
import { checkVersions } from './request-checks';
import {
  agentSpace,
  defusedJson,
  hasHeldRow,
  orgSpace,
  readExamWithKey,
  readLiveRow,
  scopeToAgent,
  storableJson,
  writeChanges,
} from './row-store';
import { withExamKey } from '@/domain/sync/exam-key';

export interface SyncAgent {
  agentId: string;
  orgId: string;
}

export interface PushOptions {
  schemaVersion: number;
  maxPushMutations: number;
}

/** Validates a raw push body; throws the HttpError the client should see. */
export function validatePush(raw: unknown, options: PushOptions): PushRequest {
  checkVersions(raw, options.schemaVersion);
  const mutations = (raw as { mutations?: unknown }).mutations;
  if (Array.isArray(mutations) && mutations.length > options.maxPushMutations) {
    throw payloadTooLarge(`more than ${options.maxPushMutations} mutations`);
  }
  const parsed = parsePushRequest(raw);
  if (!parsed.ok) throw badRequest(parsed.issue);
  // Newer mutations wait on the device for a server that knows them; they are not quarantined.
  if (parsed.value.mutations.some((m) => m.schemaVersion > options.schemaVersion)) {
    throw versionNotSupported('mutation schema newer than the server');
  }
  return parsed.value;
}

interface LogRow {
  agent_id: string;
  status: string;
  result_code: string | null;
}

/** Processes a validated push for the token's agent and answers only after COMMIT. */
export async function push(
  db: Database,
  agent: SyncAgent,
  request: PushRequest,
  options: PushOptions,
): Promise<PushResponse> {
  const { clientGroupId } = request;
  const response = await db.transaction(async (tx) => {
    await scopeToAgent(tx, agent.agentId);
    const created = await tx.query(
      `INSERT INTO sync_client (client_group_id, agent_id, last_seq) VALUES ($1, $2, 0)
       ON CONFLICT (client_group_id) DO NOTHING RETURNING client_group_id`,
      [clientGroupId, agent.agentId],
    );
    // A new client group starts at seq 1. One that arrives later in its life was acknowledged by a
    // server state that is gone (a restore from backup): the client must re-register, and the
    // rollback leaves no trace of this request.
    const firstSeq = request.mutations[0]?.seq;
    if (created.length > 0 && firstSeq !== undefined && firstSeq > 1) {
      throw clientStateNotFound();
    }
    // Scoped by agent as well: under RLS another agent's group is invisible, without RLS it is
    // filtered here; either way it is refused.
    const [client] = await tx.query<{ last_seq: unknown }>(
      `SELECT last_seq FROM sync_client
       WHERE client_group_id = $1 AND agent_id = $2 FOR UPDATE`,
      [clientGroupId, agent.agentId],
    );
    if (!client) throw forbidden('client group belongs to another agent');
    let lastSeq = toNumber(client.last_seq);
    const lockSpace = once(() => lockAgentSpace(tx, agent.agentId));
    const results: MutationResult[] = [];
    for (const envelope of request.mutations) {
      if (envelope.seq <= lastSeq) {
        results.push(await answerAgain(tx, agent, envelope));
        continue;
      }
      if (envelope.seq > lastSeq + 1) break;
      const result = await processMutation(tx, agent, clientGroupId, envelope, options, lockSpace);
      if (result === 'wait') break;
      results.push(result);
      lastSeq = envelope.seq;
    }
    await tx.query('UPDATE sync_client SET last_seq = $2 WHERE client_group_id = $1', [
      clientGroupId,
      lastSeq,
    ]);
    await crashPoint('before-commit', clientGroupId);
    return { lastMutationSeq: lastSeq, results };
  });
  await crashPoint('after-commit', clientGroupId);
  return response;
}

/**
 * Locks the agent's space row until COMMIT. A mutation decides on rows it reads (is this leave
 * request still undecided?); the employer's writers take the same lock before they read, so no
 * decision can commit between this read and this write.
 */
async function lockAgentSpace(tx: Queryable, agentId: string): Promise<void> {
  await tx.query('SELECT id FROM spaces WHERE id = $1 FOR UPDATE', [agentSpace(agentId)]);
}

function once(run: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= run());
}

/** A re-delivered mutation gets its first answer again: a rejection stays a rejection. */
async function answerAgain(
  tx: Queryable,
  agent: SyncAgent,
  envelope: MutationEnvelope,
): Promise<MutationResult> {
  const { seq, mutationId } = envelope;
  const [logged] = await tx.query<LogRow>(
    'SELECT agent_id, status, result_code FROM mutation_log WHERE mutation_id = $1 AND agent_id = $2',
    [mutationId, agent.agentId],
  );
  if (logged?.status === 'rejected') {
    return { seq, mutationId, status: 'rejected', code: logged.result_code ?? 'mutation/rejected' };
  }
  return { seq, mutationId, status: 'duplicate' };
}

async function processMutation(
  tx: Queryable,
  agent: SyncAgent,
  clientGroupId: string,
  envelope: MutationEnvelope,
  options: PushOptions,
  lockSpace: () => Promise<void>,
): Promise<MutationResult | 'wait'> {
  const { seq, mutationId } = envelope;
  const [known] = await tx.query<LogRow>(
    'SELECT agent_id, status, result_code FROM mutation_log WHERE mutation_id = $1',
    [mutationId],
  );
  if (known && known.agent_id === agent.agentId) return answerAgain(tx, agent, envelope);
  if (known) {
    // Another agent's mutationId: refuse without revealing anything about that mutation.
    await quarantine(tx, agent, clientGroupId, envelope, 'mutation/conflict', 'mutationId in use');
    return { seq, mutationId, status: 'rejected', code: 'mutation/conflict' };
  }
  const space = agentSpace(agent.agentId);
  // Outside the savepoint, so a rejection's ROLLBACK TO does not release it.
  await lockSpace();
  await tx.query('SAVEPOINT mutation');
  let result: MutationResult | 'wait';
  try {
    result = await applyInSavepoint(tx, agent, envelope, options.schemaVersion, space);
  } catch (error) {
    if (isTransientDatabaseError(error) || !isDataException(error)) throw error;
    await tx.query('ROLLBACK TO SAVEPOINT mutation');
    result = { seq, mutationId, status: 'rejected', code: 'mutation/unstorable' };
  }
  if (result === 'wait') {
    // Not processed: no effect, no log row, `last_seq` stays before it.
    await tx.query('ROLLBACK TO SAVEPOINT mutation');
    await tx.query('RELEASE SAVEPOINT mutation');
    return 'wait';
  }
  if (result.status === 'rejected') {
    await tx.query('ROLLBACK TO SAVEPOINT mutation');
    await quarantine(tx, agent, clientGroupId, envelope, result.code, result.message ?? '');
  }
  await tx.query('RELEASE SAVEPOINT mutation');
  await tx.query(
    `INSERT INTO mutation_log
       (mutation_id, agent_id, client_group_id, seq, name, status, result_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (mutation_id) DO NOTHING`,
    [
      mutationId,
      agent.agentId,
      clientGroupId,
      seq,
      envelope.name,
      result.status === 'rejected' ? 'rejected' : 'applied',
      result.status === 'rejected' ? result.code : null,
    ],
  );
  return result;
}

async function applyInSavepoint(
  tx: Queryable,
  agent: SyncAgent,
  envelope: MutationEnvelope,
  schemaVersion: number,
  space: string,
): Promise<MutationResult | 'wait'> {
  const { seq, mutationId } = envelope;
  const decision = await decideMutation(envelope, {
    agentId: agent.agentId,
    schemaVersion,
    readRow: (table, key) => readLiveRow(tx, space, table, key),
    hasHeldRow: (table, key) => hasHeldRow(tx, space, table, key),
    hasAttachment: (sha256) => hasAttachment(tx, agent.agentId, sha256),
    readExam: async (examId) => {
      const found = await readExamWithKey(tx, [space, orgSpace(agent.orgId)], examId);
      return found && withExamKey(found.exam, found.key);
    },
    listAttempts: (examId) =>
      tx.query<{ id: string; examVersion: number }>(
        `SELECT key AS id, (value->>'examVersion')::int AS "examVersion" FROM rows
         WHERE space_id = $1 AND table_name = 'examAttempts' AND NOT deleted
           AND value->>'examId' = $2`,
        [space, examId],
      ),
  });
  if (decision.outcome === 'wait') return 'wait';
  if (decision.outcome === 'reject') {
    return { seq, mutationId, status: 'rejected', code: decision.code, message: decision.message };
  }
  if (decision.outcome === 'apply') {
    if (storableJson(decision.changes) === undefined) {
      return { seq, mutationId, status: 'rejected', code: 'mutation/unstorable' };
    }
    await writeChanges(tx, space, decision.changes);
  }
  return { seq, mutationId, status: 'applied' };
}

async function hasAttachment(tx: Queryable, agentId: string, sha256: string): Promise<boolean> {
  const rows = await tx.query('SELECT 1 FROM attachments WHERE agent_id = $1 AND sha256 = $2', [
    agentId,
    sha256,
  ]);
  return rows.length > 0;
}

async function quarantine(
  tx: Queryable,
  agent: SyncAgent,
  clientGroupId: string,
  envelope: MutationEnvelope,
  reason: string,
  message: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO quarantine (agent_id, client_group_id, mutation_id, envelope, reason, message)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6)`,
    [
      agent.agentId,
      clientGroupId,
      envelope.mutationId,
      defusedJson(envelope),
      reason,
      message.replaceAll('\u0000', '').slice(0, WIRE_LIMITS.shortTextLength),
    ],
  );
}

/** SQLSTATE class 22 (data exception): this mutation's data, not the database, is at fault. */
function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('22');
}
