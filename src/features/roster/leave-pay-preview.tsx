import { useTranslation } from 'react-i18next';
import type { StoredPayRecords } from '@/data/pay-records';
import { leavePayEffect } from '@/domain/roster/leave-pay-effect';
import type { LeaveKind } from '@/domain/roster/shift';
import { formatDay, formatMoney, formatMonth } from '@/i18n/format';
import { leavePayContextOf } from './use-leave-pay-records';

/**
 * What the chosen days would do to pay, computed by the pay engine before anything is sent
 * ("Personal leave on Sat, Nov 14: −CN¥128.74"), with the month's full-attendance reward.
 */
export function LeavePayPreview({
  kind,
  days,
  records,
}: {
  kind: LeaveKind;
  days: readonly string[];
  records: StoredPayRecords | undefined;
}) {
  const { t, i18n } = useTranslation('roster');
  const language = i18n.language;
  if (days.length === 0) return <p className="muted">{t('leave.effect.chooseDays')}</p>;
  const context = records ? leavePayContextOf(records, days) : null;
  if (!context) return <p className="muted">{t('leave.effect.unavailable')}</p>;
  let effect;
  try {
    effect = leavePayEffect(kind, days, context);
  } catch {
    return <p className="muted">{t('leave.effect.unavailable')}</p>;
  }
  return (
    <>
      <ul className="list">
        {effect.perDay.map((entry) => (
          <li key={entry.day}>
            {t(`leave.effect.day.${kind}`, {
              date: formatDay(entry.day, language),
              amount: formatMoney(entry.amount, language),
            })}
          </li>
        ))}
      </ul>
      {effect.periods.map((period) =>
        period.fullAttendance.code === 'leave/full-attendance-lost' ? (
          <p key={period.period}>
            {t('leave.effect.fullAttendanceLost', {
              month: formatMonth(period.period, language),
              amount: formatMoney(period.fullAttendance.amount, language),
            })}
          </p>
        ) : null,
      )}
      {effect.issues.map((issue) =>
        issue.code === 'leave/no-policy' ? (
          <p key={issue.period} className="muted">
            {t('leave.effect.noPolicy', { month: formatMonth(issue.period, language) })}
          </p>
        ) : null,
      )}
      <p>
        <strong>{t('leave.effect.total', { amount: formatMoney(effect.total, language) })}</strong>
      </p>
    </>
  );
}
