/**
 * Metric values, targets and record problems in words: every figure through Intl in the active
 * language, in the metric's own unit (rates are percentages 0–100, durations whole seconds).
 */
import type { TFunction } from 'i18next';
import type { KpiUnit } from '@/domain/kpi/kpi-catalog';
import { definitionOf } from '@/domain/kpi/kpi-catalog';
import type { KpiRecordIssue } from '@/domain/kpi/kpi-validation';
import type { KpiMetric, KpiTarget } from '@/domain/policy/project-policy';
import { formatNumber, formatPercent } from '@/i18n/format';

type KpisT = TFunction<'kpis'>;

/** A bare number in a unit without its label ("4.2 %", "180 s", "96 a day"). */
export function formatUnitValue(value: number, unit: KpiUnit, t: KpisT, language: string): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value / 100, language, 1);
    case 'seconds':
      return t('value.seconds', { value: formatNumber(value, language, 0) });
    case 'count-per-day':
      return t('value.perDay', { value: formatNumber(value, language, 1) });
    case 'sessions':
      return t('value.sessions', { value: formatNumber(value, language, 1) });
  }
}

/** A metric's value in its unit, or "No data" when the records cannot measure it. */
export function formatMetricValue(
  metric: KpiMetric,
  value: number | undefined,
  t: KpisT,
  language: string,
): string {
  if (value === undefined) return t('value.noData');
  return formatUnitValue(value, definitionOf(metric).unit, t, language);
}

/** "120 s – 210 s", "at least 99 %", "at most 5 %". */
export function formatTarget(target: KpiTarget, t: KpisT, language: string): string {
  const unit = definitionOf(target.metric).unit;
  const show = (value: number) => formatUnitValue(value, unit, t, language);
  if (target.min !== null && target.max !== null) {
    return t('target.range', { min: show(target.min), max: show(target.max) });
  }
  if (target.min !== null) return t('target.atLeast', { min: show(target.min) });
  if (target.max !== null) return t('target.atMost', { max: show(target.max) });
  return '—';
}

/** One problem of an employer's daily record, translated. */
export function recordIssueText(issue: KpiRecordIssue, t: KpisT): string {
  switch (issue.code) {
    case 'kpi/invalid-day':
      return t('rejected.issue.invalidDay', { day: issue.day });
    case 'kpi/future-day':
      return t('rejected.issue.futureDay');
    case 'kpi/negative':
      return t('rejected.issue.negative', { figure: t(`figure.${issue.figure}`) });
    case 'kpi/not-whole':
      return t('rejected.issue.notWhole', { figure: t(`figure.${issue.figure}`) });
    case 'kpi/part-over-whole':
      return t('rejected.issue.partOverWhole', {
        figure: t(`figure.${issue.figure}`),
        whole: t(`figure.${issue.whole}`),
      });
  }
}
