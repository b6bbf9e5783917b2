/**
 * Checks on the employer's daily records before they enter a scorecard or a chart (issue #7):
 * a figure that is negative or not a whole number, a part larger than its whole (a rate above
 * 100 %: more contacts handled than offered, more time adhered than scheduled, more productive
 * time than logged in), and a day that is not a day or lies in the future. Each problem is an
 * issue code the screens translate; a record with any issue is left out, and said so.
 */
import type { KpiDaily, KpiFigure } from './kpi-daily';
import { KPI_FIGURES } from './measure-kpis';

export type KpiRecordIssue =
  | { code: 'kpi/invalid-day'; day: string }
  | { code: 'kpi/future-day'; day: string }
  | { code: 'kpi/negative'; figure: KpiFigure }
  | { code: 'kpi/not-whole'; figure: KpiFigure }
  | { code: 'kpi/part-over-whole'; figure: KpiFigure; whole: KpiFigure };

/** Figures that are a part of another figure: a rate made of them cannot exceed 100 %. */
export const PART_WHOLE_PAIRS: readonly { figure: KpiFigure; whole: KpiFigure }[] = [
  { figure: 'contactsHandled', whole: 'contactsOffered' },
  { figure: 'adheredSeconds', whole: 'scheduledSeconds' },
  { figure: 'productiveSeconds', whole: 'loggedInSeconds' },
  { figure: 'auxSeconds', whole: 'loggedInSeconds' },
  { figure: 'resolvedFirstContact', whole: 'contactsHandled' },
  { figure: 'fatalErrors', whole: 'contactsHandled' },
  { figure: 'nonFatalErrors', whole: 'contactsHandled' },
  { figure: 'satisfiedResponses', whole: 'satisfactionResponses' },
  { figure: 'validComplaints', whole: 'contactsHandled' },
  { figure: 'escalations', whole: 'contactsHandled' },
  { figure: 'connects', whole: 'dials' },
  { figure: 'conversions', whole: 'connects' },
];

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(day: string): boolean {
  if (!DAY_PATTERN.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** Every issue of one record; `today` is the agent's local day. Empty when the record is sound. */
export function validateKpiDaily(record: KpiDaily, today: string): KpiRecordIssue[] {
  const issues: KpiRecordIssue[] = [];
  if (!isCalendarDay(record.day)) issues.push({ code: 'kpi/invalid-day', day: record.day });
  else if (record.day > today) issues.push({ code: 'kpi/future-day', day: record.day });
  const sound = new Set<KpiFigure>();
  for (const figure of KPI_FIGURES) {
    const value = record[figure];
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      issues.push({ code: 'kpi/not-whole', figure });
    } else if (value < 0) {
      issues.push({ code: 'kpi/negative', figure });
    } else {
      sound.add(figure);
    }
  }
  for (const { figure, whole } of PART_WHOLE_PAIRS) {
    if (sound.has(figure) && sound.has(whole) && record[figure] > record[whole]) {
      issues.push({ code: 'kpi/part-over-whole', figure, whole });
    }
  }
  return issues;
}

export interface RejectedKpiDay {
  record: KpiDaily;
  issues: KpiRecordIssue[];
}

/** The sound records (order kept) and the rejected ones with their issues. */
export function partitionKpiDays(
  records: readonly KpiDaily[],
  today: string,
): { valid: KpiDaily[]; rejected: RejectedKpiDay[] } {
  const valid: KpiDaily[] = [];
  const rejected: RejectedKpiDay[] = [];
  for (const record of records) {
    const issues = validateKpiDaily(record, today);
    if (issues.length === 0) valid.push(record);
    else rejected.push({ record, issues });
  }
  return { valid, rejected };
}
