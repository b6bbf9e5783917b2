import { useEffect, useState } from 'react';
import { useClock } from '@/ui/clock-context';

const MINUTE_MS = 60_000;

/** "Now" from the app's clock, read again every minute so a countdown moves without a reload. */
export function useMinuteClock(): Date {
  const clock = useClock();
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), MINUTE_MS);
    return () => clearInterval(timer);
  }, [clock]);
  return now;
}
