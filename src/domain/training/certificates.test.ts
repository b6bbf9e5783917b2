import { describe, expect, it } from 'vitest';
import type { Certificate } from './training';
import {
  bestCertificatePerExam,
  certificateOnPass,
  certificateStanding,
  expiringCertificates,
  isCertificateValid,
} from './certificates';
import { makeExam } from '../../../test/training-builders';

describe('certificateOnPass', () => {
  it.each([
    // 23:30 UTC on 28 Feb is already 1 March in Shanghai.
    ['2026-02-28T23:30:00Z', 'Asia/Shanghai', 365, '2026-03-01', '2027-03-01'],
    ['2026-02-28T23:30:00Z', 'Europe/Berlin', 365, '2026-03-01', '2027-03-01'],
    ['2026-02-28T22:30:00Z', 'Europe/Berlin', 365, '2026-02-28', '2027-02-28'],
    ['2026-02-28T22:30:00Z', 'America/New_York', 30, '2026-02-28', '2026-03-30'],
    ['2026-06-15T04:00:00Z', 'Asia/Shanghai', null, '2026-06-15', null],
  ])(
    'graded %s in %s, valid %s days → issued %s, expires %s',
    (gradedAt, zone, validDays, issuedOn, expiresOn) => {
      const exam = makeExam({ kind: 'certification', certificateValidDays: validDays });
      expect(certificateOnPass(exam, 'agent-1', 'attempt-7', new Date(gradedAt), zone)).toEqual({
        id: 'certificate-attempt-7',
        agentId: 'agent-1',
        examId: 'exam-1',
        issuedOn,
        expiresOn,
      });
    },
  );

  it('derives the same id from the same attempt on device and server', () => {
    const exam = makeExam();
    const a = certificateOnPass(
      exam,
      'agent-1',
      'attempt-1',
      new Date('2026-01-01T00:00:00Z'),
      'UTC',
    );
    const b = certificateOnPass(
      exam,
      'agent-1',
      'attempt-1',
      new Date('2026-01-02T00:00:00Z'),
      'UTC',
    );
    expect(a.id).toBe(b.id);
  });
});

describe('certificateStanding', () => {
  it.each([
    [null, '2030-01-01', { status: 'valid', expiresOn: null }],
    ['2026-12-31', '2026-10-01', { status: 'valid', expiresOn: '2026-12-31' }],
    ['2026-12-31', '2026-12-01', { status: 'expiring', expiresOn: '2026-12-31', daysLeft: 30 }],
    ['2026-12-31', '2026-12-30', { status: 'expiring', expiresOn: '2026-12-31', daysLeft: 1 }],
    ['2026-12-31', '2026-12-31', { status: 'expired', expiresOn: '2026-12-31' }],
    ['2026-12-31', '2027-03-01', { status: 'expired', expiresOn: '2026-12-31' }],
  ])('expiring on %s, seen on %s', (expiresOn, today, standing) => {
    expect(certificateStanding({ expiresOn }, today)).toEqual(standing);
    expect(isCertificateValid({ expiresOn }, today)).toBe(standing.status !== 'expired');
  });

  it('honours a shorter warning window', () => {
    expect(certificateStanding({ expiresOn: '2026-12-31' }, '2026-12-20', 7).status).toBe('valid');
    expect(certificateStanding({ expiresOn: '2026-12-31' }, '2026-12-24', 7).status).toBe(
      'expiring',
    );
  });
});

const cert = (id: string, examId: string, expiresOn: string | null): Certificate => ({
  id,
  agentId: 'agent-1',
  examId,
  issuedOn: '2025-01-01',
  expiresOn,
});

describe('bestCertificatePerExam', () => {
  it('prefers a renewal over an expired certificate and a lasting one over one expiring', () => {
    const best = bestCertificatePerExam(
      [
        cert('old', 'exam-1', '2026-01-01'),
        cert('renewed', 'exam-1', '2027-01-01'),
        cert('expired-a', 'exam-2', '2026-01-01'),
        cert('expired-b', 'exam-2', '2026-03-01'),
        cert('forever', 'exam-3', null),
        cert('soon', 'exam-3', '2026-07-01'),
      ],
      '2026-06-01',
    );
    expect(Object.fromEntries([...best].map(([exam, c]) => [exam, c.id]))).toEqual({
      'exam-1': 'renewed',
      'exam-2': 'expired-b',
      'exam-3': 'forever',
    });
  });
});

describe('expiringCertificates', () => {
  it('lists only certificates inside the window, soonest first, ignoring renewed ones', () => {
    const list = expiringCertificates(
      [
        cert('a', 'exam-a', '2026-06-20'),
        cert('b', 'exam-b', '2026-06-05'),
        cert('c', 'exam-c', '2026-09-01'),
        cert('d-old', 'exam-d', '2026-06-03'),
        cert('d-new', 'exam-d', '2027-06-03'),
        cert('e', 'exam-e', '2026-05-01'),
      ],
      '2026-06-01',
    );
    expect(list.map(({ certificate, daysLeft }) => [certificate.id, daysLeft])).toEqual([
      ['b', 4],
      ['a', 19],
    ]);
  });
});
