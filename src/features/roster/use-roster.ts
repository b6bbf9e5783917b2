import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '@/data/workspace-context';
import { useClock } from '@/ui/clock-context';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Shifts from a week ago to five weeks ahead, split into past and upcoming. */
export function useRoster() {
  const repositories = useRepositories();
  const clock = useClock();
  return useLiveQuery(async () => {
    const now = clock();
    const from = new Date(now.getTime() - 7 * DAY_MS).toISOString();
    const to = new Date(now.getTime() + 35 * DAY_MS).toISOString();
    const shifts = await repositories.shifts.listStartingBetween(from, to);
    const instant = now.toISOString();
    return {
      past: shifts.filter((shift) => shift.end <= instant).reverse(),
      upcoming: shifts.filter((shift) => shift.end > instant),
    };
  }, [repositories, clock]);
}
