import type { WorkbenchDb } from './db';
import { createFirstScreenRepositories } from './first-screen-repositories';
import { createKpiRepository } from './kpi-repository';
import { createReadinessRepository } from './readiness-repository';
import { createTrainingRepository } from './training-repository';

/**
 * Every repository over one workspace database; features reach the data only through these.
 * `gradesOnDevice`: no server grades this workspace (local and demo), so the device grades exams.
 */
export function createRepositories(db: WorkbenchDb, options: { gradesOnDevice?: boolean } = {}) {
  return {
    ...createFirstScreenRepositories(db),
    kpis: createKpiRepository(db),
    readiness: createReadinessRepository(db),
    training: createTrainingRepository(db, { gradesOnDevice: options.gradesOnDevice ?? false }),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
