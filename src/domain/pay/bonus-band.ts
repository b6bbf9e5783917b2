/**
 * Performance-bonus bands (DOMAIN.md product decision): a band applies when the score is at least
 * its lower bound, the highest such band wins. The bands are policy data.
 */
import type { BonusBand } from '../policy/project-policy';
import { exactDecimal } from './pay-formula';

function byThresholdDescending(bands: readonly BonusBand[]): BonusBand[] {
  return [...bands].sort((a, b) => b.minScorePercent - a.minScorePercent);
}

/** The band of a score (percent), or `null` when the score is below every band. */
export function bonusBandFor(scorePercent: number, bands: readonly BonusBand[]): BonusBand | null {
  return byThresholdDescending(bands).find((band) => scorePercent >= band.minScorePercent) ?? null;
}

/**
 * The next higher band and the points still needed to reach it (`pointsNeeded` = its lower bound
 * minus the score, computed in decimal so 95 − 92.9 is 2.1), or `null` when the score already has
 * the highest band. A score below every band looks to the lowest band.
 */
export function nextBand(
  scorePercent: number,
  bands: readonly BonusBand[],
): { band: BonusBand; pointsNeeded: number } | null {
  const current = bonusBandFor(scorePercent, bands);
  const higher = byThresholdDescending(bands)
    .reverse()
    .find((band) =>
      current === null
        ? band.minScorePercent > scorePercent
        : band.minScorePercent > current.minScorePercent,
    );
  if (!higher) return null;
  return { band: higher, pointsNeeded: decimalDifference(higher.minScorePercent, scorePercent) };
}

/** `a − b` for numbers written in decimal, without binary rounding noise. */
function decimalDifference(a: number, b: number): number {
  const x = exactDecimal(a);
  const y = exactDecimal(b);
  const numerator = x.numerator * y.denominator - y.numerator * x.denominator;
  const denominator = x.denominator * y.denominator;
  // Denominators are powers of ten, so the quotient is a short decimal.
  const digits = denominator.toString().length - 1;
  const negative = numerator < 0n;
  const magnitude = (negative ? -numerator : numerator).toString().padStart(digits + 1, '0');
  const text = `${magnitude.slice(0, magnitude.length - digits)}.${magnitude.slice(magnitude.length - digits)}`;
  return Number(`${negative ? '-' : ''}${text}`);
}
