import { describe, expect, it } from 'vitest';
import { makeKpiDay, makePayPolicy } from '../../../test/pay-builders';
import { defaultKpiTargets } from './default-kpi-targets';
import type { ProjectPolicy } from '../policy/project-policy';
import { defaultKpiPolicy } from './default-kpi-policy';
import { buildScorecard, kpiPolicyOf, metricsShown } from './kpi-scorecard';

const POLICY = makePayPolicy({ kpiTargets: defaultKpiTargets('inbound') });

describe('metricsShown', () => {
  it('lists the reported metrics and any targeted one, in catalog order', () => {
    const policy: ProjectPolicy = {
      ...POLICY,
      kpi: { metrics: ['utilisation', 'contactsHandled'], scoreWeights: null },
      kpiTargets: [{ metric: 'abandonRate', min: null, max: 5 }],
    };
    expect(metricsShown(policy)).toEqual(['contactsHandled', 'abandonRate', 'utilisation']);
  });

  it('shows the inbound set for an inbound policy', () => {
    expect(metricsShown(POLICY)).toContain('satisfaction');
    expect(metricsShown(POLICY)).not.toContain('dialsPerDay');
  });
});

describe('buildScorecard', () => {
  it('measures the range’s records and compares each row with its target', () => {
    const records = [
      makeKpiDay({ id: 'a', day: '2026-11-16', talkSeconds: 96 * 215 }),
      makeKpiDay({ id: 'b', day: '2026-11-17', talkSeconds: 96 * 215 }),
      makeKpiDay({ id: 'x', day: '2026-11-10' }), // before the range
    ];
    const card = buildScorecard(records, POLICY, { from: '2026-11-16', to: '2026-11-22' });
    expect(card.dayCount).toBe(2);
    const row = (metric: string) => card.rows.find((item) => item.metric === metric)!;
    expect(row('averageTalkSeconds')).toMatchObject({
      value: 215,
      comparison: { status: 'missed', side: 'above', distance: 5 },
    });
    expect(row('abandonRate').comparison.status).toBe('met');
    expect(row('abandonRate').definition.isQueueDependent).toBe(true);
    // Satisfaction is reported but DOMAIN.md's table sets no target for it.
    expect(row('satisfaction')).toMatchObject({
      value: 90,
      target: null,
      comparison: { status: 'no-target' },
    });
    expect(card.missed).toBe(1);
    expect(card.met).toBe(10);
  });

  it('says "no data" for every targeted metric of an empty range', () => {
    const card = buildScorecard([], POLICY, { from: '2026-11-22', to: '2026-11-22' });
    expect(card.dayCount).toBe(0);
    expect(card.met + card.missed).toBe(0);
    expect(
      card.rows.filter((row) => row.target).every((row) => row.comparison.status === 'no-data'),
    ).toBe(true);
  });
});

describe('kpiPolicyOf', () => {
  it('falls back to the business line’s defaults for a policy without KPI settings', () => {
    const { kpi: _dropped, ...old } = POLICY;
    expect(kpiPolicyOf(old as ProjectPolicy, 'chat')).toEqual(defaultKpiPolicy('chat'));
    expect(kpiPolicyOf(POLICY, 'chat')).toBe(POLICY.kpi);
  });
});
