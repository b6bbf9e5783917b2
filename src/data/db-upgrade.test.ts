import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { routeEscalation } from '@/domain/escalation/escalation-routing';
import { defaultReadinessPolicy } from '@/domain/equipment/default-readiness-policy';
import { defaultKpiPolicy } from '@/domain/kpi/default-kpi-policy';
import { defaultPayRules } from '@/domain/pay/default-pay-rules';
import { defaultWorkingTimeLimits } from '@/domain/roster/working-time-limits';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './db-schema';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import { createEscalationRepository } from './escalation-repository';

const WORKSPACE = 'upgrade-test';
const NAME = `agent-workbench:${WORKSPACE}`;

/** Writes a database exactly as version 1 of the app left it. */
async function createVersion1Database() {
  const legacy = new Dexie(NAME);
  legacy.version(1).stores(SCHEMA_V1);
  await legacy.open();
  await legacy.table('meta').bulkPut([
    { key: 'clientGroupId', value: 'client-group-1' },
    { key: 'nextSeq', value: 2 },
    { key: 'cursor', value: 'opaque-cursor-7' },
  ]);
  await legacy.table('escalations').bulkPut([
    { id: 'esc-pending', agentId: 'a1', category: 'other', createdAt: '2026-05-01T01:00:00Z' },
    {
      id: 'esc-acked',
      agentId: 'a1',
      category: 'system-outage',
      createdAt: '2026-04-01T01:00:00Z',
    },
  ]);
  await legacy.table('outbox').add({
    seq: 1,
    mutationId: '0196c1a0-0000-7000-8000-000000000001',
    name: 'escalation.create',
    recordId: 'esc-pending',
    args: { category: 'other' },
    schemaVersion: 1,
    createdAt: '2026-05-01T01:00:00Z',
  });
  await legacy.table('shifts').put({ id: 'shift-1', start: '2026-05-02T01:00:00Z' });
  legacy.close();
}

let db: WorkbenchDb | undefined;
afterEach(async () => {
  db?.close();
  await Dexie.delete(NAME);
});

describe('database upgrade from version 1', () => {
  it('keeps every row and the queued mutation', async () => {
    await createVersion1Database();
    db = openWorkbenchDb(WORKSPACE);
    await db.open();

    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.escalations.count()).toBe(2);
    expect(await db.shifts.get('shift-1')).toMatchObject({ start: '2026-05-02T01:00:00Z' });
    expect(await db.meta.get('clientGroupId')).toEqual({
      key: 'clientGroupId',
      value: 'client-group-1',
    });
    // The old envelope is sent as it was created, with its own schema version (SYNC.md §4.9).
    expect(await db.outbox.get(1)).toMatchObject({ recordId: 'esc-pending', schemaVersion: 1 });
  });

  it('marks rows with a queued mutation pending and the others sent', async () => {
    await createVersion1Database();
    db = openWorkbenchDb(WORKSPACE);
    expect((await db.escalations.get('esc-pending'))?.syncState).toBe('pending');
    expect((await db.escalations.get('esc-acked'))?.syncState).toBe('sent');
    expect(await db.escalations.where('syncState').equals('pending').count()).toBe(1);
  });

  it('opens the tables version 2 added, empty', async () => {
    await createVersion1Database();
    db = openWorkbenchDb(WORKSPACE);
    expect(await db.leaveRequests.count()).toBe(0);
    expect(await db.payStatementLines.count()).toBe(0);
  });
});

const V2_ESCALATION = {
  agentId: 'a1',
  description: '系统故障 / outage',
  caseReference: '',
  severity: 'normal',
  context: { screen: '/', shiftId: null, payLineId: null },
};

