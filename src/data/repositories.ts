import type { WorkbenchDb } from './db';
import { createEscalationRepository } from './escalation-repository';
import { createKpiRepository } from './kpi-repository';
import { createPayRecordsRepository } from './pay-records';
import { createPayStatementRepository } from './pay-statement-repository';
import { createProfileRepository } from './profile-repository';
import { createRejectedRepository } from './rejected-repository';
import { createRosterRepository } from './roster-repository';
import { createShiftRepository } from './shift-repository';
import { createTrainingRepository } from './training-repository';

/** Every repository over one workspace database; features reach the data only through these. */
export function createRepositories(db: WorkbenchDb) {
  return {
    escalations: createEscalationRepository(db),
    kpis: createKpiRepository(db),
    payRecords: createPayRecordsRepository(db),
    payStatements: createPayStatementRepository(db),
    profile: createProfileRepository(db),
    rejected: createRejectedRepository(db),
    roster: createRosterRepository(db),
    shifts: createShiftRepository(db),
    training: createTrainingRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
