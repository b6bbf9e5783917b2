/**
 * The agent's own tally for a day (issue #7): checked before it is stored, and set beside the
 * employer's figures for the same day with every difference flagged.
 */
import { latestPerKey } from '../latest-per-key';
import type { KpiDaily, KpiFigure } from './kpi-daily';
import { TALLY_COUNTS, type KpiTally, type TallyCount } from './kpi-records';
import { isCalendarDay } from './kpi-validation';

export const TALLY_NOTE_MAX_LENGTH = 500;

export interface TallyDraft {
  /** `YYYY-MM-DD` in the agent's zone. */
  day: string;
  counts: Partial<Record<TallyCount, number>>;
  note: string;
}

export type TallyIssue =
  | { code: 'kpiTally/invalid-day' }
  | { code: 'kpiTally/future-day' }
  | { code: 'kpiTally/no-counts' }
  | { code: 'kpiTally/not-whole'; count: TallyCount }
  | { code: 'kpiTally/part-over-whole'; count: TallyCount; whole: TallyCount }
  | { code: 'kpiTally/note-too-long'; max: number };

const TALLY_PARTS: readonly { count: TallyCount; whole: TallyCount }[] = [
  { count: 'connects', whole: 'dials' },
  { count: 'conversions', whole: 'connects' },
];

/** The employer's figure for each count; `results` (per-result pay units) has none. */
const EMPLOYER_FIGURE: Record<TallyCount, KpiFigure | null> = {
  contactsHandled: 'contactsHandled',
  results: null,
  dials: 'dials',
  connects: 'connects',
  conversions: 'conversions',
};

/** Every problem with a draft; empty when it may be stored. `today` is the agent's local day. */
export function validateTally(draft: TallyDraft, today: string): TallyIssue[] {
  const issues: TallyIssue[] = [];
  if (!isCalendarDay(draft.day)) issues.push({ code: 'kpiTally/invalid-day' });
  else if (draft.day > today) issues.push({ code: 'kpiTally/future-day' });
  const given = TALLY_COUNTS.filter((count) => draft.counts[count] !== undefined);
  if (given.length === 0) issues.push({ code: 'kpiTally/no-counts' });
  const sound = new Set<TallyCount>();
  for (const count of given) {
    const value = draft.counts[count]!;
    if (!Number.isInteger(value) || value < 0) issues.push({ code: 'kpiTally/not-whole', count });
    else sound.add(count);
  }
  for (const { count, whole } of TALLY_PARTS) {
    if (sound.has(count) && sound.has(whole) && draft.counts[count]! > draft.counts[whole]!) {
      issues.push({ code: 'kpiTally/part-over-whole', count, whole });
    }
  }
  if (draft.note.length > TALLY_NOTE_MAX_LENGTH) {
    issues.push({ code: 'kpiTally/note-too-long', max: TALLY_NOTE_MAX_LENGTH });
  }
  return issues;
}

/** One tally per day, the latest written (a later tally replaces an earlier one), newest day first. */
export function latestTallies(tallies: readonly KpiTally[]): KpiTally[] {
  return [
    ...latestPerKey(
      tallies,
      (tally) => tally.day,
      (tally) => tally.createdAt,
    ).values(),
  ].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

export interface TallyComparisonRow {
  count: TallyCount;
  mine: number;
  /** `null`: the employer has no figure (no record that day, or a count it does not keep). */
  employer: number | null;
  /** Mine minus the employer's; `null` without an employer figure. */
  difference: number | null;
  /** The figures differ, or the employer has no record for a day the agent counted. */
  isFlagged: boolean;
}

export interface TallyComparison {
  day: string;
  tally: KpiTally;
  employerRecord: KpiDaily | null;
  rows: TallyComparisonRow[];
  hasDifferences: boolean;
}

/** The agent's counts beside the employer's record of the same day, in `TALLY_COUNTS` order. */
export function compareTally(tally: KpiTally, employerRecord: KpiDaily | null): TallyComparison {
  const rows = TALLY_COUNTS.flatMap((count): TallyComparisonRow[] => {
    const mine = tally.counts[count];
    if (mine === undefined) return [];
    const figure = EMPLOYER_FIGURE[count];
    const employer = employerRecord && figure ? employerRecord[figure] : null;
    const difference = employer === null ? null : mine - employer;
    const isFlagged = difference === null ? employerRecord === null : difference !== 0;
    return [{ count, mine, employer, difference, isFlagged }];
  });
  return {
    day: tally.day,
    tally,
    employerRecord,
    rows,
    hasDifferences: rows.some((row) => row.isFlagged),
  };
}
