import { describe, expect, it } from 'vitest';
import { makePayPolicy } from '../../../test/pay-builders';
import type { ProjectPolicy } from '../policy/project-policy';
import { policyInForce } from './policy-in-force';

function policy(projectId: string, version: number, effectiveFrom: string): ProjectPolicy {
  return makePayPolicy({ id: `${projectId}-v${version}`, projectId, version, effectiveFrom });
}

const POLICIES = [
  policy('p1', 2, '2026-03-01'),
  policy('p1', 1, '2025-01-01'),
  policy('p1', 3, '2026-06-15'),
  policy('p2', 9, '2020-01-01'),
];

describe('policyInForce', () => {
  it.each([
    { period: '2024-12', id: null },
    { period: '2025-01', id: 'p1-v1' },
    { period: '2026-02', id: 'p1-v1' },
    { period: '2026-03', id: 'p1-v2' },
    // Version 3 starts on 15 June: June is still paid under version 2.
    { period: '2026-06', id: 'p1-v2' },
    { period: '2026-07', id: 'p1-v3' },
    { period: '2030-01', id: 'p1-v3' },
  ])('uses $id for project p1 in $period', ({ period, id }) => {
    expect(policyInForce(POLICIES, 'p1', period)?.id ?? null).toBe(id);
  });

  it('takes the highest version, not the latest effective date', () => {
    // A re-issued correction (version 5) back-dated before version 4 still wins.
    const policies = [policy('p1', 4, '2026-05-01'), policy('p1', 5, '2026-04-01')];
    expect(policyInForce(policies, 'p1', '2026-06')?.id).toBe('p1-v5');
  });

  it.each([
    { projectId: 'p2', id: 'p2-v9' },
    { projectId: 'p3', id: null },
  ])('looks only at the policies of $projectId', ({ projectId, id }) => {
    expect(policyInForce(POLICIES, projectId, '2026-07')?.id ?? null).toBe(id);
  });

  it('finds nothing in no policies', () => {
    expect(policyInForce([], 'p1', '2026-07')).toBeNull();
  });
});
