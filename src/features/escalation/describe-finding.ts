/**
 * A watch finding in the agent's language: its title, the before and after figures with the
 * periods they cover, and a first-person description to prefill when the agent raises it.
 */
import type { TFunction } from 'i18next';
import type { WatchFinding } from '@/domain/escalation/watch-after-escalation';
import type { EscalationCategory } from '@/domain/policy/project-policy';
import {
  formatDate,
  formatDay,
  formatDurationMinutes,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
} from '@/i18n/format';

export interface FindingText {
  title: string;
  /** Which escalation it follows, e.g. "After your escalation of Mon, Nov 2". */
  since: string;
  before: { figure: string; period: string };
  after: { figure: string; period: string };
  description: string;
  /** What "Raise this" escalates it as. */
  category: EscalationCategory;
}

export function describeFinding(
  finding: WatchFinding,
  raisedAt: string,
  t: TFunction<'escalation'>,
  language: string,
  timeZone: string,
): FindingText {
  const date = formatDate(raisedAt, language, timeZone);
  const range = (from: string, to: string) => (from === to ? from : t('watch.range', { from, to }));
  const sides = (() => {
    switch (finding.kind) {
      case 'fewer-shifts':
      case 'fewer-hours':
        return [finding.before, finding.after].map((rate) => ({
          figure:
            finding.kind === 'fewer-shifts'
              ? t('watch.figure.shiftsPerWeek', {
                  value: formatNumber(rate.shiftsPerWeek, language, 1),
                })
              : t('watch.figure.hoursPerWeek', {
                  value: formatDurationMinutes(Math.round(rate.scheduledMinutesPerWeek), language),
                }),
          period: range(
            formatDate(rate.from, language, timeZone),
            formatDate(rate.to, language, timeZone),
          ),
        }));
      case 'new-penalties':
        return [finding.before, finding.after].map((tally) => {
          const [first, last] = [tally.periods[0], tally.periods.at(-1)];
          return {
            figure: t('watch.figure.penalties', {
              count: formatNumber(tally.penalties, language),
              amount: formatMoney(tally.deducted, language),
            }),
            period:
              first && last ? range(formatMonth(first, language), formatMonth(last, language)) : '',
          };
        });
      case 'kpi-drop':
        return [finding.before, finding.after].map((rate) => ({
          figure: formatPercent(rate.percent / 100, language),
          period: range(formatDay(rate.fromDay, language), formatDay(rate.toDay, language)),
        }));
    }
  })() as [FindingText['before'], FindingText['after']];
  const [before, after] = sides;
  const key = finding.kind === 'kpi-drop' ? (`kpi-drop-${finding.measure}` as const) : finding.kind;
  return {
    title: t(`watch.finding.${key}.title`),
    since: t('watch.since', { date }),
    before,
    after,
    description: t(`watch.finding.${key}.description`, {
      date,
      before: before.figure,
      after: after.figure,
    }),
    category: finding.kind === 'new-penalties' ? 'pay-dispute' : 'workplace-harassment',
  };
}
