import type { LocalizedText } from '../localized-text';
import type { AgentRecordSyncState } from '../roster/shift';

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
  /** Markdown, rendered sanitised; images by URL (cached for offline reading). */
  body: LocalizedText;
  /** Reading time (schema 5). */
  estimatedMinutes: number;
}

/** The agent finished reading a lesson (schema 5, agent-owned, one per lesson). */
export interface LessonCompletion {
  id: string;
  agentId: string;
  lessonId: string;
  moduleId: string;
  completedAt: string;
  syncState: AgentRecordSyncState;
}

export type QuestionKind = 'single' | 'multiple' | 'true-false' | 'ordering';

export interface ExamQuestion {
  id: string;
  kind: QuestionKind;
  prompt: LocalizedText;
  options: { id: string; text: LocalizedText }[];
  /** Absent for certification exams graded by the backend. For `ordering`, the ids in order. */
  answer?: string[];
  /** Shown in the review when the exam's policy shows the key (schema 5). */
  explanation?: LocalizedText;
}

/**
 * What the agent sees after submitting (schema 5): nothing but the score, which answers were
 * right, or those plus the correct answers and explanations.
 */
export type ExamReviewPolicy = 'score-only' | 'show-correctness' | 'show-answers';

/**
 * How a multiple-choice question scores (schema 5, docs/training.md): all or nothing, or
 * partial credit = max(0, right picks − wrong picks) / correct options.
 */
export type MultipleChoiceScoring = 'all-or-nothing' | 'partial';

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
  /** Schema 5: */
  review: ExamReviewPolicy;
  multipleChoiceScoring: MultipleChoiceScoring;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** How long a certificate from this exam stays valid; `null`: it never expires. */
  certificateValidDays: number | null;
}

export interface ExamAttempt {
  id: string;
  agentId: string;
  examId: string;
  examVersion: number;
  startedAt: string;
  submittedAt: string | null;
  answers: Record<string, string[]>;
  /** startedAt + the time limit, fixed when the attempt starts (schema 5). */
  deadlineAt: string;
  /** True when the timer ran out and the app submitted it (schema 5). */
  isAutoSubmitted: boolean;
  /** A draft lives on the device only; submitting queues it. */
  syncState: 'draft' | 'pending' | 'sent' | 'rejected';
}

export interface ExamResult {
  attemptId: string;
  examId: string;
  scorePercent: number;
  isPassed: boolean;
  gradedAt: string;
  /** Schema 5: the exam version graded, who graded it, and each question's credit (0–1) when the review policy allows showing it. */
  examVersion: number;
  gradedBy: 'server' | 'device';
  questionCredits: Record<string, number> | null;
}

export interface Certificate {
  id: string;
  agentId: string;
  examId: string;
  issuedOn: string;
  expiresOn: string | null;
}
