/**
 * Imports the employer's files (agents, shifts, pay statements and lines, KPI days, policies,
 * projects, training content) into the row store. Every row of a file is validated with the app's
 * own `DOWN_ROW_SCHEMAS` and checked against the organisation before anything is written; a file
 * with any bad row writes nothing and reports each problem as `file:line: field: message`. A good
 * file is written in one transaction, with one version bump per space it touches.
 */
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  upgradeLinePayFields,
  upgradePolicyPayFields,
  upgradeStatementPayFields,
} from '@/domain/pay/pay-upgrade';
import { upgradePolicyWorkingTime } from '@/domain/roster/roster-upgrade';
import type { BusinessLine } from '@/domain/agent/project';
import { KPI_FIGURES } from '@/domain/kpi/kpi-daily';
import { examProblems } from '@/domain/training/grade-attempt';
import type { Exam } from '@/domain/training/training';
import {
  isSchema5Table,
  upgradeRowToSchema5,
  type Schema5Lookups,
} from '@/domain/sync/schema-5-upgrade';
import type { Shift } from '@/domain/roster/shift';
import { checkShifts } from '@/domain/roster/shift-validation';
import { z } from 'zod';
import { DOWN_ROW_SCHEMAS } from '@/domain/sync/down-row-schemas';
import { DOWN_TABLE_PRIMARY_KEYS } from '@/domain/sync/down-tables';
import type { Change, EmployerTable } from '@/domain/sync/protocol';
import { findUnsafeStructure } from '@/domain/sync/protocol-schemas';
import { FORBIDDEN_KEYS, idSchema } from '@/domain/sync/wire-primitives';
import { assertValidChanges } from './admin';
import type { Database, Queryable } from './database';
import { hashPassword } from './passwords';
import { agentSpace, orgSpace, scopeToSystem, writeChanges } from './row-store';

/**
 * Where a table's rows live: the space of the agent named by `agentId`, the organisation's space,
 * or the space of the agent whose pay statement `statementId` names.
 */
type Home = 'agent' | 'org' | 'statement';

interface TableKind {
  kind: 'table';
  table: EmployerTable;
  home: Home;
  /** CSV columns (top-level field or dotted path) read as numbers, booleans or JSON. */
  numbers?: readonly string[];
  booleans?: readonly string[];
  json?: readonly string[];
  /** CSV columns where an empty cell means `null`. */
  nullable?: readonly string[];
}

type ImportKind = TableKind | { kind: 'agents' };

/** The importable kinds, by normalised name (lower case, letters only). An allowlist. */
const KINDS: ReadonlyMap<string, ImportKind> = new Map<string, ImportKind>([
  ['agents', { kind: 'agents' }],
  [
    'shifts',
    {
      kind: 'table',
      table: 'shifts',
      home: 'agent',
      numbers: ['revision'],
      booleans: ['isNight'],
      json: ['segments', 'breaks'],
    },
  ],
  [
    'paystatements',
    {
      kind: 'table',
      table: 'payStatements',
      home: 'agent',
      numbers: ['policyVersion', 'gross', 'net', 'assessmentScore'],
      json: ['lines'],
      nullable: ['assessmentScore'],
    },
  ],
  [
    'paystatementlines',
    {
      kind: 'table',
      table: 'payStatementLines',
      home: 'statement',
      numbers: ['order', 'amount', 'quantity'],
      nullable: ['quantity', 'ruleId'],
    },
  ],
  ['kpidaily', { kind: 'table', table: 'kpiDaily', home: 'agent', numbers: KPI_FIGURES }],
  [
    'certificates',
    { kind: 'table', table: 'certificates', home: 'agent', nullable: ['expiresOn'] },
  ],
  [
    'policies',
    {
      kind: 'table',
      table: 'policies',
      home: 'org',
      numbers: [
        'version',
        'basePay',
        'postAllowance',
        'subsidy',
        'overtimeMultiplierPercent',
        'holidayMultiplierPercent',
        'sickLeaveDeductionPercent',
        'payDayOfMonth',
        'changeNoticeHours',
      ],
      json: [
        'bonusBands',
        'kpiTargets',
        'escalationRoutes',
        'emergencyNumbers',
        'payRules',
        'workingTime',
        'kpi',
        'readiness',
        'careerPath',
      ],
    },
  ],
  ['projects', { kind: 'table', table: 'projects', home: 'org', json: ['requiredExamIds'] }],
  [
    'trainingmodules',
    {
      kind: 'table',
      table: 'trainingModules',
      home: 'org',
      numbers: ['order', 'estimatedMinutes'],
      booleans: ['isRequired'],
      nullable: ['examId'],
    },
  ],
  [
    'lessons',
    { kind: 'table', table: 'lessons', home: 'org', numbers: ['order', 'estimatedMinutes'] },
  ],
  [
    'exams',
    {
      kind: 'table',
      table: 'exams',
      home: 'org',
      numbers: [
        'version',
        'passPercent',
        'timeLimitMinutes',
        'maxAttempts',
        'coolDownHours',
        'certificateValidDays',
      ],
      booleans: ['shuffleQuestions', 'shuffleOptions'],
      json: ['questions'],
      nullable: ['certificateValidDays'],
    },
  ],
]);

