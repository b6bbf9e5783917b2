/**
 * Default targets per business line, used when a project's policy gives none: the inbound table
 * of DOMAIN.md ("KPIs and targets", source 004; rates are percentages, durations seconds). The
 * source gives no figures for dials, connects, conversions or chat, so outbound and chat projects
 * get only the targets every line shares until their policy sets the rest.
 */
import type { BusinessLine } from '../agent/project';
import type { KpiTarget } from '../policy/project-policy';

/** Targets on the agent's time and quality that apply to every line. */
const SHARED: readonly KpiTarget[] = [
  { metric: 'scheduleAdherence', min: 99, max: null },
  { metric: 'utilisation', min: 70, max: null },
  { metric: 'auxShare', min: null, max: 6 },
  { metric: 'fatalErrorAccuracy', min: 95, max: null },
  { metric: 'nonFatalErrorAccuracy', min: 98, max: null },
  { metric: 'monitoredCalls', min: 1, max: null },
];

/** DOMAIN.md's inbound table, in its order: abandon ≤ 5 %, talk 2–3.5 min, ACW ≤ 20 s, … */
const INBOUND: readonly KpiTarget[] = [
  { metric: 'abandonRate', min: null, max: 5 },
  { metric: 'averageTalkSeconds', min: 120, max: 210 },
  { metric: 'afterCallWorkSeconds', min: null, max: 20 },
  { metric: 'averageSpeedOfAnswerSeconds', min: null, max: 20 },
  SHARED[0]!,
  SHARED[1]!,
  SHARED[2]!,
  { metric: 'firstContactResolution', min: 90, max: null },
  SHARED[3]!,
  SHARED[4]!,
  SHARED[5]!,
];

const BY_LINE: Record<BusinessLine, readonly KpiTarget[]> = {
  inbound: INBOUND,
  outbound: SHARED,
  chat: SHARED,
};

/** A fresh copy of the line's default targets. */
export function defaultKpiTargets(line: BusinessLine): KpiTarget[] {
  return BY_LINE[line].map((target) => ({ ...target }));
}