/** Writes a database exactly as version 2 of the app left it, mid-sync. */
async function createVersion2Database() {
  const legacy = new Dexie(NAME);
  legacy.version(1).stores(SCHEMA_V1);
  legacy.version(2).stores(SCHEMA_V2);
  await legacy.open();
  await legacy.table('meta').bulkPut([
    { key: 'clientGroupId', value: 'client-group-2' },
    { key: 'nextSeq', value: 3 },
    { key: 'lastAckedSeq', value: 1 },
    { key: 'cursor', value: 'cursor-of-schema-2' },
  ]);
  await legacy.table('escalations').bulkPut([
    {
      ...V2_ESCALATION,
      id: 'esc-pending',
      category: 'safety-emergency',
      createdAt: '2026-05-01T01:00:00.000Z',
      syncState: 'pending',
    },
    {
      ...V2_ESCALATION,
      id: 'esc-acked',
      category: 'system-outage',
      createdAt: '2026-04-01T01:00:00.000Z',
      syncState: 'sent',
    },
  ]);
  await legacy.table('escalationStatus').put({
    escalationId: 'esc-acked',
    state: 'acknowledged',
    updatedAt: '2026-04-01T01:05:00.000Z',
    note: '',
  });
  const { syncState: _local, ...pendingArgs } = (await legacy
    .table('escalations')
    .get('esc-pending')) as Record<string, unknown>;
  await legacy.table('outbox').add({
    seq: 2,
    mutationId: '0196c1a0-0000-7000-8000-000000000002',
    name: 'escalation.create',
    recordId: 'esc-pending',
    args: pendingArgs,
    schemaVersion: 2,
    createdAt: '2026-05-01T01:00:00.000Z',
  });
  await legacy.table('rejected').put({
    seq: 1,
    mutationId: '0196c1a0-0000-7000-8000-000000000001',
    name: 'clockRecord.create',
    recordId: 'clock-1',
    args: {},
    schemaVersion: 2,
    createdAt: '2026-04-01T01:00:00.000Z',
    code: 'mutation/invalid-args',
    message: '',
    rejectedAt: '2026-04-01T01:01:00.000Z',
  });
  await legacy.table('shifts').put(SAMPLE_ROWS.shifts);
  legacy.close();
}

describe('database upgrade from version 2', () => {
  it('keeps every row, the outbox as it was and the rejected rows', async () => {
    await createVersion2Database();
    db = openWorkbenchDb(WORKSPACE);
    await db.open();

    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.shifts.toArray()).toEqual([SAMPLE_ROWS.shifts]);
    expect(await db.escalations.count()).toBe(2);
    // Old envelopes are pushed as they were created, under their own schema (SYNC.md §4.9).
    const queued = await db.outbox.toArray();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ seq: 2, schemaVersion: 2, recordId: 'esc-pending' });
    expect(queued[0]?.args).not.toHaveProperty('routing');
    expect(await db.rejected.count()).toBe(1);
    expect(await db.meta.get('nextSeq')).toEqual({ key: 'nextSeq', value: 3 });
    expect(await db.meta.get('lastAckedSeq')).toEqual({ key: 'lastAckedSeq', value: 1 });
  });

  it('gives old escalations the fallback route and no server-held link, as the server does', async () => {
    await createVersion2Database();
    db = openWorkbenchDb(WORKSPACE);
    for (const escalation of await db.escalations.toArray()) {
      expect(escalation.routing).toEqual(routeEscalation(null, escalation.category));
      expect(escalation.chain).toBeNull();
    }
    expect((await db.escalations.get('esc-pending'))?.syncState).toBe('pending');
  });

  it('logs the escalations it holds, oldest first, so the log verifies', async () => {
    await createVersion2Database();
    db = openWorkbenchDb(WORKSPACE);
    const repository = createEscalationRepository(db);
    const log = await repository.log();
    expect(log.map((entry) => [entry.seq, entry.recordId])).toEqual([
      [1, 'esc-acked'],
      [2, 'esc-pending'],
    ]);
    expect(await repository.verify()).toMatchObject({ ok: true, entryCount: 2 });

    const raised = await repository.raise(
      {
        ...V2_ESCALATION,
        severity: 'normal',
        category: 'other',
        policy: null,
      },
      new Date('2026-06-01T00:00:00Z'),
    );
    expect(raised.chain).toEqual({ seq: 3, hash: expect.any(String) });
    expect((await db.outbox.get(3))?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect((await repository.verify()).ok).toBe(true);
  });

  it('drops escalationStatus and the pull cursor, so responses come again from the start', async () => {
    await createVersion2Database();
    db = openWorkbenchDb(WORKSPACE);
    await db.open();
    expect(db.tables.map((table) => table.name)).not.toContain('escalationStatus');
    expect(await db.meta.get('cursor')).toBeUndefined();
    expect(await db.escalationResponses.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
  });
});

