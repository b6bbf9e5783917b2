import { addDays } from '../calendar-day';
import { localDayOf } from '../zoned-time';
import type { Certificate, Exam } from './training';

/** The certificate id an attempt earns: one attempt, at most one certificate. */
export function certificateIdOf(attemptId: string): string {
  return `certificate-${attemptId}`;
}

/**
 * The certificate a passed certification attempt earns: issued on the local day (in `timeZone`)
 * it was graded, valid for the exam's `certificateValidDays` (it expires at the end of
 * issuedOn + validDays − 1, so a 365-day certificate issued on 1 March 2026 is last valid on
 * 28 February 2027 and `expiresOn` names the first day it no longer counts), or forever (`null`).
 */
export function certificateOnPass(
  exam: Exam,
  agentId: string,
  attemptId: string,
  gradedAt: Date,
  timeZone: string,
): Certificate {
  const issuedOn = localDayOf(gradedAt.toISOString(), timeZone);
  return {
    id: certificateIdOf(attemptId),
    agentId,
    examId: exam.id,
    issuedOn,
    expiresOn:
      exam.certificateValidDays === null ? null : addDays(issuedOn, exam.certificateValidDays),
  };
}

/** Days before expiry from which the app warns. */
export const CERTIFICATE_WARNING_DAYS = 30;

/** A certificate's standing on a day: valid, valid but expiring soon, or expired. */
export type CertificateStanding =
  | { status: 'valid'; expiresOn: string | null }
  | { status: 'expiring'; expiresOn: string; daysLeft: number }
  | { status: 'expired'; expiresOn: string };

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * How `certificate` stands on `today` (the agent's local day): expired from `expiresOn` on;
 * expiring when fewer than `warningDays` days are left (`daysLeft` counts today, so 1 means it
 * expires tomorrow); otherwise valid.
 */
export function certificateStanding(
  certificate: Pick<Certificate, 'expiresOn'>,
  today: string,
  warningDays = CERTIFICATE_WARNING_DAYS,
): CertificateStanding {
  const { expiresOn } = certificate;
  if (expiresOn === null) return { status: 'valid', expiresOn: null };
  const daysLeft = daysBetween(today, expiresOn);
  if (daysLeft <= 0) return { status: 'expired', expiresOn };
  if (daysLeft <= warningDays) return { status: 'expiring', expiresOn, daysLeft };
  return { status: 'valid', expiresOn };
}

/** Whether `certificate` counts on `today`. */
export function isCertificateValid(
  certificate: Pick<Certificate, 'expiresOn'>,
  today: string,
): boolean {
  return certificateStanding(certificate, today).status !== 'expired';
}

/**
 * The agent's best certificate per exam on `today`: a valid one (the longest lasting) over an
 * expired one (the latest expired), so a renewal replaces an old certificate.
 */
export function bestCertificatePerExam(
  certificates: readonly Certificate[],
  today: string,
): Map<string, Certificate> {
  const best = new Map<string, Certificate>();
  for (const certificate of certificates) {
    const current = best.get(certificate.examId);
    if (!current || rank(certificate, today) > rank(current, today)) {
      best.set(certificate.examId, certificate);
    }
  }
  return best;
}

/** Orders certificates: never expiring, then later expiry; expired ones below every valid one. */
function rank(certificate: Certificate, today: string): number {
  if (certificate.expiresOn === null) return Number.MAX_SAFE_INTEGER;
  const daysLeft = daysBetween(today, certificate.expiresOn);
  return daysLeft > 0 ? 1e9 + daysLeft : daysLeft;
}

/** Certificates that expire within the warning window (not yet expired), soonest first. */
export function expiringCertificates(
  certificates: readonly Certificate[],
  today: string,
  warningDays = CERTIFICATE_WARNING_DAYS,
): { certificate: Certificate; daysLeft: number }[] {
  return [...bestCertificatePerExam(certificates, today).values()]
    .flatMap((certificate) => {
      const standing = certificateStanding(certificate, today, warningDays);
      return standing.status === 'expiring' ? [{ certificate, daysLeft: standing.daysLeft }] : [];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft);
}
