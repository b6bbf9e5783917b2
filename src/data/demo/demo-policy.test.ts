import { describe, expect, it } from 'vitest';
import type { EscalationCategory } from '@/domain/policy/project-policy';
import { buildDemoPolicy } from './demo-policy';

const policy = buildDemoPolicy('2026-11-22');

/** Every category, so a new one fails the typecheck here until the demo routes it. */
const CATEGORIES: Record<EscalationCategory, true> = {
  'safety-emergency': true,
  'customer-at-risk': true,
  'system-outage': true,
  'pay-dispute': true,
  'workplace-harassment': true,
  other: true,
};

describe('demo project policy', () => {
  it.each([
    { grade: 'A', minScorePercent: 95, bonus: 50_000 },
    { grade: 'B', minScorePercent: 90, bonus: 30_000 },
    { grade: 'C', minScorePercent: 80, bonus: 20_000 },
    { grade: 'D', minScorePercent: 71, bonus: 10_000 },
    { grade: 'E', minScorePercent: 0, bonus: 0 },
  ])('pays grade $grade from $minScorePercent % with $bonus fen', (band) => {
    expect(policy.bonusBands).toContainEqual(band);
  });

  it('publishes the pay figures of DOMAIN.md in whole fen', () => {
    expect(policy).toMatchObject({
      basePay: 280_000,
      postAllowance: { base: 0, 'one-star': 40_000, 'two-star': 60_000, 'three-star': 90_000 },
      subsidy: { base: 30_000, 'one-star': 50_000, 'two-star': 70_000, 'three-star': 90_000 },
      overtimeMultiplierPercent: 150,
      holidayMultiplierPercent: 300,
      sickLeaveDeductionPercent: 40,
      payDayOfMonth: 15,
      changeNoticeHours: 48,
    });
    const amounts = [
      policy.basePay,
      ...Object.values(policy.postAllowance),
      ...Object.values(policy.subsidy),
      ...policy.bonusBands.map((band) => band.bonus),
    ];
    expect(amounts.every(Number.isSafeInteger)).toBe(true);
  });

  it.each([
    { metric: 'abandonRate', min: null, max: 5 },
    { metric: 'averageTalkSeconds', min: 120, max: 210 },
    { metric: 'afterCallWorkSeconds', min: null, max: 20 },
    { metric: 'averageSpeedOfAnswerSeconds', min: null, max: 20 },
    { metric: 'scheduleAdherence', min: 99, max: null },
    { metric: 'utilisation', min: 70, max: null },
    { metric: 'auxShare', min: null, max: 6 },
    { metric: 'firstContactResolution', min: 90, max: null },
    { metric: 'fatalErrorAccuracy', min: 95, max: null },
    { metric: 'nonFatalErrorAccuracy', min: 98, max: null },
    { metric: 'monitoredCalls', min: 1, max: null },
  ])('targets $metric between $min and $max', (target) => {
    expect(policy.kpiTargets).toContainEqual(target);
  });

  it('routes every escalation category to someone with a response time', () => {
    const routed = policy.escalationRoutes.map((route) => route.category).sort();
    expect(routed).toEqual(Object.keys(CATEGORIES).sort());
    for (const route of policy.escalationRoutes) {
      expect(route.recipients.length).toBeGreaterThan(0);
      expect(route.responseMinutes).toBeGreaterThan(0);
    }
  });

  it('sends a safety emergency to the client channel and its safety line as well', () => {
    const route = policy.escalationRoutes.find((entry) => entry.category === 'safety-emergency');
    expect(route?.recipients).toEqual(
      expect.arrayContaining(['supervisor', 'client-channel', 'safety-line']),
    );
  });

  it('lists the police, ambulance and fire numbers and the client safety line', () => {
    const numbers = policy.emergencyNumbers.map((entry) => entry.number);
    expect(numbers).toEqual(expect.arrayContaining(['110', '120', '119']));
    expect(numbers).toHaveLength(4);
  });
});
