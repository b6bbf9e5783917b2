import { useTranslation } from 'react-i18next';
import { pickText } from '@/domain/localized-text';
import type { ExamQuestion as Question } from '@/domain/training/training';
import { OrderingQuestion } from './ordering-question';

/**
 * One question of a running attempt: radio buttons for single choice and true/false, check boxes
 * for multiple choice, up/down buttons for ordering. `onAnswer` gets the whole answer each time,
 * so the caller saves it as given.
 */
export function ExamQuestionField({
  question,
  number,
  count,
  answer,
  disabled,
  onAnswer,
}: {
  /** With its options in the order this attempt presents them. */
  question: Question;
  number: number;
  count: number;
  answer: string[] | undefined;
  disabled: boolean;
  onAnswer: (answer: string[]) => void;
}) {
  const { t, i18n } = useTranslation('training');
  const language = i18n.language;
  const prompt = pickText(question.prompt, language);
  const legend = (
    <legend>
      <span className="exam-question-number">
        {t('runner.questionNumber', { number, count })} · {t(`kind.${question.kind}`)}
      </span>
      <span className="exam-question-prompt">{prompt}</span>
    </legend>
  );
  if (question.kind === 'ordering') {
    const presented = question.options.map((option) => option.id);
    return (
      <fieldset className="exam-question" id={`question-${question.id}`}>
        {legend}
        <OrderingQuestion
          questionId={question.id}
          steps={question.options.map((option) => ({
            id: option.id,
            text: pickText(option.text, language),
          }))}
          order={answer && answer.length === presented.length ? answer : presented}
          isAnswered={answer !== undefined && answer.length > 0}
          disabled={disabled}
          onChange={onAnswer}
        />
      </fieldset>
    );
  }
  const isMultiple = question.kind === 'multiple';
  const chosen = new Set(answer ?? []);
  return (
    <fieldset className="exam-question" id={`question-${question.id}`}>
      {legend}
      {question.options.map((option) => (
        <label key={option.id} className="choice">
          <input
            type={isMultiple ? 'checkbox' : 'radio'}
            name={`answer-${question.id}`}
            value={option.id}
            checked={chosen.has(option.id)}
            disabled={disabled}
            onChange={(event) => {
              if (!isMultiple) return onAnswer([option.id]);
              const next = new Set(chosen);
              if (event.target.checked) next.add(option.id);
              else next.delete(option.id);
              // Kept in the presented order so the saved answer is stable.
              onAnswer(question.options.map((o) => o.id).filter((id) => next.has(id)));
            }}
          />
          <span>{pickText(option.text, language)}</span>
        </label>
      ))}
    </fieldset>
  );
}
