import type { Exam, ExamQuestion } from './training';

/** What grading an attempt gives: the score, whether it passes, and each question's credit (0–1). */
export interface AttemptGrade {
  /** Total credit over the number of questions, in percent, rounded to two decimals. */
  scorePercent: number;
  isPassed: boolean;
  questionCredits: Record<string, number>;
}

/**
 * Why an exam cannot be graded fairly (docs/training.md). The device and the server report these
 * instead of grading silently wrong: `no-questions` (an exam without questions), `no-correct-answer`
 * (a question without a key, or an empty one), `unknown-option` (the key names an option the
 * question does not have), `too-many-answers` (a single-choice or true/false key with more than one
 * option), `bad-order` (an ordering key that is not every option exactly once),
 * `duplicate-option` (two options of a question share an id, or a multiple-choice key names one
 * twice).
 */
export type ExamProblemCode =
  | 'no-questions'
  | 'no-correct-answer'
  | 'unknown-option'
  | 'too-many-answers'
  | 'bad-order'
  | 'duplicate-option';

export interface ExamProblem {
  code: ExamProblemCode;
  /** The question at fault; `null` for problems of the whole exam. */
  questionId: string | null;
}

/** Guard against sums of fractions landing a hair below a pass mark. */
const EPSILON = 1e-9;

/** Every problem of `exam`'s questions and key, in question order; empty when it grades fairly. */
export function examProblems(exam: Exam): ExamProblem[] {
  if (exam.questions.length === 0) return [{ code: 'no-questions', questionId: null }];
  return exam.questions.flatMap((question) =>
    questionProblems(question).map((code) => ({ code, questionId: question.id })),
  );
}

function questionProblems(question: ExamQuestion): ExamProblemCode[] {
  const problems: ExamProblemCode[] = [];
  const optionIds = question.options.map((option) => option.id);
  const known = new Set(optionIds);
  if (known.size !== optionIds.length) problems.push('duplicate-option');
  const key = question.answer ?? [];
  if (key.length === 0) return [...problems, 'no-correct-answer'];
  if (key.some((id) => !known.has(id))) problems.push('unknown-option');
  if ((question.kind === 'single' || question.kind === 'true-false') && key.length > 1) {
    problems.push('too-many-answers');
  }
  if (question.kind === 'multiple' && new Set(key).size !== key.length) {
    problems.push('duplicate-option');
  }
  if (
    question.kind === 'ordering' &&
    (key.length !== known.size || new Set(key).size !== key.length)
  ) {
    problems.push('bad-order');
  }
  return problems;
}

/**
 * Whether the exam came without its answer key (a certification exam the backend grades: the key
 * never reaches the device). Such an attempt waits for the backend's result.
 */
export function isKeyWithheld(exam: Exam): boolean {
  return exam.questions.length > 0 && exam.questions.every((question) => !question.answer);
}

/**
 * The credit (0–1) one question earns for the options `given` (docs/training.md):
 * single choice and true/false — exactly the keyed option; multiple choice — exactly the keyed set
 * (`all-or-nothing`), or max(0, right picks − wrong picks) / keyed options (`partial`); ordering —
 * every option in the keyed order. A question without a usable key earns 0 (see `examProblems`).
 */
export function questionCredit(
  question: ExamQuestion,
  given: readonly string[] | undefined,
  multipleChoiceScoring: Exam['multipleChoiceScoring'],
): number {
  const key = question.answer ?? [];
  if (key.length === 0 || questionProblems(question).length > 0) return 0;
  const answer = given ?? [];
  switch (question.kind) {
    case 'single':
    case 'true-false':
      return answer.length === 1 && answer[0] === key[0] ? 1 : 0;
    case 'ordering':
      return answer.length === key.length && answer.every((id, index) => id === key[index]) ? 1 : 0;
    case 'multiple': {
      const keyed = new Set(key);
      const picked = new Set(answer);
      let right = 0;
      let wrong = 0;
      for (const id of picked) {
        if (keyed.has(id)) right += 1;
        else wrong += 1;
      }
      if (multipleChoiceScoring === 'partial') return Math.max(0, right - wrong) / keyed.size;
      return right === keyed.size && wrong === 0 ? 1 : 0;
    }
  }
}

/**
 * Grades `answers` (question id → option ids as given) against `exam`'s key. Pure and total: it
 * throws nothing; unanswered questions and questions without a usable key earn 0, answers to
 * questions the exam does not have are ignored. Passing means the exact score reaches
 * `passPercent`. The device grades practice exams with it, the servers grade every attempt.
 */
export function gradeAttempt(exam: Exam, answers: Record<string, string[]>): AttemptGrade {
  const questionCredits: Record<string, number> = {};
  let total = 0;
  for (const question of exam.questions) {
    const given = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const credit = questionCredit(
      question,
      Array.isArray(given) ? given : undefined,
      exam.multipleChoiceScoring,
    );
    questionCredits[question.id] = credit;
    total += credit;
  }
  const count = exam.questions.length;
  if (count === 0) return { scorePercent: 0, isPassed: false, questionCredits };
  const exactPercent = (total / count) * 100;
  return {
    scorePercent: Math.round(exactPercent * 100) / 100,
    isPassed: exactPercent + EPSILON >= exam.passPercent,
    questionCredits,
  };
}
