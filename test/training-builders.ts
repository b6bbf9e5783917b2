/**
 * Small, overridable training fixtures shared by the training domain, repository and screen
 * tests: one question of each kind and an exam `exam-1` (version 1, practice, pass mark 60 %)
 * holding them. Every call returns fresh objects, so a test may change what it gets.
 */
import type { Exam, ExamQuestion } from '@/domain/training/training';

const text = (en: string) => ({ en });

/** Options `a`, `b`, `c`, `d`. */
function abcd(): ExamQuestion['options'] {
  return ['a', 'b', 'c', 'd'].map((id) => ({ id, text: text(`Option ${id}`) }));
}

/** A single-choice question keyed `b`. */
export function makeSingle(overrides: Partial<ExamQuestion> = {}): ExamQuestion {
  return {
    id: 'q-single',
    kind: 'single',
    prompt: text('Pick one'),
    options: abcd(),
    answer: ['b'],
    ...overrides,
  };
}

/** A multiple-choice question keyed `a` and `c`. */
export function makeMultiple(overrides: Partial<ExamQuestion> = {}): ExamQuestion {
  return {
    id: 'q-multiple',
    kind: 'multiple',
    prompt: text('Pick all that apply'),
    options: abcd(),
    answer: ['a', 'c'],
    ...overrides,
  };
}

/** A true/false question keyed `true`. */
export function makeTrueFalse(overrides: Partial<ExamQuestion> = {}): ExamQuestion {
  return {
    id: 'q-true-false',
    kind: 'true-false',
    prompt: text('True or false?'),
    options: [
      { id: 'true', text: text('True') },
      { id: 'false', text: text('False') },
    ],
    answer: ['true'],
    ...overrides,
  };
}

/** An ordering question keyed `d`, `b`, `a`, `c`. */
export function makeOrdering(overrides: Partial<ExamQuestion> = {}): ExamQuestion {
  return {
    id: 'q-ordering',
    kind: 'ordering',
    prompt: text('Put the steps in order'),
    options: abcd(),
    answer: ['d', 'b', 'a', 'c'],
    ...overrides,
  };
}

/** A practice exam with one question of each kind, all-or-nothing multiple choice, 60 % to pass. */
export function makeExam(overrides: Partial<Exam> = {}): Exam {
  return {
    id: 'exam-1',
    moduleId: 'module-1',
    version: 1,
    title: text('Exam'),
    kind: 'practice',
    passPercent: 60,
    timeLimitMinutes: 20,
    maxAttempts: 3,
    coolDownHours: 24,
    questions: [makeSingle(), makeMultiple(), makeTrueFalse(), makeOrdering()],
    review: 'show-answers',
    multipleChoiceScoring: 'all-or-nothing',
    shuffleQuestions: true,
    shuffleOptions: true,
    certificateValidDays: 365,
    ...overrides,
  };
}
