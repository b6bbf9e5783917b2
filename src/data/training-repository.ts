import type { Exam, TrainingModule } from '@/domain/training/training';
import type { WorkbenchDb } from './db';

export interface ModuleOverview {
  module: TrainingModule;
  lessonCount: number;
  exam: Exam | undefined;
}

export function createTrainingRepository(db: WorkbenchDb) {
  return {
    /** Modules in their published order with their lesson count and exam. */
    async listModules(): Promise<ModuleOverview[]> {
      return db.transaction('r', [db.trainingModules, db.lessons, db.exams], async () => {
        const modules = await db.trainingModules.orderBy('order').toArray();
        return Promise.all(
          modules.map(async (module) => ({
            module,
            lessonCount: await db.lessons.where('moduleId').equals(module.id).count(),
            exam: module.examId ? await db.exams.get(module.examId) : undefined,
          })),
        );
      });
    },
  };
}

export type TrainingRepository = ReturnType<typeof createTrainingRepository>;
