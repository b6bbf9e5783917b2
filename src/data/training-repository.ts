/**
 * Training and exams on the device (issue #8, docs/training.md): modules and lessons with the
 * agent's progress and where they left off, lesson completion (`lesson.complete`), exam attempts
 * as device-only drafts saved answer by answer, submission (`examAttempt.submit`) and results.
 *
 * Grading: where no server grades (a local or demo workspace: `gradesOnDevice`), submitting grades
 * the attempt on the device in the same transaction and stores its result (`gradedBy: 'device'`)
 * and, for a passed certification, its certificate. Against a server, the result comes back by
 * pull; meanwhile a practice exam shows the device's own grade (not stored), and a certification,
 * whose key the device never has, shows "awaiting result".
 */
import { addDays, firstDayOf, monthOf } from '@/domain/calendar-day';
import type { KpiMetric, ProjectPolicy } from '@/domain/policy/project-policy';
import type { CareerLevel } from '@/domain/policy/project-policy';
import type { Project } from '@/domain/agent/project';
import { measureKpis } from '@/domain/kpi/measure-kpis';
import { attemptEligibility, isForChangedExam } from '@/domain/training/attempt-eligibility';
import { certificateOnPass } from '@/domain/training/certificates';
import { initialOrderingAnswer, presentExam } from '@/domain/training/exam-shuffle';
import { acceptsAnswers, attemptDeadline, remainingMs } from '@/domain/training/exam-timer';
import { examProblems, gradeAttempt, isKeyWithheld } from '@/domain/training/grade-attempt';
import { qualificationFor, type Qualification } from '@/domain/training/qualification';
import type {
  Certificate,
  Exam,
  ExamAttempt,
  ExamResult,
  Lesson,
  LessonCompletion,
  TrainingModule,
} from '@/domain/training/training';
import { localDayOf } from '@/domain/zoned-time';
import { commitAgentWrite, newRecordId } from './agent-write';
import type { WorkbenchDb } from './db';
import { LOCAL_AGENT_ID } from './roster-repository';

export type TrainingErrorCode =
  | 'training/not-found'
  | 'exam/invalid'
  | 'exam/attempt-limit'
  | 'exam/cooling-down'
  | 'exam/changed'
  | 'attempt/not-draft'
  | 'attempt/time-up'
  | 'attempt/unknown-question';

/** A training action the repository refuses before storing anything; the UI translates `code`. */
export class TrainingError extends Error {
  constructor(
    readonly code: TrainingErrorCode,
    /** For `exam/cooling-down`: when the next attempt may start (ISO). */
    readonly availableAt: string | null = null,
  ) {
    super(code);
    this.name = 'TrainingError';
  }
}

/** The agent's standing on a module's exam, for the module list. */
export interface ExamStanding {
  /** A draft of the current version is in progress. */
  hasDraft: boolean;
  /** Submitted attempts without a result yet. */
  awaitingCount: number;
  /** The best result so far (highest score), if any. */
  bestResult: ExamResult | undefined;
  isPassed: boolean;
}

export interface ModuleOverview {
  module: TrainingModule;
  lessonCount: number;
  completedLessonIds: string[];
  exam: Exam | undefined;
  examStanding: ExamStanding | undefined;
}

export interface ModuleDetail {
  module: TrainingModule;
  lessons: Lesson[];
  completions: LessonCompletion[];
  exam: Exam | undefined;
  /** The lesson to open: the last one read in this module, else the first unfinished, else the first. */
  resumeLessonId: string | undefined;
}

export interface LessonDetail {
  lesson: Lesson;
  module: TrainingModule | undefined;
  /** The module's lessons in order (for previous / next). */
  lessons: Lesson[];
  completion: LessonCompletion | undefined;
  /** How far down the agent had scrolled (0–1), or null the first time. */
  readingPosition: number | null;
}

export interface ExamDetail {
  exam: Exam;
  module: TrainingModule | undefined;
  /** The agent's attempts at this exam, newest first. */
  attempts: ExamAttempt[];
  results: ExamResult[];
  certificates: Certificate[];
}

/** Where a submitted attempt's result comes from. */
export type ResultSource = 'stored' | 'device-preview';

