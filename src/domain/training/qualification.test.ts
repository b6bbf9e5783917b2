import { describe, expect, it } from 'vitest';
import type { Certificate, TrainingModule } from './training';
import { qualificationFor } from './qualification';
import { makeExam } from '../../../test/training-builders';

const rules = makeExam({ id: 'rules', moduleId: 'module-rules', kind: 'certification' });
const phrases = makeExam({ id: 'phrases', moduleId: 'module-phrases', kind: 'certification' });
const modules = ['module-rules', 'module-phrases'].map((id, order): TrainingModule => ({
  id,
  projectId: 'project-1',
  order,
  title: { en: id },
  summary: { en: id },
  isRequired: true,
  estimatedMinutes: 30,
  examId: null,
}));
const cert = (examId: string, expiresOn: string | null): Certificate => ({
  id: `certificate-${examId}-${expiresOn}`,
  agentId: 'agent-1',
  examId,
  issuedOn: '2026-01-01',
  expiresOn,
});
const day = '2026-11-20';

describe('qualificationFor', () => {
  it.each([
    ['nothing required', [], [], true, []],
    [
      'both held',
      ['rules', 'phrases'],
      [cert('rules', null), cert('phrases', '2027-06-01')],
      true,
      ['held', 'held'],
    ],
    [
      'one expiring soon still clears',
      ['rules'],
      [cert('rules', '2026-12-01')],
      true,
      ['expiring'],
    ],
    ['one missing', ['rules', 'phrases'], [cert('rules', null)], false, ['held', 'missing']],
    ['one expired today', ['rules'], [cert('rules', '2026-11-20')], false, ['expired']],
    [
      'renewed after expiry',
      ['rules'],
      [cert('rules', '2026-10-01'), cert('rules', '2027-10-01')],
      true,
      ['held'],
    ],
  ])('%s', (_, required, certificates, isCleared, statuses) => {
    const qualification = qualificationFor(required, certificates, [rules, phrases], modules, day);
    expect(qualification.isCleared).toBe(isCleared);
    expect(qualification.requirements.map((requirement) => requirement.status)).toEqual(statuses);
  });

  it('names the exam and the module to study for what is missing, and days left', () => {
    const { requirements } = qualificationFor(
      ['phrases', 'rules', 'unknown'],
      [cert('rules', '2026-11-30')],
      [rules, phrases],
      modules,
      day,
    );
    expect(requirements).toEqual([
      {
        examId: 'phrases',
        exam: phrases,
        module: modules[1],
        certificate: null,
        status: 'missing',
        daysLeft: null,
      },
      {
        examId: 'rules',
        exam: rules,
        module: modules[0],
        certificate: cert('rules', '2026-11-30'),
        status: 'expiring',
        daysLeft: 10,
      },
      {
        examId: 'unknown',
        exam: undefined,
        module: undefined,
        certificate: null,
        status: 'missing',
        daysLeft: null,
      },
    ]);
  });
});