export const IMPORT_KINDS: readonly string[] = [
  'agents',
  'shifts',
  'payStatements',
  'payStatementLines',
  'kpiDaily',
  'certificates',
  'policies',
  'projects',
  'trainingModules',
  'lessons',
  'exams',
];

export interface ImportInput {
  /** The file name; its base name names the kind (`shifts.csv`, `2026-11-payStatements.json`). */
  name: string;
  text: string;
}

export type ImportResult =
  | { ok: true; file: string; kind: string; rows: number }
  | { ok: false; file: string; errors: string[] };

/** One row read from a file, with the line it starts on. */
interface SourceRow {
  line: number;
  value: unknown;
}

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

/** The kind a file name ends with (`acme-shifts.csv` → shifts); the longest match wins. */
function kindFromName(name: string): ImportKind | undefined {
  const stem = normalise(basename(name, extname(name)));
  let best: { length: number; kind: ImportKind } | undefined;
  for (const [key, kind] of KINDS) {
    if (stem.endsWith(key) && (!best || key.length > best.length)) {
      best = { length: key.length, kind };
    }
  }
  return best?.kind;
}

const MAX_ISSUES_PER_ROW = 10;
const MAX_ERRORS_PER_FILE = 500;

const agentRowSchema = z.strictObject({
  agentId: idSchema,
  employeeNumber: DOWN_ROW_SCHEMAS.agentProfile.shape.employeeNumber.min(1),
  password: z.string().min(8).max(256),
  displayName: DOWN_ROW_SCHEMAS.agentProfile.shape.displayName.min(1),
  projectId: idSchema,
  level: DOWN_ROW_SCHEMAS.agentProfile.shape.level,
  workPattern: DOWN_ROW_SCHEMAS.agentProfile.shape.workPattern,
  employment: DOWN_ROW_SCHEMAS.agentProfile.shape.employment,
  employedFrom: DOWN_ROW_SCHEMAS.agentProfile.shape.employedFrom,
  timeZone: DOWN_ROW_SCHEMAS.agentProfile.shape.timeZone,
});
type AgentRow = z.infer<typeof agentRowSchema>;

class FileErrors {
  readonly list: string[] = [];
  constructor(private readonly file: string) {}
  add(line: number | undefined, field: string, message: string): void {
    if (this.list.length >= MAX_ERRORS_PER_FILE) return;
    const where = line === undefined ? this.file : `${this.file}:${line}`;
    this.list.push(`${where}: ${field}: ${message}`);
  }
  addIssues(line: number, error: z.ZodError, prefix = ''): void {
    for (const issue of error.issues.slice(0, MAX_ISSUES_PER_ROW)) {
      const path = issue.path.map(String).join('.');
      this.add(line, prefix + (path || '(row)'), issue.message);
    }
  }
}

