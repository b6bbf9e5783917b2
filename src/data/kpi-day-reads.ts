import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import type { WorkbenchDb } from './db';

/**
 * The KPI reads a screen makes before the KPI code has loaded (Today's latest day, the escalation
 * watch's days), without the record checks, tallies and goals `createKpiRepository` brings; that
 * repository serves the same two reads from here.
 */
export function createKpiDayReads(db: WorkbenchDb) {
  return {
    /** Daily records for days in [fromDay, toDay] (`YYYY-MM-DD`), oldest first, unchecked. */
    listDays(fromDay: string, toDay: string): Promise<KpiDaily[]> {
      return db.kpiDaily.where('day').between(fromDay, toDay, true, true).sortBy('day');
    },

    /** The newest daily record, or `undefined`. */
    async findLatest(): Promise<KpiDaily | undefined> {
      return db.kpiDaily.orderBy('day').last();
    },
  };
}
