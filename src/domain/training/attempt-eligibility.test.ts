import { describe, expect, it } from 'vitest';
import type { ExamAttempt } from './training';
import {
  attemptEligibility,
  countedAttempts,
  isForChangedExam,
  resumableDraft,
  staleDrafts,
} from './attempt-eligibility';
import { makeExam } from '../../../test/training-builders';

// maxAttempts 3, cool-down 24 h, version 1.
const exam = makeExam();

function attempt(
  id: string,
  submittedAt: string | null,
  overrides: Partial<ExamAttempt> = {},
): ExamAttempt {
  return {
    id,
    agentId: 'agent-1',
    examId: 'exam-1',
    examVersion: 1,
    startedAt: submittedAt ?? '2026-11-20T09:00:00Z',
    submittedAt,
    answers: {},
    deadlineAt: '2026-11-20T09:20:00Z',
    isAutoSubmitted: false,
    syncState: submittedAt === null ? 'draft' : 'sent',
    ...overrides,
  };
}

const now = new Date('2026-11-20T12:00:00Z');

describe('attemptEligibility', () => {
  it.each([
    ['no attempts yet', [], { status: 'can-start', attemptsUsed: 0, attemptsLeft: 3 }],
    [
      'one attempt two days ago',
      [attempt('a1', '2026-11-18T10:00:00Z')],
      { status: 'can-start', attemptsUsed: 1, attemptsLeft: 2 },
    ],
    [
      'one attempt two hours ago: cooling down for 22 more hours',
      [attempt('a1', '2026-11-20T10:00:00Z')],
      { status: 'cooling-down', availableAt: '2026-11-21T10:00:00.000Z', attemptsUsed: 1 },
    ],
    [
      'the cool-down runs from the latest attempt',
      [attempt('a1', '2026-11-17T10:00:00Z'), attempt('a2', '2026-11-19T20:00:00Z')],
      { status: 'cooling-down', availableAt: '2026-11-20T20:00:00.000Z', attemptsUsed: 2 },
    ],
    [
      'a cool-down ends exactly on the hour',
      [attempt('a1', '2026-11-19T12:00:00Z')],
      { status: 'can-start', attemptsUsed: 1, attemptsLeft: 2 },
    ],
    [
      'three attempts used',
      [
        attempt('a1', '2026-11-10T10:00:00Z'),
        attempt('a2', '2026-11-12T10:00:00Z'),
        attempt('a3', '2026-11-14T10:00:00Z', { syncState: 'pending' }),
      ],
      { status: 'attempt-limit', attemptsUsed: 3, maxAttempts: 3 },
    ],
    [
      'a rejected attempt does not count',
      [attempt('a1', '2026-11-10T10:00:00Z', { syncState: 'rejected' })],
      { status: 'can-start', attemptsUsed: 0, attemptsLeft: 3 },
    ],
    [
      'attempts at an earlier version do not count',
      [
        attempt('a1', '2026-11-10T10:00:00Z', { examVersion: 0 }),
        attempt('a2', '2026-11-20T11:00:00Z', { examVersion: 0 }),
        attempt('a3', '2026-11-20T11:30:00Z', { examVersion: 0 }),
      ],
      { status: 'can-start', attemptsUsed: 0, attemptsLeft: 3 },
    ],
    [
      'attempts at another exam do not count',
      [attempt('a1', '2026-11-20T11:00:00Z', { examId: 'exam-2' })],
      { status: 'can-start', attemptsUsed: 0, attemptsLeft: 3 },
    ],
  ])('%s', (_, attempts, eligibility) => {
    expect(attemptEligibility(exam, attempts, now)).toEqual(eligibility);
  });

  it('resumes a draft before anything else', () => {
    const draft = attempt('a4', null);
    expect(attemptEligibility(exam, [attempt('a1', '2026-11-20T10:00:00Z'), draft], now)).toEqual({
      status: 'in-progress',
      attempt: draft,
    });
  });

  it.each([
    [
      0,
      0,
      'no limit and no cool-down',
      { status: 'can-start', attemptsUsed: 5, attemptsLeft: null },
    ],
    [5, 0, 'a limit of five', { status: 'attempt-limit', attemptsUsed: 5, maxAttempts: 5 }],
  ])('max %d, cool-down %d h: %s', (maxAttempts, coolDownHours, _, eligibility) => {
    const five = [1, 2, 3, 4, 5].map((n) => attempt(`a${n}`, `2026-11-20T11:5${n}:00Z`));
    expect(attemptEligibility({ ...exam, maxAttempts, coolDownHours }, five, now)).toEqual(
      eligibility,
    );
  });
});

describe('drafts and changed exams', () => {
  const current = attempt('current', null, { startedAt: '2026-11-20T11:00:00Z' });
  const older = attempt('older', null, { startedAt: '2026-11-20T10:00:00Z' });
  const stale = attempt('stale', null, { examVersion: 0 });

  it('resumes the latest draft of the current version only', () => {
    expect(resumableDraft(exam, [older, stale, current])).toBe(current);
    expect(resumableDraft(exam, [stale])).toBeUndefined();
  });

  it('keeps drafts of a changed exam aside', () => {
    expect(staleDrafts(exam, [older, stale, current])).toEqual([stale]);
    expect(isForChangedExam(exam, stale)).toBe(true);
    expect(isForChangedExam(exam, current)).toBe(false);
    expect(attemptEligibility(exam, [stale], now).status).toBe('can-start');
  });

  it('counts only submitted, unrejected attempts of the current version', () => {
    const sent = attempt('sent', '2026-11-19T10:00:00Z');
    expect(countedAttempts(exam, [sent, current, stale])).toEqual([sent]);
  });
});
