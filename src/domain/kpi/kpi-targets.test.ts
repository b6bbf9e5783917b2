import { describe, expect, it } from 'vitest';
import type { KpiTarget } from '../policy/project-policy';
import { defaultKpiTargets } from './default-kpi-targets';
import { compareToTarget, meetsTarget, targetFor } from './kpi-targets';

// DOMAIN.md: average talk time 2–3.5 min, abandon rate ≤ 5 %, adherence ≥ 99 %.
const TALK: KpiTarget = { metric: 'averageTalkSeconds', min: 120, max: 210 };
const ABANDON: KpiTarget = { metric: 'abandonRate', min: null, max: 5 };
const ADHERENCE: KpiTarget = { metric: 'scheduleAdherence', min: 99, max: null };

describe('compareToTarget', () => {
  it.each([
    // The 2–3.5 min range is met inside only, both bounds included.
    { target: TALK, value: 119.99, status: 'missed', side: 'below', distance: 120 - 119.99 },
    { target: TALK, value: 120, status: 'met', side: null, distance: 0 },
    { target: TALK, value: 165, status: 'met', side: null, distance: 0 },
    { target: TALK, value: 210, status: 'met', side: null, distance: 0 },
    { target: TALK, value: 211, status: 'missed', side: 'above', distance: 1 },
    { target: TALK, value: 60, status: 'missed', side: 'below', distance: 60 },
    { target: ABANDON, value: 0, status: 'met', side: null, distance: 0 },
    { target: ABANDON, value: 5, status: 'met', side: null, distance: 0 },
    { target: ABANDON, value: 5.5, status: 'missed', side: 'above', distance: 0.5 },
    { target: ADHERENCE, value: 99, status: 'met', side: null, distance: 0 },
    { target: ADHERENCE, value: 100, status: 'met', side: null, distance: 0 },
    { target: ADHERENCE, value: 98.5, status: 'missed', side: 'below', distance: 0.5 },
    { target: ADHERENCE, value: undefined, status: 'no-data', side: null, distance: 0 },
    { target: null, value: 50, status: 'no-target', side: null, distance: 0 },
  ] as const)('$value against $target.min–$target.max: $status', (row) => {
    const result = compareToTarget(row.value, row.target);
    expect(result.status).toBe(row.status);
    expect(result.side).toBe(row.side);
    expect(result.distance).toBeCloseTo(row.distance, 10);
    if (row.target) {
      expect(meetsTarget(row.value, row.target)).toBe(row.status === 'met');
    }
  });
});

describe('targetFor', () => {
  it('finds the metric’s target or null', () => {
    expect(targetFor('abandonRate', [TALK, ABANDON])).toBe(ABANDON);
    expect(targetFor('dialsPerDay', [TALK, ABANDON])).toBeNull();
  });
});

describe('defaultKpiTargets', () => {
  it('gives the inbound table of DOMAIN.md, 11 targets', () => {
    const inbound = defaultKpiTargets('inbound');
    expect(inbound).toHaveLength(11);
    expect(inbound).toContainEqual(TALK);
    expect(inbound).toContainEqual(ABANDON);
    expect(inbound).toContainEqual(ADHERENCE);
  });

  it.each(['outbound', 'chat'] as const)('gives %s only the targets every line shares', (line) => {
    const targets = defaultKpiTargets(line);
    expect(targets.map((target) => target.metric)).toEqual([
      'scheduleAdherence',
      'utilisation',
      'auxShare',
      'fatalErrorAccuracy',
      'nonFatalErrorAccuracy',
      'monitoredCalls',
    ]);
  });

  it('returns copies the caller may change', () => {
    defaultKpiTargets('inbound')[0]!.max = 99;
    expect(defaultKpiTargets('inbound')[0]).toEqual(ABANDON);
  });
});
