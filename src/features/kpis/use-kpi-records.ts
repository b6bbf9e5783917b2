import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '@/data/workspace-context';
import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import type { DayRange } from '@/domain/kpi/kpi-periods';
import type { RejectedKpiDay } from '@/domain/kpi/kpi-validation';

/** Marked when a range of daily records has been read; the scorecard measures its render from it. */
export const KPI_RECORDS_READY_MARK = 'awb:kpi-records-ready';

export interface KpiRecords {
  /** Valid records of the range, oldest first. */
  records: KpiDaily[];
  /** Records with impossible values, left out of every figure. */
  rejected: RejectedKpiDay[];
}

/**
 * The employer's daily records of `range` through the repository's indexed read on the day,
 * checked: a month reads about thirty rows however many years the device holds.
 */
export function useKpiRecords(
  range: DayRange | null,
  today: string | null,
  /** Whether this read marks KPI_RECORDS_READY_MARK (the scorecard's read does). */
  marksReady: boolean,
): KpiRecords | undefined {
  const repositories = useRepositories();
  const from = range?.from ?? null;
  const to = range?.to ?? null;
  return useLiveQuery(async () => {
    if (from === null || to === null || today === null) return undefined;
    const started = performance.now();
    const inputs = await repositories.kpis.scorecardInputs({ from, to }, today);
    // For `npm run bench` (issue #7: the month's scorecard renders in < 150 ms at 4× CPU).
    if (marksReady) {
      performance.measure('awb:kpi-query', { start: started });
      performance.mark(KPI_RECORDS_READY_MARK);
    }
    return inputs;
  }, [repositories, from, to, today, marksReady]);
}
