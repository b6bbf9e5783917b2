import { describe, expect, it } from 'vitest';
import type { CareerLevel } from '../policy/project-policy';
import type { Certificate } from './training';
import { careerProgress } from './career-path';

const ladder: CareerLevel[] = [
  { id: 'junior', title: { en: 'Junior' }, requiredExamIds: [], requiredMetrics: [] },
  {
    id: 'intermediate',
    title: { en: 'Intermediate' },
    requiredExamIds: ['rules'],
    requiredMetrics: [],
  },
  {
    id: 'senior',
    title: { en: 'Senior' },
    requiredExamIds: ['rules', 'sales'],
    requiredMetrics: [
      { metric: 'satisfaction', min: 90, max: null },
      { metric: 'averageTalkSeconds', min: null, max: 300 },
    ],
  },
];
const cert = (examId: string, expiresOn: string | null = null): Certificate => ({
  id: `certificate-${examId}`,
  agentId: 'agent-1',
  examId,
  issuedOn: '2026-01-01',
  expiresOn,
});
const day = '2026-11-20';

describe('careerProgress', () => {
  it.each([
    ['not on the ladder: towards the first rung', null, [], {}, -1, 'junior', 100, true],
    ['junior without the certificate', 'junior', [], {}, 0, 'intermediate', 0, false],
    ['junior with it', 'junior', [cert('rules')], {}, 0, 'intermediate', 100, true],
    [
      'junior with it expired',
      'junior',
      [cert('rules', '2026-11-01')],
      {},
      0,
      'intermediate',
      0,
      false,
    ],
    [
      'intermediate meeting half',
      'intermediate',
      [cert('rules')],
      { satisfaction: 92, averageTalkSeconds: 340 },
      1,
      'senior',
      50,
      false,
    ],
    [
      'intermediate on the bounds of every target',
      'intermediate',
      [cert('rules'), cert('sales')],
      { satisfaction: 90, averageTalkSeconds: 300 },
      1,
      'senior',
      100,
      true,
    ],
    [
      'intermediate without data',
      'intermediate',
      [cert('rules'), cert('sales')],
      {},
      1,
      'senior',
      50,
      false,
    ],
  ])('%s', (_, level, certificates, values, currentIndex, nextId, percent, isReady) => {
    const progress = careerProgress(ladder, level, certificates, values, day);
    expect(progress.currentIndex).toBe(currentIndex);
    expect(progress.next?.id).toBe(nextId);
    expect(progress.percent).toBe(percent);
    expect(progress.isReady).toBe(isReady);
  });

  it('lists each requirement with the measured value', () => {
    const progress = careerProgress(
      ladder,
      'intermediate',
      [cert('rules')],
      { satisfaction: 85 },
      day,
    );
    expect(progress.requirements).toEqual([
      { kind: 'exam', examId: 'rules', isMet: true },
      { kind: 'exam', examId: 'sales', isMet: false },
      {
        kind: 'metric',
        target: { metric: 'satisfaction', min: 90, max: null },
        value: 85,
        isMet: false,
      },
      {
        kind: 'metric',
        target: { metric: 'averageTalkSeconds', min: null, max: 300 },
        value: undefined,
        isMet: false,
      },
    ]);
  });

  it('has nothing further at the top, nor on an empty ladder', () => {
    expect(careerProgress(ladder, 'senior', [], {}, day)).toMatchObject({
      next: undefined,
      percent: 100,
      isReady: false,
      requirements: [],
    });
    expect(careerProgress([], 'base', [], {}, day)).toMatchObject({
      currentIndex: -1,
      next: undefined,
    });
  });
});
