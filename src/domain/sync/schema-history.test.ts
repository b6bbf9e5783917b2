import { describe, expect, it } from 'vitest';
import { routeEscalation } from '../escalation/escalation-routing';
import { AGENT_ID, AT, makeEscalation, SAMPLE_ROWS } from '../../../test/sync-builders';
import { DOWN_TABLE_PRIMARY_KEYS } from './down-tables';
import { changeSchema } from './protocol-schemas';
import type { DownTable } from './protocol';
import { isTableKnownAt, needsReshapeAt, parseMutationArgs, rowForSchema } from './schema-history';

const withoutSyncState = <T extends { syncState: unknown }>({ syncState: _local, ...rest }: T) =>
  rest;

describe('parseMutationArgs across schema versions', () => {
  it('translates a schema 2 escalation: the fallback route and no log link', () => {
    const { routing: _routing, chain: _chain, ...legacy } = withoutSyncState(makeEscalation());
    expect(parseMutationArgs('escalation.create', 2, legacy)).toEqual({
      ok: true,
      args: { ...legacy, routing: routeEscalation(null, legacy.category), chain: null },
    });
  });

  it('gives a schema 4 exam attempt its deadline (when it was submitted) and no auto-submit', () => {
    const {
      deadlineAt: _deadline,
      isAutoSubmitted: _auto,
      ...legacy
    } = withoutSyncState(SAMPLE_ROWS.examAttempts);
    expect(parseMutationArgs('examAttempt.submit', 4, legacy)).toEqual({
      ok: true,
      args: { ...legacy, deadlineAt: legacy.submittedAt, isAutoSubmitted: false },
    });
  });

  it('gives a schema 4 readiness report an empty checklist and no policy version', () => {
    const {
      checklist: _checklist,
      policyVersion: _version,
      ...legacy
    } = withoutSyncState(SAMPLE_ROWS.readinessReports);
    expect(parseMutationArgs('readinessReport.create', 3, legacy)).toEqual({
      ok: true,
      args: { ...legacy, checklist: [], policyVersion: null },
    });
  });

  it.each([
    ['kpiTally.record', withoutSyncState(SAMPLE_ROWS.kpiTallies)],
    ['kpiGoal.set', withoutSyncState(SAMPLE_ROWS.kpiGoals)],
    ['kpiGoal.remove', {}],
    ['lesson.complete', withoutSyncState(SAMPLE_ROWS.lessonCompletions)],
  ] as const)('accepts %s at schema 5 only', (name, args) => {
    expect(parseMutationArgs(name, 5, args)).toEqual({ ok: true, args });
    expect(parseMutationArgs(name, 4, args)).toEqual({
      ok: false,
      issue: `${name} needs schema 5`,
    });
  });

  it.each([
    ['a goal above the wire limit', 'kpiGoal.set', { ...SAMPLE_ROWS.kpiGoals, target: 1e13 }],
    [
      'a tally with a fractional count',
      'kpiTally.record',
      {
        ...SAMPLE_ROWS.kpiTallies,
        counts: { dials: 1.5 },
      },
    ],
    [
      'a tally with an unknown count',
      'kpiTally.record',
      {
        ...SAMPLE_ROWS.kpiTallies,
        counts: { sales: 1 },
      },
    ],
    [
      'an attempt without its deadline',
      'examAttempt.submit',
      {
        ...SAMPLE_ROWS.examAttempts,
        deadlineAt: undefined,
      },
    ],
  ] as const)('refuses %s', (_label, name, row) => {
    const { syncState: _local, ...args } = row as Record<string, unknown>;
    expect(parseMutationArgs(name, 5, args).ok).toBe(false);
  });

  it('refuses a kpiGoal.remove with args: the target is the envelope record id', () => {
    expect(parseMutationArgs('kpiGoal.remove', 5, { id: 'goal-1' }).ok).toBe(false);
  });
});

describe('rows shaped for a client of schema 4', () => {
  it.each(['kpiTallies', 'kpiGoals', 'lessonCompletions'] as const)(
    'leaves %s out: a schema 4 client does not know the table',
    (table) => {
      expect(isTableKnownAt(table, 4)).toBe(false);
      expect(isTableKnownAt(table, 5)).toBe(true);
    },
  );

  it('removes every schema 5 field, the question explanations and targets on new metrics', () => {
    const policy = rowForSchema('policies', structuredClone(SAMPLE_ROWS.policies) as never, 4);
    expect(policy).not.toHaveProperty('kpi');
    expect(policy).not.toHaveProperty('readiness');
    expect(policy).not.toHaveProperty('careerPath');
    expect(policy.kpiTargets).toEqual([{ metric: 'abandonRate', min: null, max: 5 }]);

    const exam = rowForSchema('exams', structuredClone(SAMPLE_ROWS.exams) as never, 4) as {
      questions: object[];
    };
    expect(exam).not.toHaveProperty('review');
    expect(exam.questions[0]).not.toHaveProperty('explanation');
    expect(exam.questions[0]).toHaveProperty('answer');
  });

  it.each([
    'policies',
    'kpiDaily',
    'lessons',
    'exams',
    'examResults',
    'examAttempts',
    'readinessReports',
  ] as const)(
    'needs %s reshaped for schema 4 only, and leaves the current rows as they are',
    (table) => {
      expect(needsReshapeAt(table, 4)).toBe(true);
      expect(needsReshapeAt(table, 5)).toBe(false);
      const row = SAMPLE_ROWS[table] as unknown as Record<string, unknown>;
      expect(rowForSchema(table, structuredClone(row), 5)).toEqual(row);
    },
  );

  it('gives rows a schema 5 client validates (every sample row, unchanged)', () => {
    for (const [table, value] of Object.entries(SAMPLE_ROWS)) {
      const keyField: string = DOWN_TABLE_PRIMARY_KEYS[table as DownTable];
      const key = (value as unknown as Record<string, unknown>)[keyField];
      const change = { table: table as DownTable, op: 'put', key, value };
      expect(changeSchema.safeParse(change).success, table).toBe(true);
    }
    expect(AGENT_ID).toBe(SAMPLE_ROWS.kpiTallies.agentId);
    expect(AT).toBe(SAMPLE_ROWS.kpiGoals.createdAt);
  });
});
