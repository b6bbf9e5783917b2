import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeAttempt } from './grade-attempt';
import { initialOrderingAnswer, presentExam, seededShuffle } from './exam-shuffle';
import { makeExam, makeOrdering } from '../../../test/training-builders';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('seededShuffle', () => {
  it('gives the same order for the same seed and leaves the input alone', () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    expect(seededShuffle(items, 'attempt-1')).toEqual(seededShuffle(items, 'attempt-1'));
    expect(seededShuffle(items, 'attempt-1')).not.toEqual(seededShuffle(items, 'attempt-2'));
    expect(items).toEqual(Array.from({ length: 20 }, (_, index) => index));
  });

  it('is a permutation for any items and seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        expect([...seededShuffle(items, seed)].sort()).toEqual([...items].sort());
      }),
    );
  });
});

describe('presentExam', () => {
  it.each([
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ])(
    'shuffles questions %s and options %s as the exam says',
    (shuffleQuestions, shuffleOptions) => {
      const exam = makeExam({ shuffleQuestions, shuffleOptions });
      // Some seed moves things when shuffling is on; none does when it is off.
      const seeds = Array.from({ length: 20 }, (_, index) => `attempt-${index}`);
      const presented = seeds.map((seed) => presentExam(exam, seed));
      const questionOrderMoves = presented.some(
        (p) => ids(p.questions).join() !== ids(exam.questions).join(),
      );
      const choiceOptionsMove = presented.some((p) =>
        p.questions
          .filter((question) => question.kind !== 'ordering')
          .some(
            (question) =>
              ids(question.options).join() !==
              ids(exam.questions.find((q) => q.id === question.id)!.options).join(),
          ),
      );
      expect(questionOrderMoves).toBe(shuffleQuestions);
      expect(choiceOptionsMove).toBe(shuffleOptions);
    },
  );

  it('never shows ordering steps in the keyed order, even when options are not shuffled', () => {
    for (let index = 0; index < 200; index += 1) {
      const exam = makeExam({
        shuffleOptions: false,
        questions: [
          makeOrdering({
            answer: ['a', 'b'],
            options: [
              { id: 'a', text: { en: 'A' } },
              { id: 'b', text: { en: 'B' } },
            ],
          }),
        ],
      });
      expect(ids(presentExam(exam, `seed-${index}`).questions[0]!.options)).toEqual(['b', 'a']);
    }
  });

  it('never shows keyless ordering steps in their stored order', () => {
    for (let index = 0; index < 50; index += 1) {
      const exam = makeExam({ questions: [makeOrdering({ answer: undefined })] });
      const presented = presentExam(exam, `seed-${index}`).questions[0]!;
      expect(ids(presented.options)).not.toEqual(['a', 'b', 'c', 'd']);
      expect(initialOrderingAnswer(presented)).toEqual(ids(presented.options));
    }
  });

  it('keeps every question with its own options, key and explanation (property)', () => {
    const exam = makeExam({ multipleChoiceScoring: 'partial' });
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const presented = presentExam(exam, seed);
        expect(ids(presented.questions).sort()).toEqual(ids(exam.questions).sort());
        for (const question of presented.questions) {
          const original = exam.questions.find((candidate) => candidate.id === question.id)!;
          expect(question.answer).toEqual(original.answer);
          expect(question.prompt).toEqual(original.prompt);
          expect([...question.options].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
            [...original.options].sort((a, b) => a.id.localeCompare(b.id)),
          );
        }
      }),
    );
  });

  it('grades the presented exam as the original for any answers (property)', () => {
    const exam = makeExam({ multipleChoiceScoring: 'partial' });
    const answers = fc.record(
      Object.fromEntries(
        exam.questions.map((question) => [question.id, fc.shuffledSubarray(ids(question.options))]),
      ),
    );
    fc.assert(
      fc.property(fc.string(), answers, (seed, given) => {
        expect(gradeAttempt(presentExam(exam, seed), given)).toEqual(gradeAttempt(exam, given));
      }),
    );
  });

  it('gives the same order to a resumed attempt', () => {
    const exam = makeExam();
    expect(presentExam(exam, 'attempt-9')).toEqual(presentExam(exam, 'attempt-9'));
  });
});