/** Reads, validates and (when every row is valid) writes one file. Never throws for bad data. */
export async function importFile(
  db: Database,
  orgId: string,
  input: ImportInput,
): Promise<ImportResult> {
  const file = input.name;
  const errors = new FileErrors(file);
  const read = readRows(input, errors);
  if (!read) return { ok: false, file, errors: errors.list };
  const { kind, rows } = read;
  for (const row of rows) {
    const unsafe = findUnsafeStructure(row.value);
    if (unsafe) errors.add(row.line, '(row)', unsafe);
  }
  if (errors.list.length > 0) return { ok: false, file, errors: errors.list };
  if (kind.kind === 'agents') return importAgents(db, orgId, file, rows, errors);
  return importTableRows(db, orgId, file, kind, rows, errors);
}

function readRows(
  input: ImportInput,
  errors: FileErrors,
): { kind: ImportKind; rows: SourceRow[] } | undefined {
  const extension = extname(input.name).toLowerCase();
  let kind = kindFromName(input.name);
  let rows: SourceRow[];
  if (extension === '.json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.text);
    } catch (error) {
      errors.add(undefined, '(file)', `not valid JSON: ${(error as Error).message}`);
      return undefined;
    }
    let list: unknown = parsed;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      const wrapper = parsed as { kind?: unknown; rows?: unknown };
      const named =
        typeof wrapper.kind === 'string' ? KINDS.get(normalise(wrapper.kind)) : undefined;
      if (!named) {
        errors.add(undefined, 'kind', `must be one of ${IMPORT_KINDS.join(', ')}`);
        return undefined;
      }
      kind = named;
      list = wrapper.rows;
    }
    if (!Array.isArray(list)) {
      errors.add(undefined, '(file)', 'expected an array of rows or { "kind", "rows": [...] }');
      return undefined;
    }
    const lines = arrayElementLines(input.text);
    rows = list.map((value: unknown, index) => ({ line: lines[index] ?? 1, value }));
  } else if (extension === '.csv') {
    if (!kind) {
      errors.add(
        undefined,
        '(file)',
        `the file name must end with one of ${IMPORT_KINDS.join(', ')}`,
      );
      return undefined;
    }
    const csv = readCsv(input.text, kind, errors);
    if (!csv) return undefined;
    rows = csv;
  } else {
    errors.add(undefined, '(file)', 'only .csv and .json files can be imported');
    return undefined;
  }
  if (!kind) {
    errors.add(
      undefined,
      '(file)',
      `name a kind (${IMPORT_KINDS.join(', ')}) in the file name or a "kind" field`,
    );
    return undefined;
  }
  if (rows.length === 0) {
    errors.add(undefined, '(file)', 'no rows');
    return undefined;
  }
  return { kind, rows };
}

/** The line on which each element of the rows array starts (top level, or `rows` of a wrapper). */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  const stack: string[] = [];
  const isRowsArray = () =>
    (stack.length === 1 && stack[0] === '[') ||
    (stack.length === 2 && stack[0] === '{' && stack[1] === '[');
  let line = 1;
  let inString = false;
  let escaped = false;
  let expectElement = false;
  for (const char of text) {
    if (char === '\n') line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (/\s/.test(char)) continue;
    if (expectElement && char !== ']') lines.push(line);
    expectElement = false;
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      stack.push(char);
      if (char === '[' && isRowsArray()) expectElement = true;
    } else if (char === ']' || char === '}') stack.pop();
    else if (char === ',' && isRowsArray()) expectElement = true;
  }
  return lines;
}

