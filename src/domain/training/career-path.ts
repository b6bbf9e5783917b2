import type { KpiMetric } from '../policy/project-policy';
import type { CareerLevel, KpiTarget } from '../policy/project-policy';
import { isCertificateValid } from './certificates';
import type { Certificate } from './training';

/** One requirement of the next career level and whether the agent meets it. */
export type CareerRequirement =
  | { kind: 'exam'; examId: string; isMet: boolean }
  | { kind: 'metric'; target: KpiTarget; value: number | undefined; isMet: boolean };

export interface CareerProgress {
  /** The agent's rung (index into the ladder), or -1 when their level is not on it. */
  currentIndex: number;
  current: CareerLevel | undefined;
  /** The next rung, or undefined at the top of the ladder (or on an empty ladder). */
  next: CareerLevel | undefined;
  requirements: CareerRequirement[];
  /** Requirements met over all, 0–100 (100 at the top). */
  percent: number;
  /** Every requirement of the next rung is met. */
  isReady: boolean;
}

/** A value meets a target when it lies inside the closed range; no value never meets it. */
function meets(value: number | undefined, { min, max }: KpiTarget): boolean {
  return value !== undefined && (min === null || value >= min) && (max === null || value <= max);
}

/**
 * The agent's progress towards the next rung of the ladder (the policy's `careerPath`, lowest
 * first): the certificates it requires (valid on `day`) and its metrics over the last full month
 * (`metricValues`, percentages for rates; undefined: not measurable). An agent whose level is not
 * on the ladder works towards its first rung.
 */
export function careerProgress(
  ladder: readonly CareerLevel[],
  currentLevelId: string | null,
  certificates: readonly Certificate[],
  metricValues: Partial<Record<KpiMetric, number>>,
  day: string,
): CareerProgress {
  const currentIndex = ladder.findIndex((level) => level.id === currentLevelId);
  const current = ladder[currentIndex];
  const next = ladder[currentIndex + 1];
  if (!next) {
    return { currentIndex, current, next, requirements: [], percent: 100, isReady: false };
  }
  const held = new Set(
    certificates
      .filter((certificate) => isCertificateValid(certificate, day))
      .map((certificate) => certificate.examId),
  );
  const requirements: CareerRequirement[] = [
    ...next.requiredExamIds.map((examId): CareerRequirement => ({
      kind: 'exam',
      examId,
      isMet: held.has(examId),
    })),
    ...next.requiredMetrics.map((target): CareerRequirement => {
      const value = metricValues[target.metric];
      return { kind: 'metric', target, value, isMet: meets(value, target) };
    }),
  ];
  const met = requirements.filter((requirement) => requirement.isMet).length;
  return {
    currentIndex,
    current,
    next,
    requirements,
    percent: requirements.length === 0 ? 100 : Math.floor((met / requirements.length) * 100),
    isReady: met === requirements.length,
  };
}
