/**
 * Comparing a measured value with its target. A target is a closed range with either bound
 * possibly open: a value is met inside the range, bounds included, and missed outside it on
 * either side (a 2–3.5 min talk-time target is missed by 1:50 as much as by 3:40).
 */
import type { KpiMetric, KpiTarget } from '../policy/project-policy';

/** `no-target`: the policy sets none; `no-data`: the records cannot measure the metric. */
export type TargetStatus = 'met' | 'missed' | 'no-target' | 'no-data';

export interface TargetComparison {
  status: TargetStatus;
  /** When missed: which side of the range the value lies on. */
  side: 'below' | 'above' | null;
  /** When missed: how far the value is from the nearest bound (the value's unit); else 0. */
  distance: number;
}

/** True when the value lies inside the target's closed range (an open bound is no limit). */
export function meetsTarget(value: number | undefined, { min, max }: KpiTarget): boolean {
  return value !== undefined && (min === null || value >= min) && (max === null || value <= max);
}

export function compareToTarget(
  value: number | undefined,
  target: KpiTarget | null,
): TargetComparison {
  if (target === null) return { status: 'no-target', side: null, distance: 0 };
  if (value === undefined) return { status: 'no-data', side: null, distance: 0 };
  if (target.min !== null && value < target.min) {
    return { status: 'missed', side: 'below', distance: target.min - value };
  }
  if (target.max !== null && value > target.max) {
    return { status: 'missed', side: 'above', distance: value - target.max };
  }
  return { status: 'met', side: null, distance: 0 };
}

/** The policy's target for a metric (the first one listed), or `null`. */
export function targetFor(metric: KpiMetric, targets: readonly KpiTarget[]): KpiTarget | null {
  return targets.find((target) => target.metric === metric) ?? null;
}
