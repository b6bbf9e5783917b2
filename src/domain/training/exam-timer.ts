import type { ExamAttempt } from './training';

/**
 * An attempt's clock (docs/training.md). The deadline is fixed when the attempt starts
 * (startedAt + the exam's time limit) and stored with it, so time keeps running while the app is
 * closed or the phone is off: a resumed attempt shows what is honestly left, and one whose deadline
 * passed meanwhile is submitted at once with the answers saved before it.
 */

const MINUTE_MS = 60_000;

/** The deadline (ISO) of an attempt started at `startedAt` on an exam of `timeLimitMinutes`. */
export function attemptDeadline(startedAt: Date, timeLimitMinutes: number): string {
  return new Date(startedAt.getTime() + Math.max(0, timeLimitMinutes) * MINUTE_MS).toISOString();
}

/** Milliseconds left at `now`, never below 0. */
export function remainingMs(attempt: Pick<ExamAttempt, 'deadlineAt'>, now: Date): number {
  return Math.max(0, Date.parse(attempt.deadlineAt) - now.getTime());
}

/** Whole seconds left at `now`, rounded up (a timer shows 0:00 only when time is up). */
export function remainingSeconds(attempt: Pick<ExamAttempt, 'deadlineAt'>, now: Date): number {
  return Math.ceil(remainingMs(attempt, now) / 1000);
}

/** Whether a draft's time is up at `now`, so the app must submit it (`isAutoSubmitted`). */
export function isAutoSubmitDue(
  attempt: Pick<ExamAttempt, 'deadlineAt' | 'syncState'>,
  now: Date,
): boolean {
  return attempt.syncState === 'draft' && remainingMs(attempt, now) === 0;
}

/** Whether the attempt still takes answers at `now`: a draft before its deadline. */
export function acceptsAnswers(
  attempt: Pick<ExamAttempt, 'deadlineAt' | 'syncState'>,
  now: Date,
): boolean {
  return attempt.syncState === 'draft' && remainingMs(attempt, now) > 0;
}

/** Time left split for display: minutes and seconds (`mm:ss` via Intl in the UI). */
export function timerParts(seconds: number): { minutes: number; seconds: number } {
  const whole = Math.max(0, Math.ceil(seconds));
  return { minutes: Math.floor(whole / 60), seconds: whole % 60 };
}

/** Whether the timer should warn: a minute or less left (or a tenth of the limit, if longer). */
export function isTimeRunningOut(secondsLeft: number, timeLimitMinutes: number): boolean {
  return secondsLeft <= Math.max(60, timeLimitMinutes * 6);
}
