import type { KpiDaily } from '@/domain/kpi/kpi-daily';
import type { WorkbenchDb } from './db';

export function createKpiRepository(db: WorkbenchDb) {
  return {
    /** Daily records for days in [fromDay, toDay] (`YYYY-MM-DD`), oldest first. */
    listDays(fromDay: string, toDay: string): Promise<KpiDaily[]> {
      return db.kpiDaily.where('day').between(fromDay, toDay, true, true).sortBy('day');
    },

    async findLatest(): Promise<KpiDaily | undefined> {
      return db.kpiDaily.orderBy('day').last();
    },
  };
}

export type KpiRepository = ReturnType<typeof createKpiRepository>;
