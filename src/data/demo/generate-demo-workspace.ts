/**
 * The demo workspace behind "Explore with demo data": 林晓雨, a two-star onsite agent on an
 * airline after-sales hotline, with her roster, KPIs, pay, training, the project's policy and two
 * past escalations with their responses (as raised on an earlier device of hers).
 * Pure and deterministic for a given Shanghai date: no clock, no Math.random, no database.
 */
import { DOWN_TABLE_PRIMARY_KEYS, type DownRowTypes } from '@/domain/sync/down-tables';
import {
  EMPLOYER_TABLES,
  type AgentTable,
  type Change,
  type EmployerTable,
} from '@/domain/sync/protocol';
import { buildDemoAgentProfile, buildDemoProject } from './demo-agent';
import { buildDemoEscalations } from './demo-escalations';
import { buildDemoKpiRecords, buildDemoKpis } from './demo-kpis';
import { buildDemoPay } from './demo-pay';
import { buildDemoPolicy } from './demo-policy';
import { buildDemoShifts, createDemoWorkPattern } from './demo-shifts';
import { buildDemoTraining } from './demo-training';
import { createSeededRandom } from './seeded-random';
import { assertDay } from './shanghai-date';

/**
 * The agent-owned tables the demo can fill: her own past records, as echoes of what she sent
 * (schema 5 added her KPI tallies and goals and the lessons she finished).
 */
export const DEMO_AGENT_TABLES = [
  'escalations',
  'escalationNotes',
  'kpiTallies',
  'kpiGoals',
  'lessonCompletions',
] as const satisfies AgentTable[];
type DemoAgentTable = (typeof DEMO_AGENT_TABLES)[number];

/** Rows for every employer-owned table; tables the demo leaves empty are empty arrays. */
export type DemoWorkspace = { [Table in EmployerTable | DemoAgentTable]: DownRowTypes[Table][] };

/**
 * Builds the demo workspace for `today`, a `YYYY-MM-DD` day in Asia/Shanghai; the same day
 * always gives the same workspace, whatever the machine's time zone.
 * @example generateDemoWorkspace('2026-11-22').shifts // October and November 2026
 */
export function generateDemoWorkspace(today: string): DemoWorkspace {
  assertDay(today);
  // Separate streams per concept, so changing one part of the demo leaves the others as they were.
  const stream = (concept: string) =>
    createSeededRandom(`agent-workbench-demo:${today}:${concept}`);
  const agent = buildDemoAgentProfile(today);
  const policy = buildDemoPolicy(today);
  const pattern = createDemoWorkPattern(stream('pattern'));
  const shifts = buildDemoShifts(today, pattern, stream('shifts'));
  const kpiDaily = buildDemoKpis(today, pattern, shifts, stream('kpis'));
  const pay = buildDemoPay(today, agent, policy, shifts, kpiDaily, stream('pay'));
  const training = buildDemoTraining(today);
  const escalations = buildDemoEscalations(today, policy, shifts);
  return {
    agentProfile: [agent],
    projects: [buildDemoProject()],
    policies: [policy],
    shifts,
    leaveDecisions: [],
    swapDecisions: [],
    kpiDaily,
    payStatements: pay.payStatements,
    payStatementLines: pay.payStatementLines,
    trainingModules: training.trainingModules,
    lessons: training.lessons,
    exams: training.exams,
    examResults: [],
    certificates: training.certificates,
    escalationResponses: escalations.escalationResponses,
    escalations: escalations.escalations,
    escalationNotes: escalations.escalationNotes,
    // Her own KPI tallies and goals (issue #7); issue #8 (training helper) may fill the lessons.
    ...buildDemoKpiRecords(today, kpiDaily),
    lessonCompletions: [],
  };
}

function putChanges<Table extends EmployerTable | DemoAgentTable>(
  table: Table,
  rows: readonly DownRowTypes[Table][],
): Change[] {
  const keyField: string = DOWN_TABLE_PRIMARY_KEYS[table];
  return rows.map((row) => ({
    table,
    op: 'put',
    key: String((row as unknown as Record<string, unknown>)[keyField]),
    value: row,
  }));
}

/**
 * The demo workspace as `put` changes in `EMPLOYER_TABLES` order, then the agent's own records,
 * ready for the pull applier.
 */
export function demoWorkspaceChanges(today: string): Change[] {
  const workspace = generateDemoWorkspace(today);
  return [...EMPLOYER_TABLES, ...DEMO_AGENT_TABLES].flatMap((table) =>
    putChanges(table, workspace[table]),
  );
}
