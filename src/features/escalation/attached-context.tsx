import { useTranslation } from 'react-i18next';
import type { Shift } from '@/domain/roster/shift';
import { formatDate, formatMonth, formatTime } from '@/i18n/format';
import { MoneyText } from '@/ui/money-text';
import type { PayLineInContext } from './context-records';
import { displayedLineKind } from '@/domain/pay/pay-statement';

/** The shift and pay line an escalation carries, so the agent sees what the receiver will see. */
export function AttachedContext({
  caption,
  shift,
  payLine,
}: {
  caption?: string;
  shift: Shift | null;
  payLine: PayLineInContext | null;
}) {
  const { t, i18n } = useTranslation('escalation');
  const language = i18n.language;
  if (!shift && !payLine) return null;
  return (
    <div className="attached-context">
      {caption && <p className="muted">{caption}</p>}
      <dl>
        {shift && (
          <>
            <dt>{t('attached.shift')}</dt>
            <dd>
              {t('attached.shiftTime', {
                day: formatDate(shift.start, language, shift.timeZone),
                start: formatTime(shift.start, language, shift.timeZone),
                end: formatTime(shift.end, language, shift.timeZone),
              })}
            </dd>
          </>
        )}
        {payLine && (
          <>
            <dt>{t('attached.payLine')}</dt>
            <dd>
              {t('attached.payLineOf', {
                line: t(`payLine.${displayedLineKind(payLine.line.kind)}`),
                month: formatMonth(payLine.statement.period, language),
              })}{' '}
              <MoneyText amount={payLine.line.amount} />
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