/** Writes pay rows, the cursor and a queued mutation exactly as version 3 of the app left them. */
async function createVersion3Database() {
  const legacy = new Dexie(NAME);
  legacy.version(1).stores(SCHEMA_V1);
  legacy.version(2).stores(SCHEMA_V2);
  legacy.version(3).stores(SCHEMA_V3);
  await legacy.open();
  const {
    payRules: _rules,
    workingTime: _limits,
    kpi: _kpi,
    readiness: _readiness,
    careerPath: _career,
    ...policy
  } = SAMPLE_ROWS.policies;
  const { assessmentScore: _score, ...statement } = SAMPLE_ROWS.payStatements;
  const { ruleId: _rule, ...line } = SAMPLE_ROWS.payStatementLines;
  await legacy.table('policies').put(policy);
  await legacy.table('payStatements').put(statement);
  await legacy.table('payStatementLines').put(line);
  await legacy.table('shifts').put(SAMPLE_ROWS.shifts);
  await legacy.table('clockRecords').put(SAMPLE_ROWS.clockRecords);
  await legacy.table('meta').put({ key: 'cursor', value: 'cursor-of-schema-3' });
  await legacy.table('outbox').add({
    seq: 1,
    mutationId: '0196c1a0-0000-7000-8000-000000000003',
    name: 'clockRecord.create',
    recordId: 'clock-1',
    args: {},
    schemaVersion: 3,
    createdAt: '2026-11-01T01:00:00.000Z',
  });
  legacy.close();
  return { policy, statement, line };
}

describe('database upgrade from version 3', () => {
  it('gives pay rows the schema 4 fields with the values the server migration uses', async () => {
    const before = await createVersion3Database();
    db = openWorkbenchDb(WORKSPACE);
    await db.open();

    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.policies.toArray()).toEqual([
      {
        ...before.policy,
        payRules: defaultPayRules(),
        workingTime: defaultWorkingTimeLimits(),
        kpi: defaultKpiPolicy('inbound'),
        readiness: defaultReadinessPolicy(),
        careerPath: [],
      },
    ]);
    expect(await db.payStatements.toArray()).toEqual([
      { ...before.statement, assessmentScore: null },
    ]);
    expect(await db.payStatementLines.toArray()).toEqual([{ ...before.line, ruleId: null }]);
  });

  it('keeps the pull cursor and the outbox: nothing needs pulling or sending again', async () => {
    await createVersion3Database();
    db = openWorkbenchDb(WORKSPACE);
    await db.open();

    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: 'cursor-of-schema-3' });
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ seq: 1, schemaVersion: 3, recordId: 'clock-1' }),
    ]);
  });

  it('opens the roster tables empty: no change is invented for the shifts it held', async () => {
    await createVersion3Database();
    db = openWorkbenchDb(WORKSPACE);
    await db.open();

    expect(await db.shifts.toArray()).toEqual([SAMPLE_ROWS.shifts]);
    expect(await db.shiftChanges.count()).toBe(0);
    expect(await db.shiftAcknowledgements.count()).toBe(0);
    expect(await db.cancelledRequests.count()).toBe(0);
    // The clock record is now found through the new shiftId index.
    const shiftId = 'shift-1';
    await db.clockRecords.put({ ...SAMPLE_ROWS.clockRecords, id: 'clock-2', shiftId });
    expect(await db.clockRecords.where('shiftId').equals(shiftId).primaryKeys()).toEqual([
      'clock-2',
    ]);
  });
});

/** Drops `fields` from a copy of `row`: the row as schema 4 stored it. */
function without<T extends object>(row: T, ...fields: (keyof T)[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const field of fields) delete copy[field as string];
  return copy;
}

