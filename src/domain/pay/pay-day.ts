/**
 * The pay day of a period (DOMAIN.md): `policy.payDayOfMonth` of the month
 * `payRules.payDay.monthsAfterPeriod` after the period (clamped to the month's length), moved to
 * the nearest working day of the policy's calendar when it is a rest day or inside a holiday
 * block; on a tie the earlier day wins, so the agent is paid sooner.
 */
import type { ProjectPolicy } from '../policy/project-policy';
import { addDays, addMonths, calendarOf, daysInMonth, isWorkingDay } from './holiday-calendar';

/** Longer than any holiday block; a calendar with no working day this near is not rolled. */
const MAX_ROLL_DAYS = 31;

/** `YYYY-MM-DD` on which the pay of `period` (`YYYY-MM`) arrives. */
export function payDayOf(period: string, policy: ProjectPolicy): string {
  const month = addMonths(period, policy.payRules.payDay.monthsAfterPeriod);
  const dayOfMonth = Math.min(Math.max(Math.trunc(policy.payDayOfMonth), 1), daysInMonth(month));
  const nominal = `${month}-${String(dayOfMonth).padStart(2, '0')}`;
  const calendar = calendarOf(policy);
  for (let distance = 0; distance <= MAX_ROLL_DAYS; distance += 1) {
    const earlier = addDays(nominal, -distance);
    if (isWorkingDay(earlier, calendar)) return earlier;
    const later = addDays(nominal, distance);
    if (isWorkingDay(later, calendar)) return later;
  }
  return nominal;
}
