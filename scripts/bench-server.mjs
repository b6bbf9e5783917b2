// Load benchmark of the reference sync server on real PostgreSQL (issue "Sync with a real
// backend", item 7 "Scale"). Run through `npm run bench:server` (tsx, so the server's TypeScript
// loads as is). Everything stays on loopback and every phase stops by itself.
//
//   setup  a throwaway PostgreSQL cluster (as .ci/run does it), or BENCH_DATABASE_URL; the schema
//          migrated by its owner; the server connected as a role that neither owns the tables nor
//          bypasses RLS (docs/deploy.md); N agents (BENCH_AGENTS, default 1000), each with the demo
//          workspace (about a month and a half of roster, KPIs, pay, training) rewritten to be its
//          own, written with admin.writeAsEmployer: one transaction and one version bump per agent
//   login  every agent logs in (scrypt-bound)
//   a      first sync of every agent: pull with cursor null, paged until hasMore is false
//   b      every agent pushes 10 escalation.create mutations (seq 1..10, BENCH_PUSH_BATCH a push)
//   c      the budget: a month's pull for one agent at 50 concurrent agents, p99 ≤ 50 ms
//   check  the database holds exactly N × 10 escalations, none duplicated, nothing quarantined
//
// The server runs in a child process (this file with --serve), so autocannon and the server do
// not share one event loop. Env: BENCH_AGENTS, BENCH_CONNECTIONS (login, a, b; default 100),
// BENCH_HOT_PULLS (c; default 2000), BENCH_PULL_LIMIT (default 500, the app's pullLimit),
// BENCH_PUSH_BATCH (default 10), BENCH_DAY (default 2026-11-22), BENCH_DATABASE_URL, BENCH_RLS=0
// (server connects as the owner: with a superuser, RLS is bypassed; for comparison only),
// BENCH_WORKERS (default 1; above 1 the phases go to `server/src/main.ts` with WORKERS set, the
// production way of using several cores, started once the seeding child is done), BENCH_PROF_DIR
// (the seeding child, which serves the phases when BENCH_WORKERS is 1, writes a V8 CPU profile
// there: node --cpu-prof).
import autocannon from 'autocannon';
import { execFileSync, fork, spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';

// The schema the server is current at, so that pulls are never reshaped for an older client.
const { SERVER_SCHEMA_VERSION: SCHEMA_VERSION } = await import('../server/src/mutation-rules.ts');
const PROTOCOL_VERSION = 1;
const MUTATIONS_PER_AGENT = 10;
/** The escalations phase b pushes, apart from the two every demo workspace holds already. */
const BENCH_ESCALATION = "value->>'description' LIKE 'bench escalation %'";
const HOT_CONNECTIONS = 50;
const BUDGET_P99_MS = 50;
const AGENTS_PER_ORG = 50;
const SEED_CONCURRENCY = 8;
const PHASE_TIME_LIMIT_SECONDS = { login: 120, a: 120, b: 120, c: 60 };

const envInt = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
};

/** Identity of simulated agent `index`, the same in the driver and in the server child. */
function agentIdentity(index) {
  const tag = String(index).padStart(5, '0');
  return {
    agentId: `bench-${tag}`,
    orgId: `bench-org-${Math.floor(index / AGENTS_PER_ORG)}`,
    employeeNumber: `B-${tag}`,
    password: `pw-${tag}-bench`,
  };
}

// ---------------------------------------------------------------------------------------------
// Server child: starts the reference server and seeds the agents.

