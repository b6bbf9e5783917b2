import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MUTATION_ARGS_SCHEMAS } from '@/domain/sync/mutation-args-schemas';
import type { Lesson, TrainingModule } from '@/domain/training/training';
import { SAMPLE_ROWS } from '../../test/sync-builders';
import { makeExam, makeSingle, makeTrueFalse } from '../../test/training-builders';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import { createTrainingRepository, TrainingError } from './training-repository';

// 10:00 in Shanghai on Sunday 22 November 2026.
const NOW = new Date('2026-11-22T02:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const MODULE: TrainingModule = {
  id: 'module-1',
  projectId: 'project-1',
  order: 1,
  title: { en: 'Rules' },
  summary: { en: 'The rules' },
  isRequired: true,
  estimatedMinutes: 20,
  examId: 'exam-1',
};
const lesson = (order: number): Lesson => ({
  id: `lesson-${order}`,
  moduleId: 'module-1',
  order,
  title: { en: `Lesson ${order}` },
  body: { en: `# Lesson ${order}` },
  estimatedMinutes: 5,
});
// Two questions: single keyed b, true/false keyed true; 60 % to pass, 3 attempts, 24 h apart.
const practice = makeExam({ questions: [makeSingle(), makeTrueFalse()] });
const certification = makeExam({ kind: 'certification', certificateValidDays: 365 });
const RIGHT = { 'q-single': ['b'], 'q-true-false': ['true'] };

let db: WorkbenchDb;

