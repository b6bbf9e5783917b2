import { useTranslation } from 'react-i18next';
import { pickText } from '@/domain/localized-text';
import type { Exam, ExamAttempt, ExamQuestion, ExamResult } from '@/domain/training/training';
import { formatPercent } from '@/i18n/format';
import { Section } from '@/ui/page';

/** The options `ids` name, in their text, joined for one line (ordering keeps the order). */
function optionsText(question: ExamQuestion, ids: readonly string[], language: string): string {
  return ids
    .map((id) => question.options.find((option) => option.id === id))
    .map((option) => (option ? pickText(option.text, language) : '?'))
    .join(question.kind === 'ordering' ? ' → ' : '; ');
}

/**
 * What the exam's review policy lets the agent see after the result: nothing but the score
 * (`score-only`), each answer with whether it was right (`show-correctness`), or also the correct
 * answer and the explanation (`show-answers`, only where the key is on the device).
 */
export function AttemptReview({
  exam,
  attempt,
  result,
}: {
  /** As the attempt presented it (its question order). */
  exam: Exam;
  attempt: ExamAttempt;
  result: ExamResult;
}) {
  const { t, i18n } = useTranslation('training');
  const language = i18n.language;
  if (exam.review === 'score-only' || !result.questionCredits) {
    return (
      <Section id="review" title={t('result.review')}>
        <p>{t('result.scoreOnly')}</p>
      </Section>
    );
  }
  const credits = result.questionCredits;
  const showAnswers = exam.review === 'show-answers';
  return (
    <Section id="review" title={t('result.review')}>
      <ol className="list">
        {exam.questions.map((question, index) => {
          const given = attempt.answers[question.id] ?? [];
          const credit = credits[question.id] ?? 0;
          const verdict =
            credit >= 1
              ? t('result.credit.right')
              : credit <= 0
                ? t('result.credit.wrong')
                : t('result.credit.partial', { percent: formatPercent(credit, language, 0) });
          return (
            <li key={question.id} className="review-question">
              <h3>
                {t('runner.questionNumber', { number: index + 1, count: exam.questions.length })}
              </h3>
              <p>{pickText(question.prompt, language)}</p>
              <p>
                <span className={`badge ${credit >= 1 ? 'badge-ok' : 'badge-warning'}`}>
                  {verdict}
                </span>
              </p>
              <dl>
                <dt>{t('result.yourAnswer')}</dt>
                <dd>
                  {given.length > 0 ? optionsText(question, given, language) : t('result.noAnswer')}
                </dd>
                {showAnswers && question.answer && question.answer.length > 0 && (
                  <>
                    <dt>{t('result.correctAnswer')}</dt>
                    <dd>{optionsText(question, question.answer, language)}</dd>
                  </>
                )}
                {showAnswers && question.explanation && (
                  <>
                    <dt>{t('result.explanation')}</dt>
                    <dd>{pickText(question.explanation, language)}</dd>
                  </>
                )}
              </dl>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