async function serveChild() {
  const config = JSON.parse(process.env.BENCH_CHILD_CONFIG ?? '{}');
  const { startServer } = await import('../server/src/start-server.ts');
  const { demoWorkspaceChanges } = await import('../src/data/demo/generate-demo-workspace.ts');
  const server = await startServer({
    databaseUrl: config.databaseUrl,
    port: 0,
    host: '127.0.0.1',
    jwtSecret: config.jwtSecret,
  });
  let closing;
  const close = () => (closing ??= server.close().then(() => process.exit(0)));
  process.on('message', (message) => {
    if (message?.type === 'close') void close();
    if (message?.type === 'cpu') process.send?.({ type: 'cpu', usage: process.cpuUsage() });
  });
  process.on('disconnect', () => void close());

  const baseText = JSON.stringify(demoWorkspaceChanges(config.day));
  const changesFor = ({ agentId, orgId, employeeNumber }) =>
    JSON.parse(
      baseText
        .replaceAll('"demo-agent"', JSON.stringify(agentId))
        .replaceAll('"demo-org"', JSON.stringify(orgId))
        .replaceAll('"NC-0731"', JSON.stringify(employeeNumber))
        .replaceAll('"demo-', `"${agentId}-`),
    );

  const started = performance.now();
  const writeMs = [];
  let next = 0;
  let seeded = 0;
  const worker = async () => {
    while (next < config.agents && !closing) {
      const identity = agentIdentity(next++);
      const changes = changesFor(identity);
      let before = 0;
      try {
        await server.admin.createAgent({ ...identity, displayName: identity.agentId });
        before = performance.now();
        await server.admin.writeAsEmployer(identity.agentId, changes);
      } catch (error) {
        if (closing) return; // interrupted: the pool is gone
        throw error;
      }
      writeMs.push(performance.now() - before);
      seeded += 1;
      if (seeded % 100 === 0) process.send?.({ type: 'progress', seeded });
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, worker));
  if (closing) return;
  process.send?.({
    type: 'ready',
    url: server.url,
    seedMs: performance.now() - started,
    writeMs,
    changesPerAgent: JSON.parse(baseText).length,
    bytesPerAgent: Buffer.byteLength(baseText),
  });
}

// ---------------------------------------------------------------------------------------------
// Driver: database, server child, phases, checks, report.

const cleanups = [];
let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const step = cleanups.pop();
      try {
        await step();
      } catch (error) {
        console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaning;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** A cluster owned by the postgres user in a temporary directory, on 127.0.0.1 only. */
async function startThrowawayPostgres() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(`${root}/${version}/bin/initdb`))
        .sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b))
    : [];
  const bin = versions.length > 0 ? `${root}/${versions.at(-1)}/bin` : undefined;
  if (!bin)
    throw new Error(
      'no /usr/lib/postgresql/*/bin/initdb: install postgresql or set BENCH_DATABASE_URL',
    );
  const dir = await mkdtemp(join(tmpdir(), 'awb-bench-pg-'));
  const asPostgres = (command, args) =>
    execFileSync('runuser', ['-u', 'postgres', '--', `${bin}/${command}`, ...args], {
      stdio: 'ignore',
    });
  let running = false;
  cleanups.push(async () => {
    if (running) asPostgres('pg_ctl', ['-D', dir, '-m', 'fast', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  });
  execFileSync('chown', ['postgres', dir]);
  asPostgres('initdb', ['-D', dir, '-A', 'trust', '-U', 'postgres']);
  const port = await freePort();
  asPostgres('pg_ctl', [
    '-D',
    dir,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    'start',
  ]);
  running = true;
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dataDir: dir };
}

function withOptions(url, options) {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}options=${encodeURIComponent(options)}`;
}

function withUser(url, user) {
  const parsed = new URL(url);
  parsed.username = user;
  parsed.password = '';
  return parsed.toString();
}

/**
 * A schema of its own, migrated by the connecting (owner) role, and an app role with plain DML
 * grants: not the owner, no BYPASSRLS, so the RLS policies run as in production.
 */
async function prepareDatabase(adminUrl) {
  const suffix = randomBytes(4).toString('hex');
  const schema = `awb_bench_${suffix}`;
  const appRole = `awb_bench_app_${suffix}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  cleanups.push(() => admin.end());
  await admin.query(`CREATE SCHEMA ${schema}`);
  cleanups.push(async () => {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  });
  const ownerUrl = withOptions(adminUrl, `-c search_path=${schema}`);
  const { createPgDatabase } = await import('../server/src/database.ts');
  const { migrate } = await import('../server/src/migrate.ts');
  const ownerDb = createPgDatabase(ownerUrl);
  try {
    await migrate(ownerDb);
  } finally {
    await ownerDb.close();
  }
  let appUrl = ownerUrl;
  let role = 'the connecting role';
  if (process.env.BENCH_RLS === '0')
    return { admin, schema, appUrl, role: `${role} (BENCH_RLS=0)` };
  try {
    await admin.query(`CREATE ROLE ${appRole} LOGIN NOSUPERUSER NOBYPASSRLS`);
    cleanups.push(async () => {
      await admin.query(`DROP OWNED BY ${appRole}`);
      await admin.query(`DROP ROLE ${appRole}`);
    });
    await admin.query(`GRANT USAGE ON SCHEMA ${schema} TO ${appRole}`);
    await admin.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${appRole}`,
    );
    await admin.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${appRole}`);
    appUrl = withOptions(withUser(adminUrl, appRole), `-c search_path=${schema}`);
    role = `${appRole} (not owner, NOBYPASSRLS: RLS enforced)`;
  } catch (error) {
    role += ` (could not create an app role: ${error.message}; RLS may be bypassed)`;
  }
  return { admin, schema, appUrl, role };
}

