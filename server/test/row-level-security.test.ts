/**
 * Row level security on real PostgreSQL (set TEST_DATABASE_URL): the server runs as a role that
 * neither owns the tables nor bypasses RLS, and the policies alone keep agents apart. PGlite runs
 * as a superuser, which always bypasses RLS, so this case needs PostgreSQL.
 */
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase } from '../src/database';
import { migrate } from '../src/migrate';
import { startServer, type StartedServer } from '../src/start-server';
import {
  escalationEnvelope,
  makeAgent,
  noteEnvelope,
  pullBody,
  pushBody,
  shiftRow,
  type TestAgent,
} from './harness';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('row level security on postgresql', () => {
  const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
  const schema = `awb_rls_${suffix}`;
  const role = `awb_app_${suffix}`;
  const password = `pw_${suffix}`;
  let owner: pg.Client;
  let server: StartedServer;
  let agents: TestAgent[];

  const withSearchPath = (base: string) =>
    `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

  beforeAll(async () => {
    owner = new pg.Client({ connectionString: url });
    await owner.connect();
    await owner.query(`CREATE SCHEMA ${schema}`);
    const migrator = createPgDatabase(withSearchPath(url!));
    await migrate(migrator);
    await migrator.close();
    await owner.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' NOSUPERUSER NOBYPASSRLS`);
    await owner.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
    await owner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
    );
    await owner.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`);
    const appUrl = new URL(url!);
    appUrl.username = role;
    appUrl.password = password;
    server = await startServer({ databaseUrl: withSearchPath(appUrl.toString()) });
    agents = [await makeAgent(server, 'rls-org'), await makeAgent(server, 'rls-org-2')];
    for (const agent of agents) {
      const id = `${agent.agentId}-shift`;
      await server.admin.writeAsEmployer(agent.agentId, [
        { table: 'shifts', op: 'put', key: id, value: shiftRow(id, agent.agentId) },
      ]);
      await agent.push(pushBody(`cg-${agent.agentId}`, [escalationEnvelope(1, agent.agentId)]));
    }
  });
  afterAll(async () => {
    await server?.close();
    await owner.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await owner.query(`DROP OWNED BY ${role}`).catch(() => undefined);
    await owner.query(`DROP ROLE IF EXISTS ${role}`);
    await owner.end();
  });

  it('syncs normally as the non-owner role', async () => {
    const [a] = agents;
    const page = await a!.pull(pullBody(`cg-${a!.agentId}`, null));
    expect(page.status).toBe(200);
    expect(page.body.changes.map((change) => change.table).sort()).toEqual([
      'escalationResponses',
      'escalations',
      'shifts',
    ]);
    expect(page.body.lastMutationSeq).toBe(1);
  });

  it('stores an attachment and applies the note that references it as the non-owner role', async () => {
    const [a] = agents;
    const bytes = Buffer.from(`rls picture ${a!.agentId}`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const uploaded = await fetch(`${server.url}/api/attachments/${sha256}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${a!.token}`, 'content-type': 'image/png' },
      body: bytes,
    });
    expect(uploaded.status).toBe(201);
    const escalationId = (await a!.pull(pullBody(`cg-${a!.agentId}`, null))).body.changes.find(
      (change) => change.table === 'escalations',
    )?.key;
    const attachment = { sha256, contentType: 'image/png', size: bytes.length, name: 'p.png' };
    const note = noteEnvelope(2, a!.agentId, escalationId!, attachment);
    const answer = await a!.push(pushBody(`cg-${a!.agentId}`, [note]));
    expect(answer.body.results).toEqual([expect.objectContaining({ status: 'applied' })]);
  });

  it('shows each agent only its rows at the SQL level, and nothing without an agent', async () => {
    const db = new pg.Client({
      connectionString: withSearchPath(
        Object.assign(new URL(url!), { username: role, password }).toString(),
      ),
    });
    await db.connect();
    try {
      const visible = async (agentId: string | null) => {
        await db.query('BEGIN');
        if (agentId) await db.query("SELECT set_config('app.agent_id', $1, true)", [agentId]);
        const rows = await db.query<{ space_id: string }>('SELECT space_id FROM rows');
        const clients = await db.query('SELECT 1 FROM sync_client');
        const log = await db.query('SELECT 1 FROM mutation_log');
        const attachments = await db.query<{ agent_id: string }>(
          'SELECT agent_id FROM attachments',
        );
        await db.query('COMMIT');
        const owners = new Set(attachments.rows.map((row) => row.agent_id));
        return { spaces: new Set(rows.rows.map((row) => row.space_id)), clients, log, owners };
      };
      const [a, b] = agents;
      const seenByA = await visible(a!.agentId);
      expect([...seenByA.spaces]).toEqual([`agent:${a!.agentId}`]);
      expect(seenByA.clients.rowCount).toBe(1);
      // The escalation and the note with its attachment.
      expect(seenByA.log.rowCount).toBe(2);
      expect([...seenByA.owners]).toEqual([a!.agentId]);
      expect([...(await visible(b!.agentId)).owners]).toEqual([]);
      const seenByNobody = await visible(null);
      expect(seenByNobody.spaces.size).toBe(0);
      expect(seenByNobody.owners.size).toBe(0);
      expect(seenByNobody.clients.rowCount).toBe(0);

      await db.query('BEGIN');
      await db.query("SELECT set_config('app.agent_id', $1, true)", [a!.agentId]);
      await expect(
        db.query(
          `INSERT INTO rows (space_id, table_name, key, value, version)
           VALUES ($1, 'shifts', 'planted', '{}'::jsonb, 1)`,
          [`agent:${b!.agentId}`],
        ),
      ).rejects.toThrow(/row-level security/);
      await db.query('ROLLBACK');
    } finally {
      await db.end();
    }
  });
});
