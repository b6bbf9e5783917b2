import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fen } from '@/domain/money';
import { makeEscalation, SAMPLE_ROWS } from '../../test/sync-builders';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import { createPayRecordsRepository } from './pay-records';

let db: WorkbenchDb;
beforeEach(() => {
  db = openWorkbenchDb('pay-records-test');
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const { agentProfile, policies, payStatements, payStatementLines } = SAMPLE_ROWS;

describe('loading the records pay reconciliation needs', () => {
  it('reads an empty workspace without failing', async () => {
    const records = await createPayRecordsRepository(db).load();
    expect(records).toMatchObject({ agent: null, policies: [], statements: [], payDisputes: [] });
  });

  it("returns the project's policies, statements newest first with their lines in order, and the pay disputes", async () => {
    await db.agentProfile.put(agentProfile);
    await db.policies.bulkPut([
      { ...policies, id: 'policy-v2', version: 2, effectiveFrom: '2026-09-01' },
      { ...policies, id: 'policy-v1', version: 1, effectiveFrom: '2026-01-01' },
      { ...policies, id: 'other-project', projectId: 'project-2' },
    ]);
    await db.payStatements.bulkPut([
      payStatements,
      { ...payStatements, id: 'pay-2026-09', period: '2026-09' },
    ]);
    await db.payStatementLines.bulkPut([
      { ...payStatementLines, id: 'line-2', order: 2 },
      { ...payStatementLines, id: 'line-1', order: 1, kind: 'base', amount: fen(280_000) },
      { ...payStatementLines, id: 'line-9', statementId: 'pay-2026-09' },
    ]);
    await db.escalations.bulkPut([
      makeEscalation({ id: 'not-pay' }),
      makeEscalation({
        id: 'dispute',
        category: 'pay-dispute',
        context: { screen: '/pay', shiftId: null, payLineId: 'line-2' },
      }),
    ]);
    await db.escalationResponses.bulkPut([
      { ...SAMPLE_ROWS.escalationResponses, id: 'r-other', escalationId: 'not-pay' },
      { ...SAMPLE_ROWS.escalationResponses, id: 'r-dispute', escalationId: 'dispute' },
    ]);

    const records = await createPayRecordsRepository(db).load();

    expect(records.agent?.id).toBe(agentProfile.id);
    expect(records.policies.map((policy) => policy.id)).toEqual(['policy-v1', 'policy-v2']);
    expect(records.statements.map(({ statement }) => statement.id)).toEqual([
      'pay-2026-10',
      'pay-2026-09',
    ]);
    expect(records.statements[0]!.lines.map((line) => line.id)).toEqual(['line-1', 'line-2']);
    expect(records.payDisputes.map((escalation) => escalation.id)).toEqual(['dispute']);
    expect(records.payDisputeResponses.map((response) => response.id)).toEqual(['r-dispute']);
  });
});
