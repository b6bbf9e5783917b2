import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase, createPgliteDatabase, type Database } from '../src/database';
import { arrayElementLines, importFile } from '../src/employer-import';
import { migrate } from '../src/migrate';
import { verifyPassword } from '../src/passwords';
import { defaultPayRules } from '@/domain/pay/default-pay-rules';
import { defaultWorkingTimeLimits } from '@/domain/roster/working-time-limits';
import { defaultKpiPolicy } from '@/domain/kpi/default-kpi-policy';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { CERTIFICATION } from '../../test/sync-adapter-contract-schema5';
import { readExamWithKey } from '../src/row-store';

const AGENTS_CSV = `agentId,employeeNumber,password,displayName,projectId,level,workPattern,employment,employedFrom,timeZone
imp-a1,IMP-001,secret-one,Agent One,project-1,base,five-on-two-off,onsite-outsourced,2025-07-01,Asia/Shanghai
imp-a2,IMP-002,secret-two,"Agent Two, Jr.",project-1,two-star,one-on-one-off,crowdsourced,2025-08-01,Asia/Shanghai
`;

const SEGMENTS =
  '"[{""start"":""2026-11-23T01:00:00.000Z"",""end"":""2026-11-23T10:00:00.000Z""}]"';
const SHIFTS_HEADER =
  'id,agentId,projectId,day,start,end,timeZone,segments,breaks,queue,workMode,isNight,status,revision';
const shiftLine = (id: string, agentId: string, day = '2026-11-23', isNight = 'false') =>
  `${id},${agentId},project-1,${day},2026-11-23T01:00:00.000Z,2026-11-23T10:00:00.000Z,Asia/Shanghai,${SEGMENTS},[],tickets,onsite,${isNight},scheduled,1`;
/** The same shift two days later (`shiftLine` keeps its times on 23 November). */
const laterShiftLine = (id: string, agentId: string) =>
  shiftLine(id, agentId, '2026-11-25').replaceAll('2026-11-23T', '2026-11-25T');

const statement = (id: string, agentId: string, extra: Record<string, unknown> = {}) => ({
  id,
  agentId,
  period: '2026-10',
  policyVersion: 1,
  issuedOn: '2026-11-05',
  payDay: '2026-11-10',
  gross: 500_000,
  net: 480_000,
  ...extra,
});
const line = (id: string, order: number, amount: number) => ({
  id,
  order,
  kind: 'base',
  amount,
  description: 'Base pay',
  quantity: null,
});

/** A fresh database: PGlite in memory, or a schema of its own on TEST_DATABASE_URL. */
async function openPostgres(url: string): Promise<Database> {
  const schema = `awb_import_${randomUUID().replaceAll('-', '')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const separator = url.includes('?') ? '&' : '?';
  const db = createPgDatabase(
    `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
  );
  return {
    ...db,
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

const databases = [
  { name: 'pglite', open: () => createPgliteDatabase() },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: 'postgresql', open: () => openPostgres(process.env.TEST_DATABASE_URL ?? '') }]
    : []),
];

