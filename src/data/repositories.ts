import type { WorkbenchDb } from './db';
import { createEscalationRepository } from './escalation-repository';
import { createKpiRepository } from './kpi-repository';
import { createPayRecordsRepository } from './pay-records';
import { createPayStatementRepository } from './pay-statement-repository';
import { createProfileRepository } from './profile-repository';
import { createReadinessRepository } from './readiness-repository';
import { createRejectedRepository } from './rejected-repository';
import { createRosterRepository } from './roster-repository';
import { createShiftRepository } from './shift-repository';
import { createTrainingRepository } from './training-repository';

/**
 * Every repository over one workspace database; features reach the data only through these.
 * `gradesOnDevice`: no server grades this workspace (local and demo), so the device grades exams.
 */
export function createRepositories(db: WorkbenchDb, options: { gradesOnDevice?: boolean } = {}) {
  return {
    escalations: createEscalationRepository(db),
    kpis: createKpiRepository(db),
    payRecords: createPayRecordsRepository(db),
    payStatements: createPayStatementRepository(db),
    profile: createProfileRepository(db),
    readiness: createReadinessRepository(db),
    rejected: createRejectedRepository(db),
    roster: createRosterRepository(db),
    shifts: createShiftRepository(db),
    training: createTrainingRepository(db, { gradesOnDevice: options.gradesOnDevice ?? false }),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
