import { describe, expect, it } from 'vitest';
import type { ExamQuestion, QuestionKind } from '@/domain/training/training';
import { generateDemoWorkspace } from './generate-demo-workspace';

const today = '2026-11-22';
const workspace = generateDemoWorkspace(today);
const { trainingModules, lessons, exams, certificates, projects } = workspace;
const questions = exams.flatMap((exam) => exam.questions);

function expectValidAnswer(question: ExamQuestion) {
  const optionIds = question.options.map((option) => option.id);
  const answer = question.answer ?? [];
  expect(new Set(optionIds).size).toBe(optionIds.length);
  expect(answer.every((id) => optionIds.includes(id))).toBe(true);
  if (question.kind === 'single' || question.kind === 'true-false') expect(answer).toHaveLength(1);
  if (question.kind === 'true-false') expect(optionIds).toEqual(['true', 'false']);
  if (question.kind === 'multiple') expect(answer.length).toBeGreaterThan(1);
  if (question.kind === 'ordering') {
    expect([...answer].sort()).toEqual([...optionIds].sort());
    expect(answer).not.toEqual(optionIds);
  }
}

describe('demo training', () => {
  it('offers the three modules of the sources, in order', () => {
    expect(trainingModules.map((module) => [module.order, module.title['zh-CN']])).toEqual([
      [1, '服务介绍与规则'],
      [2, '外呼销售流程'],
      [3, '标准服务用语'],
    ]);
  });

  it.each(trainingModules.map((module) => [module.title.en, module] as const))(
    'gives "%s" two or three lessons in three languages and its own exam',
    (_, module) => {
      const own = lessons.filter((lesson) => lesson.moduleId === module.id);
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(own.length).toBeLessThanOrEqual(3);
      for (const lesson of own) {
        expect(lesson.body.en.length).toBeGreaterThan(200);
        expect(lesson.body['zh-CN']?.length).toBeGreaterThan(100);
        expect(lesson.body['zh-TW']?.length).toBeGreaterThan(100);
      }
      const exam = exams.find((candidate) => candidate.id === module.examId);
      expect(exam?.moduleId).toBe(module.id);
    },
  );

  it('makes the service-rules exam the certification the project requires', () => {
    const certification = exams.filter((exam) => exam.kind === 'certification');
    expect(certification).toHaveLength(1);
    expect(projects[0]?.requiredExamIds).toEqual([certification[0]?.id]);
    expect(exams.filter((exam) => exam.kind === 'practice')).toHaveLength(2);
  });

  it('sets a pass mark of 80 % and sensible limits on every exam', () => {
    for (const exam of exams) {
      expect(exam.passPercent).toBe(80);
      expect(exam.timeLimitMinutes).toBeGreaterThanOrEqual(exam.questions.length);
      expect(exam.maxAttempts).toBeGreaterThan(0);
      expect(exam.questions.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('uses every question kind, each with a valid answer key', () => {
    const kinds: QuestionKind[] = ['single', 'multiple', 'true-false', 'ordering'];
    expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(kinds));
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    questions.forEach(expectValidAnswer);
  });

  it('holds one certificate, for a passed practice exam, issued in the past', () => {
    expect(certificates).toHaveLength(1);
    const exam = exams.find((candidate) => candidate.id === certificates[0]?.examId);
    expect(exam?.kind).toBe('practice');
    expect(certificates[0]!.issuedOn < today).toBe(true);
  });
});