describe.each(databases)('employer import on $name', (database) => {
  let db: Database;
  const orgId = 'org-import';

  beforeAll(async () => {
    db = await database.open();
    await migrate(db);
    const result = await importFile(db, orgId, { name: 'agents.csv', text: AGENTS_CSV });
    expect(result).toEqual({ ok: true, file: 'agents.csv', kind: 'agents', rows: 2 });
  });
  afterAll(() => db.close());

  const rowsOf = (table: string) =>
    db.query<{ space_id: string; key: string; value: Record<string, unknown> }>(
      'SELECT space_id, key, value FROM rows WHERE table_name = $1 AND NOT deleted ORDER BY key',
      [table],
    );
  const versionOf = async (space: string) =>
    Number(
      (await db.query<{ version: unknown }>('SELECT version FROM spaces WHERE id = $1', [space]))[0]
        ?.version ?? 0,
    );

  it('creates agents with scrypt password hashes and an agentProfile row each', async () => {
    const agents = await db.query<{
      id: string;
      org_id: string;
      password_hash: string;
      display_name: string;
    }>(
      "SELECT id, org_id, password_hash, display_name FROM agents WHERE id LIKE 'imp-%' ORDER BY id",
    );
    expect(agents.map((agent) => [agent.id, agent.org_id, agent.display_name])).toEqual([
      ['imp-a1', orgId, 'Agent One'],
      ['imp-a2', orgId, 'Agent Two, Jr.'],
    ]);
    expect(agents[0]!.password_hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword('secret-one', agents[0]!.password_hash)).toBe(true);
    const profiles = await rowsOf('agentProfile');
    expect(profiles.map((row) => [row.space_id, row.value.level, row.value.orgId])).toEqual([
      ['agent:imp-a1', 'base', orgId],
      ['agent:imp-a2', 'two-star', orgId],
    ]);
  });

  it('imports a good shifts CSV into each agent space, one version per space', async () => {
    const before = await versionOf('agent:imp-a1');
    const text = [
      SHIFTS_HEADER,
      shiftLine('s-1', 'imp-a1'),
      laterShiftLine('s-2', 'imp-a1'),
      shiftLine('s-3', 'imp-a2', '2026-11-24', 'true'),
    ].join('\n');
    expect(await importFile(db, orgId, { name: 'shifts.csv', text })).toMatchObject({
      ok: true,
      rows: 3,
    });
    expect(await versionOf('agent:imp-a1')).toBe(before + 1);
    const shifts = await rowsOf('shifts');
    expect(shifts.map((row) => [row.key, row.space_id])).toEqual([
      ['s-1', 'agent:imp-a1'],
      ['s-2', 'agent:imp-a1'],
      ['s-3', 'agent:imp-a2'],
    ]);
    expect(shifts[2]!.value).toMatchObject({ isNight: true, revision: 1, breaks: [] });
    expect(shifts[0]!.value.segments).toEqual([
      { start: '2026-11-23T01:00:00.000Z', end: '2026-11-23T10:00:00.000Z' },
    ]);
  });

  it('refuses a CSV with two bad rows, reports both with line and field, writes nothing', async () => {
    const text = [
      SHIFTS_HEADER,
      shiftLine('s-10', 'imp-a1'),
      shiftLine('s-11', 'imp-a1', '2026-13-40'),
      shiftLine('s-12', 'imp-a2', '2026-11-24', 'maybe'),
    ].join('\n');
    const result = await importFile(db, orgId, { name: 'november-shifts.csv', text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/^november-shifts\.csv:3: day: /);
    expect(result.errors[1]).toMatch(/^november-shifts\.csv:4: isNight: /);
    expect((await rowsOf('shifts')).map((row) => row.key)).not.toContain('s-10');
  });

  it('refuses shifts that are unsound on their own or overlap another of the agent in the file', async () => {
    const backwards = shiftLine('s-30', 'imp-a1').replace(
      '2026-11-23T10:00:00.000Z,Asia',
      '2026-11-22T10:00:00.000Z,Asia',
    );
    const unknownZone = laterShiftLine('s-31', 'imp-a1').replace('Asia/Shanghai', 'Mars/Olympus');
    const text = [
      SHIFTS_HEADER,
      backwards,
      unknownZone,
      shiftLine('s-32', 'imp-a2'),
      shiftLine('s-33', 'imp-a2'),
    ].join('\n');
    const result = await importFile(db, orgId, { name: 'shifts.csv', text });
    expect(result).toEqual({
      ok: false,
      file: 'shifts.csv',
      errors: [
        'shifts.csv:2: end: shift/ends-before-start',
        'shifts.csv:2: segments.0: shift/segment-outside-shift',
        'shifts.csv:3: timeZone: shift/unknown-time-zone',
        'shifts.csv:5: start: shift/overlaps-another: overlaps shift "s-32" (line 4)',
      ],
    });
    expect((await rowsOf('shifts')).map((row) => row.key)).not.toContain('s-32');
  });

  it('refuses rows of an agent outside the organisation', async () => {
    const text = [SHIFTS_HEADER, shiftLine('s-20', 'imp-a1'), shiftLine('s-21', 'stranger')].join(
      '\n',
    );
    const result = await importFile(db, orgId, { name: 'shifts.csv', text });
    expect(result).toEqual({
      ok: false,
      file: 'shifts.csv',
      errors: ['shifts.csv:3: agentId: unknown agent "stranger" in organisation "org-import"'],
    });
    expect((await rowsOf('shifts')).map((row) => row.key)).not.toContain('s-20');
  });

  it('imports pay statements with nested lines from JSON', async () => {
    const text = JSON.stringify(
      [
        statement('ps-1', 'imp-a1', { lines: [line('ps-1-l1', 0, 480_000)] }),
        statement('ps-2', 'imp-a2'),
      ],
      null,
      2,
    );
    expect(await importFile(db, orgId, { name: 'payStatements.json', text })).toMatchObject({
      ok: true,
      kind: 'payStatements',
      rows: 3,
    });
    const lines = await rowsOf('payStatementLines');
    expect(lines).toEqual([
      {
        space_id: 'agent:imp-a1',
        key: 'ps-1-l1',
        // A file written before schema 4 cites no rule: the line imports with `ruleId: null`.
        value: { ...line('ps-1-l1', 0, 480_000), statementId: 'ps-1', ruleId: null },
      },
    ]);
    expect((await rowsOf('payStatements'))[0]?.value).toMatchObject({ assessmentScore: null });
    // Lines in a file of their own find their statement's agent.
    const more = JSON.stringify({
      kind: 'payStatementLines',
      rows: [{ ...line('ps-2-l1', 0, 1), statementId: 'ps-2' }],
    });
    expect(await importFile(db, orgId, { name: 'extra.json', text: more })).toMatchObject({
      ok: true,
      rows: 1,
    });
    expect((await rowsOf('payStatementLines')).map((row) => row.space_id)).toEqual([
      'agent:imp-a1',
      'agent:imp-a2',
    ]);
  });

  it('keeps the score and cited rules of a schema 4 file, and gives an older policy the default rules', async () => {
    const text = JSON.stringify([
      statement('ps-20', 'imp-a1', {
        assessmentScore: 91.5,
        lines: [{ ...line('ps-20-l1', 0, 480_000), ruleId: 'base' }],
      }),
    ]);
    expect(await importFile(db, orgId, { name: 'payStatements.json', text })).toMatchObject({
      ok: true,
    });
    const byKey = new Map(
      [...(await rowsOf('payStatements')), ...(await rowsOf('payStatementLines'))].map((row) => [
        row.key,
        row.value,
      ]),
    );
    expect(byKey.get('ps-20')).toMatchObject({ assessmentScore: 91.5 });
    expect(byKey.get('ps-20-l1')).toMatchObject({ ruleId: 'base' });

    const { payRules: _rules, workingTime: _limits, ...olderPolicy } = SAMPLE_ROWS.policies;
    const policies = JSON.stringify([{ ...olderPolicy, id: 'policy-older' }]);
    expect(await importFile(db, orgId, { name: 'policies.json', text: policies })).toMatchObject({
      ok: true,
    });
    const stored = (await rowsOf('policies')).find((row) => row.key === 'policy-older');
    expect(stored?.value).toMatchObject({
      payRules: defaultPayRules(),
      workingTime: defaultWorkingTimeLimits(),
    });
  });

  it('refuses a JSON file with two bad rows, each reported at its line, nothing written', async () => {
    const text = `[
  ${JSON.stringify(statement('ps-10', 'imp-a1'))},
  ${JSON.stringify(statement('ps-11', 'imp-a1', { gross: 12.5 }))},
  ${JSON.stringify(statement('ps-12', 'imp-a2', { period: '2026-13', surprise: 1 }))}
]`;
    const result = await importFile(db, orgId, { name: 'payStatements.json', text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'payStatements.json:3: gross: money/not-fen',
      expect.stringMatching(/^payStatements\.json:4: period: /),
      expect.stringMatching(/^payStatements\.json:4: \(row\): Unrecognized key: "surprise"/),
    ]);
    expect((await rowsOf('payStatements')).map((row) => row.key)).toEqual([
      'ps-1',
      'ps-2',
      'ps-20',
    ]);
  });

  it('puts policies and training content in the org space', async () => {
    const modules = [
      {
        id: 'tm-1',
        projectId: 'project-1',
        order: 1,
        title: { en: 'Basics' },
        summary: { en: 'Start here' },
        isRequired: true,
        estimatedMinutes: 20,
        examId: null,
      },
    ];
    expect(
      await importFile(db, orgId, { name: 'trainingModules.json', text: JSON.stringify(modules) }),
    ).toMatchObject({ ok: true });
    const csv =
      'id,projectId,order,title.en,title.zh-CN,summary.en,isRequired,estimatedMinutes,examId\ntm-2,project-1,2,Advanced,进阶,Next steps,false,30,\n';
    expect(await importFile(db, orgId, { name: 'training-modules.csv', text: csv })).toMatchObject({
      ok: true,
    });
    const rows = await rowsOf('trainingModules');
    expect(rows.map((row) => row.space_id)).toEqual(['org:org-import', 'org:org-import']);
    expect(rows[1]!.value).toMatchObject({
      title: { en: 'Advanced', 'zh-CN': '进阶' },
      examId: null,
      isRequired: false,
    });
  });

  it('gives schema 4 files the schema 5 defaults, the policy by its project’s business line', async () => {
    const project = { ...SAMPLE_ROWS.projects, id: 'project-out', businessLine: 'outbound' };
    expect(
      await importFile(db, orgId, { name: 'projects.json', text: JSON.stringify([project]) }),
    ).toMatchObject({ ok: true });
    const { kpi: _kpi, readiness: _r, careerPath: _c, ...olderPolicy } = SAMPLE_ROWS.policies;
    const policy = { ...olderPolicy, id: 'policy-out', projectId: 'project-out' };
    expect(
      await importFile(db, orgId, { name: 'policies.json', text: JSON.stringify([policy]) }),
    ).toMatchObject({ ok: true });
    const stored = (await rowsOf('policies')).find((row) => row.key === 'policy-out');
    expect(stored?.value).toMatchObject({ kpi: defaultKpiPolicy('outbound'), careerPath: [] });

    const { dials: _d, connects: _co, conversions: _cv, ...olderDay } = SAMPLE_ROWS.kpiDaily;
    const { chatSessions: _s, chatSessionSeconds: _ss, firstReplySeconds: _f, ...older } = olderDay;
    const day = { ...older, id: 'kpi-imp', agentId: 'imp-a1' };
    expect(
      await importFile(db, orgId, { name: 'kpiDaily.json', text: JSON.stringify([day]) }),
    ).toMatchObject({ ok: true });
    expect((await rowsOf('kpiDaily')).find((row) => row.key === 'kpi-imp')?.value).toMatchObject({
      dials: 0,
      chatSessionSeconds: 0,
    });
  });

  it('keeps a certification exam’s key on the server and refuses an exam that cannot be graded', async () => {
    expect(
      await importFile(db, orgId, { name: 'exams.json', text: JSON.stringify([CERTIFICATION]) }),
    ).toMatchObject({ ok: true });
    const row = (await rowsOf('exams')).find((stored) => stored.key === CERTIFICATION.id);
    expect(JSON.stringify(row?.value)).not.toMatch(/"answer"|"explanation"/);
    const kept = await db.transaction((tx) =>
      readExamWithKey(tx, [`org:${orgId}`], CERTIFICATION.id),
    );
    expect(kept?.key?.questions['q-2']).toEqual({
      answer: ['x', 'z'],
      explanation: { en: 'Safety first.' },
    });

    const [first, second] = CERTIFICATION.questions;
    const unkeyed = {
      ...CERTIFICATION,
      id: 'exam-unkeyed',
      questions: [first, { ...second, answer: [] }],
    };
    const text = `[\n  ${JSON.stringify(unkeyed)}\n]`;
    expect(await importFile(db, orgId, { name: 'exams.json', text })).toEqual({
      ok: false,
      file: 'exams.json',
      errors: ['exams.json:2: questions.1.answer: exam/no-correct-answer'],
    });
    expect((await rowsOf('exams')).map((stored) => stored.key)).not.toContain('exam-unkeyed');
  });

  it('refuses agents with bad or duplicate fields and names each problem', async () => {
    const csv = `agentId,employeeNumber,password,displayName,projectId,level,workPattern,employment,employedFrom,timeZone
imp-b1,IMP-101,short,B One,project-1,base,five-on-two-off,onsite-outsourced,2025-07-01,Asia/Shanghai
imp-b2,IMP-001,long-enough,B Two,project-1,five-star,five-on-two-off,onsite-outsourced,2025-07-01,Asia/Shanghai
`;
    const result = await importFile(db, orgId, { name: 'agents.csv', text: csv });
    expect(result).toEqual({
      ok: false,
      file: 'agents.csv',
      errors: [
        expect.stringMatching(/^agents\.csv:2: password: /),
        expect.stringMatching(/^agents\.csv:3: level: /),
      ],
    });
    const taken = csv
      .split('\n')
      .slice(0, 2)
      .join('\n')
      .replace('IMP-101,short', 'IMP-001,long-enough');
    expect(await importFile(db, orgId, { name: 'agents.csv', text: taken })).toEqual({
      ok: false,
      file: 'agents.csv',
      errors: ['agents.csv:2: employeeNumber: "IMP-001" is another agent\'s number'],
    });
    expect(await db.query("SELECT id FROM agents WHERE id LIKE 'imp-b%'")).toEqual([]);
  });

  it('refuses unknown kinds, unsafe keys and unreadable files', async () => {
    expect(await importFile(db, orgId, { name: 'salaries.csv', text: 'a\n1' })).toMatchObject({
      ok: false,
    });
    expect(await importFile(db, orgId, { name: 'shifts.json', text: '[{' })).toMatchObject({
      ok: false,
    });
    const poisoned = '[{"__proto__": {"x": 1}}]';
    const result = await importFile(db, orgId, { name: 'shifts.json', text: poisoned });
    expect(result).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^shifts\.json:1: \(row\): .*forbidden key/)],
    });
    const csv = await importFile(db, orgId, { name: 'shifts.csv', text: 'id,__proto__.x\n1,2\n' });
    expect(csv).toMatchObject({
      ok: false,
      errors: ['shifts.csv:1: __proto__.x: not an allowed column name'],
    });
  });

  it('finds the line of each row of a JSON array', () => {
    expect(arrayElementLines('[\n {"a":"[,]"},\n\n 2, "x\\"]"\n]')).toEqual([2, 4, 4]);
    expect(arrayElementLines('{"kind":"shifts","rows":[\n{"a":[1,2]},\n{}]}')).toEqual([2, 3]);
  });
});

