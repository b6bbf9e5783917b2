/**
 * The schema 4 data migration (`0006-pay-rules.ts`) on rows a schema 3 server left: policies get
 * DOMAIN.md's default pay rules and the statutory working-time limits, statements no assessment
 * score, lines no cited rule; rows that already have the fields are left alone, and the result
 * passes the clients' own validation.
 */
import { describe, expect, it } from 'vitest';
import { defaultPayRules } from '@/domain/pay/default-pay-rules';
import { defaultWorkingTimeLimits } from '@/domain/roster/working-time-limits';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { migrate } from '../src/migrate';
import {
  backends,
  expectWritesThroughRowStore,
  expectRunsOnce,
  liveRows,
  writeLegacyRows,
  openWithAgent,
} from './migration-kit';

const MIGRATION = '0006-pay-rules.ts';

const { payRules: _policyRules, workingTime: _limits, ...LEGACY_POLICY } = SAMPLE_ROWS.policies;
/** Pay rules already there (written while issue #5 was in development), no working time yet. */
const { workingTime: _noLimits, ...PAY_ONLY_POLICY } = {
  ...SAMPLE_ROWS.policies,
  id: 'policy-pay-only',
};
const CUSTOM_LIMITS = { ...defaultWorkingTimeLimits(), dailyMinutes: 7 * 60 };
const { assessmentScore: _score, ...LEGACY_STATEMENT } = SAMPLE_ROWS.payStatements;
const { ruleId: _rule, ...LEGACY_LINE } = SAMPLE_ROWS.payStatementLines;

describe.each(backends)('the pay rules migration on $name', (backend) => {
  async function schema3Database() {
    const db = await openWithAgent(backend, {
      agentId: 'agent-1',
      orgId: 'org-1',
      employeeNumber: 'E-1',
    });
    await writeLegacyRows(db, 'org:org-1', [
      ['policies', LEGACY_POLICY.id, LEGACY_POLICY],
      ['policies', PAY_ONLY_POLICY.id, PAY_ONLY_POLICY],
      [
        'policies',
        'policy-current',
        { ...SAMPLE_ROWS.policies, id: 'policy-current', workingTime: CUSTOM_LIMITS },
      ],
    ]);
    await writeLegacyRows(db, 'agent:agent-1', [
      ['payStatements', LEGACY_STATEMENT.id, LEGACY_STATEMENT],
      ['payStatementLines', LEGACY_LINE.id, LEGACY_LINE],
      // Already schema 4 (imported by a newer build): must stay exactly as it is.
      ['payStatementLines', 'line-new', { ...SAMPLE_ROWS.payStatementLines, id: 'line-new' }],
    ]);
    // As on a server that ran every migration before this one.
    await db.query('DELETE FROM schema_migrations WHERE name = $1', [MIGRATION]);
    return db;
  }

  it('fills the schema 4 fields with the values the device upgrade uses', async () => {
    const db = await schema3Database();
    expect(await migrate(db)).toEqual([MIGRATION]);
    const byKey = new Map((await liveRows(db)).map((row) => [row.key, row.value]));
    expect(byKey.get(LEGACY_POLICY.id)).toEqual({
      ...LEGACY_POLICY,
      payRules: defaultPayRules(),
      workingTime: defaultWorkingTimeLimits(),
    });
    expect(byKey.get(PAY_ONLY_POLICY.id)).toEqual({
      ...PAY_ONLY_POLICY,
      workingTime: defaultWorkingTimeLimits(),
    });
    expect(byKey.get('policy-current')).toEqual({
      ...SAMPLE_ROWS.policies,
      id: 'policy-current',
      workingTime: CUSTOM_LIMITS,
    });
    expect(byKey.get(LEGACY_STATEMENT.id)).toEqual({ ...LEGACY_STATEMENT, assessmentScore: null });
    expect(byKey.get(LEGACY_LINE.id)).toEqual({ ...LEGACY_LINE, ruleId: null });
    expect(byKey.get('line-new')).toEqual({ ...SAMPLE_ROWS.payStatementLines, id: 'line-new' });
  });

  it('writes through the row store: a new version of each changed space, rows clients accept', async () => {
    await expectWritesThroughRowStore(await schema3Database(), ['org:org-1', 'agent:agent-1']);
  });

  it('runs once', async () => {
    await expectRunsOnce(await schema3Database());
  });
});
