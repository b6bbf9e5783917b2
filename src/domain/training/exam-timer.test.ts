import { describe, expect, it } from 'vitest';
import type { ExamAttempt } from './training';
import {
  acceptsAnswers,
  attemptDeadline,
  isAutoSubmitDue,
  isTimeRunningOut,
  remainingMs,
  remainingSeconds,
  timerParts,
} from './exam-timer';

const attempt = (
  syncState: ExamAttempt['syncState'] = 'draft',
): Pick<ExamAttempt, 'deadlineAt' | 'syncState'> => ({
  deadlineAt: attemptDeadline(new Date('2026-11-20T10:00:00Z'), 20),
  syncState,
});

describe('the attempt clock', () => {
  it('fixes the deadline at start plus the limit', () => {
    expect(attemptDeadline(new Date('2026-11-20T10:00:00Z'), 20)).toBe('2026-11-20T10:20:00.000Z');
    expect(attemptDeadline(new Date('2026-11-20T23:50:00Z'), 15)).toBe('2026-11-21T00:05:00.000Z');
  });

  it.each([
    // now, ms left, seconds shown, takes answers, auto-submit due
    ['2026-11-20T10:00:00Z', 1_200_000, 1200, true, false],
    // The app was killed at 10:05 and reopened at 10:17: the time away has been spent.
    ['2026-11-20T10:17:00Z', 180_000, 180, true, false],
    ['2026-11-20T10:19:59.500Z', 500, 1, true, false],
    ['2026-11-20T10:20:00Z', 0, 0, false, true],
    // The phone died and came back after the deadline.
    ['2026-11-20T13:00:00Z', 0, 0, false, true],
  ])('at %s: %d ms left, shown %d s', (now, ms, seconds, accepts, due) => {
    expect(remainingMs(attempt(), new Date(now))).toBe(ms);
    expect(remainingSeconds(attempt(), new Date(now))).toBe(seconds);
    expect(acceptsAnswers(attempt(), new Date(now))).toBe(accepts);
    expect(isAutoSubmitDue(attempt(), new Date(now))).toBe(due);
  });

  it.each(['pending', 'sent', 'rejected'] as const)(
    'neither takes answers nor auto-submits a %s attempt',
    (syncState) => {
      const late = new Date('2026-11-20T13:00:00Z');
      const early = new Date('2026-11-20T10:01:00Z');
      expect(isAutoSubmitDue(attempt(syncState), late)).toBe(false);
      expect(acceptsAnswers(attempt(syncState), early)).toBe(false);
    },
  );

  it.each([
    [1200, { minutes: 20, seconds: 0 }],
    [61, { minutes: 1, seconds: 1 }],
    [59.2, { minutes: 1, seconds: 0 }],
    [0, { minutes: 0, seconds: 0 }],
    [-5, { minutes: 0, seconds: 0 }],
  ])('shows %d s as %j', (seconds, parts) => {
    expect(timerParts(seconds)).toEqual(parts);
  });

  it.each([
    [61, 5, false],
    [60, 5, true],
    [120, 20, true],
    [121, 20, false],
  ])('%d s left of %d min: running out %s', (seconds, limit, warn) => {
    expect(isTimeRunningOut(seconds, limit)).toBe(warn);
  });
});
