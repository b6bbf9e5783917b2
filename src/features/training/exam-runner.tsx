import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exam, ExamAttempt } from '@/domain/training/training';
import { ExamQuestionField } from './exam-question';
import { ExamTimer } from './exam-timer';

/**
 * A running attempt: the timer (deadline fixed at the start), every question in the attempt's
 * order, and submit. Each answer goes to `onAnswer` as it is given, which saves it on the device
 * (saves run in the order given); when time runs out the attempt is submitted with what was saved.
 */
export function ExamRunner({
  exam,
  attempt,
  onAnswer,
  onSubmit,
}: {
  /** As this attempt presents it (questions and options in the attempt's order). */
  exam: Exam;
  attempt: ExamAttempt;
  onAnswer: (questionId: string, answer: string[]) => Promise<void>;
  onSubmit: (isAutoSubmitted: boolean) => Promise<void>;
}) {
  const { t } = useTranslation('training');
  const [isSubmitting, setSubmitting] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [submitFailed, setSubmitFailed] = useState(false);
  // What the agent has given so far, ahead of the stored draft: a second tap builds on the first
  // even before the first is read back from the database.
  const [answers, setAnswers] = useState(attempt.answers);
  const count = exam.questions.length;
  const answered = exam.questions.filter(
    (question) => (answers[question.id]?.length ?? 0) > 0,
  ).length;
  const unanswered = count - answered;

  async function handleAnswer(questionId: string, answer: string[]) {
    setAnswers((current) => ({ ...current, [questionId]: answer }));
    try {
      await onAnswer(questionId, answer);
      setSaveFailed(false);
    } catch {
      setSaveFailed(true);
    }
  }

  async function submit(isAutoSubmitted: boolean) {
    if (isSubmitting) return;
    setSubmitting(true);
    setSubmitFailed(false);
    try {
      await onSubmit(isAutoSubmitted);
    } catch {
      // Nothing changed on the device: the draft and its answers stay; the agent can try again.
      setSubmitFailed(true);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form
      className="exam-runner"
      aria-label={t('runner.form')}
      onSubmit={(event) => {
        event.preventDefault();
        if (unanswered > 0 && !isConfirming) setConfirming(true);
        else void submit(false);
      }}
    >
      <ExamTimer
        deadlineAt={attempt.deadlineAt}
        timeLimitMinutes={exam.timeLimitMinutes}
        onExpire={() => void submit(true)}
      />
      <p className="muted">{t('runner.answered', { answered, count })}</p>
      {exam.questions.map((question, index) => (
        <ExamQuestionField
          key={question.id}
          question={question}
          number={index + 1}
          count={count}
          answer={answers[question.id]}
          disabled={isSubmitting}
          onAnswer={(answer) => void handleAnswer(question.id, answer)}
        />
      ))}
      {saveFailed && (
        <p className="form-error" role="alert">
          {t('runner.saveFailed')}
        </p>
      )}
      {submitFailed && (
        <p className="form-error" role="alert">
          {t('runner.submitFailed')}
        </p>
      )}
      <div className="exam-actions">
        {isConfirming && unanswered > 0 && (
          <p role="alert">{t('runner.submitUnanswered', { count: unanswered })}</p>
        )}
        <button type="submit" className="button button-block" disabled={isSubmitting}>
          {isSubmitting
            ? t('runner.submitting')
            : isConfirming && unanswered > 0
              ? t('runner.submitConfirm')
              : t('runner.submit')}
        </button>
        {isConfirming && unanswered > 0 && (
          <button
            type="button"
            className="button button-secondary button-block"
            onClick={() => setConfirming(false)}
          >
            {t('runner.keepGoing')}
          </button>
        )}
      </div>
    </form>
  );
}
