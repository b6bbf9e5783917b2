/**
 * Pay rows of schema 4 (issue #5) through the reference server: a current client pulls the pay
 * rules, assessment score and cited rules; a client still on schema 3 gets the rows shaped as it
 * knows them; a line of a kind no version knows travels as it is, for the app to show as unknown.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '@/domain/sync/protocol';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import type { StartedServer } from '../src/start-server';
import { makeAgent, pullBody, testDatabases, type PullAnswer, type TestAgent } from './harness';

describe.each(testDatabases())('pay rows on $name', (database) => {
  let server: StartedServer;
  let agent: TestAgent;

  beforeAll(async () => {
    server = await database.start();
    agent = await makeAgent(server);
    const statement = { ...SAMPLE_ROWS.payStatements, agentId: agent.agentId };
    const line = SAMPLE_ROWS.payStatementLines;
    const futureLine = {
      ...line,
      id: 'line-future',
      order: 2,
      kind: 'carbon-credit',
      ruleId: null,
    };
    const puts: Change[] = [
      { table: 'payStatements', op: 'put', key: statement.id, value: statement },
      { table: 'payStatementLines', op: 'put', key: line.id, value: line },
      { table: 'payStatementLines', op: 'put', key: futureLine.id, value: futureLine },
    ];
    await server.admin.writeAsEmployer(agent.agentId, puts);
    await server.admin.writeOrgRows(agent.orgId, [
      { table: 'policies', op: 'put', key: SAMPLE_ROWS.policies.id, value: SAMPLE_ROWS.policies },
    ]);
  });
  afterAll(() => server.close());

  const valuesOf = async (schemaVersion: number) => {
    const body = { ...pullBody(`cg-${randomUUID()}`, null, 1000), schemaVersion };
    const answer = await agent.pull<PullAnswer>(body);
    expect(answer.status).toBe(200);
    return new Map(answer.body.changes.map((change) => [change.key, change.value]));
  };

  it('gives a schema 4 client the pay rules, the score and the cited rules', async () => {
    const values = await valuesOf(4);
    const {
      kpi: _kpi,
      readiness: _readiness,
      careerPath: _career,
      ...schema4Policy
    } = SAMPLE_ROWS.policies;
    // Without the schema 5 fields, and without the target on a metric schema 5 added.
    expect(values.get(SAMPLE_ROWS.policies.id)).toEqual({
      ...schema4Policy,
      kpiTargets: [{ metric: 'abandonRate', min: null, max: 5 }],
    });
    expect((await valuesOf(5)).get(SAMPLE_ROWS.policies.id)).toEqual(SAMPLE_ROWS.policies);
    expect(values.get(SAMPLE_ROWS.payStatements.id)).toMatchObject({ assessmentScore: 92.5 });
    expect(values.get(SAMPLE_ROWS.payStatementLines.id)).toMatchObject({ ruleId: 'overtime' });
    expect(values.get('line-future')).toMatchObject({ kind: 'carbon-credit' });
  });

  it('shapes the same rows for a client still on schema 3: no field it does not know', async () => {
    const values = await valuesOf(3);
    expect(values.get(SAMPLE_ROWS.policies.id)).not.toHaveProperty('payRules');
    expect(values.get(SAMPLE_ROWS.policies.id)).not.toHaveProperty('workingTime');
    expect(values.get(SAMPLE_ROWS.payStatements.id)).not.toHaveProperty('assessmentScore');
    expect(values.get(SAMPLE_ROWS.payStatementLines.id)).not.toHaveProperty('ruleId');
    expect(values.get(SAMPLE_ROWS.policies.id)).toMatchObject({ basePay: 280_000 });
  });
});