function readCsv(text: string, kind: ImportKind, errors: FileErrors): SourceRow[] | undefined {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    errors.add(typeof line === 'number' ? line : undefined, '(csv)', (error as Error).message);
    return undefined;
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  for (const column of header) {
    if (column.split('.').some((segment) => FORBIDDEN_KEYS.has(segment) || segment === '')) {
      errors.add(1, column, 'not an allowed column name');
    }
  }
  if (errors.list.length > 0) return undefined;
  return records.map(({ record, info }) => {
    const row: Record<string, unknown> = {};
    for (const [column, cell] of Object.entries(record)) {
      const path = column.split('.');
      const value = coerceCell(kind, column, path[0] ?? column, cell, info.lines, errors);
      if (value === undefined) continue;
      let target = row;
      for (const segment of path.slice(0, -1)) {
        const next = target[segment];
        if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
          target = next as Record<string, unknown>;
        } else {
          const created: Record<string, unknown> = {};
          target[segment] = created;
          target = created;
        }
      }
      target[path[path.length - 1] ?? column] = value;
    }
    return { line: info.lines, value: row };
  });
}

/** A CSV cell as the field's type; `undefined` leaves an empty nested cell out. */
function coerceCell(
  kind: ImportKind,
  column: string,
  field: string,
  cell: string,
  line: number,
  errors: FileErrors,
): unknown {
  const spec: Partial<TableKind> = kind.kind === 'table' ? kind : {};
  const has = (list?: readonly string[]) =>
    !!list && (list.includes(column) || list.includes(field));
  if (cell === '') {
    if (has(spec.nullable)) return null;
    if (column !== field || has(spec.json)) return undefined;
    return cell;
  }
  if (has(spec.json)) {
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      errors.add(line, column, 'not valid JSON');
      return cell;
    }
  }
  if (has(spec.numbers) && /^\s*-?\d+(\.\d+)?\s*$/.test(cell)) return Number(cell);
  if (has(spec.booleans) && (cell === 'true' || cell === 'false')) return cell === 'true';
  return cell;
}

interface KeyedChange {
  line: number;
  space: string;
  change: Change;
}

function putChange(table: EmployerTable, value: Record<string, unknown>): Change {
  const keyField: string = DOWN_TABLE_PRIMARY_KEYS[table];
  return { table, op: 'put', key: String(value[keyField]), value };
}