/** Writes rows of every table schema 5 changed, and a queued mutation, as version 4 left them. */
async function createVersion4Database() {
  const legacy = new Dexie(NAME);
  legacy.version(1).stores(SCHEMA_V1);
  legacy.version(2).stores(SCHEMA_V2);
  legacy.version(3).stores(SCHEMA_V3);
  legacy.version(4).stores(SCHEMA_V4);
  await legacy.open();
  const rows = {
    projects: { ...SAMPLE_ROWS.projects, businessLine: 'outbound' },
    policies: without(SAMPLE_ROWS.policies, 'kpi', 'readiness', 'careerPath'),
    kpiDaily: without(
      SAMPLE_ROWS.kpiDaily,
      'dials',
      'connects',
      'conversions',
      'chatSessions',
      'chatSessionSeconds',
      'firstReplySeconds',
    ),
    lessons: without(SAMPLE_ROWS.lessons, 'estimatedMinutes'),
    exams: without(
      SAMPLE_ROWS.exams,
      'review',
      'multipleChoiceScoring',
      'shuffleQuestions',
      'shuffleOptions',
      'certificateValidDays',
    ),
    examResults: without(SAMPLE_ROWS.examResults, 'examVersion', 'gradedBy', 'questionCredits'),
    examAttempts: without(
      { ...SAMPLE_ROWS.examAttempts, examVersion: 2 },
      'deadlineAt',
      'isAutoSubmitted',
    ),
    readinessReports: without(SAMPLE_ROWS.readinessReports, 'checklist', 'policyVersion'),
  };
  for (const [table, row] of Object.entries(rows)) await legacy.table(table).put(row);
  // A draft started before the upgrade: its deadline comes from the exam's time limit.
  await legacy.table('examAttempts').put({
    ...rows.examAttempts,
    id: 'attempt-draft',
    submittedAt: null,
    syncState: 'draft',
  });
  await legacy.table('meta').put({ key: 'cursor', value: 'cursor-of-schema-4' });
  await legacy.table('outbox').add({
    seq: 1,
    mutationId: '0196c1a0-0000-7000-8000-000000000004',
    name: 'readinessReport.create',
    recordId: 'report-1',
    args: without(rows.readinessReports, 'syncState'),
    schemaVersion: 4,
    createdAt: '2026-11-01T01:00:00.000Z',
  });
  legacy.close();
  return rows;
}

describe('database upgrade from version 4', () => {
  it('gives every row the schema 5 fields with the values the server migration uses', async () => {
    const before = await createVersion4Database();
    db = openWorkbenchDb(WORKSPACE);
    await db.open();

    expect(db.verno).toBe(5);
    expect(await db.policies.toArray()).toEqual([
      {
        ...before.policies,
        // The project is an outbound one: its policy reports the outbound metrics.
        kpi: defaultKpiPolicy('outbound'),
        readiness: defaultReadinessPolicy(),
        careerPath: [],
      },
    ]);
    expect(await db.kpiDaily.toArray()).toEqual([
      {
        ...before.kpiDaily,
        dials: 0,
        connects: 0,
        conversions: 0,
        chatSessions: 0,
        chatSessionSeconds: 0,
        firstReplySeconds: 0,
      },
    ]);
    expect(await db.lessons.toArray()).toEqual([{ ...before.lessons, estimatedMinutes: 1 }]);
    expect(await db.exams.toArray()).toEqual([
      {
        ...before.exams,
        review: 'show-answers',
        multipleChoiceScoring: 'all-or-nothing',
        shuffleQuestions: false,
        shuffleOptions: false,
        certificateValidDays: null,
      },
    ]);
    expect(await db.examResults.toArray()).toEqual([
      { ...before.examResults, examVersion: 2, gradedBy: 'server', questionCredits: null },
    ]);
    expect(await db.examAttempts.get('attempt-1')).toEqual({
      ...before.examAttempts,
      deadlineAt: SAMPLE_ROWS.examAttempts.submittedAt,
      isAutoSubmitted: false,
    });
    // Started at 08:30 with a 20-minute limit.
    expect(await db.examAttempts.get('attempt-draft')).toMatchObject({
      deadlineAt: '2026-11-22T08:50:00.000Z',
      isAutoSubmitted: false,
      syncState: 'draft',
    });
    expect(await db.readinessReports.toArray()).toEqual([
      { ...before.readinessReports, checklist: [], policyVersion: null },
    ]);
  });

  it('keeps the cursor and the outbox as they were; the new tables open empty', async () => {
    await createVersion4Database();
    db = openWorkbenchDb(WORKSPACE);
    await db.open();

    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: 'cursor-of-schema-4' });
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ seq: 1, schemaVersion: 4, recordId: 'report-1' }),
    ]);
    expect(await db.kpiTallies.count()).toBe(0);
    expect(await db.kpiGoals.count()).toBe(0);
    expect(await db.lessonCompletions.count()).toBe(0);
    // The new indexes answer.
    expect(await db.readinessReports.where('shiftId').equals('x').count()).toBe(0);
    expect(await db.examAttempts.orderBy('startedAt').primaryKeys()).toHaveLength(2);
  });
});
