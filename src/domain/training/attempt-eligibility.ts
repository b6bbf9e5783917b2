import type { Exam, ExamAttempt } from './training';

/**
 * Whether the agent may start an attempt (docs/training.md). Only attempts at the exam's current
 * version count: a changed exam (new version) starts afresh. A submitted attempt counts whether
 * its result is known or not; a rejected one and a draft do not. `maxAttempts` ≤ 0 means no limit.
 * The cool-down runs from the latest counted submission.
 */
export type AttemptEligibility =
  | { status: 'can-start'; attemptsUsed: number; attemptsLeft: number | null }
  | { status: 'in-progress'; attempt: ExamAttempt }
  | { status: 'attempt-limit'; attemptsUsed: number; maxAttempts: number }
  | { status: 'cooling-down'; availableAt: string; attemptsUsed: number };

const HOUR_MS = 3_600_000;

/** Attempts at `exam`'s current version that were submitted and not rejected. */
export function countedAttempts(
  exam: Pick<Exam, 'id' | 'version'>,
  attempts: readonly ExamAttempt[],
): ExamAttempt[] {
  return attempts.filter(
    (attempt) =>
      attempt.examId === exam.id &&
      attempt.examVersion === exam.version &&
      attempt.submittedAt !== null &&
      attempt.syncState !== 'draft' &&
      attempt.syncState !== 'rejected',
  );
}

/** Whether an attempt was made on a version of the exam that has since changed. */
export function isForChangedExam(
  exam: Pick<Exam, 'id' | 'version'>,
  attempt: Pick<ExamAttempt, 'examId' | 'examVersion'>,
): boolean {
  return attempt.examId === exam.id && attempt.examVersion !== exam.version;
}

/** A draft of the current version the agent can resume, if any (the latest started). */
export function resumableDraft(
  exam: Pick<Exam, 'id' | 'version'>,
  attempts: readonly ExamAttempt[],
): ExamAttempt | undefined {
  return attempts
    .filter(
      (attempt) =>
        attempt.examId === exam.id &&
        attempt.syncState === 'draft' &&
        attempt.examVersion === exam.version,
    )
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}

/** Drafts of an earlier version, kept with their answers but no longer submittable. */
export function staleDrafts(
  exam: Pick<Exam, 'id' | 'version'>,
  attempts: readonly ExamAttempt[],
): ExamAttempt[] {
  return attempts.filter(
    (attempt) => attempt.syncState === 'draft' && isForChangedExam(exam, attempt),
  );
}

/** Whether `exam`'s agent may start, resume, or must wait or stop, at `now`. */
export function attemptEligibility(
  exam: Pick<Exam, 'id' | 'version' | 'maxAttempts' | 'coolDownHours'>,
  attempts: readonly ExamAttempt[],
  now: Date,
): AttemptEligibility {
  const draft = resumableDraft(exam, attempts);
  if (draft) return { status: 'in-progress', attempt: draft };
  const counted = countedAttempts(exam, attempts);
  const attemptsUsed = counted.length;
  if (exam.maxAttempts > 0 && attemptsUsed >= exam.maxAttempts) {
    return { status: 'attempt-limit', attemptsUsed, maxAttempts: exam.maxAttempts };
  }
  const lastSubmitted = counted
    .map((attempt) => Date.parse(attempt.submittedAt as string))
    .reduce((latest, time) => Math.max(latest, time), Number.NEGATIVE_INFINITY);
  const availableAt = lastSubmitted + Math.max(0, exam.coolDownHours) * HOUR_MS;
  if (attemptsUsed > 0 && now.getTime() < availableAt) {
    return {
      status: 'cooling-down',
      availableAt: new Date(availableAt).toISOString(),
      attemptsUsed,
    };
  }
  return {
    status: 'can-start',
    attemptsUsed,
    attemptsLeft: exam.maxAttempts > 0 ? exam.maxAttempts - attemptsUsed : null,
  };
}
