import type { LocalizedText } from '@/domain/localized-text';
import type { Exam, ExamQuestion, Lesson, TrainingModule } from '@/domain/training/training';

/** One training module of the demo project with its lessons and exam. */
export interface TrainingBundle {
  module: TrainingModule;
  lessons: Lesson[];
  exam: Exam;
}

/** Content text in English, simplified and traditional Chinese. */
export function localized(en: string, zhCN: string, zhTW: string): LocalizedText {
  return { en, 'zh-CN': zhCN, 'zh-TW': zhTW };
}

export const TRUE_FALSE_OPTIONS: ExamQuestion['options'] = [
  { id: 'true', text: localized('True', '正确', '正確') },
  { id: 'false', text: localized('False', '错误', '錯誤') },
];
