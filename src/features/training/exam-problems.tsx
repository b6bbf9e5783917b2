import { useTranslation } from 'react-i18next';
import type { ExamProblem } from '@/domain/training/grade-attempt';

/**
 * An exam whose key cannot grade it fairly (an exam with no correct answer, a key naming an option
 * the question lacks, …): a banner naming each problem and its question number. Nothing is stored
 * or changed; the agent can still read the module and tell their trainer.
 */
export function ExamProblems({
  problems,
  questionIds,
}: {
  problems: ExamProblem[];
  /** The exam's question ids in their published order, to number the questions. */
  questionIds: string[];
}) {
  const { t } = useTranslation('training');
  if (problems.length === 0) return null;
  return (
    <div className="notice notice-warning" role="alert" aria-labelledby="exam-problems-heading">
      <h2 id="exam-problems-heading">{t('problems.exam.title')}</h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.questionId === null
              ? t(`problems.exam.${problem.code}`)
              : t('problems.exam.question', {
                  number: questionIds.indexOf(problem.questionId) + 1,
                  problem: t(`problems.exam.${problem.code}`),
                })}
          </li>
        ))}
      </ul>
      <p>{t('problems.exam.explain')}</p>
    </div>
  );
}
