/**
 * What a server does with a submitted exam attempt (issue #8), shared by the reference server and
 * the memory server so both decide alike: refuse an attempt at an exam version that has changed
 * (`mutation/exam-changed`) or one over the exam's attempt limit (`mutation/attempt-limit`), else
 * grade it with the full key and write the result, and the certificate a passed certification
 * earns, in the same commit as the attempt.
 */
import { certificateOnPass } from '../training/certificates';
import { gradeAttempt } from '../training/grade-attempt';
import type { Exam, ExamAttempt, ExamResult } from '../training/training';
import type { Change } from './protocol';

export type SubmissionDecision =
  { ok: true; changes: Change[] } | { ok: false; code: string; message: string };

export interface SubmissionInput {
  attempt: Omit<ExamAttempt, 'syncState'>;
  /** The exam as stored, with its key put back; `null` when the server has no such exam. */
  exam: Exam | null;
  /** Attempts of this agent already stored for the exam (any version). */
  storedAttempts: readonly Pick<ExamAttempt, 'id' | 'examVersion'>[];
  /** The agent's time zone: the certificate's issue day is local. */
  timeZone: string;
  now: Date;
  gradedBy: ExamResult['gradedBy'];
}

/** The result row and certificate for a new attempt, or the reason it is refused. */
export function decideSubmission(input: SubmissionInput): SubmissionDecision {
  const { attempt, exam, now } = input;
  if (!exam) return { ok: false, code: 'mutation/not-found', message: `exam ${attempt.examId}` };
  if (attempt.submittedAt === null) {
    return { ok: false, code: 'mutation/invalid-args', message: 'submittedAt: not submitted' };
  }
  if (attempt.examVersion !== exam.version) {
    return {
      ok: false,
      code: 'mutation/exam-changed',
      message: `exam ${exam.id} is at version ${exam.version}, not ${attempt.examVersion}`,
    };
  }
  const used = input.storedAttempts.filter(
    (stored) => stored.id !== attempt.id && stored.examVersion === exam.version,
  ).length;
  if (exam.maxAttempts > 0 && used >= exam.maxAttempts) {
    return {
      ok: false,
      code: 'mutation/attempt-limit',
      message: `${used} of ${exam.maxAttempts} attempts used`,
    };
  }
  const grade = gradeAttempt(exam, attempt.answers);
  const result: ExamResult = {
    attemptId: attempt.id,
    examId: exam.id,
    scorePercent: grade.scorePercent,
    isPassed: grade.isPassed,
    gradedAt: now.toISOString(),
    examVersion: exam.version,
    gradedBy: input.gradedBy,
    // Per-question credits would tell which answers were right: only when the review shows it.
    questionCredits: exam.review === 'score-only' ? null : grade.questionCredits,
  };
  const changes: Change[] = [
    { table: 'examResults', op: 'put', key: result.attemptId, value: result },
  ];
  if (exam.kind === 'certification' && grade.isPassed) {
    const certificate = certificateOnPass(exam, attempt.agentId, attempt.id, now, input.timeZone);
    changes.push({ table: 'certificates', op: 'put', key: certificate.id, value: certificate });
  }
  return { ok: true, changes };
}