export interface AttemptDetail {
  attempt: ExamAttempt;
  exam: Exam;
  /** The exam in this attempt's order (`presentExam` seeded with the attempt id). */
  presented: Exam;
  /** The stored result, or the device's own grade of a practice exam awaiting the server's. */
  result: ExamResult | undefined;
  resultSource: ResultSource | null;
  /** The device has no key (certification graded by the backend): "awaiting result". */
  isKeyWithheld: boolean;
  /** The exam changed (new version) since this attempt started. */
  isExamChanged: boolean;
}

export interface SubmitOutcome {
  attempt: ExamAttempt;
  result: ExamResult | undefined;
  resultSource: ResultSource | null;
}

export interface ProjectQualification {
  project: Project | undefined;
  day: string;
  qualification: Qualification;
}

export interface CareerContext {
  ladder: CareerLevel[];
  currentLevelId: string | null;
  certificates: Certificate[];
  /** The last full month's metrics (rates in percent), for the next level's targets. */
  metricValues: Partial<Record<KpiMetric, number>>;
  /** `YYYY-MM` the metrics are from. */
  metricMonth: string;
  exams: Exam[];
  day: string;
}

export interface TrainingRepositoryOptions {
  /** True where no server grades (local and demo workspaces): the device grades every attempt. */
  gradesOnDevice?: boolean;
}

/** Device-only meta keys: a lesson's reading position and the last lesson opened. */
const readingKey = (lessonId: string) => `training.readingPosition.${lessonId}`;
const LAST_LESSON_KEY = 'training.lastLesson';

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) =>
  a.order - b.order || a.id.localeCompare(b.id);

function stripSyncState(attempt: ExamAttempt): Omit<ExamAttempt, 'syncState'> {
  const { syncState: _syncState, ...args } = attempt;
  return args;
}

/** The result the device computes for `attempt` (practice preview, or local grading). */
export function deviceResult(exam: Exam, attempt: ExamAttempt, gradedAt: Date): ExamResult {
  const grade = gradeAttempt(exam, attempt.answers);
  return {
    attemptId: attempt.id,
    examId: exam.id,
    scorePercent: grade.scorePercent,
    isPassed: grade.isPassed,
    gradedAt: gradedAt.toISOString(),
    examVersion: attempt.examVersion,
    gradedBy: 'device',
    questionCredits: exam.review === 'score-only' ? null : grade.questionCredits,
  };
}

