/**
 * When to try again after a failed sync (SYNC.md §4.8): full-jitter exponential backoff, the
 * delay drawn from [0, min(60 s, 1 s · 2^attempt)], or the server's Retry-After when that is
 * longer. Jitter keeps a fleet of devices that lost the network together from returning together.
 */
export const SYNC_RETRY_BASE_MS = 1_000;
export const SYNC_RETRY_MAX_MS = 60_000;
/** A Retry-After beyond this is treated as this, so a confused server cannot park a device. */
export const SYNC_RETRY_AFTER_MAX_MS = 15 * 60_000;

/**
 * The delay before retry number `attempt` (0 for the first retry after a success).
 * @example backoffDelayMs(3, () => 0.5) // 4 000: half of min(60 000, 1 000 · 2³)
 */
export function backoffDelayMs(
  attempt: number,
  random: () => number,
  retryAfterMs?: number,
): number {
  const ceilingMs = Math.min(SYNC_RETRY_MAX_MS, SYNC_RETRY_BASE_MS * 2 ** Math.min(attempt, 16));
  const jitteredMs = Math.floor(random() * ceilingMs);
  if (retryAfterMs === undefined) return jitteredMs;
  return Math.max(jitteredMs, Math.min(retryAfterMs, SYNC_RETRY_AFTER_MAX_MS));
}
