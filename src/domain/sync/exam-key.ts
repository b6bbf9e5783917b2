/**
 * A certification exam's answer key stays on the server (issue #8): the row every device pulls
 * has no `answer` and no `explanation`; the key is kept beside it and put back only to grade.
 * Practice exams go down whole (the device grades them itself). Shared by the reference server's
 * row store and the memory server.
 */
import type { LocalizedText } from '../localized-text';
import type { Exam, ExamQuestion } from '../training/training';

/** What was taken out of each question, by question id. */
export interface ExamKey {
  questions: Record<string, { answer?: string[]; explanation?: LocalizedText }>;
}

/** Whether rows of this exam go down without their key. */
export function isKeyKeptOnServer(exam: { kind?: unknown }): boolean {
  return exam.kind === 'certification';
}

/**
 * A certification exam split into the row devices get and its key; a practice exam (or anything
 * that is not an exam row) comes back as it was, with no key.
 */
export function splitExamKey(value: unknown): { row: unknown; key: ExamKey | null } {
  if (typeof value !== 'object' || value === null || !isKeyKeptOnServer(value)) {
    return { row: value, key: null };
  }
  const exam = value as { questions?: unknown };
  if (!Array.isArray(exam.questions)) return { row: value, key: null };
  const key: ExamKey = { questions: {} };
  const questions = exam.questions.map((question: unknown) => {
    if (typeof question !== 'object' || question === null) return question;
    const { answer, explanation, ...rest } = question as Partial<ExamQuestion>;
    if (typeof rest.id === 'string') {
      key.questions[rest.id] = {
        ...(answer !== undefined && { answer }),
        ...(explanation !== undefined && { explanation }),
      };
    }
    return rest;
  });
  return { row: { ...value, questions }, key };
}

/** `exam` with its kept key put back (for grading); the exam itself when there is no key. */
export function withExamKey(exam: Exam, key: ExamKey | null): Exam {
  if (!key) return exam;
  return {
    ...exam,
    questions: exam.questions.map((question) => ({
      ...question,
      ...key.questions[question.id],
    })),
  };
}
