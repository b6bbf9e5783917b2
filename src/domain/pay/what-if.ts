/**
 * "What if I worked 4 h more overtime, took a day off, scored 2 points higher?": the period's
 * statement recomputed with the agent's changes, and how far the score is from the next band.
 */
import { subtractFen, ZERO_FEN, type Fen } from '../money';
import type { BonusBand, Grade, ProjectPolicy } from '../policy/project-policy';
import { bonusBandFor, nextBand } from './bonus-band';
import { calculatePay } from './calculate-pay';
import type { PayPeriodInput } from './pay-input';
import type { ComputedStatement } from './pay-line';

export interface WhatIfChanges {
  /** Replaces the period's approved overtime, in minutes. */
  overtimeMinutes?: number;
  /** Replaces the days of the kinds given; the other kinds stay. */
  leaveDays?: Partial<PayPeriodInput['leaveDays']>;
  /** Replaces the assessment score (percent); `null` removes it. */
  assessmentScore?: number | null;
}

export interface WhatIfResult {
  before: ComputedStatement;
  after: ComputedStatement;
  /** After minus before, net. */
  netChange: Fen;
  /** The bands of the scores before and after; `null` without a score or below every band. */
  bandBefore: BonusBand | null;
  bandAfter: BonusBand | null;
}

function bandOf(score: number | null, bands: readonly BonusBand[]): BonusBand | null {
  return score === null ? null : bonusBandFor(score, bands);
}

/** The period's statement before and after the agent's changes, and the net difference. */
export function whatIf(
  policy: ProjectPolicy,
  input: PayPeriodInput,
  changes: WhatIfChanges,
): WhatIfResult {
  const changed: PayPeriodInput = {
    ...input,
    overtimeMinutes: changes.overtimeMinutes ?? input.overtimeMinutes,
    leaveDays: { ...input.leaveDays, ...changes.leaveDays },
    assessmentScore:
      changes.assessmentScore === undefined ? input.assessmentScore : changes.assessmentScore,
  };
  const before = calculatePay(policy, input);
  const after = calculatePay(policy, changed);
  return {
    before,
    after,
    netChange: subtractFen(after.net, before.net),
    bandBefore: bandOf(input.assessmentScore, policy.bonusBands),
    bandAfter: bandOf(changed.assessmentScore, policy.bonusBands),
  };
}

export interface BandGap {
  /** The next higher band's grade. */
  grade: Grade;
  /** Points still needed to reach it, in decimal (95 − 92.9 is 2.1). */
  pointsNeeded: number;
  /** Its bonus minus the current band's (0 below every band). */
  bonusChange: Fen;
}

/**
 * How far a score is from the next band: "2.1 points more gets grade A: +200" is
 * `{ grade: 'A', pointsNeeded: 2.1, bonusChange: 20000 }`. `null` at the highest band.
 */
export function bandGap(score: number, bands: readonly BonusBand[]): BandGap | null {
  const next = nextBand(score, bands);
  if (next === null) return null;
  const current = bonusBandFor(score, bands);
  return {
    grade: next.band.grade,
    pointsNeeded: next.pointsNeeded,
    bonusChange: subtractFen(next.band.bonus, current?.bonus ?? ZERO_FEN),
  };
}
