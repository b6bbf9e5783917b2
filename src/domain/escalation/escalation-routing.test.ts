import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuan, ZERO_FEN } from '../money';
import {
  ESCALATION_CATEGORIES,
  type EscalationRecipient,
  type EscalationRoute,
  type ProjectPolicy,
} from '../policy/project-policy';
import {
  emergencyNumbersFor,
  FALLBACK_RESPONSE_MINUTES,
  routeEscalation,
} from './escalation-routing';
import { defaultReadinessPolicy } from '../equipment/default-readiness-policy';
import { defaultKpiPolicy } from '../kpi/default-kpi-policy';
import { defaultPayRules } from '../pay/default-pay-rules';
import { defaultWorkingTimeLimits } from '../roster/working-time-limits';

const levels = {
  base: ZERO_FEN,
  'one-star': ZERO_FEN,
  'two-star': ZERO_FEN,
  'three-star': ZERO_FEN,
};

function makePolicy(overrides: Partial<ProjectPolicy> = {}): ProjectPolicy {
  return {
    id: 'policy-1',
    projectId: 'project-1',
    version: 3,
    effectiveFrom: '2026-01-01',
    basePay: yuan(2800),
    postAllowance: levels,
    subsidy: levels,
    bonusBands: [],
    overtimeMultiplierPercent: 150,
    holidayMultiplierPercent: 300,
    sickLeaveDeductionPercent: 40,
    payDayOfMonth: 15,
    payRules: defaultPayRules(),
    changeNoticeHours: 48,
    workingTime: defaultWorkingTimeLimits(),
    kpiTargets: [],
    kpi: defaultKpiPolicy('inbound'),
    readiness: defaultReadinessPolicy(),
    careerPath: [],
    escalationRoutes: [
      {
        category: 'safety-emergency',
        recipients: ['supervisor', 'safety-line'],
        responseMinutes: 5,
      },
      { category: 'pay-dispute', recipients: ['supervisor', 'hr'], responseMinutes: 4320 },
      { category: 'workplace-harassment', recipients: ['hr'], responseMinutes: 1440 },
      { category: 'other', recipients: [], responseMinutes: 60 },
      { category: 'system-outage', recipients: ['supervisor'], responseMinutes: 0 },
    ],
    emergencyNumbers: [],
    ...overrides,
  };
}

