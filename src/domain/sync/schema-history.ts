/**
 * What changed between app schema versions, in both directions (SYNC.md §4.9): mutation args
 * created under an older schema are translated up to the current model, and rows are shaped down
 * for a client of an older schema that still pulls during a roll-out.
 *
 * Schema 3 (issue #4): `escalations` gained `routing` and `chain`; `escalationNotes` and
 * `escalationResponses` were added; `escalationStatus` was replaced by `escalationResponses`.
 * Schema 4 (issue #5): `policies` gained `payRules`, `payStatements` `assessmentScore`,
 * `payStatementLines` `ruleId` (and lines may carry a kind the client does not know); issue #6
 * added `policies.workingTime`, the agent-owned `shiftAcknowledgements` and `shiftChange.acknowledge`.
 * Schema 5 (issues #7, #8, #9): `policies` gained `kpi`, `readiness` and `careerPath` (and targets
 * may name the new metrics), `kpiDaily` the outbound and chat figures, `lessons`
 * `estimatedMinutes`, `exams` their review, scoring and shuffling rules and certificate validity
 * (and questions an `explanation`), `examResults` the version graded, the grader and the credits,
 * `examAttempts` `deadlineAt` and `isAutoSubmitted`, `readinessReports` `checklist` and
 * `policyVersion`; the agent-owned `kpiTallies`, `kpiGoals` and `lessonCompletions` were added
 * with `kpiTally.record`, `kpiGoal.set`, `kpiGoal.remove` and `lesson.complete`.
 */
import type { z } from 'zod';
import { upgradeReadinessReportFields } from '../equipment/readiness-upgrade';
import { upgradeEscalationFields } from '../escalation/escalation-upgrade';
import { KPI_METRICS } from '../policy/project-policy';
import { upgradeAttemptFields } from '../training/training-upgrade';
import { escalationSchema, examAttemptSchema, readinessReportSchema } from './agent-row-schemas';
import { MUTATION_ARGS_SCHEMAS } from './mutation-args-schemas';
import type { MutationName } from './mutation-names';
import type { DownTable } from './protocol';

export type ArgsParseResult = { ok: true; args: unknown } | { ok: false; issue: string };

const legacyEscalationArgsSchema = escalationSchema.omit({
  syncState: true,
  routing: true,
  chain: true,
});
const translatedEscalationArgsSchema = escalationSchema.omit({ syncState: true });
const legacyAttemptArgsSchema = examAttemptSchema.omit({
  syncState: true,
  deadlineAt: true,
  isAutoSubmitted: true,
});
const legacyReadinessArgsSchema = readinessReportSchema.omit({
  syncState: true,
  checklist: true,
  policyVersion: true,
});

/** The first schema version that knows each mutation added after schema 2. */
const MUTATION_SINCE: Partial<Record<MutationName, number>> = {
  'escalationNote.create': 3,
  'shiftChange.acknowledge': 4,
  'kpiTally.record': 5,
  'kpiGoal.set': 5,
  'kpiGoal.remove': 5,
  'lesson.complete': 5,
};

function fromZod<T>(parsed: z.ZodSafeParseResult<T>): ArgsParseResult {
  if (parsed.success) return { ok: true, args: parsed.data };
  const [issue] = parsed.error.issues;
  const path = issue?.path.map(String).join('.') || '(root)';
  return { ok: false, issue: `${path}: ${issue?.message ?? 'invalid'}` };
}

/**
 * Parses `args` of a mutation created under `schemaVersion` into the current shape. An escalation
 * from schema 1–2 gets the fallback route (no policy decided it: the app did not route then) and
 * no log link (`chain: null`); the device's upgrade gives its copy the same values, so the echo
 * matches the device's log. Callers check the schema window before calling.
 * @example parseMutationArgs('escalation.create', 2, oldArgs) // { ok: true, args: { …, chain: null } }
 */
export function parseMutationArgs(
  name: MutationName,
  schemaVersion: number,
  args: unknown,
): ArgsParseResult {
  const since = MUTATION_SINCE[name];
  if (since !== undefined && schemaVersion < since) {
    return { ok: false, issue: `${name} needs schema ${since}` };
  }
  if (schemaVersion < 5) {
    // The same defaults the device's upgrade gives its copy (training-upgrade, readiness-upgrade).
    if (name === 'examAttempt.submit') {
      const legacy = legacyAttemptArgsSchema.safeParse(args);
      if (!legacy.success) return fromZod(legacy);
      return fromZod(MUTATION_ARGS_SCHEMAS[name].safeParse(upgradeAttemptFields(legacy.data)));
    }
    if (name === 'readinessReport.create') {
      const legacy = legacyReadinessArgsSchema.safeParse(args);
      if (!legacy.success) return fromZod(legacy);
      return fromZod(
        MUTATION_ARGS_SCHEMAS[name].safeParse(upgradeReadinessReportFields(legacy.data)),
      );
    }
  }
  if (schemaVersion < 3) {
    if (name === 'escalation.create') {
      const legacy = legacyEscalationArgsSchema.safeParse(args);
      if (!legacy.success) return fromZod(legacy);
      return fromZod(
        translatedEscalationArgsSchema.safeParse(upgradeEscalationFields(legacy.data)),
      );
    }
  }
  const schema: z.ZodType = MUTATION_ARGS_SCHEMAS[name];
  return fromZod(schema.safeParse(args));
}

