/**
 * The bonus simulator (issue #7): "if the score rises from 85 to 90 the bonus changes by +100",
 * or "if after-call work drops to 18 s the score becomes … and the bonus …". Pure: the agent's
 * figures are never changed.
 */
import { subtractFen, type Fen } from '../money';
import type { BonusBand, KpiMetric, ProjectPolicy } from '../policy/project-policy';
import { gradeFor, type GradeResult } from './kpi-grade';
import { scoreFromValues, type KpiValues } from './kpi-score';

export interface BonusSimulation {
  scoreBefore: number;
  scoreAfter: number;
  before: GradeResult;
  after: GradeResult;
  /** After minus before; negative when the bonus falls. */
  bonusChange: Fen;
}

export function simulateScore(
  scoreBefore: number,
  scoreAfter: number,
  bands: readonly BonusBand[],
): BonusSimulation {
  const before = gradeFor(scoreBefore, bands);
  const after = gradeFor(scoreAfter, bands);
  return {
    scoreBefore,
    scoreAfter,
    before,
    after,
    bonusChange: subtractFen(after.bonus, before.bonus),
  };
}

/** The score and bonus with one metric's value replaced, everything else as measured. */
export function simulateMetric(
  values: KpiValues,
  policy: ProjectPolicy,
  metric: KpiMetric,
  newValue: number,
): BonusSimulation {
  const before = scoreFromValues(values, policy).score;
  const after = scoreFromValues({ ...values, [metric]: newValue }, policy).score;
  return simulateScore(before, after, policy.bonusBands);
}
