import { describe, expect, it } from 'vitest';
import { fen, yuan } from '../money';
import type { BonusBand } from '../policy/project-policy';
import { bonusBandFor, nextBand } from './bonus-band';

// DOMAIN.md's table, deliberately out of order: the functions must not rely on the order.
const bands: BonusBand[] = [
  { grade: 'C', minScorePercent: 80, bonus: yuan(200) },
  { grade: 'A', minScorePercent: 95, bonus: yuan(500) },
  { grade: 'E', minScorePercent: 0, bonus: fen(0) },
  { grade: 'B', minScorePercent: 90, bonus: yuan(300) },
  { grade: 'D', minScorePercent: 71, bonus: yuan(100) },
];

describe('bonusBandFor', () => {
  it.each([
    { score: 100, grade: 'A' },
    { score: 95, grade: 'A' },
    { score: 94.5, grade: 'B' },
    { score: 90, grade: 'B' },
    { score: 89.9, grade: 'C' },
    { score: 80, grade: 'C' },
    { score: 79.99, grade: 'D' },
    { score: 71, grade: 'D' },
    { score: 70.5, grade: 'E' },
    { score: 0, grade: 'E' },
  ])('$score % → $grade', ({ score, grade }) => {
    expect(bonusBandFor(score, bands)?.grade).toBe(grade);
  });

  it('gives no band to a score below every band', () => {
    expect(
      bonusBandFor(
        50,
        bands.filter((b) => b.grade !== 'E'),
      ),
    ).toBeNull();
    expect(bonusBandFor(50, [])).toBeNull();
  });
});

describe('nextBand', () => {
  it.each([
    // 95 − 92.9 = 2.1 points to A (+200 over B).
    { score: 92.9, grade: 'A', points: 2.1 },
    { score: 90, grade: 'A', points: 5 },
    // 90 − 89.99 = 0.01
    { score: 89.99, grade: 'B', points: 0.01 },
    { score: 80, grade: 'B', points: 10 },
    // 80 − 72.3 = 7.7
    { score: 72.3, grade: 'C', points: 7.7 },
    // 71 − 70.5 = 0.5
    { score: 70.5, grade: 'D', points: 0.5 },
    { score: 0, grade: 'D', points: 71 },
  ])('$score % needs $points points for $grade', ({ score, grade, points }) => {
    const next = nextBand(score, bands);
    expect(next?.band.grade).toBe(grade);
    expect(next?.pointsNeeded).toBe(points);
  });

  it('is null at the top band', () => {
    expect(nextBand(95, bands)).toBeNull();
    expect(nextBand(99.5, bands)).toBeNull();
  });

  it('looks to the lowest band from below every band', () => {
    // 71 − 60.4 = 10.6 points to D.
    expect(
      nextBand(
        60.4,
        bands.filter((b) => b.grade !== 'E'),
      ),
    ).toEqual({
      band: bands[4],
      pointsNeeded: 10.6,
    });
  });
});