/** The first schema version whose clients know each table added after schema 2. */
const TABLE_SINCE: Partial<Record<DownTable, number>> = {
  escalationNotes: 3,
  escalationResponses: 3,
  shiftAcknowledgements: 4,
  kpiTallies: 5,
  kpiGoals: 5,
  lessonCompletions: 5,
};

/** Fields added to a table after schema 2, with the version that added them. */
const FIELDS_SINCE: Partial<Record<DownTable, Record<string, number>>> = {
  escalations: { routing: 3, chain: 3 },
  policies: { payRules: 4, workingTime: 4, kpi: 5, readiness: 5, careerPath: 5 },
  payStatements: { assessmentScore: 4 },
  payStatementLines: { ruleId: 4 },
  kpiDaily: {
    dials: 5,
    connects: 5,
    conversions: 5,
    chatSessions: 5,
    chatSessionSeconds: 5,
    firstReplySeconds: 5,
  },
  lessons: { estimatedMinutes: 5 },
  exams: {
    review: 5,
    multipleChoiceScoring: 5,
    shuffleQuestions: 5,
    shuffleOptions: 5,
    certificateValidDays: 5,
  },
  examResults: { examVersion: 5, gradedBy: 5, questionCredits: 5 },
  examAttempts: { deadlineAt: 5, isAutoSubmitted: 5 },
  readinessReports: { checklist: 5, policyVersion: 5 },
};

/** Metrics a schema 4 client knows: targets on later ones are left out of its policies. */
const SCHEMA_4_METRICS: ReadonlySet<string> = new Set(KPI_METRICS.slice(0, 14));

/**
 * Reshaping inside a row that `FIELDS_SINCE` cannot express, by the version that needs it: a
 * question's `explanation` (schema 5) and KPI targets on metrics added in schema 5.
 */
const NESTED_BEFORE: Partial<
  Record<DownTable, { before: number; reshape(value: Record<string, unknown>): void }>
> = {
  exams: {
    before: 5,
    reshape(value) {
      if (!Array.isArray(value.questions)) return;
      value.questions = value.questions.map((question: unknown) => {
        if (typeof question !== 'object' || question === null) return question;
        const { explanation: _dropped, ...rest } = question as Record<string, unknown>;
        return rest;
      });
    },
  },
  policies: {
    before: 5,
    reshape(value) {
      if (!Array.isArray(value.kpiTargets)) return;
      value.kpiTargets = value.kpiTargets.filter(
        (target: unknown) =>
          typeof target === 'object' &&
          target !== null &&
          SCHEMA_4_METRICS.has(String((target as { metric?: unknown }).metric)),
      );
    },
  },
};

/** Whether a client of `schemaVersion` knows `table`; pulls leave other tables' rows out. */
export function isTableKnownAt(table: DownTable, schemaVersion: number): boolean {
  return schemaVersion >= (TABLE_SINCE[table] ?? 0);
}

/** Whether rows of `table` must be reshaped (`rowForSchema`) for a client of `schemaVersion`. */
export function needsReshapeAt(table: DownTable, schemaVersion: number): boolean {
  const nested = NESTED_BEFORE[table];
  return (
    Object.values(FIELDS_SINCE[table] ?? {}).some((since) => schemaVersion < since) ||
    (nested !== undefined && schemaVersion < nested.before)
  );
}

/** A row as a client of `schemaVersion` validates it: fields its schema did not have removed. */
export function rowForSchema(
  table: DownTable,
  value: Record<string, unknown>,
  schemaVersion: number,
): Record<string, unknown> {
  const added = FIELDS_SINCE[table];
  const nested = NESTED_BEFORE[table];
  if (!added && !nested) return value;
  const shaped = Object.fromEntries(
    Object.entries(value).filter(([field]) => schemaVersion >= (added?.[field] ?? 0)),
  );
  if (nested && schemaVersion < nested.before) nested.reshape(shaped);
  return shaped;
}

export { upgradeEscalationFields };
