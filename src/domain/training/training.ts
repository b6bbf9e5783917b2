import type { LocalizedText } from '../localized-text';

export interface TrainingModule {
  id: string;
  projectId: string;
  order: number;
  title: LocalizedText;
  summary: LocalizedText;
  isRequired: boolean;
  estimatedMinutes: number;
  examId: string | null;
}

export interface Lesson {
  id: string;
  moduleId: string;
  order: number;
  title: LocalizedText;
  /** Markdown, rendered sanitised. */
  body: LocalizedText;
}

export type QuestionKind = 'single' | 'multiple' | 'true-false' | 'ordering';

export interface ExamQuestion {
  id: string;
  kind: QuestionKind;
  prompt: LocalizedText;
  options: { id: string; text: LocalizedText }[];
  /** Absent for certification exams graded by the backend. */
  answer?: string[];
}

export interface Exam {
  id: string;
  moduleId: string;
  version: number;
  title: LocalizedText;
  kind: 'practice' | 'certification';
  passPercent: number;
  timeLimitMinutes: number;
  maxAttempts: number;
  coolDownHours: number;
  questions: ExamQuestion[];
}

export interface ExamAttempt {
  id: string;
  agentId: string;
  examId: string;
  examVersion: number;
  startedAt: string;
  submittedAt: string | null;
  answers: Record<string, string[]>;
  syncState: 'draft' | 'pending' | 'sent' | 'rejected';
}

export interface ExamResult {
  attemptId: string;
  examId: string;
  scorePercent: number;
  isPassed: boolean;
  gradedAt: string;
}

export interface Certificate {
  id: string;
  agentId: string;
  examId: string;
  issuedOn: string;
  expiresOn: string | null;
}
