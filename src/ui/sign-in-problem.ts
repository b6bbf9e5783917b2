export type SignInProblem =
  'wrong-credentials' | 'unreachable' | 'bad-address' | 'other-agent' | 'failed';

const UNREACHABLE_KINDS: readonly unknown[] = ['offline', 'network', 'timeout', 'server'];

/**
 * What went wrong with a sign-in, as a code the form turns into a sentence. Reads the sync
 * error's `kind` structurally, so presentational code needs no sync import.
 */
export function classifySignInError(error: unknown): SignInProblem {
  if (error instanceof TypeError) return 'bad-address';
  const kind = typeof error === 'object' && error !== null ? Reflect.get(error, 'kind') : undefined;
  if (kind === 'auth' || kind === 'forbidden') return 'wrong-credentials';
  if (UNREACHABLE_KINDS.includes(kind)) return 'unreachable';
  if (error instanceof Error && error.message === 'sign-in/other-agent') return 'other-agent';
  return 'failed';
}
