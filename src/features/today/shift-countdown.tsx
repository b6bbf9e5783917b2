import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shift } from '@/domain/roster/shift';
import { formatDurationMinutes } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';

/** The countdown shows whole minutes, so a tick twice a minute keeps it within half a minute. */
const TICK_MS = 30_000;
const MINUTE_MS = 60_000;

type Countdown = { kind: 'startsIn' | 'endsIn' | 'nextSegmentIn'; minutes: number };

/** What the agent waits for next at `now`: the shift's start, the end of a segment, or the next one. */
export function countdownOf(shift: Shift, now: Date): Countdown | null {
  const time = now.getTime();
  const minutesUntil = (instant: string) => Math.ceil((Date.parse(instant) - time) / MINUTE_MS);
  if (time < Date.parse(shift.start))
    return { kind: 'startsIn', minutes: minutesUntil(shift.start) };
  const segments = [...shift.segments].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const segment of segments) {
    if (time < Date.parse(segment.start))
      return { kind: 'nextSegmentIn', minutes: minutesUntil(segment.start) };
    if (time < Date.parse(segment.end))
      return { kind: 'endsIn', minutes: minutesUntil(segment.end) };
  }
  return null;
}

/**
 * A live countdown in plain text. `role="timer"` is a live region that is off by default, so a
 * screen reader reads it when the agent reaches it and is never interrupted by its ticks.
 */
export function ShiftCountdown({ shift }: { shift: Shift }) {
  const { t, i18n } = useTranslation('today');
  const clock = useClock();
  const [now, setNow] = useState(() => clock());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(timer);
  }, [clock]);
  const countdown = countdownOf(shift, now);
  if (!countdown) return null;
  return (
    <p className="shift-countdown" role="timer">
      {t(`nextShift.countdown.${countdown.kind}`, {
        duration: formatDurationMinutes(countdown.minutes, i18n.language),
      })}
    </p>
  );
}