describe('import CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'awb-import-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (args: string[]) =>
    promisify(execFile)('npx', ['tsx', 'server/src/import-cli.ts', ...args], {
      env: { ...process.env, DATA_DIR: join(dir, 'pglite'), DATABASE_URL: '' },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? -1,
        stdout: error.stdout ?? '',
        stderr: error.stderr ?? '',
      }),
    );

  it('imports good files, reports bad ones and exits non-zero', async () => {
    await writeFile(join(dir, 'agents.csv'), AGENTS_CSV);
    await writeFile(
      join(dir, 'shifts.csv'),
      [SHIFTS_HEADER, shiftLine('c-1', 'imp-a1')].join('\n'),
    );
    await writeFile(
      join(dir, 'bad-shifts.csv'),
      [SHIFTS_HEADER, shiftLine('c-2', 'imp-a1', 'nope')].join('\n'),
    );
    const good = await run(['--org', 'org-cli', join(dir, 'shifts.csv'), join(dir, 'agents.csv')]);
    expect(good).toMatchObject({ code: 0 });
    expect(good.stdout).toContain('imported 2 rows (agents)');
    expect(good.stdout).toContain('imported 1 rows (shifts)');
    const bad = await run(['--org', 'org-cli', join(dir, 'bad-shifts.csv')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${join(dir, 'bad-shifts.csv')}:2: day: `);
    expect((await run([])).code).toBe(2);
  }, 60_000);
});
