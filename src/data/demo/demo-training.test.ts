import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KPI_METRICS } from '@/domain/policy/project-policy';
import { careerProgress } from '@/domain/training/career-path';
import { examProblems } from '@/domain/training/grade-attempt';
import type { ExamQuestion, QuestionKind } from '@/domain/training/training';
import { DEMO_AGENT_ID } from './demo-ids';
import { buildDemoAgentProfile } from './demo-agent';
import { buildDemoPolicy } from './demo-policy';
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

  it('gives every exam a fair key and every question an explanation in three languages', () => {
    for (const exam of exams) expect(examProblems(exam)).toEqual([]);
    for (const question of questions) {
      expect(question.explanation?.en).toBeTruthy();
      expect(question.explanation?.['zh-CN']).toBeTruthy();
      expect(question.explanation?.['zh-TW']).toBeTruthy();
    }
  });

  it('states the review, scoring, shuffling and validity of each exam', () => {
    expect(
      exams.map((exam) => [
        exam.kind,
        exam.review,
        exam.multipleChoiceScoring,
        exam.certificateValidDays,
      ]),
    ).toEqual([
      ['certification', 'show-correctness', 'all-or-nothing', 365],
      ['practice', 'show-answers', 'partial', null],
      ['practice', 'show-answers', 'partial', null],
    ]);
    expect(exams.every((exam) => exam.shuffleQuestions && exam.shuffleOptions)).toBe(true);
  });

  it('gives every lesson a reading time and shows each module an image that exists', () => {
    for (const lesson of lessons) expect(lesson.estimatedMinutes).toBeGreaterThan(0);
    for (const module of trainingModules) {
      const bodies = lessons
        .filter((lesson) => lesson.moduleId === module.id)
        .flatMap((lesson) => [lesson.body.en, lesson.body['zh-CN'], lesson.body['zh-TW']]);
      const images = bodies.flatMap((body) =>
        [...(body ?? '').matchAll(/!\[([^\]]+)\]\((\/training\/[\w-]+\.svg)\)/g)].map(
          (match) => match[2],
        ),
      );
      expect(images.length).toBeGreaterThanOrEqual(3);
      for (const image of images) expect(existsSync(resolve('public', `.${image}`))).toBe(true);
    }
  });

  it('sets a career ladder on the star levels with known exams and metrics', () => {
    const ladder = buildDemoPolicy(today).careerPath;
    expect(ladder.map((level) => level.id)).toEqual(['base', 'one-star', 'two-star', 'three-star']);
    const examIds = new Set(exams.map((exam) => exam.id));
    for (const level of ladder) {
      expect(level.requiredExamIds.every((id) => examIds.has(id))).toBe(true);
      expect(level.requiredMetrics.every((target) => KPI_METRICS.includes(target.metric))).toBe(
        true,
      );
    }
    const agent = buildDemoAgentProfile(today);
    expect(agent.id).toBe(DEMO_AGENT_ID);
    const progress = careerProgress(ladder, agent.level, certificates, {}, today);
    expect(progress.next?.id).toBe('three-star');
    expect(progress.isReady).toBe(false);
  });
});