export function createTrainingRepository(db: WorkbenchDb, options: TrainingRepositoryOptions = {}) {
  const gradesOnDevice = options.gradesOnDevice ?? false;

  async function profile() {
    return db.agentProfile.toCollection().first();
  }

  /** The agent's zone, else the project's, else the device's. */
  async function timeZone(): Promise<string> {
    const agent = await profile();
    if (agent?.timeZone) return agent.timeZone;
    const project = await db.projects.toCollection().first();
    return project?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  /** A submitted attempt's result: stored, else the device's preview of a practice exam. */
  function resultOf(
    exam: Exam,
    attempt: ExamAttempt,
    stored: ExamResult | undefined,
  ): { result: ExamResult | undefined; resultSource: ResultSource | null } {
    if (stored) return { result: stored, resultSource: 'stored' };
    if (
      attempt.submittedAt !== null &&
      attempt.syncState !== 'draft' &&
      attempt.syncState !== 'rejected' &&
      exam.kind === 'practice' &&
      !isKeyWithheld(exam) &&
      !isForChangedExam(exam, attempt)
    ) {
      return {
        result: deviceResult(exam, attempt, new Date(attempt.submittedAt)),
        resultSource: 'device-preview',
      };
    }
    return { result: undefined, resultSource: null };
  }

  async function requireAttempt(attemptId: string) {
    const attempt = await db.examAttempts.get(attemptId);
    const exam = attempt && (await db.exams.get(attempt.examId));
    if (!attempt || !exam) throw new TrainingError('training/not-found');
    return { attempt, exam };
  }

  async function qualificationForProject(
    projectId: string,
    day: string,
  ): Promise<ProjectQualification> {
    const project = await db.projects.get(projectId);
    const [certificates, exams, modules] = await Promise.all([
      db.certificates.toArray(),
      db.exams.toArray(),
      db.trainingModules.toArray(),
    ]);
    return {
      project,
      day,
      qualification: qualificationFor(
        project?.requiredExamIds ?? [],
        certificates,
        exams,
        modules,
        day,
      ),
    };
  }

  return {
    /** Modules in their published order with lesson progress and the agent's exam standing. */
    async listModules(): Promise<ModuleOverview[]> {
      return db.transaction(
        'r',
        [
          db.trainingModules,
          db.lessons,
          db.exams,
          db.lessonCompletions,
          db.examAttempts,
          db.examResults,
        ],
        async () => {
          const modules = await db.trainingModules.orderBy('order').toArray();
          return Promise.all(
            modules.map(async (module): Promise<ModuleOverview> => {
              const lessons = await db.lessons.where('moduleId').equals(module.id).toArray();
              const lessonIds = new Set(lessons.map((lesson) => lesson.id));
              const completions = await db.lessonCompletions
                .where('moduleId')
                .equals(module.id)
                .toArray();
              const exam = module.examId ? await db.exams.get(module.examId) : undefined;
              let examStanding: ExamStanding | undefined;
              if (exam) {
                const attempts = await db.examAttempts.where('examId').equals(exam.id).toArray();
                const results = await db.examResults.where('examId').equals(exam.id).toArray();
                const graded = new Set(results.map((result) => result.attemptId));
                const best = [...results].sort((a, b) => b.scorePercent - a.scorePercent)[0];
                examStanding = {
                  hasDraft: attempts.some(
                    (attempt) => attempt.syncState === 'draft' && !isForChangedExam(exam, attempt),
                  ),
                  awaitingCount: attempts.filter(
                    (attempt) =>
                      (attempt.syncState === 'pending' || attempt.syncState === 'sent') &&
                      !graded.has(attempt.id),
                  ).length,
                  bestResult: best,
                  isPassed: results.some((result) => result.isPassed),
                };
              }
              return {
                module,
                lessonCount: lessons.length,
                completedLessonIds: [
                  ...new Set(
                    completions
                      .map((completion) => completion.lessonId)
                      .filter((id) => lessonIds.has(id)),
                  ),
                ],
                exam,
                examStanding,
              };
            }),
          );
        },
      );
    },

    async moduleDetail(moduleId: string): Promise<ModuleDetail | undefined> {
      const module = await db.trainingModules.get(moduleId);
      if (!module) return undefined;
      const lessons = (await db.lessons.where('moduleId').equals(moduleId).toArray()).sort(byOrder);
      const completions = await db.lessonCompletions.where('moduleId').equals(moduleId).toArray();
      const exam = module.examId ? await db.exams.get(module.examId) : undefined;
      const last = (await db.meta.get(LAST_LESSON_KEY))?.value as
        { lessonId: string; moduleId: string } | undefined;
      const done = new Set(completions.map((completion) => completion.lessonId));
      const resumeLessonId =
        (last?.moduleId === moduleId && lessons.some((lesson) => lesson.id === last.lessonId)
          ? last.lessonId
          : undefined) ??
        lessons.find((lesson) => !done.has(lesson.id))?.id ??
        lessons[0]?.id;
      return { module, lessons, completions, exam, resumeLessonId };
    },

    async lessonDetail(lessonId: string): Promise<LessonDetail | undefined> {
      const lesson = await db.lessons.get(lessonId);
      if (!lesson) return undefined;
      const module = await db.trainingModules.get(lesson.moduleId);
      const lessons = (await db.lessons.where('moduleId').equals(lesson.moduleId).toArray()).sort(
        byOrder,
      );
      const completion = await db.lessonCompletions.where('lessonId').equals(lessonId).first();
      const stored = (await db.meta.get(readingKey(lessonId)))?.value;
      return {
        lesson,
        module,
        lessons,
        completion,
        readingPosition: typeof stored === 'number' ? stored : null,
      };
    },

    /** Remembers how far down a lesson the agent is (0–1) and that it was the last one open. */
    async saveReadingPosition(lessonId: string, fraction: number): Promise<void> {
      const lesson = await db.lessons.get(lessonId);
      if (!lesson) return;
      const position = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
      await db.transaction('rw', [db.meta], async () => {
        await db.meta.put({ key: readingKey(lessonId), value: position });
        await db.meta.put({
          key: LAST_LESSON_KEY,
          value: { lessonId, moduleId: lesson.moduleId },
        });
      });
    },

    /**
     * Marks a lesson read (`lesson.complete`, queued with the record). One per lesson: a lesson
     * already complete returns its completion and queues nothing.
     */
    async completeLesson(lessonId: string, now: Date): Promise<LessonCompletion> {
      const lesson = await db.lessons.get(lessonId);
      if (!lesson) throw new TrainingError('training/not-found');
      const existing = await db.lessonCompletions.where('lessonId').equals(lessonId).first();
      if (existing) return existing;
      const completion: LessonCompletion = {
        id: newRecordId(),
        agentId: (await profile())?.id ?? LOCAL_AGENT_ID,
        lessonId,
        moduleId: lesson.moduleId,
        completedAt: now.toISOString(),
        syncState: 'pending',
      };
      const { syncState: _syncState, ...args } = completion;
      await commitAgentWrite(db, {
        name: 'lesson.complete',
        recordId: completion.id,
        args,
        now,
        tables: [db.lessonCompletions],
        write: () => db.lessonCompletions.add(completion),
      });
      return completion;
    },

    async examDetail(examId: string): Promise<ExamDetail | undefined> {
      const exam = await db.exams.get(examId);
      if (!exam) return undefined;
      const module = await db.trainingModules.get(exam.moduleId);
      const attempts = (await db.examAttempts.where('examId').equals(examId).toArray()).sort(
        (a, b) => b.startedAt.localeCompare(a.startedAt),
      );
      const results = await db.examResults.where('examId').equals(examId).toArray();
      const certificates = await db.certificates.where('examId').equals(examId).toArray();
      return { exam, module, attempts, results, certificates };
    },

    async attemptDetail(attemptId: string): Promise<AttemptDetail | undefined> {
      const attempt = await db.examAttempts.get(attemptId);
      const exam = attempt && (await db.exams.get(attempt.examId));
      if (!attempt || !exam) return undefined;
      const stored = await db.examResults.get(attemptId);
      return {
        attempt,
        exam,
        presented: presentExam(exam, attempt.id),
        ...resultOf(exam, attempt, stored),
        isKeyWithheld: isKeyWithheld(exam),
        isExamChanged: isForChangedExam(exam, attempt),
      };
    },

    /**
     * Starts an attempt as a device-only draft with its deadline fixed, or returns the draft
     * already in progress. Refuses (TrainingError) an exam with no correct answer, over its
     * attempt limit or cooling down; nothing is stored then.
     */
    async startAttempt(examId: string, now: Date): Promise<ExamAttempt> {
      const exam = await db.exams.get(examId);
      if (!exam) throw new TrainingError('training/not-found');
      if (!isKeyWithheld(exam) && examProblems(exam).length > 0) {
        throw new TrainingError('exam/invalid');
      }
      const agentId = (await profile())?.id ?? LOCAL_AGENT_ID;
      return db.transaction('rw', [db.examAttempts], async () => {
        const attempts = await db.examAttempts.where('examId').equals(examId).toArray();
        const eligibility = attemptEligibility(exam, attempts, now);
        if (eligibility.status === 'in-progress') return eligibility.attempt;
        if (eligibility.status === 'attempt-limit') throw new TrainingError('exam/attempt-limit');
        if (eligibility.status === 'cooling-down') {
          throw new TrainingError('exam/cooling-down', eligibility.availableAt);
        }
        const id = newRecordId();
        const presented = presentExam(exam, id);
        const answers: Record<string, string[]> = {};
        for (const question of presented.questions) {
          if (question.kind === 'ordering') answers[question.id] = initialOrderingAnswer(question);
        }
        const attempt: ExamAttempt = {
          id,
          agentId,
          examId,
          examVersion: exam.version,
          startedAt: now.toISOString(),
          submittedAt: null,
          answers,
          deadlineAt: attemptDeadline(now, exam.timeLimitMinutes),
          isAutoSubmitted: false,
          syncState: 'draft',
        };
        await db.examAttempts.add(attempt);
        return attempt;
      });
    },

    /**
     * Saves one answer as given (option ids; for ordering, the ids in the agent's order). Only a
     * draft before its deadline takes answers; the rest of the draft is left as it was.
     */
    async saveAnswer(
      attemptId: string,
      questionId: string,
      answer: readonly string[],
      now: Date,
    ): Promise<ExamAttempt> {
      return db.transaction('rw', [db.examAttempts, db.exams], async () => {
        const { attempt, exam } = await requireAttempt(attemptId);
        if (attempt.syncState !== 'draft') throw new TrainingError('attempt/not-draft');
        if (!acceptsAnswers(attempt, now)) throw new TrainingError('attempt/time-up');
        if (!exam.questions.some((question) => question.id === questionId)) {
          throw new TrainingError('attempt/unknown-question');
        }
        const answers = { ...attempt.answers, [questionId]: [...answer] };
        await db.examAttempts.update(attemptId, { answers });
        return { ...attempt, answers };
      });
    },

    /**
     * Submits a draft: it becomes `pending` and `examAttempt.submit` is queued in one transaction.
     * When time ran out (or `isAutoSubmitted`), the submission is dated at the deadline. Where the
     * device grades, the result (and a passed certification's certificate) commit with it.
     * A draft of a changed exam is refused (`exam/changed`) and kept with its answers.
     */
    async submitAttempt(
      attemptId: string,
      now: Date,
      isAutoSubmitted = false,
    ): Promise<SubmitOutcome> {
      const { attempt, exam } = await requireAttempt(attemptId);
      if (attempt.syncState !== 'draft') {
        return { attempt, ...resultOf(exam, attempt, await db.examResults.get(attemptId)) };
      }
      if (isForChangedExam(exam, attempt)) throw new TrainingError('exam/changed');
      const timeUp = remainingMs(attempt, now) === 0;
      const submitted: ExamAttempt = {
        ...attempt,
        submittedAt: timeUp ? attempt.deadlineAt : now.toISOString(),
        isAutoSubmitted: isAutoSubmitted || timeUp,
        syncState: 'pending',
      };
      const zone = await timeZone();
      const grades = gradesOnDevice && !isKeyWithheld(exam);
      await commitAgentWrite(db, {
        name: 'examAttempt.submit',
        recordId: submitted.id,
        // Read after `write`, so the args carry the answers as saved up to the commit.
        args: () => stripSyncState(submitted),
        now,
        tables: [db.examAttempts, db.examResults, db.certificates],
        write: async () => {
          const current = await db.examAttempts.get(attemptId);
          if (current?.syncState !== 'draft') throw new TrainingError('attempt/not-draft');
          submitted.answers = current.answers;
          await db.examAttempts.put(submitted);
          if (!grades) return;
          const result = deviceResult(exam, submitted, now);
          await db.examResults.put(result);
          if (result.isPassed && exam.kind === 'certification') {
            await db.certificates.put(
              certificateOnPass(exam, submitted.agentId, submitted.id, now, zone),
            );
          }
        },
      });
      const stored = await db.examResults.get(attemptId);
      return { attempt: submitted, ...resultOf(exam, submitted, stored) };
    },

    /** Every certificate the agent holds (valid or not). */
    async certificates(): Promise<Certificate[]> {
      return db.certificates.toArray();
    },

    /**
     * Whether the agent is cleared to work `projectId` on `day` (the Today card passes the next
     * shift's project and local day).
     */
    qualificationForProject,

    /** The qualification for the agent's own project today (in the agent's zone). */
    async myQualification(now: Date): Promise<ProjectQualification | undefined> {
      const agent = await profile();
      const project = agent
        ? await db.projects.get(agent.projectId)
        : await db.projects.toCollection().first();
      if (!project) return undefined;
      return qualificationForProject(project.id, localDayOf(now.toISOString(), await timeZone()));
    },

    /** What the career page needs: the ladder, the agent's level, certificates, last month's metrics. */
    async careerContext(now: Date): Promise<CareerContext> {
      const agent = await profile();
      const day = localDayOf(now.toISOString(), await timeZone());
      const metricMonth = monthOf(addDays(firstDayOf(monthOf(day)), -1));
      const policies: ProjectPolicy[] = await db.policies.toArray();
      const projectId = agent?.projectId ?? (await db.projects.toCollection().first())?.id;
      const policy = policies
        .filter((candidate) => candidate.projectId === projectId && candidate.effectiveFrom <= day)
        .sort((a, b) => b.version - a.version)[0];
      const records = await db.kpiDaily
        .where('day')
        .between(firstDayOf(metricMonth), `${metricMonth}-31`, true, true)
        .toArray();
      return {
        ladder: policy?.careerPath ?? [],
        currentLevelId: agent?.level ?? null,
        certificates: await db.certificates.toArray(),
        metricValues: measureKpis(
          agent ? records.filter((record) => record.agentId === agent.id) : records,
        ),
        metricMonth,
        exams: await db.exams.toArray(),
        day,
      };
    },
  };
}

export type TrainingRepository = ReturnType<typeof createTrainingRepository>;
