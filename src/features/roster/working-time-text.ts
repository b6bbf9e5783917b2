/** A working-time finding in words, with its figures (one sentence per domain code). */
import type { TFunction } from 'i18next';
import { localDayOf } from '@/domain/roster/describe-shift';
import type { WorkingTimeFinding } from '@/domain/roster/working-time';
import {
  formatDate,
  formatDay,
  formatDurationMinutes,
  formatMonth,
  formatTime,
} from '@/i18n/format';
import { addDays, mondayOf } from './calendar-days';

type T = TFunction<'roster'>;

/** The Monday of an ISO week `YYYY-Www` (4 January is always in week 1). */
export function mondayOfIsoWeek(week: string): string {
  const [year, number] = week.split('-W');
  return addDays(mondayOf(`${year}-01-04`), (Number(number) - 1) * 7);
}

export function describeFinding(
  finding: WorkingTimeFinding,
  t: T,
  language: string,
  timeZone: string,
): string {
  const duration = (minutes: number) => formatDurationMinutes(minutes, language);
  const moment = (instant: string) =>
    t('workingTime.moment', {
      date: formatDate(instant, language, timeZone),
      time: formatTime(instant, language, timeZone),
    });
  switch (finding.code) {
    case 'working-time/day-over-limit':
      return t('workingTime.finding.day', {
        date: formatDay(finding.day, language),
        worked: duration(finding.minutes),
        limit: duration(finding.limitMinutes),
      });
    case 'working-time/week-over-limit': {
      const monday = mondayOfIsoWeek(finding.week);
      return t('workingTime.finding.week', {
        from: formatDay(monday, language),
        to: formatDay(addDays(monday, 6), language),
        worked: duration(finding.minutes),
        limit: duration(finding.limitMinutes),
      });
    }
    case 'working-time/month-overtime-over-limit':
      return t('workingTime.finding.month', {
        month: formatMonth(finding.month, language),
        overtime: duration(finding.overtimeMinutes),
        limit: duration(finding.limitMinutes),
      });
    case 'working-time/rest-too-short':
      return t('workingTime.finding.rest', {
        rest: duration(finding.minutes),
        from: moment(finding.start),
        to: moment(finding.end),
        limit: duration(finding.limitMinutes),
      });
    case 'working-time/split-gap-too-long':
      return t('workingTime.finding.splitGap', {
        date: formatDay(finding.day, language),
        gap: duration(finding.minutes),
        start: formatTime(finding.start, language, timeZone),
        end: formatTime(finding.end, language, timeZone),
        limit: duration(finding.limitMinutes),
      });
  }
}

/** Whether a finding concerns a day of `month` (`YYYY-MM`), weeks counting when they touch it. */
export function isFindingInMonth(finding: WorkingTimeFinding, month: string, timeZone: string) {
  switch (finding.code) {
    case 'working-time/day-over-limit':
    case 'working-time/split-gap-too-long':
      return finding.day.startsWith(month);
    case 'working-time/week-over-limit': {
      const monday = mondayOfIsoWeek(finding.week);
      return monday.startsWith(month) || addDays(monday, 6).startsWith(month);
    }
    case 'working-time/month-overtime-over-limit':
      return finding.month === month;
    case 'working-time/rest-too-short':
      return localDayOf(finding.end, timeZone).startsWith(month);
  }
}
