import type { Exam, ExamQuestion } from './training';

/**
 * Per-attempt order of an exam's questions and options (docs/training.md). The order depends
 * only on the seed (the attempt id), so an attempt resumed after a reload, on the same or another
 * device, shows the same order. Shuffling moves whole questions and whole options: answers name
 * option ids, so the key stays attached whatever the order.
 */

/** FNV-1a hash of a text seed. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: uniform in [0, 1), a sequence fixed by `seed`. Not for anything secret. */
function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates) in the order fixed by `seed`; the input is left alone. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const item = copy[index] as T;
    copy[index] = copy[other] as T;
    copy[other] = item;
  }
  return copy;
}

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * The options of `question` as this attempt shows them. Choice options shuffle when the exam
 * says so. Ordering steps always shuffle (they are the puzzle), and never show in the keyed order
 * nor, without a key on the device, in the stored order, which authors may have kept in sequence:
 * a shuffle that lands there is turned by one.
 */
function presentedOptions(question: ExamQuestion, shuffleOptions: boolean, seed: string) {
  if (question.kind !== 'ordering') {
    return shuffleOptions
      ? seededShuffle(question.options, `${seed}/${question.id}`)
      : question.options;
  }
  let options = seededShuffle(question.options, `${seed}/${question.id}`);
  const reference = question.answer ?? question.options.map((option) => option.id);
  if (
    options.length > 1 &&
    sameOrder(
      options.map((option) => option.id),
      reference,
    )
  ) {
    options = [...options.slice(1), ...options.slice(0, 1)];
  }
  return options;
}

/**
 * The exam as one attempt presents it: questions (and options) in the attempt's order when the
 * exam shuffles them, the same for the same `seed` every time. The key, explanations and ids are
 * untouched, so grading the presented exam equals grading the original.
 */
export function presentExam(exam: Exam, seed: string): Exam {
  const questions = exam.shuffleQuestions
    ? seededShuffle(exam.questions, `${seed}/questions`)
    : exam.questions;
  return {
    ...exam,
    questions: questions.map((question) => ({
      ...question,
      options: presentedOptions(question, exam.shuffleOptions, seed),
    })),
  };
}

/**
 * The answer an ordering question starts with: the steps as presented (the agent rearranges them),
 * so an untouched ordering question is saved and graded as shown, not left blank.
 */
export function initialOrderingAnswer(question: ExamQuestion): string[] {
  return question.options.map((option) => option.id);
}