/** The org's agents among `ids`. */
async function agentsOfOrg(tx: Queryable, orgId: string, ids: readonly string[]) {
  const found = await tx.query<{ id: string }>(
    `SELECT id FROM agents
     WHERE org_id = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [orgId, JSON.stringify([...new Set(ids)])],
  );
  return new Set(found.map((row) => row.id));
}

async function orgExists(tx: Queryable, orgId: string): Promise<boolean> {
  return (await tx.query('SELECT 1 FROM orgs WHERE id = $1', [orgId])).length > 0;
}

async function importTableRows(
  db: Database,
  orgId: string,
  file: string,
  kind: TableKind,
  rows: SourceRow[],
  errors: FileErrors,
): Promise<ImportResult> {
  const schema = DOWN_ROW_SCHEMAS[kind.table];
  /** `owner`: the agent whose space holds the row (a nested line goes with its statement). */
  const valid: {
    line: number;
    value: Record<string, unknown>;
    table: EmployerTable;
    owner: string;
  }[] = [];
  const lookups = await importLookups(db, orgId, kind.table);
  for (const { line, value } of rows) {
    let row = withSchema5Defaults(kind.table, withSchema4Defaults(kind.table, value), lookups);
    let lines: unknown[] = [];
    if (kind.table === 'payStatements' && typeof row === 'object' && row !== null) {
      const { lines: nested, ...statement } = row as Record<string, unknown>;
      if (nested !== undefined && !Array.isArray(nested)) {
        errors.add(line, 'lines', 'must be an array of pay statement lines');
      }
      lines = Array.isArray(nested) ? nested : [];
      row = statement;
    }
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      errors.addIssues(line, parsed.error);
      continue;
    }
    const statement = parsed.data as Record<string, unknown>;
    if (kind.table === 'exams') reportExamProblems(line, parsed.data as Exam, errors);
    valid.push({ line, value: statement, table: kind.table, owner: String(statement.agentId) });
    lines.forEach((raw, index) => {
      const withId = withSchema4Defaults(
        'payStatementLines',
        typeof raw === 'object' && raw !== null && !('statementId' in raw)
          ? { ...raw, statementId: statement.id }
          : raw,
      );
      const parsedLine = DOWN_ROW_SCHEMAS.payStatementLines.safeParse(withId);
      if (!parsedLine.success) errors.addIssues(line, parsedLine.error, `lines.${index}.`);
      else if (parsedLine.data.statementId !== statement.id) {
        errors.add(line, `lines.${index}.statementId`, 'must be the statement id');
      } else {
        valid.push({
          line,
          value: parsedLine.data,
          table: 'payStatementLines',
          owner: String(statement.agentId),
        });
      }
    });
  }
  const seen = new Map<string, number>();
  for (const { line, value, table } of valid) {
    const key = putChange(table, value).key;
    const first = seen.get(`${table}\u0000${key}`);
    if (first !== undefined) {
      errors.add(
        line,
        DOWN_TABLE_PRIMARY_KEYS[table],
        `duplicate key "${key}" (first on line ${first})`,
      );
    } else seen.set(`${table}\u0000${key}`, line);
  }
  if (kind.table === 'shifts') reportOverlappingShifts(valid, errors);
  if (errors.list.length > 0) return { ok: false, file, errors: errors.list };

  return db.transaction(async (tx) => {
    await scopeToSystem(tx);
    if (!(await orgExists(tx, orgId))) {
      errors.add(undefined, 'orgId', `unknown organisation "${orgId}" (import its agents first)`);
      return { ok: false, file, errors: errors.list };
    }
    const changes: KeyedChange[] = [];
    if (kind.home === 'org') {
      for (const { line, value, table } of valid) {
        changes.push({ line, space: orgSpace(orgId), change: putChange(table, value) });
      }
    } else if (kind.home === 'agent') {
      const known = await agentsOfOrg(
        tx,
        orgId,
        valid.map(({ owner }) => owner),
      );
      for (const { line, value, table, owner: agentId } of valid) {
        if (!known.has(agentId)) {
          errors.add(line, 'agentId', `unknown agent "${agentId}" in organisation "${orgId}"`);
        } else changes.push({ line, space: agentSpace(agentId), change: putChange(table, value) });
      }
    } else {
      const ids = valid.map(({ value }) => String(value.statementId));
      const statements = await tx.query<{ key: string; space_id: string }>(
        `SELECT key, space_id FROM rows
         WHERE table_name = 'payStatements' AND NOT deleted
           AND key IN (SELECT jsonb_array_elements_text($2::jsonb))
           AND space_id IN (SELECT 'agent:' || id FROM agents WHERE org_id = $1)`,
        [orgId, JSON.stringify([...new Set(ids)])],
      );
      const spaceOf = new Map(statements.map((row) => [row.key, row.space_id]));
      for (const { line, value, table } of valid) {
        const statementId = String(value.statementId);
        const space = spaceOf.get(statementId);
        if (!space) {
          errors.add(
            line,
            'statementId',
            `unknown pay statement "${statementId}" in organisation "${orgId}"`,
          );
        } else changes.push({ line, space, change: putChange(table, value) });
      }
    }
    if (errors.list.length > 0) return { ok: false, file, errors: errors.list };
    await writeBySpace(tx, changes);
    return { ok: true, file, kind: kind.table, rows: changes.length };
  });
}

/** One `writeChanges` (one version) per space, after the client's own change check. */
async function writeBySpace(tx: Queryable, changes: readonly KeyedChange[]): Promise<void> {
  const bySpace = new Map<string, Change[]>();
  for (const { space, change } of changes) {
    const list = bySpace.get(space) ?? [];
    list.push(change);
    bySpace.set(space, list);
  }
  for (const list of bySpace.values()) assertValidChanges(list);
  for (const [space, list] of bySpace) await writeChanges(tx, space, list);
}

async function importAgents(
  db: Database,
  orgId: string,
  file: string,
  rows: SourceRow[],
  errors: FileErrors,
): Promise<ImportResult> {
  if (!idSchema.safeParse(orgId).success) {
    errors.add(undefined, 'orgId', 'not a valid organisation id');
    return { ok: false, file, errors: errors.list };
  }
  const valid: { line: number; agent: AgentRow; profile: Record<string, unknown> }[] = [];
  const ids = new Map<string, number>();
  const numbers = new Map<string, number>();
  for (const { line, value } of rows) {
    const parsed = agentRowSchema.safeParse(value);
    if (!parsed.success) {
      errors.addIssues(line, parsed.error);
      continue;
    }
    const agent = parsed.data;
    const profile = DOWN_ROW_SCHEMAS.agentProfile.safeParse({
      id: agent.agentId,
      orgId,
      projectId: agent.projectId,
      displayName: agent.displayName,
      employeeNumber: agent.employeeNumber,
      level: agent.level,
      workPattern: agent.workPattern,
      employment: agent.employment,
      employedFrom: agent.employedFrom,
      timeZone: agent.timeZone,
    });
    if (!profile.success) {
      errors.addIssues(line, profile.error);
      continue;
    }
    const firstId = ids.get(agent.agentId);
    const firstNumber = numbers.get(agent.employeeNumber);
    if (firstId !== undefined) {
      errors.add(line, 'agentId', `duplicate "${agent.agentId}" (first on line ${firstId})`);
    } else if (firstNumber !== undefined) {
      errors.add(
        line,
        'employeeNumber',
        `duplicate "${agent.employeeNumber}" (first on line ${firstNumber})`,
      );
    } else {
      ids.set(agent.agentId, line);
      numbers.set(agent.employeeNumber, line);
      valid.push({ line, agent, profile: profile.data });
    }
  }
  if (errors.list.length > 0) return { ok: false, file, errors: errors.list };
  const hashes = await Promise.all(valid.map(({ agent }) => hashPassword(agent.password)));

  return db.transaction(async (tx) => {
    await scopeToSystem(tx);
    const existing = await tx.query<{ id: string; org_id: string; employee_number: string }>(
      `SELECT id, org_id, employee_number FROM agents
       WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))
          OR employee_number IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      [JSON.stringify([...ids.keys()]), JSON.stringify([...numbers.keys()])],
    );
    for (const { line, agent } of valid) {
      for (const other of existing) {
        if (other.id === agent.agentId && other.org_id !== orgId) {
          errors.add(line, 'agentId', `"${agent.agentId}" belongs to another organisation`);
        } else if (other.employee_number === agent.employeeNumber && other.id !== agent.agentId) {
          errors.add(line, 'employeeNumber', `"${agent.employeeNumber}" is another agent's number`);
        }
      }
    }
    if (errors.list.length > 0) return { ok: false, file, errors: errors.list };
    await tx.query('INSERT INTO orgs (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [orgId]);
    const changes: KeyedChange[] = [];
    for (const [index, { line, agent, profile }] of valid.entries()) {
      await tx.query(
        `INSERT INTO agents (id, org_id, employee_number, password_hash, display_name)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET employee_number = EXCLUDED.employee_number,
           password_hash = EXCLUDED.password_hash, display_name = EXCLUDED.display_name`,
        [agent.agentId, orgId, agent.employeeNumber, hashes[index] ?? '', agent.displayName],
      );
      changes.push({
        line,
        space: agentSpace(agent.agentId),
        change: putChange('agentProfile', profile),
      });
    }
    await tx.query('INSERT INTO spaces (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [
      orgSpace(orgId),
    ]);
    await writeBySpace(tx, changes);
    return { ok: true, file, kind: 'agents', rows: valid.length };
  });
}

