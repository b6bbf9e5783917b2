/**
 * Refresh tokens (SYNC.md §3.6): random, stored only as a SHA-256 hash, rotated on every use, and
 * chained (`replaced_by`) so that a re-presented token can be told apart:
 *
 * - Theft: a token is presented again after a later token of its chain was presented too. Two
 *   parties hold the family, so every refresh token of the agent is revoked.
 * - Lost cookie: a browser killed before it wrote the rotated cookie to disk (Chromium flushes
 *   cookies about every 30 s) presents the previous token again, and nothing after it in the chain
 *   was ever presented. The chain's live tip is rotated instead, so the agent stays signed in
 *   however many times the app is killed right after starting.
 *
 * The cost: a thief who presents a stolen token before its owner presents the next one gets a
 * session; the owner's next refresh then finds a presented token after theirs and revokes all.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database, Queryable } from './database';

export const REFRESH_DAYS = 30;
/** A chain longer than this is not followed (it cannot come from one device's kills). */
const MAX_CHAIN_HOPS = 64;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

interface TokenRow {
  id: unknown;
  agent_id: string;
  revoked: boolean;
  unexpired: boolean;
  presented: boolean;
  replaced_by: unknown;
}

const TOKEN_COLUMNS = `id, agent_id, revoked_at IS NOT NULL AS revoked, expires_at > now() AS unexpired,
  presented_at IS NOT NULL AS presented, replaced_by`;

async function insertToken(
  tx: Queryable,
  agentId: string,
): Promise<{ id: unknown; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await tx.query<{ id: unknown }>(
    `INSERT INTO refresh_tokens (agent_id, token_hash, expires_at)
     VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING id`,
    [agentId, hashToken(token), REFRESH_DAYS],
  );
  return { id: row?.id, token };
}

/** A new refresh token for `agentId` (login), starting a chain of its own. */
export async function issueRefreshToken(db: Database, agentId: string): Promise<string> {
  return db.transaction(async (tx) => (await insertToken(tx, agentId)).token);
}

/** Replaces the token `id` with a new one in its chain; `presented` when it was the one shown. */
async function rotate(tx: Queryable, row: TokenRow, presented: boolean): Promise<string> {
  const next = await insertToken(tx, row.agent_id);
  await tx.query(
    `UPDATE refresh_tokens SET revoked_at = now(), replaced_by = $2,
       presented_at = CASE WHEN $3 THEN now() ELSE presented_at END
     WHERE id = $1`,
    [String(row.id), String(next.id), presented],
  );
  return next.token;
}

/** The live, never-presented tip after `row`, when every token after it was never presented. */
async function unpresentedTip(tx: Queryable, row: TokenRow): Promise<TokenRow | undefined> {
  let current = row;
  for (let hop = 0; hop < MAX_CHAIN_HOPS; hop += 1) {
    if (current.replaced_by === null || current.replaced_by === undefined) return undefined;
    const [next] = await tx.query<TokenRow>(
      `SELECT ${TOKEN_COLUMNS} FROM refresh_tokens WHERE id = $1 FOR UPDATE`,
      [String(current.replaced_by)],
    );
    if (!next || next.presented) return undefined;
    if (!next.revoked) return next.unexpired ? next : undefined;
    current = next;
  }
  return undefined;
}

/**
 * Consumes a presented refresh token: its agent and the token that replaces it, or `undefined`
 * when it is unknown, expired, logged out or a sign of theft (then the agent's family is revoked).
 */
export async function consumeRefreshToken(
  db: Database,
  token: string,
): Promise<{ agentId: string; token: string } | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<TokenRow>(
      `SELECT ${TOKEN_COLUMNS} FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [hashToken(token)],
    );
    if (!row) return undefined;
    if (!row.revoked) {
      return row.unexpired
        ? { agentId: row.agent_id, token: await rotate(tx, row, true) }
        : undefined;
    }
    const tip = await unpresentedTip(tx, row);
    if (tip) return { agentId: row.agent_id, token: await rotate(tx, tip, false) };
    await revokeAgentTokens(tx, row.agent_id);
    return undefined;
  });
}

export async function revokeAgentTokens(tx: Queryable, agentId: string): Promise<void> {
  await tx.query(
    'UPDATE refresh_tokens SET revoked_at = now() WHERE agent_id = $1 AND revoked_at IS NULL',
    [agentId],
  );
}

/** Logout: revokes the token when it is live. */
export async function revokeRefreshToken(db: Database, token: string): Promise<void> {
  await db.query(
    'UPDATE refresh_tokens SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL',
    [hashToken(token)],
  );
}
