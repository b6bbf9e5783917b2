/**
 * CLI entry: `tsx server/src/main.ts [--demo]`. Reads PORT, HOST, DATABASE_URL, DATA_DIR,
 * JWT_SECRET, SEED (demo | none), STATIC_DIR, EMPLOYER_API_KEY (enables /api/employer/*) and
 * CORS_ORIGINS (comma-separated origins allowed cross-origin) from the environment and prints the
 * URL. (AWB_FAULT* belong to a test-only hook, see fault-injection.ts; never set them.)
 * `--demo` (what `npm start` runs) fills in what the environment leaves out: the built app from
 * dist/, the demo organisation, embedded PGlite kept in .data/pglite, port 4173.
 */
import { parseCorsOrigins, startServer } from './start-server';

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
console.log(`Agent Workbench sync server listening on ${server.url}`);

const shutdown = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
