/**
 * The fields schema 5 (issue #8) added to training data stored before it. Shared by the server's
 * translation of old mutations, its migration `0007`, its import and the device's database
 * upgrade, so all hold the same rows (like `pay-upgrade.ts`). Each returns the row itself when it
 * already has every schema 5 field.
 */
import type { CareerLevel } from '../policy/project-policy';
import type { Exam, ExamAttempt, ExamResult, Lesson } from './training';

/** Words (or CJK characters, read at about the same pace in minutes) read per minute. */
const READING_UNITS_PER_MINUTE = 200;

/**
 * Reading time of a lesson body: its English words (or, without English, its CJK characters)
 * at 200 a minute, rounded up, at least one minute.
 */
export function estimateReadingMinutes(body: Lesson['body']): number {
  const english = body.en.trim();
  const units = english
    ? english.split(/\s+/).length
    : [...(body['zh-CN'] ?? body['zh-TW'] ?? '')].filter((char) => /\p{L}/u.test(char)).length;
  return Math.max(1, Math.ceil(units / READING_UNITS_PER_MINUTE));
}

export function upgradeLessonFields<T extends Pick<Lesson, 'body'>>(
  lesson: T,
): T & { estimatedMinutes: number } {
  return 'estimatedMinutes' in lesson
    ? (lesson as T & { estimatedMinutes: number })
    : { ...lesson, estimatedMinutes: estimateReadingMinutes(lesson.body) };
}

type ExamSchema5Fields = Pick<
  Exam,
  | 'review'
  | 'multipleChoiceScoring'
  | 'shuffleQuestions'
  | 'shuffleOptions'
  | 'certificateValidDays'
>;

/**
 * An exam as it behaved before schema 5: a practice exam shows the answers, a certification only
 * the score; multiple choice all or nothing; questions and options in their order; certificates
 * as the employer dated them (no validity of the exam's own).
 */
export function upgradeExamFields<T extends Pick<Exam, 'kind'>>(exam: T): T & ExamSchema5Fields {
  if ('review' in exam) return exam as T & ExamSchema5Fields;
  return {
    ...exam,
    review: exam.kind === 'practice' ? 'show-answers' : 'score-only',
    multipleChoiceScoring: 'all-or-nothing',
    shuffleQuestions: false,
    shuffleOptions: false,
    certificateValidDays: null,
  };
}

/**
 * An attempt from before schema 5: never auto-submitted; its deadline is when it was submitted
 * (it was accepted then), or for a draft `startedAt` + the exam's time limit when known.
 */
export function upgradeAttemptFields<T extends Pick<ExamAttempt, 'startedAt' | 'submittedAt'>>(
  attempt: T,
  timeLimitMinutes?: number,
): T & Pick<ExamAttempt, 'deadlineAt' | 'isAutoSubmitted'> {
  type Upgraded = T & Pick<ExamAttempt, 'deadlineAt' | 'isAutoSubmitted'>;
  if ('deadlineAt' in attempt && 'isAutoSubmitted' in attempt) return attempt as Upgraded;
  const started = Date.parse(attempt.startedAt);
  const deadlineAt =
    attempt.submittedAt ??
    (timeLimitMinutes !== undefined && Number.isFinite(started)
      ? new Date(started + timeLimitMinutes * 60_000).toISOString()
      : attempt.startedAt);
  return { ...attempt, deadlineAt, isAutoSubmitted: false };
}

/**
 * A result from before schema 5: graded by the server (nothing else graded then), against the
 * attempt's exam version (1 when unknown), with no per-question credits to show.
 */
export function upgradeExamResultFields<T extends object>(
  result: T,
  examVersion = 1,
): T & Pick<ExamResult, 'examVersion' | 'gradedBy' | 'questionCredits'> {
  type Upgraded = T & Pick<ExamResult, 'examVersion' | 'gradedBy' | 'questionCredits'>;
  if ('examVersion' in result) return result as Upgraded;
  return { ...result, examVersion, gradedBy: 'server', questionCredits: null };
}

/** The policy itself when it already has `careerPath`, else a copy with an empty ladder. */
export function upgradePolicyCareerPath<T extends object>(
  policy: T,
): T & { careerPath: CareerLevel[] } {
  return 'careerPath' in policy
    ? (policy as T & { careerPath: CareerLevel[] })
    : { ...policy, careerPath: [] };
}
