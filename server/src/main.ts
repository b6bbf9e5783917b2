/**
 * CLI entry: `tsx server/src/main.ts [--demo]`. Reads PORT, HOST, DATABASE_URL, DATA_DIR,
 * JWT_SECRET, SEED (demo | none), STATIC_DIR, EMPLOYER_API_KEY (enables /api/employer/*),
 * CORS_ORIGINS (comma-separated origins allowed cross-origin) and WORKERS (server processes
 * sharing the port, or `auto` for one per core; more than one needs DATABASE_URL) from the
 * environment and prints the URL. (AWB_FAULT* belong to a test-only hook, see
 * fault-injection.ts; never set them.)
 * `--demo` (what `npm start` runs) fills in what the environment leaves out: the built app from
 * dist/, the demo organisation, embedded PGlite kept in .data/pglite, port 4173.
 */
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { reportListening, runPrimary, workerCount } from './cluster';
import { parseCorsOrigins, prepareDatabase, startServer } from './start-server';

const DEMO_DEFAULTS = { PORT: '4173', STATIC_DIR: 'dist', SEED: 'demo', DATA_DIR: '.data/pglite' };
const env = process.argv.includes('--demo')
  ? {
      ...DEMO_DEFAULTS,
      ...(process.env.DATABASE_URL ? { DATA_DIR: undefined } : {}),
      ...process.env,
    }
  : process.env;
const seed = env.SEED === 'demo' ? 'demo' : 'none';
const corsOrigins = parseCorsOrigins(env.CORS_ORIGINS);
const workers = workerCount(env.WORKERS);

async function serve(): Promise<void> {
  const server = await startServer({
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.DATA_DIR ? { dataDir: env.DATA_DIR } : {}),
    ...(env.HOST ? { host: env.HOST } : {}),
    ...(env.PORT ? { port: Number(env.PORT) } : {}),
    ...(env.JWT_SECRET ? { jwtSecret: env.JWT_SECRET } : {}),
    ...(env.STATIC_DIR ? { staticDir: env.STATIC_DIR } : {}),
    ...(env.EMPLOYER_API_KEY ? { employerApiKey: env.EMPLOYER_API_KEY } : {}),
    ...(corsOrigins.length > 0 ? { corsOrigins } : {}),
    seed,
  });
  const shutdown = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  if (cluster.isWorker) {
    // The primary is gone (killed): nobody restarts or stops this worker any more.
    process.once('disconnect', shutdown);
    reportListening(server.url);
  } else {
    console.log(`Agent Workbench sync server listening on ${server.url}`);
  }
}

if (workers > 1 && cluster.isPrimary) {
  if (!env.DATABASE_URL) {
    console.error(
      'WORKERS above 1 needs PostgreSQL (DATABASE_URL): the embedded PGlite database can be ' +
        'opened by one process only.',
    );
    process.exit(1);
  }
  await prepareDatabase(env.DATABASE_URL, seed);
  // Every worker must sign and check access tokens with the same secret.
  const jwtSecret = env.JWT_SECRET || randomBytes(32).toString('base64url');
  const url = await runPrimary({
    count: workers,
    env: { JWT_SECRET: jwtSecret },
    log: (line) => console.log(line),
  });
  console.log(`Agent Workbench sync server listening on ${url} (${workers} workers)`);
} else {
  await serve();
}