function startServerChild(config) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
      env: { ...process.env, BENCH_CHILD_CONFIG: JSON.stringify(config) },
      execArgv: process.env.BENCH_PROF_DIR
        ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF_DIR}`]
        : process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let exited = false;
    child.once('exit', (code) => {
      exited = true;
      reject(new Error(`server child exited with ${code}`));
    });
    cleanups.push(
      () =>
        new Promise((done) => {
          if (exited) return done();
          child.once('exit', () => done());
          child.send({ type: 'close' });
          setTimeout(() => {
            if (!exited) child.kill('SIGKILL');
          }, 10_000).unref();
        }),
    );
    const cpuWaiters = [];
    const cpu = () =>
      new Promise((answer) => {
        cpuWaiters.push(answer);
        child.send({ type: 'cpu' });
      });
    child.on('message', (message) => {
      if (message?.type === 'progress') log(`  seeded ${message.seeded} agents`);
      if (message?.type === 'ready') resolve({ ...message, cpu });
      if (message?.type === 'cpu') cpuWaiters.shift()?.(message.usage);
    });
  });
}

/**
 * `server/src/main.ts` with WORKERS on the seeded database: its URL, and the CPU ticks of its
 * primary and workers.
 */
function startWorkers({ databaseUrl, jwtSecret, workers }) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      JWT_SECRET: jwtSecret,
      WORKERS: String(workers),
      SEED: 'none',
      HOST: '127.0.0.1',
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  cleanups.push(async () => {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        resolve({ url: match[1], cpuTicks: () => processTreeCpuTicks(child.pid) });
      }
    });
    void exited.then((code) => reject(new Error(`server workers exited (${code}): ${output}`)));
  });
}

const startedAt = performance.now();
function log(line) {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1).padStart(6);
  console.log(`[${seconds}s] ${line}`);
}

function percentile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

let currentInstance;
let interrupted = false;

/**
 * One autocannon run over a queue of jobs. Each connection takes a job, sends its requests one
 * after another (`request(job)` → body, `response(job, status, body)` → true while the job needs
 * another request), then takes the next job; it closes once the queue is empty. Latency per job
 * (first request sent → last response) is measured here, per request by autocannon.
 */
async function runPhase({ title, url, path, connections, jobs, request, response }) {
  const queue = [...jobs];
  const jobMs = [];
  let firstSent = Number.POSITIVE_INFINITY;
  let lastAnswer = 0;
  let responses = 0;
  const conns = Math.min(connections, jobs.length);
  const instance = autocannon({
    url,
    connections: conns,
    duration: PHASE_TIME_LIMIT_SECONDS[title],
    timeout: 30,
    method: 'POST',
    setupClient(client) {
      const state = { job: undefined };
      client.setRequests([
        {
          method: 'POST',
          path,
          setupRequest(req) {
            if (!state.job) {
              state.job = queue.shift();
              if (!state.job) return req; // only on a connection error after the last job
              state.job.startedAt = performance.now();
              firstSent = Math.min(firstSent, state.job.startedAt);
            }
            const { body, headers } = request(state.job);
            return {
              ...req,
              body: JSON.stringify(body),
              headers: { 'content-type': 'application/json', ...headers },
            };
          },
          onResponse(status, body) {
            const job = state.job;
            if (!job) return;
            responses += 1;
            lastAnswer = performance.now();
            if (response(job, status, body)) return;
            job.done = true;
            jobMs.push(lastAnswer - job.startedAt);
            state.job = undefined;
            if (queue.length === 0) client.responseMax = client.reqsMade;
          },
        },
      ]);
    },
  });
  currentInstance = instance;
  const result = await instance;
  currentInstance = undefined;
  const wallSeconds = (lastAnswer - firstSent) / 1000;
  const finished = jobs.filter((job) => job.done).length;
  return {
    title,
    connections: conns,
    requests: responses,
    jobs: jobs.length,
    finished,
    wallSeconds,
    requestsPerSecond: responses / wallSeconds,
    jobsPerSecond: finished / wallSeconds,
    latency: result.latency,
    jobMs,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** CPU ticks of every live process of the throwaway cluster (postmaster and backends), by pid. */
function postgresCpuTicks(dataDir) {
  if (!dataDir || !existsSync(join(dataDir, 'postmaster.pid'))) return undefined;
  const postmaster = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]?.trim();
  return processTreeCpuTicks(postmaster);
}

/** CPU ticks (user + system) of process `root` and its live children, by pid. */
function processTreeCpuTicks(root) {
  const parent = String(root);
  const ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the command name in parentheses: state, ppid, … utime (14), stime (15).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (entry === parent || fields[1] === parent) {
      ticks.set(entry, Number(fields[11]) + Number(fields[12]));
    }
  }
  return ticks;
}

/**
 * CPU seconds spent between two `processTreeCpuTicks` readings, per process, so that a process
 * that exits in between (an idle pool connection closing) does not take its earlier time away.
 */
function cpuSecondsBetween(before, after) {
  if (!before || !after) return Number.NaN;
  let ticks = 0;
  for (const [pid, now] of after) ticks += now - (before.get(pid) ?? 0);
  return ticks / 100; // USER_HZ is 100 on Linux
}

const cpuSeconds = (usage) => (usage.user + usage.system) / 1e6;

let measuredContext;
/** Runs a phase and adds the CPU time the server, PostgreSQL and this driver spent on it. */
async function measured(run) {
  const { server, pgDataDir } = measuredContext;
  const before = {
    server: server.cpuTicks ? server.cpuTicks() : cpuSeconds(await server.cpu()),
    postgres: postgresCpuTicks(pgDataDir),
    driver: cpuSeconds(process.cpuUsage()),
  };
  const phase = await run();
  const cpu = {
    server: server.cpuTicks
      ? cpuSecondsBetween(before.server, server.cpuTicks())
      : cpuSeconds(await server.cpu()) - before.server,
    postgres: cpuSecondsBetween(before.postgres, postgresCpuTicks(pgDataDir)),
    driver: cpuSeconds(process.cpuUsage()) - before.driver,
  };
  return { ...phase, cpu };
}

function pullBody(clientGroupId, cursor, limit) {
  return {
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    clientGroupId,
    cursor,
    limit,
  };
}

function escalationEnvelope(seq, agentId) {
  const recordId = uuidv7();
  const createdAt = new Date().toISOString();
  return {
    seq,
    mutationId: uuidv7(),
    name: 'escalation.create',
    recordId,
    schemaVersion: SCHEMA_VERSION,
    createdAt,
    args: {
      id: recordId,
      agentId,
      category: 'system-outage',
      description: `bench escalation ${seq} of ${agentId}`,
      caseReference: `CASE-${seq}`,
      severity: 'normal',
      context: { screen: 'escalation', shiftId: null, payLineId: null },
      // What the app's routeEscalation gives a system outage with no policy on the device.
      routing: {
        recipients: ['supervisor', 'client-channel'],
        responseMinutes: 15,
        policyId: null,
        policyVersion: null,
        isFallback: true,
      },
      // The device's log link; the server keeps it as a witness and does not recompute it.
      chain: { seq, hash: createHash('sha256').update(`${agentId}:${seq}`).digest('hex') },
      createdAt,
    },
  };
}

/** First sync of one agent: cursor null, then the returned cursor until hasMore is false. */
function pullJobs(agents) {
  return agents.map((agent) => ({ agent, cursor: null, pages: 0, rows: 0 }));
}

function pullPhase(limit) {
  return {
    path: '/api/sync/pull',
    request: (job) => ({
      body: pullBody(job.agent.clientGroupId, job.cursor, limit),
      headers: { authorization: `Bearer ${job.agent.token}` },
    }),
    response(job, status, body) {
      if (status !== 200) {
        job.error = `HTTP ${status}`;
        return false;
      }
      const page = JSON.parse(body);
      job.pages += 1;
      job.rows += page.changes.length;
      job.cursor = page.cursor;
      return page.hasMore && job.pages < 1000;
    },
  };
}

function fmt(value, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

function printTable(headers, rows) {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) =>
    cells.map((cell, column) => String(cell).padStart(widths[column])).join('  ');
  console.log(line(headers));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const agentsCount = envInt('BENCH_AGENTS', 1000);
  const connections = envInt('BENCH_CONNECTIONS', 100);
  const hotPulls = envInt('BENCH_HOT_PULLS', 2000);
  const pullLimit = envInt('BENCH_PULL_LIMIT', 500);
  const pushBatch = Math.min(envInt('BENCH_PUSH_BATCH', 10), MUTATIONS_PER_AGENT);
  const workers = envInt('BENCH_WORKERS', 1);
  const day = process.env.BENCH_DAY ?? '2026-11-22';
  if (agentsCount < HOT_CONNECTIONS) throw new Error(`BENCH_AGENTS must be ≥ ${HOT_CONNECTIONS}`);

  let databaseUrl = process.env.BENCH_DATABASE_URL;
  let pgVersion = 'BENCH_DATABASE_URL';
  let pgDataDir;
  if (!databaseUrl) {
    log('starting a throwaway PostgreSQL cluster on 127.0.0.1');
    const cluster = await startThrowawayPostgres();
    databaseUrl = cluster.url;
    pgDataDir = cluster.dataDir;
    pgVersion = 'throwaway cluster';
  }
  const { admin, schema, appUrl, role } = await prepareDatabase(databaseUrl);
  const [{ server_version: serverVersion }] = (await admin.query('SHOW server_version')).rows;
  log(`PostgreSQL ${serverVersion}, schema ${schema}, server role ${role}`);

  log(`starting the server and seeding ${agentsCount} agents (${SEED_CONCURRENCY} at a time)`);
  const jwtSecret = randomBytes(32).toString('base64url');
  const server = await startServerChild({
    databaseUrl: appUrl,
    jwtSecret,
    agents: agentsCount,
    day,
  });
  log(
    `server ${server.url}; seeded in ${fmt(server.seedMs / 1000)} s ` +
      `(${server.changesPerAgent} rows, ${fmt(server.bytesPerAgent / 1024)} KiB JSON per agent)`,
  );
  if (workers > 1) {
    const cluster = await startWorkers({ databaseUrl: appUrl, jwtSecret, workers });
    log(`${workers} server workers (server/src/main.ts, WORKERS=${workers}) on ${cluster.url}`);
    Object.assign(server, cluster);
  }
  measuredContext = { server, pgDataDir };

  const agents = Array.from({ length: agentsCount }, (_, index) => ({
    ...agentIdentity(index),
    clientGroupId: randomUUID(),
    token: '',
  }));
  const phases = [];

  log(`login: ${agentsCount} agents, ${connections} connections`);
  const login = await measured(() =>
    runPhase({
      title: 'login',
      url: server.url,
      path: '/api/auth/login',
      connections,
      jobs: agents.map((agent) => ({ agent })),
      request: ({ agent }) => ({
        body: { employeeNumber: agent.employeeNumber, password: agent.password },
      }),
      response(job, status, body) {
        if (status === 200) job.agent.token = JSON.parse(body).accessToken;
        else job.error = `HTTP ${status}`;
        return false;
      },
    }),
  );
  phases.push({ ...login, label: 'login (scrypt)' });
  const missingTokens = agents.filter((agent) => !agent.token).length;
  if (missingTokens > 0) throw new Error(`${missingTokens} agents could not log in`);

  log(`a: first sync of ${agentsCount} agents, limit ${pullLimit}, ${connections} connections`);
  const jobsA = pullJobs(agents);
  const phaseA = await measured(() =>
    runPhase({
      title: 'a',
      url: server.url,
      connections,
      jobs: jobsA,
      ...pullPhase(pullLimit),
    }),
  );
  phases.push({ ...phaseA, label: 'a  pull a month, every agent' });
  const rowsPulledA = jobsA.reduce((sum, job) => sum + job.rows, 0);
  const [{ count: rowsInDbA }] = (
    await admin.query(
      `SELECT count(*)::int AS count FROM ${schema}.rows WHERE space_id LIKE 'agent:bench-%' OR space_id LIKE 'org:bench-%'`,
    )
  ).rows;

  log(`b: ${agentsCount} agents push ${MUTATIONS_PER_AGENT} escalations, ${pushBatch} a push`);
  const jobsB = agents.map((agent) => ({
    agent,
    envelopes: Array.from({ length: MUTATIONS_PER_AGENT }, (_, i) =>
      escalationEnvelope(i + 1, agent.agentId),
    ),
    nextSeq: 1,
    applied: 0,
    other: 0,
  }));
  const phaseB = await measured(() =>
    runPhase({
      title: 'b',
      url: server.url,
      path: '/api/sync/push',
      connections,
      jobs: jobsB,
      request: (job) => ({
        body: {
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: SCHEMA_VERSION,
          clientGroupId: job.agent.clientGroupId,
          mutations: job.envelopes.slice(job.nextSeq - 1, job.nextSeq - 1 + pushBatch),
        },
        headers: { authorization: `Bearer ${job.agent.token}` },
      }),
      response(job, status, body) {
        if (status !== 200) {
          job.error = `HTTP ${status}`;
          return false;
        }
        const answer = JSON.parse(body);
        for (const result of answer.results) {
          if (result.status === 'applied') job.applied += 1;
          else job.other += 1;
        }
        if (answer.lastMutationSeq < job.nextSeq) {
          job.error = 'no progress';
          return false;
        }
        job.nextSeq = answer.lastMutationSeq + 1;
        return job.nextSeq <= MUTATIONS_PER_AGENT;
      },
    }),
  );
  phases.push({ ...phaseB, label: `b  push 10 escalations (${pushBatch}/push)` });
  const appliedAnswers = jobsB.reduce((sum, job) => sum + job.applied, 0);
  const otherAnswers = jobsB.reduce((sum, job) => sum + job.other, 0);

  log(`c: ${hotPulls} month pulls, ${HOT_CONNECTIONS} concurrent agents`);
  const jobsC = pullJobs(Array.from({ length: hotPulls }, (_, i) => agents[i % agents.length]));
  const phaseC = await measured(() =>
    runPhase({
      title: 'c',
      url: server.url,
      connections: HOT_CONNECTIONS,
      jobs: jobsC,
      ...pullPhase(pullLimit),
    }),
  );
  phases.push({ ...phaseC, label: 'c  pull a month, 50 concurrent' });
  const rowsPulledC = jobsC.reduce((sum, job) => sum + job.rows, 0);

  log('checking the database');
  const scalar = async (sql) => (await admin.query(sql)).rows[0].count;
  const checks = {
    escalations: await scalar(
      `SELECT count(*)::int AS count FROM ${schema}.rows
       WHERE table_name = 'escalations' AND NOT deleted AND space_id LIKE 'agent:bench-%'
         AND ${BENCH_ESCALATION}`,
    ),
    distinctEscalations: await scalar(
      `SELECT count(DISTINCT (space_id, value->>'description'))::int AS count FROM ${schema}.rows
       WHERE table_name = 'escalations' AND NOT deleted AND space_id LIKE 'agent:bench-%'
         AND ${BENCH_ESCALATION}`,
    ),
    agentsNotTen: await scalar(
      `SELECT count(*)::int AS count FROM (
         SELECT a.id FROM ${schema}.agents a
         LEFT JOIN ${schema}.rows r ON r.space_id = 'agent:' || a.id AND r.table_name = 'escalations'
           AND ${BENCH_ESCALATION.replaceAll('value', 'r.value')}
         WHERE a.id LIKE 'bench-%' GROUP BY a.id HAVING count(r.key) <> ${MUTATIONS_PER_AGENT}) x`,
    ),
    appliedLog: await scalar(
      `SELECT count(*)::int AS count FROM ${schema}.mutation_log
       WHERE name = 'escalation.create' AND status = 'applied' AND agent_id LIKE 'bench-%'`,
    ),
    clientsNotAtTen: await scalar(
      `SELECT count(*)::int AS count FROM ${schema}.sync_client
       WHERE agent_id LIKE 'bench-%' AND last_seq <> ${MUTATIONS_PER_AGENT}`,
    ),
    quarantined: await scalar(`SELECT count(*)::int AS count FROM ${schema}.quarantine`),
  };
  const expected = agentsCount * MUTATIONS_PER_AGENT;
  const escalationsOk =
    checks.escalations === expected &&
    checks.distinctEscalations === expected &&
    checks.agentsNotTen === 0 &&
    checks.appliedLog === expected &&
    checks.clientsNotAtTen === 0 &&
    checks.quarantined === 0 &&
    appliedAnswers === expected &&
    otherAnswers === 0;
  const pullsOk = rowsPulledA === rowsInDbA && jobsA.every((job) => job.done && !job.error);

  console.log('');
  console.log(
    `Agent Workbench sync server, PostgreSQL ${serverVersion} (${pgVersion}), loopback, ` +
      `${agentsCount} agents, pull limit ${pullLimit}, ${workers} server process${workers > 1 ? `es (WORKERS=${workers})` : ''}, Node ${process.version}, server role ${role}`,
  );
  console.log(
    `seed: ${fmt(server.seedMs / 1000)} s for ${agentsCount} agents × ${server.changesPerAgent} rows ` +
      `(writeAsEmployer per agent p50 ${fmt(percentile(server.writeMs, 0.5))} ms, ` +
      `p99 ${fmt(percentile(server.writeMs, 0.99))} ms)`,
  );
  console.log('');
  printTable(
    [
      'phase',
      'conns',
      'requests',
      'agents',
      'wall s',
      'req/s',
      'agents/s',
      'p50 ms',
      'p97.5 ms',
      'p99 ms',
      'agent p99 ms',
      'non-2xx/err',
      'CPU ms/req srv+pg+drv',
    ],
    phases.map((phase) => [
      phase.label,
      phase.connections,
      phase.requests,
      `${phase.finished}/${phase.jobs}`,
      fmt(phase.wallSeconds),
      fmt(phase.requestsPerSecond),
      fmt(phase.jobsPerSecond),
      fmt(phase.latency.p50),
      fmt(phase.latency.p97_5),
      fmt(phase.latency.p99),
      fmt(percentile(phase.jobMs, 0.99)),
      `${phase.non2xx}/${phase.errors}`,
      [phase.cpu.server, phase.cpu.postgres, phase.cpu.driver]
        .map((seconds) => fmt((seconds * 1000) / phase.requests, 2))
        .join(' + '),
    ]),
  );
  console.log('');
  console.log(
    'p50/p97.5/p99: per request (autocannon, 1 ms resolution); agent p99: per agent, first ' +
      'request sent to last page or push answered. CPU ms/req: CPU time per request of the ' +
      'server process, the PostgreSQL processes (throwaway cluster only) and this driver ' +
      '(autocannon and the checks), which share the machine.',
  );
  console.log('');
  const budgetP99 = percentile(phaseC.jobMs, 0.99);
  const pagesC = Math.max(...jobsC.map((job) => job.pages));
  printTable(
    ['total', 'value', 'check'],
    [
      [
        'rows pulled in a',
        rowsPulledA,
        `${rowsInDbA} in the database: ${pullsOk ? 'ok' : 'MISMATCH'}`,
      ],
      [
        'rows pulled in c',
        rowsPulledC,
        `${jobsC.filter((job) => job.done).length} pulls, ≤ ${pagesC} page(s) each`,
      ],
      ['mutations answered applied', appliedAnswers, `other answers: ${otherAnswers}`],
      ['escalation rows in the database', checks.escalations, `expected ${expected}`],
      [
        'distinct (agent, escalation)',
        checks.distinctEscalations,
        'duplicates: ' + (checks.escalations - checks.distinctEscalations),
      ],
      ['agents without exactly 10', checks.agentsNotTen, ''],
      ['mutation_log applied', checks.appliedLog, ''],
      ['client groups with last_seq ≠ 10', checks.clientsNotAtTen, ''],
      ['quarantined', checks.quarantined, ''],
      [
        `exactly ${expected} applied, none duplicated`,
        escalationsOk ? 'yes' : 'NO',
        escalationsOk ? 'ok' : 'FAILED',
      ],
    ],
  );
  console.log('');
  const budgetOk = budgetP99 <= BUDGET_P99_MS;
  console.log(
    `budget: pull of a month for one agent ≤ ${BUDGET_P99_MS} ms p99 at ${HOT_CONNECTIONS} ` +
      `concurrent agents: ${fmt(budgetP99)} ms (per request p99 ${fmt(phaseC.latency.p99)} ms) ` +
      `${budgetOk ? 'ok' : 'over'}`,
  );
  if (!escalationsOk || !pullsOk) process.exitCode = 1;
}

if (process.argv[2] === '--serve') {
  await serveChild();
} else {
  const interrupt = () => {
    interrupted = true;
    log('interrupted: cleaning up');
    currentInstance?.stop();
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    await main();
  } catch (error) {
    if (!interrupted) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    }
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}
