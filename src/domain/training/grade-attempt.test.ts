import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Exam } from './training';
import { examProblems, gradeAttempt, isKeyWithheld, questionCredit } from './grade-attempt';
import {
  makeExam,
  makeMultiple,
  makeOrdering,
  makeSingle,
  makeTrueFalse,
} from '../../../test/training-builders';

describe('questionCredit', () => {
  it.each([
    ['single: the keyed option', makeSingle(), ['b'], 1],
    ['single: another option', makeSingle(), ['a'], 0],
    ['single: nothing', makeSingle(), [], 0],
    ['single: the key plus another', makeSingle(), ['b', 'a'], 0],
    ['true/false: true', makeTrueFalse(), ['true'], 1],
    ['true/false: false', makeTrueFalse(), ['false'], 0],
    ['true/false: both', makeTrueFalse(), ['true', 'false'], 0],
    ['ordering: the keyed order', makeOrdering(), ['d', 'b', 'a', 'c'], 1],
    ['ordering: two swapped', makeOrdering(), ['b', 'd', 'a', 'c'], 0],
    ['ordering: the untouched display order', makeOrdering(), ['a', 'b', 'c', 'd'], 0],
    ['ordering: one step missing', makeOrdering(), ['d', 'b', 'a'], 0],
    ['ordering: a step twice', makeOrdering(), ['d', 'b', 'a', 'c', 'c'], 0],
  ] as const)('%s', (_, question, given, credit) => {
    expect(questionCredit(question, given, 'all-or-nothing')).toBe(credit);
    expect(questionCredit(question, given, 'partial')).toBe(credit);
  });

  // Key a, c among a–d.
  it.each([
    [['a', 'c'], 1, 1],
    [['c', 'a'], 1, 1],
    [['a', 'c', 'a'], 1, 1],
    [['a'], 0, 0.5],
    [['a', 'b'], 0, 0],
    [['a', 'c', 'b'], 0, 0.5],
    [['a', 'b', 'c', 'd'], 0, 0],
    [['b', 'd'], 0, 0],
    [[], 0, 0],
  ])('multiple choice %j: all-or-nothing %d, partial %d', (given, allOrNothing, partial) => {
    expect(questionCredit(makeMultiple(), given, 'all-or-nothing')).toBe(allOrNothing);
    expect(questionCredit(makeMultiple(), given, 'partial')).toBe(partial);
  });

  it('gives partial credit by thirds on a three-option key', () => {
    const question = makeMultiple({ answer: ['a', 'b', 'c'] });
    expect(questionCredit(question, ['a', 'b'], 'partial')).toBeCloseTo(2 / 3);
    expect(questionCredit(question, ['a', 'b', 'd'], 'partial')).toBeCloseTo(1 / 3);
  });

  it.each([
    ['no key', makeSingle({ answer: undefined })],
    ['an empty key', makeMultiple({ answer: [] })],
    ['a key naming an unknown option', makeSingle({ answer: ['z'] })],
    ['an ordering key missing a step', makeOrdering({ answer: ['d', 'b', 'a'] })],
  ])('gives nothing for a question with %s, whatever the answer', (_, question) => {
    expect(questionCredit(question, question.answer ?? ['a'], 'partial')).toBe(0);
  });
});

