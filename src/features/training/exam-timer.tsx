import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTimeRunningOut, remainingSeconds, timerParts } from '@/domain/training/exam-timer';
import { useClock } from '@/ui/clock-context';

const TICK_MS = 1_000;
/** From this many minutes left, a screen reader hears the minutes left as each one begins. */
const WARN_FROM_MINUTES = 5;

/** `m:ss` for a number of whole seconds, digits through Intl (the same digits in all three languages). */
export function clockText(totalSeconds: number, language: string): string {
  const { minutes, seconds } = timerParts(totalSeconds);
  const twoDigits = new Intl.NumberFormat(language, {
    minimumIntegerDigits: 2,
    useGrouping: false,
  });
  const plain = new Intl.NumberFormat(language, { useGrouping: false });
  return `${plain.format(minutes)}:${twoDigits.format(seconds)}`;
}

/**
 * The time left until the attempt's deadline, which was fixed when it started: after a reload or
 * a dead phone it shows what is really left. Calls `onExpire` once when it reaches zero. The
 * `role="timer"` region is not announced on every tick; a status line speaks up each minute of the last five.
 */
export function ExamTimer({
  deadlineAt,
  timeLimitMinutes,
  onExpire,
}: {
  deadlineAt: string;
  timeLimitMinutes: number;
  onExpire: () => void;
}) {
  const { t, i18n } = useTranslation('training');
  const clock = useClock();
  const [now, setNow] = useState(() => clock());
  const expired = useRef(false);
  const onExpireRef = useRef(onExpire);
  useEffect(() => {
    onExpireRef.current = onExpire;
  }, [onExpire]);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(timer);
  }, [clock]);
  const left = remainingSeconds({ deadlineAt }, now);
  useEffect(() => {
    if (left === 0 && !expired.current) {
      expired.current = true;
      onExpireRef.current();
    }
  }, [left]);
  const minutesLeft = Math.ceil(left / 60);
  const warning = left > 0 && minutesLeft <= WARN_FROM_MINUTES ? minutesLeft : undefined;
  return (
    <div
      className={`exam-timer${isTimeRunningOut(left, timeLimitMinutes) ? ' exam-timer-low' : ''}`}
    >
      <p role="timer" aria-atomic="true">
        <span className="exam-timer-label">{t('runner.timeLeft')}</span>{' '}
        <strong className="exam-timer-value">{clockText(left, i18n.language)}</strong>
      </p>
      <p className="visually-hidden" role="status">
        {warning !== undefined ? t('runner.minutesLeft', { count: warning }) : ''}
      </p>
    </div>
  );
}
