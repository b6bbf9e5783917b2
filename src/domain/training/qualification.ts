import {
  bestCertificatePerExam,
  certificateStanding,
  CERTIFICATE_WARNING_DAYS,
} from './certificates';
import type { Certificate, Exam, TrainingModule } from './training';

/** Where the agent stands on one certificate a project requires. */
export interface QualificationRequirement {
  examId: string;
  /** The exam and its module (what to study), when the device has them. */
  exam: Exam | undefined;
  module: TrainingModule | undefined;
  /** The best certificate held for the exam, valid or not. */
  certificate: Certificate | null;
  /** held: valid; expiring: valid but within the warning window; expired or missing: not cleared. */
  status: 'held' | 'expiring' | 'expired' | 'missing';
  /** Days until an expiring certificate stops counting. */
  daysLeft: number | null;
}

export interface Qualification {
  /** Every required certificate is held and valid on the day. */
  isCleared: boolean;
  requirements: QualificationRequirement[];
}

/**
 * Whether the agent is cleared to work a project on `day` (the project's `requiredExamIds`): each
 * required exam with the best certificate held, what is missing, and which module to study.
 * A project requiring nothing clears everyone.
 */
export function qualificationFor(
  requiredExamIds: readonly string[],
  certificates: readonly Certificate[],
  exams: readonly Exam[],
  modules: readonly TrainingModule[],
  day: string,
  warningDays = CERTIFICATE_WARNING_DAYS,
): Qualification {
  const best = bestCertificatePerExam(certificates, day);
  const requirements = [...new Set(requiredExamIds)].map((examId): QualificationRequirement => {
    const exam = exams.find((candidate) => candidate.id === examId);
    const module = exam && modules.find((candidate) => candidate.id === exam.moduleId);
    const certificate = best.get(examId) ?? null;
    if (!certificate) {
      return { examId, exam, module, certificate, status: 'missing', daysLeft: null };
    }
    const standing = certificateStanding(certificate, day, warningDays);
    return {
      examId,
      exam,
      module,
      certificate,
      status: standing.status === 'valid' ? 'held' : standing.status,
      daysLeft: standing.status === 'expiring' ? standing.daysLeft : null,
    };
  });
  return {
    isCleared: requirements.every(
      (requirement) => requirement.status === 'held' || requirement.status === 'expiring',
    ),
    requirements,
  };
}