describe('gradeAttempt', () => {
  const allRight = {
    'q-single': ['b'],
    'q-multiple': ['a', 'c'],
    'q-true-false': ['true'],
    'q-ordering': ['d', 'b', 'a', 'c'],
  };

  it.each([
    ['every answer right', allRight, 100, true],
    ['nothing answered', {}, 0, false],
    ['three of four right: 75 % ≥ 60 %', { ...allRight, 'q-single': ['a'] }, 75, true],
    [
      'two of four right: 50 % < 60 %',
      { ...allRight, 'q-single': ['a'], 'q-ordering': [] },
      50,
      false,
    ],
    ['answers to unknown questions are ignored', { ...allRight, 'q-other': ['a'] }, 100, true],
  ])('%s', (_, answers, scorePercent, isPassed) => {
    const grade = gradeAttempt(makeExam(), answers);
    expect(grade.scorePercent).toBe(scorePercent);
    expect(grade.isPassed).toBe(isPassed);
  });

  it('reports each question’s credit', () => {
    const exam = makeExam({ multipleChoiceScoring: 'partial' });
    expect(gradeAttempt(exam, { ...allRight, 'q-multiple': ['a'], 'q-ordering': [] })).toEqual({
      scorePercent: 62.5,
      isPassed: true,
      questionCredits: { 'q-single': 1, 'q-multiple': 0.5, 'q-true-false': 1, 'q-ordering': 0 },
    });
  });

  it('passes exactly at the pass mark, even when the credits are thirds', () => {
    const thirds = makeExam({
      multipleChoiceScoring: 'partial',
      questions: ['m1', 'm2', 'm3'].map((id) => makeMultiple({ id, answer: ['a', 'b', 'c'] })),
    });
    // Two thirds, one third, two thirds (three right, one wrong) of the marks: 5/9 = 55.555… %.
    const answers = { m1: ['a', 'b'], m2: ['a'], m3: ['a', 'b', 'c', 'd'] };
    const grade = gradeAttempt(thirds, answers);
    expect(grade.questionCredits).toEqual({ m1: 2 / 3, m2: 1 / 3, m3: 2 / 3 });
    expect(grade.scorePercent).toBe(55.56);
    expect(gradeAttempt({ ...thirds, passPercent: 500 / 9 }, answers).isPassed).toBe(true);
    expect(gradeAttempt({ ...thirds, passPercent: 55.56 }, answers).isPassed).toBe(false);
  });

  it('counts a question without a key as 0 and throws nothing', () => {
    const exam = makeExam({ questions: [makeSingle(), makeTrueFalse({ answer: undefined })] });
    const grade = gradeAttempt(exam, { 'q-single': ['b'], 'q-true-false': ['true'] });
    expect(grade).toEqual({
      scorePercent: 50,
      isPassed: false,
      questionCredits: { 'q-single': 1, 'q-true-false': 0 },
    });
  });

  it('fails an exam without questions', () => {
    expect(gradeAttempt(makeExam({ questions: [] }), {})).toEqual({
      scorePercent: 0,
      isPassed: false,
      questionCredits: {},
    });
  });

  it('tolerates answers that are not lists', () => {
    const answers = { 'q-single': 'b' } as unknown as Record<string, string[]>;
    expect(gradeAttempt(makeExam(), answers).questionCredits['q-single']).toBe(0);
  });

  const answersFor = (exam: Exam) =>
    fc.record(
      Object.fromEntries(
        exam.questions.map((question) => [
          question.id,
          fc
            .subarray(question.options.map((option) => option.id))
            .chain((ids) =>
              fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }),
            ),
        ]),
      ),
    );

  it.each(['all-or-nothing', 'partial'] as const)(
    'keeps every credit in 0–1 and the score in 0–100, consistent with passing (%s)',
    (scoring) => {
      const exam = makeExam({ multipleChoiceScoring: scoring });
      fc.assert(
        fc.property(answersFor(exam), fc.integer({ min: 0, max: 100 }), (answers, passPercent) => {
          const grade = gradeAttempt({ ...exam, passPercent }, answers);
          const credits = Object.values(grade.questionCredits);
          expect(credits.every((credit) => credit >= 0 && credit <= 1)).toBe(true);
          expect(grade.scorePercent).toBeGreaterThanOrEqual(0);
          expect(grade.scorePercent).toBeLessThanOrEqual(100);
          expect(grade.isPassed).toBe(grade.scorePercent >= passPercent);
        }),
      );
    },
  );

  it('never scores partial credit below all-or-nothing', () => {
    const exam = makeExam();
    fc.assert(
      fc.property(answersFor(exam), (answers) => {
        const strict = gradeAttempt(exam, answers).scorePercent;
        const partial = gradeAttempt({ ...exam, multipleChoiceScoring: 'partial' }, answers);
        expect(partial.scorePercent).toBeGreaterThanOrEqual(strict);
      }),
    );
  });
});

describe('examProblems', () => {
  it('finds nothing wrong with a well-keyed exam', () => {
    expect(examProblems(makeExam())).toEqual([]);
  });

  it.each([
    ['no questions', makeExam({ questions: [] }), [{ code: 'no-questions', questionId: null }]],
    [
      'a question without a key',
      makeExam({ questions: [makeSingle({ answer: undefined })] }),
      [{ code: 'no-correct-answer', questionId: 'q-single' }],
    ],
    [
      'an empty key',
      makeExam({ questions: [makeMultiple({ answer: [] })] }),
      [{ code: 'no-correct-answer', questionId: 'q-multiple' }],
    ],
    [
      'a key naming an option the question lacks',
      makeExam({ questions: [makeSingle({ answer: ['z'] })] }),
      [{ code: 'unknown-option', questionId: 'q-single' }],
    ],
    [
      'two keyed options on a single-choice question',
      makeExam({ questions: [makeSingle({ answer: ['a', 'b'] })] }),
      [{ code: 'too-many-answers', questionId: 'q-single' }],
    ],
    [
      'two keyed options on a true/false question',
      makeExam({ questions: [makeTrueFalse({ answer: ['true', 'false'] })] }),
      [{ code: 'too-many-answers', questionId: 'q-true-false' }],
    ],
    [
      'an ordering key leaving out a step',
      makeExam({ questions: [makeOrdering({ answer: ['a', 'b', 'c'] })] }),
      [{ code: 'bad-order', questionId: 'q-ordering' }],
    ],
    [
      'an ordering key naming a step twice',
      makeExam({ questions: [makeOrdering({ answer: ['a', 'b', 'c', 'c'] })] }),
      [{ code: 'bad-order', questionId: 'q-ordering' }],
    ],
    [
      'two options sharing an id',
      makeExam({
        questions: [
          makeSingle({
            options: [
              { id: 'a', text: { en: 'A' } },
              { id: 'a', text: { en: 'A again' } },
            ],
            answer: ['a'],
          }),
        ],
      }),
      [{ code: 'duplicate-option', questionId: 'q-single' }],
    ],
  ])('reports %s', (_, exam, problems) => {
    expect(examProblems(exam)).toEqual(problems);
  });
});

describe('isKeyWithheld', () => {
  it.each([
    ['every question keyed', makeExam(), false],
    [
      'no question keyed',
      makeExam({
        questions: [makeSingle({ answer: undefined }), makeTrueFalse({ answer: undefined })],
      }),
      true,
    ],
    [
      'one question keyed',
      makeExam({ questions: [makeSingle(), makeTrueFalse({ answer: undefined })] }),
      false,
    ],
    ['no questions', makeExam({ questions: [] }), false],
  ])('%s → %s', (_, exam, withheld) => {
    expect(isKeyWithheld(exam)).toBe(withheld);
  });
});
