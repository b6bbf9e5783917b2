/**
 * Schema 5 (issues #7, #8, #9) filled into one stored row: the single place that knows which
 * table gets which default, used by the device's database upgrade, the server's migration `0007`
 * and its employer import, so all three hold the same rows. No zod here: the device's start-up
 * loads it.
 */
import type { BusinessLine } from '../agent/project';
import {
  upgradePolicyReadiness,
  upgradeReadinessReportFields,
} from '../equipment/readiness-upgrade';
import { upgradeKpiDailyFields, upgradePolicyKpi } from '../kpi/kpi-upgrade';
import {
  upgradeAttemptFields,
  upgradeExamFields,
  upgradeExamResultFields,
  upgradeLessonFields,
  upgradePolicyCareerPath,
} from '../training/training-upgrade';
import type { Exam, ExamAttempt, Lesson } from '../training/training';

/** What filling a row may need to know about the rows around it; each may answer `undefined`. */
export interface Schema5Lookups {
  /** The business line of a project (a policy's metrics depend on it). */
  businessLineOf(projectId: string): BusinessLine | undefined;
  /** An exam's time limit (a draft attempt's deadline). */
  timeLimitOf(examId: string): number | undefined;
  /** The exam version an attempt was taken against (its result's `examVersion`). */
  examVersionOfAttempt(attemptId: string): number | undefined;
}

/** The tables whose stored rows gained fields in schema 5. */
export const SCHEMA_5_UPGRADED_TABLES = [
  'policies',
  'kpiDaily',
  'lessons',
  'exams',
  'examResults',
  'examAttempts',
  'readinessReports',
] as const;
export type Schema5Table = (typeof SCHEMA_5_UPGRADED_TABLES)[number];

export function isSchema5Table(table: string): table is Schema5Table {
  return (SCHEMA_5_UPGRADED_TABLES as readonly string[]).includes(table);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * `row` of `table` with every schema 5 field; the row itself (same object) when it already had
 * them all, so a caller can tell what changed by identity.
 */
export function upgradeRowToSchema5(
  table: Schema5Table,
  row: Record<string, unknown>,
  lookups: Schema5Lookups,
): Record<string, unknown> {
  switch (table) {
    case 'policies': {
      const line = lookups.businessLineOf(text(row.projectId));
      const withKpi = upgradePolicyKpi(row, line);
      const withReadiness = upgradePolicyReadiness(withKpi);
      return upgradePolicyCareerPath(withReadiness);
    }
    case 'kpiDaily':
      return upgradeKpiDailyFields(row);
    case 'lessons':
      return upgradeLessonFields(row as Record<string, unknown> & Pick<Lesson, 'body'>);
    case 'exams':
      return upgradeExamFields(row as Record<string, unknown> & Pick<Exam, 'kind'>);
    case 'examResults':
      return upgradeExamResultFields(row, lookups.examVersionOfAttempt(text(row.attemptId)));
    case 'examAttempts':
      return upgradeAttemptFields(
        row as Record<string, unknown> & Pick<ExamAttempt, 'startedAt' | 'submittedAt'>,
        lookups.timeLimitOf(text(row.examId)),
      );
    case 'readinessReports':
      return upgradeReadinessReportFields(row);
  }
}

/** Lookups over rows already in memory (the migration's and the import's view of a space). */
export function lookupsFrom(rows: {
  projects: readonly { id: string; businessLine: BusinessLine }[];
  exams: readonly { id: string; timeLimitMinutes: number }[];
  examAttempts: readonly { id: string; examVersion: number }[];
}): Schema5Lookups {
  const lines = new Map(rows.projects.map((project) => [project.id, project.businessLine]));
  const limits = new Map(rows.exams.map((exam) => [exam.id, exam.timeLimitMinutes]));
  const versions = new Map(rows.examAttempts.map((attempt) => [attempt.id, attempt.examVersion]));
  return {
    businessLineOf: (id) => lines.get(id),
    timeLimitOf: (id) => limits.get(id),
    examVersionOfAttempt: (id) => versions.get(id),
  };
}
