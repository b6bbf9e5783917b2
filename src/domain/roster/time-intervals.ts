/**
 * Half-open time intervals `[start, end)` in epoch milliseconds, and the few set operations the
 * roster rules need (paid time, adherence, gaps). Lists returned are sorted and disjoint.
 */

export interface Interval {
  start: number;
  end: number;
}

export const MINUTE_MS = 60_000;

/** The interval between two ISO instants. */
export function intervalOf(start: string, end: string): Interval {
  return { start: Date.parse(start), end: Date.parse(end) };
}

/** Whole minutes in a span of milliseconds, rounded once at the end of a sum. */
export function minutesOfMs(ms: number): number {
  return Math.round(ms / MINUTE_MS);
}

/** Milliseconds covered by a list of intervals (empty or reversed ones count zero). */
export function totalMs(intervals: readonly Interval[]): number {
  return intervals.reduce((total, { start, end }) => total + Math.max(end - start, 0), 0);
}

/** The same time as sorted, disjoint intervals; empty ones dropped, touching ones joined. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** The time in both lists. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = mergeIntervals(a);
  const right = mergeIntervals(b);
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i]!;
    const y = right[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) result.push({ start, end });
    if (x.end < y.end) i += 1;
    else j += 1;
  }
  return result;
}

/** The time in `from` and not in `cuts`. */
export function subtractIntervals(
  from: readonly Interval[],
  cuts: readonly Interval[],
): Interval[] {
  const result: Interval[] = [];
  const removed = mergeIntervals(cuts);
  for (const piece of mergeIntervals(from)) {
    let start = piece.start;
    for (const cut of removed) {
      if (cut.end <= start || cut.start >= piece.end) continue;
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
    }
    if (start < piece.end) result.push({ start, end: piece.end });
  }
  return result;
}
