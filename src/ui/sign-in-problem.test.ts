import { describe, expect, it } from 'vitest';
import { classifySignInError } from './sign-in-problem';

class FakeSyncError extends Error {
  constructor(readonly kind: string) {
    super(kind);
  }
}

describe('classifySignInError', () => {
  it.each([
    [new FakeSyncError('auth'), 'wrong-credentials'],
    [new FakeSyncError('forbidden'), 'wrong-credentials'],
    [new FakeSyncError('offline'), 'unreachable'],
    [new FakeSyncError('timeout'), 'unreachable'],
    [new FakeSyncError('server'), 'unreachable'],
    [new TypeError('Invalid URL'), 'bad-address'],
    [new Error('sign-in/other-agent'), 'other-agent'],
    [new Error('anything else'), 'failed'],
    ['a string', 'failed'],
  ])('reads %o as %s', (error, expected) => {
    expect(classifySignInError(error)).toBe(expected);
  });
});
