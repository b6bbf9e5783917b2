import type { WorkbenchDb } from './db';
import { createEscalationRepository } from './escalation-repository';
import { createPayRecordsRepository } from './pay-records';
import { createPayStatementRepository } from './pay-statement-repository';
import { createProfileRepository } from './profile-repository';
import { createRejectedRepository } from './rejected-repository';
import { createRosterRepository } from './roster-repository';
import { createShiftRepository } from './shift-repository';

/**
 * The repositories whose code the first screens need at once. KPIs, training and readiness are
 * the rest of `createRepositories`; the app loads their code after the first screen
 * (`app/deferred-repositories.ts`), so this module must not import them.
 */
export function createFirstScreenRepositories(db: WorkbenchDb) {
  return {
    escalations: createEscalationRepository(db),
    payRecords: createPayRecordsRepository(db),
    payStatements: createPayStatementRepository(db),
    profile: createProfileRepository(db),
    rejected: createRejectedRepository(db),
    roster: createRosterRepository(db),
    shifts: createShiftRepository(db),
  };
}
