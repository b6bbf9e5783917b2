/** The hrefs the training screens link to (features never import app/paths.ts). */
export interface TrainingLinks {
  training: () => string;
  module: (moduleId: string) => string;
  lesson: (lessonId: string) => string;
  exam: (examId: string) => string;
  attempt: (attemptId: string) => string;
  qualification: () => string;
  career: () => string;
}
