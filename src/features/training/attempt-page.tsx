import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { TrainingError } from '@/data/training-repository';
import { useRepositories } from '@/data/workspace-context';
import { pickText } from '@/domain/localized-text';
import { useClock } from '@/ui/clock-context';
import { Page } from '@/ui/page';
import { AttemptResult } from './attempt-result';
import { ExamRunner } from './exam-runner';
import { NotFoundNotice } from './not-found-notice';
import type { TrainingLinks } from './training-links';
import './training.css';

/**
 * One attempt: the runner while it is a draft (resumed exactly where it was: same order, every
 * saved answer, the time honestly left), the result and review once submitted. A draft for an
 * exam that has since changed keeps its answers but cannot be submitted.
 */
export function AttemptPage({ links }: { links: TrainingLinks }) {
  const { t, i18n } = useTranslation('training');
  const { attemptId = '' } = useParams();
  const repositories = useRepositories();
  const clock = useClock();
  const [isChanged, setChanged] = useState(false);
  const detail = useLiveQuery(
    async () => (await repositories.training.attemptDetail(attemptId)) ?? null,
    [repositories, attemptId],
  );
  if (detail === undefined) return <Page title={t('title')}>{<p>{t('loading')}</p>}</Page>;
  if (detail === null) return <NotFoundNotice links={links} />;
  const { exam, presented, attempt } = detail;
  const title = pickText(exam.title, i18n.language);
  const backLink = (
    <p>
      <Link className="back-link" to={links.exam(exam.id)}>
        {t('result.backToExam')}
      </Link>
    </p>
  );

  if (attempt.syncState === 'draft' && (detail.isExamChanged || isChanged)) {
    return (
      <Page title={title}>
        {backLink}
        <p className="notice notice-warning" role="alert">
          {t('problems.changedVersion', { from: attempt.examVersion, to: exam.version })}
        </p>
      </Page>
    );
  }

  async function submit(isAutoSubmitted: boolean) {
    try {
      await repositories.training.submitAttempt(attempt.id, clock(), isAutoSubmitted);
    } catch (error) {
      if (error instanceof TrainingError && error.code === 'exam/changed') setChanged(true);
      else throw error;
    }
  }

  if (attempt.syncState === 'draft') {
    return (
      <Page title={title}>
        <ExamRunner
          exam={presented}
          attempt={attempt}
          onAnswer={async (questionId, answer) => {
            try {
              await repositories.training.saveAnswer(attempt.id, questionId, answer, clock());
            } catch (error) {
              // The deadline passed between two taps: submit with what was saved before it.
              if (error instanceof TrainingError && error.code === 'attempt/time-up') {
                await submit(true);
              } else throw error;
            }
          }}
          onSubmit={submit}
        />
      </Page>
    );
  }

  return (
    <Page title={title}>
      {backLink}
      {attempt.isAutoSubmitted && (
        <p className="notice" role="status">
          {t('runner.timeUp')}
        </p>
      )}
      <AttemptResult
        exam={presented}
        attempt={attempt}
        result={detail.result}
        isKeyWithheld={detail.isKeyWithheld}
      />
    </Page>
  );
}
