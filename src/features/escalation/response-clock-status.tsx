import { useTranslation } from 'react-i18next';
import type { EscalationResponse, EscalationRouting } from '@/domain/escalation/escalation';
import { responseClock, type ResponseClockState } from '@/domain/escalation/response-clock';
import { formatDurationMinutes } from '@/i18n/format';
import { formatInstant } from './format-instant';

const MINUTE_MS = 60_000;

/** Whole minutes, rounded up and at least one, so "0 min left" never shows while time remains. */
function wholeMinutes(ms: number): number {
  return Math.max(1, Math.ceil(Math.abs(ms) / MINUTE_MS));
}

const BADGE_CLASS: Record<ResponseClockState, string> = {
  waiting: 'badge',
  overdue: 'badge badge-danger',
  answered: 'badge badge-ok',
  'answered-late': 'badge badge-warning',
};

/** The clock's state in a word; overdue is said in text, never by colour alone. */
export function ClockBadge({ state }: { state: ResponseClockState }) {
  const { t } = useTranslation('escalation');
  return <span className={BADGE_CLASS[state]}>{t(`clock.badge.${state}`)}</span>;
}

export interface ResponseClockStatusProps {
  createdAt: string;
  routing: Pick<EscalationRouting, 'responseMinutes'>;
  responses: readonly EscalationResponse[];
  now: Date;
  timeZone: string;
}

/** The promised response time counting down, or how the answer kept (or missed) the promise. */
export function ResponseClockStatus({
  createdAt,
  routing,
  responses,
  now,
  timeZone,
}: ResponseClockStatusProps) {
  const { t, i18n } = useTranslation('escalation');
  const language = i18n.language;
  const clock = responseClock(createdAt, routing, responses, now);
  const duration = formatDurationMinutes(wholeMinutes(clock.remainingMs), language);
  const due = formatInstant(clock.dueAt, language, timeZone);
  const answered = clock.answeredAt ? formatInstant(clock.answeredAt, language, timeZone) : '';
  const text = {
    waiting: t('clock.waiting', { remaining: duration, due }),
    overdue: t('clock.overdue', { late: duration, due }),
    answered: t('clock.answered', { answered }),
    'answered-late': t('clock.answeredLate', { answered, late: duration }),
  }[clock.state];
  return (
    <div className={`response-clock response-clock-${clock.state}`}>
      <ClockBadge state={clock.state} />
      <p>{text}</p>
    </div>
  );
}