/**
 * Two shifts of one agent in the file whose spans overlap (issue #6): each later one is reported
 * at its line, naming the earlier. Shifts already stored are not compared: a file usually
 * republishes them, and the row schema has checked each shift on its own.
 */
function reportOverlappingShifts(
  valid: readonly { line: number; value: Record<string, unknown> }[],
  errors: FileErrors,
): void {
  const lineOf = new Map(valid.map(({ line, value }) => [String(value.id), line]));
  const shifts = valid.map(({ value }) => value as unknown as Shift);
  for (const problem of checkShifts(shifts)) {
    if (problem.code !== 'shift/overlaps-another') continue;
    const other = problem.otherShiftId ?? '';
    errors.add(
      lineOf.get(problem.shiftId),
      'start',
      `${problem.code}: overlaps shift "${other}" (line ${lineOf.get(other) ?? '?'})`,
    );
  }
}

/**
 * Files written before schema 4 (issues #5, #6) still import: a policy without `payRules` gets
 * DOMAIN.md's defaults, one without `workingTime` the statutory limits, a statement no assessment score, a line no cited rule.
 */
function withSchema4Defaults(table: EmployerTable, row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  if (table === 'policies') return upgradePolicyWorkingTime(upgradePolicyPayFields(row));
  if (table === 'payStatements') return upgradeStatementPayFields(row);
  if (table === 'payStatementLines') return upgradeLinePayFields(row);
  return row;
}

