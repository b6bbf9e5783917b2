import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '@/data/workspace-context';
import type { Shift } from '@/domain/roster/shift';
import { addDays } from './calendar-days';

/** Marked when a range of shifts has been read; the month view measures its render from it. */
export const SHIFTS_READY_MARK = 'awb:roster-shifts-ready';

/**
 * Shifts that may show on the days `first`…`last`, through the repository's indexed range read
 * on the working day: a month reads about thirty rows however many years the device holds. The
 * day before is included for a night shift that runs into `first`.
 */
export function useShiftsBetween(first: string, last: string): Shift[] | undefined {
  const repositories = useRepositories();
  return useLiveQuery(async () => {
    const started = performance.now();
    const shifts = await repositories.roster.listShiftsForDays(addDays(first, -1), last);
    // For `npm run bench` (issue #6: the month's query < 16 ms with 5 years of shifts).
    performance.measure('awb:roster-query', { start: started });
    performance.mark(SHIFTS_READY_MARK);
    return shifts;
  }, [repositories, first, last]);
}
