/**
 * The two windows an escalation is judged by (see watch-after-escalation.ts): four weeks before it
 * and the time since, up to four weeks. Shared by the shift, penalty and KPI comparisons.
 */

/** Epoch milliseconds: before is `[beforeFromMs, raisedMs)`, after is `[raisedMs, afterToMs)`. */
export interface WatchWindow {
  beforeFromMs: number;
  raisedMs: number;
  afterToMs: number;
}

/** Ids of the records behind each side of a finding (shifts, pay lines or KPI days). */
export interface WatchEvidence {
  before: string[];
  after: string[];
}

/** `a × b ≥ c × d` in exact integers, so a threshold never depends on float rounding. */
export function productAtLeast(a: number, b: number, c: number, d: number): boolean {
  return BigInt(a) * BigInt(b) >= BigInt(c) * BigInt(d);
}