/**
 * Files written before schema 5 (issues #7, #8, #9) still import, with the values the migration
 * `0007` gives stored rows: a policy the metrics of its project's business line (as stored in the
 * organisation), a daily record zero outbound and chat figures, a lesson its reading time, an exam
 * the review and scoring exams had before.
 */
function withSchema5Defaults(table: EmployerTable, row: unknown, lookups: Schema5Lookups): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row) || !isSchema5Table(table)) {
    return row;
  }
  return upgradeRowToSchema5(table, row as Record<string, unknown>, lookups);
}

/** What filling schema 5 defaults needs: the business lines of the organisation's projects. */
async function importLookups(
  db: Database,
  orgId: string,
  table: EmployerTable,
): Promise<Schema5Lookups> {
  const lines = new Map<string, BusinessLine>();
  if (table === 'policies' && idSchema.safeParse(orgId).success) {
    const projects = await db.transaction(async (tx) => {
      await scopeToSystem(tx);
      return tx.query<{ key: string; line: string | null }>(
        `SELECT key, value->>'businessLine' AS line FROM rows
         WHERE space_id = $1 AND table_name = 'projects' AND NOT deleted`,
        [orgSpace(orgId)],
      );
    });
    for (const { key, line } of projects) {
      if (line === 'inbound' || line === 'outbound' || line === 'chat') lines.set(key, line);
    }
  }
  return {
    businessLineOf: (projectId) => lines.get(projectId),
    timeLimitOf: () => undefined,
    examVersionOfAttempt: () => undefined,
  };
}

/**
 * An exam that cannot be graded fairly is refused (issue #8): a question without a correct
 * answer, a key naming an option the question lacks, a single choice with two keyed options, an
 * ordering key that is not every option once. The key of a certification stays on the server.
 */
function reportExamProblems(line: number, exam: Exam, errors: FileErrors): void {
  const indexOf = new Map(exam.questions.map((question, index) => [question.id, index]));
  for (const problem of examProblems(exam)) {
    const field =
      problem.questionId === null
        ? 'questions'
        : `questions.${indexOf.get(problem.questionId) ?? '?'}.answer`;
    errors.add(line, field, `exam/${problem.code}`);
  }
}