beforeEach(async () => {
  db = openWorkbenchDb('training-repository-test');
  await db.agentProfile.put(SAMPLE_ROWS.agentProfile);
  await db.projects.put(SAMPLE_ROWS.projects);
  await db.trainingModules.put(MODULE);
  await db.lessons.bulkPut([lesson(2), lesson(1), lesson(3)]);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function answerAll(
  repository: ReturnType<typeof createTrainingRepository>,
  attemptId: string,
  answers: Record<string, string[]>,
) {
  for (const [questionId, answer] of Object.entries(answers)) {
    await repository.saveAnswer(attemptId, questionId, answer, at(1));
  }
}

describe('lessons', () => {
  it('completes a lesson once, queueing lesson.complete with the record', async () => {
    const training = createTrainingRepository(db);
    const first = await training.completeLesson('lesson-1', NOW);
    const again = await training.completeLesson('lesson-1', at(5));
    expect(again).toEqual(first);
    expect(await db.lessonCompletions.toArray()).toEqual([first]);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((row) => [row.name, row.recordId])).toEqual([['lesson.complete', first.id]]);
    expect(MUTATION_ARGS_SCHEMAS['lesson.complete'].safeParse(outbox[0]!.args).success).toBe(true);
    expect(first).toMatchObject({ agentId: SAMPLE_ROWS.agentProfile.id, moduleId: 'module-1' });
  });

  it('refuses an unknown lesson and stores nothing', async () => {
    await expect(createTrainingRepository(db).completeLesson('nope', NOW)).rejects.toEqual(
      new TrainingError('training/not-found'),
    );
    expect(await db.outbox.count()).toBe(0);
  });

  it('resumes at the last lesson read, at its position, else the first unfinished', async () => {
    const training = createTrainingRepository(db);
    expect((await training.moduleDetail('module-1'))?.resumeLessonId).toBe('lesson-1');
    await training.completeLesson('lesson-1', NOW);
    expect((await training.moduleDetail('module-1'))?.resumeLessonId).toBe('lesson-2');
    await training.saveReadingPosition('lesson-3', 0.4);
    expect((await training.moduleDetail('module-1'))?.resumeLessonId).toBe('lesson-3');
    const detail = await training.lessonDetail('lesson-3');
    expect(detail?.readingPosition).toBe(0.4);
    expect(detail?.lessons.map((each) => each.id)).toEqual(['lesson-1', 'lesson-2', 'lesson-3']);
    expect((await training.lessonDetail('lesson-2'))?.readingPosition).toBeNull();
    await training.saveReadingPosition('lesson-2', 7);
    expect((await training.lessonDetail('lesson-2'))?.readingPosition).toBe(1);
  });

  it('lists modules with their completed lessons', async () => {
    const training = createTrainingRepository(db);
    await training.completeLesson('lesson-2', NOW);
    const [overview] = await training.listModules();
    expect(overview).toMatchObject({ lessonCount: 3, completedLessonIds: ['lesson-2'] });
  });
});

describe('exam attempts', () => {
  it('starts a draft with its deadline, device only, and resumes it rather than starting another', async () => {
    await db.exams.put(practice);
    const training = createTrainingRepository(db);
    const attempt = await training.startAttempt('exam-1', NOW);
    expect(attempt).toMatchObject({
      examVersion: 1,
      startedAt: NOW.toISOString(),
      deadlineAt: at(20).toISOString(),
      submittedAt: null,
      syncState: 'draft',
      isAutoSubmitted: false,
    });
    expect(await db.outbox.count()).toBe(0);
    expect((await training.startAttempt('exam-1', at(2))).id).toBe(attempt.id);
  });

  it('starts ordering questions at their presented order', async () => {
    await db.exams.put(makeExam());
    const training = createTrainingRepository(db);
    const attempt = await training.startAttempt('exam-1', NOW);
    const detail = await training.attemptDetail(attempt.id);
    const ordering = detail!.presented.questions.find((question) => question.kind === 'ordering')!;
    expect(attempt.answers['q-ordering']).toEqual(ordering.options.map((option) => option.id));
    expect(Object.keys(attempt.answers)).toEqual(['q-ordering']);
  });

  it('saves every answer as given and keeps it across a reopened database', async () => {
    await db.exams.put(practice);
    const attempt = await createTrainingRepository(db).startAttempt('exam-1', NOW);
    await createTrainingRepository(db).saveAnswer(attempt.id, 'q-single', ['a'], at(1));
    await createTrainingRepository(db).saveAnswer(attempt.id, 'q-single', ['b'], at(2));
    db.close();
    db = openWorkbenchDb('training-repository-test');
    const detail = await createTrainingRepository(db).attemptDetail(attempt.id);
    expect(detail?.attempt.answers).toEqual({ 'q-single': ['b'] });
    expect(detail?.attempt.syncState).toBe('draft');
  });

  it.each([
    ['after the deadline', at(20), 'q-single', 'attempt/time-up'],
    ['to a question the exam lacks', at(1), 'q-other', 'attempt/unknown-question'],
  ])('refuses an answer %s and changes nothing', async (_, when, questionId, code) => {
    await db.exams.put(practice);
    const training = createTrainingRepository(db);
    const attempt = await training.startAttempt('exam-1', NOW);
    await expect(training.saveAnswer(attempt.id, questionId, ['b'], when)).rejects.toEqual(
      new TrainingError(code as 'attempt/time-up'),
    );
    expect((await db.examAttempts.get(attempt.id))?.answers).toEqual({});
  });

  it('submits through the outbox; against a server a practice exam shows the device grade unstored', async () => {
    await db.exams.put(practice);
    const training = createTrainingRepository(db);
    const attempt = await training.startAttempt('exam-1', NOW);
    await answerAll(training, attempt.id, { 'q-single': ['b'], 'q-true-false': ['false'] });
    const outcome = await training.submitAttempt(attempt.id, at(5));
    expect(outcome.attempt).toMatchObject({
      submittedAt: at(5).toISOString(),
      syncState: 'pending',
      isAutoSubmitted: false,
    });
    expect(outcome.resultSource).toBe('device-preview');
    expect(outcome.result).toMatchObject({ scorePercent: 50, isPassed: false, gradedBy: 'device' });
    expect(await db.examResults.count()).toBe(0);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((row) => [row.name, row.recordId])).toEqual([
      ['examAttempt.submit', attempt.id],
    ]);
    const args = MUTATION_ARGS_SCHEMAS['examAttempt.submit'].parse(outbox[0]!.args);
    expect(args).toMatchObject({ answers: { 'q-single': ['b'], 'q-true-false': ['false'] } });
    // A second submit changes nothing.
    await training.submitAttempt(attempt.id, at(6));
    expect(await db.outbox.count()).toBe(1);
  });

  it('dates a submission after the deadline at the deadline and marks it automatic', async () => {
    await db.exams.put(practice);
    const training = createTrainingRepository(db);
    const attempt = await training.startAttempt('exam-1', NOW);
    await answerAll(training, attempt.id, RIGHT);
    // The phone died at minute 3 and came back three hours later.
    const { attempt: submitted } = await training.submitAttempt(attempt.id, at(180));
    expect(submitted).toMatchObject({
      submittedAt: at(20).toISOString(),
      isAutoSubmitted: true,
      answers: RIGHT,
    });
  });

  it('shows a certification without its key on the device as awaiting a result', async () => {
    const keyless = {
      ...certification,
      questions: certification.questions.map(({ answer: _answer, ...question }) => question),
    };
    await db.exams.put(keyless);
    const training = createTrainingRepository(db, { gradesOnDevice: true });
    const attempt = await training.startAttempt('exam-1', NOW);
    const outcome = await training.submitAttempt(attempt.id, at(3));
    expect(outcome.result).toBeUndefined();
    expect((await training.attemptDetail(attempt.id))?.isKeyWithheld).toBe(true);
    expect(await db.certificates.count()).toBe(0);
  });

  it('grades on the device where no server does, and issues a passed certification its certificate', async () => {
    await db.exams.put({ ...certification, questions: [makeSingle(), makeTrueFalse()] });
    const training = createTrainingRepository(db, { gradesOnDevice: true });
    const attempt = await training.startAttempt('exam-1', NOW);
    await answerAll(training, attempt.id, RIGHT);
    const outcome = await training.submitAttempt(attempt.id, at(4));
    expect(outcome.resultSource).toBe('stored');
    expect(outcome.result).toMatchObject({ scorePercent: 100, isPassed: true, gradedBy: 'device' });
    expect(await db.certificates.toArray()).toEqual([
      {
        id: `certificate-${attempt.id}`,
        agentId: SAMPLE_ROWS.agentProfile.id,
        examId: 'exam-1',
        issuedOn: '2026-11-22',
        expiresOn: '2027-11-22',
      },
    ]);
    const qualification = await training.myQualification(at(5));
    expect(qualification?.qualification.isCleared).toBe(true);
  });

  it('enforces the cool-down and the attempt limit, storing nothing when refused', async () => {
    await db.exams.put({ ...practice, maxAttempts: 2 });
    const training = createTrainingRepository(db, { gradesOnDevice: true });
    const first = await training.startAttempt('exam-1', NOW);
    await training.submitAttempt(first.id, at(1));
    await expect(training.startAttempt('exam-1', at(60))).rejects.toMatchObject({
      code: 'exam/cooling-down',
      availableAt: at(1 + 24 * 60).toISOString(),
    });
    const second = await training.startAttempt('exam-1', at(1 + 24 * 60));
    await training.submitAttempt(second.id, at(2 + 24 * 60));
    await expect(training.startAttempt('exam-1', at(5 * 24 * 60))).rejects.toMatchObject({
      code: 'exam/attempt-limit',
    });
    expect(await db.examAttempts.count()).toBe(2);
  });

  it('refuses to start an exam with no correct answer', async () => {
    await db.exams.put({ ...practice, questions: [makeSingle(), makeTrueFalse({ answer: [] })] });
    await expect(createTrainingRepository(db).startAttempt('exam-1', NOW)).rejects.toMatchObject({
      code: 'exam/invalid',
    });
    expect(await db.examAttempts.count()).toBe(0);
  });

  it('keeps a draft of a changed exam with its answers and refuses to submit it', async () => {
    await db.exams.put(practice);
    const training = createTrainingRepository(db);
    const attempt = await training.startAttempt('exam-1', NOW);
    await training.saveAnswer(attempt.id, 'q-single', ['b'], at(1));
    await db.exams.put({ ...practice, version: 2 });
    await expect(training.submitAttempt(attempt.id, at(2))).rejects.toMatchObject({
      code: 'exam/changed',
    });
    const kept = await training.attemptDetail(attempt.id);
    expect(kept).toMatchObject({
      isExamChanged: true,
      attempt: { syncState: 'draft', answers: { 'q-single': ['b'] } },
    });
    expect(await db.outbox.count()).toBe(0);
    // A fresh attempt at the new version may start.
    expect((await training.startAttempt('exam-1', at(3))).id).not.toBe(attempt.id);
  });
});