describe('routeEscalation', () => {
  const policy = makePolicy();

  it.each([
    {
      name: 'uses the policy route for a pay dispute',
      policy,
      category: 'pay-dispute',
      expected: { recipients: ['supervisor', 'hr'], responseMinutes: 4320, isFallback: false },
    },
    {
      name: 'keeps a harassment report away from the supervisor when the policy says so',
      policy,
      category: 'workplace-harassment',
      expected: { recipients: ['hr'], responseMinutes: 1440, isFallback: false },
    },
    {
      name: 'adds the client channel to a safety emergency routed only inside the vendor',
      policy,
      category: 'safety-emergency',
      expected: {
        recipients: ['supervisor', 'safety-line', 'client-channel'],
        responseMinutes: 5,
        isFallback: false,
      },
    },
    {
      name: 'falls back for a category the policy no longer has',
      policy,
      category: 'customer-at-risk',
      expected: {
        recipients: ['supervisor', 'client-channel'],
        responseMinutes: FALLBACK_RESPONSE_MINUTES,
        isFallback: true,
      },
    },
    {
      name: 'falls back for a category this app version does not know',
      policy,
      category: 'legacy-category',
      expected: {
        recipients: ['supervisor', 'client-channel'],
        responseMinutes: FALLBACK_RESPONSE_MINUTES,
        isFallback: true,
      },
    },
    {
      name: 'falls back for a route with nobody to receive it',
      policy,
      category: 'other',
      expected: {
        recipients: ['supervisor', 'client-channel'],
        responseMinutes: FALLBACK_RESPONSE_MINUTES,
        isFallback: true,
      },
    },
    {
      name: 'falls back for a route with no response time',
      policy,
      category: 'system-outage',
      expected: {
        recipients: ['supervisor', 'client-channel'],
        responseMinutes: FALLBACK_RESPONSE_MINUTES,
        isFallback: true,
      },
    },
  ])('$name', ({ policy, category, expected }) => {
    expect(routeEscalation(policy, category)).toEqual({
      ...expected,
      policyId: 'policy-1',
      policyVersion: 3,
    });
  });

  it('falls back with no policy on the device and says so', () => {
    expect(routeEscalation(null, 'safety-emergency')).toEqual({
      recipients: ['supervisor', 'client-channel'],
      responseMinutes: FALLBACK_RESPONSE_MINUTES,
      policyId: null,
      policyVersion: null,
      isFallback: true,
    });
  });

  it('does not list the client channel twice when the policy already has it', () => {
    const withClient = makePolicy({
      escalationRoutes: [
        {
          category: 'safety-emergency',
          recipients: ['client-channel', 'supervisor'],
          responseMinutes: 5,
        },
      ],
    });
    expect(routeEscalation(withClient, 'safety-emergency').recipients).toEqual([
      'client-channel',
      'supervisor',
    ]);
  });

  it('always routes every category to someone, and a safety emergency to the client', () => {
    const recipient = fc.constantFrom<EscalationRecipient>(
      'supervisor',
      'client-channel',
      'safety-line',
      'hr',
    );
    const route = fc.record<EscalationRoute>({
      category: fc.constantFrom(...ESCALATION_CATEGORIES),
      recipients: fc.array(recipient, { maxLength: 4 }),
      responseMinutes: fc.integer({ min: -5, max: 10_000 }),
    });
    fc.assert(
      fc.property(
        fc.option(fc.array(route, { maxLength: 8 }), { nil: null }),
        fc.constantFrom(...ESCALATION_CATEGORIES, 'unknown'),
        (routes, category) => {
          const routing = routeEscalation(
            routes ? makePolicy({ escalationRoutes: routes }) : null,
            category,
          );
          expect(routing.recipients.length).toBeGreaterThan(0);
          expect(new Set(routing.recipients).size).toBe(routing.recipients.length);
          expect(routing.responseMinutes).toBeGreaterThan(0);
          if (category === 'safety-emergency') {
            expect(routing.recipients).toContain('client-channel');
          }
        },
      ),
    );
  });
});

describe('emergencyNumbersFor', () => {
  const publicNumbers = [
    { source: 'public', label: 'police', number: '110' },
    { source: 'public', label: 'ambulance', number: '120' },
    { source: 'public', label: 'fire', number: '119' },
  ];

  it.each([
    { name: 'no policy', policy: null, expected: publicNumbers },
    { name: 'a policy without numbers', policy: makePolicy(), expected: publicNumbers },
    {
      name: 'a policy with its own safety line',
      policy: makePolicy({
        emergencyNumbers: [{ label: 'Client safety line', number: '400-000-0000' }],
      }),
      expected: [
        { source: 'policy', label: 'Client safety line', number: '400-000-0000' },
        ...publicNumbers,
      ],
    },
    {
      name: 'a policy that relabels a public number',
      policy: makePolicy({
        emergencyNumbers: [
          { label: '报警 / Police', number: '110' },
          { label: 'Safety desk', number: ' 400 000 0000 ' },
          { label: 'Safety desk (again)', number: '400-000-0000' },
          { label: 'Empty', number: '  ' },
        ],
      }),
      expected: [
        { source: 'policy', label: '报警 / Police', number: '110' },
        { source: 'policy', label: 'Safety desk', number: '400 000 0000' },
        publicNumbers[1],
        publicNumbers[2],
      ],
    },
  ])(
    'lists the policy numbers first, then the public ones, once each: $name',
    ({ policy, expected }) => {
      expect(emergencyNumbersFor(policy)).toEqual(expected);
    },
  );
});
