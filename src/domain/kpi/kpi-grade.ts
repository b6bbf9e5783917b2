/**
 * The grade and bonus a score earns under the pay policy's bonus bands, through the pay engine's
 * own band rules (`bonus-band.ts`, `what-if.ts`), so the KPI screens and the pay statement can
 * never disagree on a band.
 */
import { ZERO_FEN, type Fen } from '../money';
import { bonusBandFor } from '../pay/bonus-band';
import { bandGap, type BandGap } from '../pay/what-if';
import type { BonusBand } from '../policy/project-policy';

export interface GradeResult {
  score: number;
  /** `null` when the score is below every band. */
  band: BonusBand | null;
  /** The band's bonus, 0 without a band. */
  bonus: Fen;
  /** The next band, the points to it and the bonus it adds; `null` at the highest band. */
  gap: BandGap | null;
}

export function gradeFor(score: number, bands: readonly BonusBand[]): GradeResult {
  const band = bonusBandFor(score, bands);
  return { score, band, bonus: band?.bonus ?? ZERO_FEN, gap: bandGap(score, bands) };
}
