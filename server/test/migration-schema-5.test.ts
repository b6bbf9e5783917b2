/**
 * The schema 5 data migration (`0007-schema-5.ts`) on rows a schema 4 server left: every row gets
 * the schema 5 fields with the values the device upgrade uses (a policy by its project's business
 * line), a certification exam's key moves out of its row into `exam_keys`, rows that already have
 * every field are left alone, and the result passes the clients' own validation.
 */
import { describe, expect, it } from 'vitest';
import { defaultReadinessPolicy } from '@/domain/equipment/default-readiness-policy';
import { defaultKpiPolicy } from '@/domain/kpi/default-kpi-policy';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { CERTIFICATION } from '../../test/sync-adapter-contract-schema5';
import { migrate } from '../src/migrate';
import { readExamWithKey } from '../src/row-store';
import {
  backends,
  expectWritesThroughRowStore,
  expectRunsOnce,
  liveRows,
  writeLegacyRows,
  openWithAgent,
} from './migration-kit';

const MIGRATION = '0007-schema-5.ts';

function without<T extends object>(row: T, ...fields: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const field of fields) delete copy[field];
  return copy;
}

const EXAM_5 = [
  'review',
  'multipleChoiceScoring',
  'shuffleQuestions',
  'shuffleOptions',
  'certificateValidDays',
];
const LEGACY = {
  project: { ...SAMPLE_ROWS.projects, businessLine: 'chat' },
  policy: without(SAMPLE_ROWS.policies, 'kpi', 'readiness', 'careerPath'),
  kpiDaily: without(
    SAMPLE_ROWS.kpiDaily,
    'dials',
    'connects',
    'conversions',
    'chatSessions',
    'chatSessionSeconds',
    'firstReplySeconds',
  ),
  lesson: without(SAMPLE_ROWS.lessons, 'estimatedMinutes'),
  exam: without(SAMPLE_ROWS.exams, ...EXAM_5),
  certification: without(CERTIFICATION, ...EXAM_5),
  result: without(SAMPLE_ROWS.examResults, 'examVersion', 'gradedBy', 'questionCredits'),
  attempt: without(SAMPLE_ROWS.examAttempts, 'deadlineAt', 'isAutoSubmitted'),
  report: without(SAMPLE_ROWS.readinessReports, 'checklist', 'policyVersion'),
};

describe.each(backends)('the schema 5 migration on $name', (backend) => {
  async function schema4Database() {
    const db = await openWithAgent(backend, {
      agentId: 'agent-1',
      orgId: 'org-1',
      employeeNumber: 'E-1',
    });
    await writeLegacyRows(db, 'org:org-1', [
      ['projects', 'project-1', LEGACY.project],
      ['policies', 'policy-1', LEGACY.policy],
      ['lessons', 'lesson-1', LEGACY.lesson],
      ['exams', 'exam-1', LEGACY.exam],
      ['exams', 'exam-cert', LEGACY.certification],
      // Already schema 5 (imported by a newer build): must stay exactly as it is.
      ['lessons', 'lesson-new', { ...SAMPLE_ROWS.lessons, id: 'lesson-new' }],
    ]);
    await writeLegacyRows(db, 'agent:agent-1', [
      ['kpiDaily', 'kpi-1', LEGACY.kpiDaily],
      ['examResults', 'attempt-1', LEGACY.result],
      ['examAttempts', 'attempt-1', LEGACY.attempt],
      ['readinessReports', 'report-1', LEGACY.report],
    ]);
    // As on a server that ran every migration before this one (the table it creates goes too).
    await db.query('DROP TABLE exam_keys');
    await db.query('DELETE FROM schema_migrations WHERE name = $1', [MIGRATION]);
    return db;
  }

  it('fills the schema 5 fields with the values the device upgrade uses', async () => {
    const db = await schema4Database();
    expect(await migrate(db)).toEqual([MIGRATION]);
    const byKey = new Map((await liveRows(db)).map((row) => [row.key, row.value]));
    expect(byKey.get('policy-1')).toEqual({
      ...LEGACY.policy,
      kpi: defaultKpiPolicy('chat'),
      readiness: defaultReadinessPolicy(),
      careerPath: [],
    });
    expect(byKey.get('kpi-1')).toEqual({
      ...LEGACY.kpiDaily,
      dials: 0,
      connects: 0,
      conversions: 0,
      chatSessions: 0,
      chatSessionSeconds: 0,
      firstReplySeconds: 0,
    });
    expect(byKey.get('lesson-1')).toEqual({ ...LEGACY.lesson, estimatedMinutes: 1 });
    expect(byKey.get('lesson-new')).toEqual({ ...SAMPLE_ROWS.lessons, id: 'lesson-new' });
    expect(byKey.get('exam-1')).toEqual({
      ...LEGACY.exam,
      review: 'show-answers',
      multipleChoiceScoring: 'all-or-nothing',
      shuffleQuestions: false,
      shuffleOptions: false,
      certificateValidDays: null,
    });
    const rowOf = async (table: string) =>
      (await liveRows(db)).find((row) => row.table_name === table);
    expect((await rowOf('examAttempts'))?.value).toEqual({
      ...LEGACY.attempt,
      deadlineAt: SAMPLE_ROWS.examAttempts.submittedAt,
      isAutoSubmitted: false,
    });
    const result = await rowOf('examResults');
    expect(result?.value).toEqual({
      ...LEGACY.result,
      examVersion: 1,
      gradedBy: 'server',
      questionCredits: null,
    });
    expect(byKey.get('report-1')).toEqual({ ...LEGACY.report, checklist: [], policyVersion: null });
  });

  it('moves a certification key out of the row clients pull, and keeps it for grading', async () => {
    const db = await schema4Database();
    await migrate(db);
    const stored = (await liveRows(db)).find((row) => row.key === 'exam-cert')?.value as {
      questions: Record<string, unknown>[];
      review: string;
    };
    expect(stored.review).toBe('score-only');
    for (const question of stored.questions) {
      expect(question).not.toHaveProperty('answer');
      expect(question).not.toHaveProperty('explanation');
    }
    const kept = await db.transaction((tx) => readExamWithKey(tx, ['org:org-1'], 'exam-cert'));
    expect(kept?.key).toEqual({
      questions: {
        'q-1': { answer: ['a'], explanation: { en: 'The refund rule counts 8 days.' } },
        'q-2': { answer: ['x', 'z'], explanation: { en: 'Safety first.' } },
      },
    });
  });

  it('writes through the row store: a new version of each changed space, rows clients accept', async () => {
    await expectWritesThroughRowStore(await schema4Database(), ['org:org-1', 'agent:agent-1']);
  });

  it('runs once', async () => {
    await expectRunsOnce(await schema4Database());
  });
});
