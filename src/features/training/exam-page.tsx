import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { deviceResult, TrainingError } from '@/data/training-repository';
import { useRepositories } from '@/data/workspace-context';
import { pickText } from '@/domain/localized-text';
import { attemptEligibility } from '@/domain/training/attempt-eligibility';
import { examProblems, isKeyWithheld } from '@/domain/training/grade-attempt';
import type { ExamAttempt, ExamResult } from '@/domain/training/training';
import {
  deviceTimeZone,
  formatDate,
  formatDurationMinutes,
  formatNumber,
  formatPercent,
  formatTime,
} from '@/i18n/format';
import { useClock } from '@/ui/clock-context';
import { Page, Section } from '@/ui/page';
import { AttemptStatus } from './attempt-status';
import { ExamProblems } from './exam-problems';
import { NotFoundNotice } from './not-found-notice';
import type { TrainingLinks } from './training-links';
import './training.css';

/**
 * An exam before it is taken: what it asks, its limits and review policy, who grades it, the
 * agent's attempts so far, and start or resume when the attempt limit and cool-down allow.
 */
export function ExamPage({ links }: { links: TrainingLinks }) {
  const { t, i18n } = useTranslation('training');
  const { examId = '' } = useParams();
  const repositories = useRepositories();
  const clock = useClock();
  const navigate = useNavigate();
  const [isStarting, setStarting] = useState(false);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const detail = useLiveQuery(
    async () => (await repositories.training.examDetail(examId)) ?? null,
    [repositories, examId],
  );
  const language = i18n.language;
  if (detail === undefined) return <Page title={t('title')}>{<p>{t('loading')}</p>}</Page>;
  if (detail === null) return <NotFoundNotice links={links} />;
  const { exam, module, attempts, results } = detail;
  const now = clock();
  const zone = deviceTimeZone();
  const when = (instant: string) =>
    `${formatDate(instant, language, zone)} ${formatTime(instant, language, zone)}`;
  const withheld = isKeyWithheld(exam);
  const problems = withheld ? [] : examProblems(exam);
  const eligibility = attemptEligibility(exam, attempts, now);
  /** The stored result, else the device's own grade of a practice exam whose key it holds. */
  const resultFor = (attempt: ExamAttempt): ExamResult | undefined =>
    results.find((result) => result.attemptId === attempt.id) ??
    (exam.kind === 'practice' &&
    !withheld &&
    attempt.submittedAt &&
    attempt.syncState !== 'rejected'
      ? deviceResult(exam, attempt, new Date(attempt.submittedAt))
      : undefined);
  const isPassed = attempts.some(
    (attempt) => attempt.examVersion === exam.version && resultFor(attempt)?.isPassed,
  );
  const isAwaiting = attempts.some(
    (attempt) =>
      attempt.syncState !== 'draft' && attempt.syncState !== 'rejected' && !resultFor(attempt),
  );
  const submitted = attempts
    .filter((attempt) => attempt.submittedAt !== null)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));

  /** Why the repository refused to start (nothing was stored), in words. */
  function startProblemText(error: unknown): string {
    if (!(error instanceof TrainingError)) return t('lesson.saveFailed');
    switch (error.code) {
      case 'exam/invalid':
        return t('examPage.blocked.problems');
      case 'exam/attempt-limit':
        return t('examPage.blocked.attempt-limit', { max: exam.maxAttempts });
      case 'exam/cooling-down':
        return t('examPage.blocked.cool-down', {
          time: when(error.availableAt ?? now.toISOString()),
        });
      default:
        return t('lesson.saveFailed');
    }
  }

  async function handleStart() {
    setStarting(true);
    setStartProblem(null);
    try {
      const attempt = await repositories.training.startAttempt(examId, clock());
      await navigate(links.attempt(attempt.id));
    } catch (error) {
      setStartProblem(startProblemText(error));
      setStarting(false);
    }
  }

  return (
    <Page title={pickText(exam.title, language)}>
      <p>
        <Link className="back-link" to={module ? links.module(module.id) : links.training()}>
          {module ? t('examPage.study', { module: pickText(module.title, language) }) : t('back')}
        </Link>
      </p>
      <ExamProblems
        problems={problems}
        questionIds={exam.questions.map((question) => question.id)}
      />
      <Section id="exam-details" title={t('examPage.details')}>
        <p className="training-badges">
          <span className="badge">{t(`exam.${exam.kind}`)}</span>
        </p>
        <dl className="stat-grid">
          <div>
            <dt>{t('examPage.questions')}</dt>
            <dd>{formatNumber(exam.questions.length, language)}</dd>
          </div>
          <div>
            <dt>{t('examPage.passMark')}</dt>
            <dd>{formatPercent(exam.passPercent / 100, language, 0)}</dd>
          </div>
          <div>
            <dt>{t('examPage.timeLimit')}</dt>
            <dd>{formatDurationMinutes(exam.timeLimitMinutes, language)}</dd>
          </div>
          <div>
            <dt>{t('examPage.attempts')}</dt>
            <dd>
              {exam.maxAttempts > 0
                ? t('examPage.attemptsValue', {
                    used: 'attemptsUsed' in eligibility ? eligibility.attemptsUsed : 0,
                    max: exam.maxAttempts,
                  })
                : formatNumber(
                    'attemptsUsed' in eligibility ? eligibility.attemptsUsed : 0,
                    language,
                  )}
            </dd>
          </div>
        </dl>
        <p>
          <strong>{t('examPage.review')}:</strong> {t(`examPage.reviewPolicy.${exam.review}`)}
        </p>
        <p className="muted">
          {t(withheld ? 'examPage.grading.server' : 'examPage.grading.device')}
        </p>
      </Section>
      <div className="exam-actions">
        {isPassed && <p className="badge badge-ok">{t('examPage.blocked.passed')}</p>}
        {isAwaiting && <p role="status">{t('examPage.blocked.awaiting')}</p>}
        {problems.length > 0 ? (
          <p>{t('examPage.blocked.problems')}</p>
        ) : eligibility.status === 'in-progress' ? (
          <Link className="button button-block" to={links.attempt(eligibility.attempt.id)}>
            {t('examPage.resume')}
          </Link>
        ) : eligibility.status === 'attempt-limit' ? (
          <p>{t('examPage.blocked.attempt-limit', { max: eligibility.maxAttempts })}</p>
        ) : eligibility.status === 'cooling-down' ? (
          <p>
            {t('examPage.blocked.cool-down', {
              time: when(eligibility.availableAt),
            })}
          </p>
        ) : (
          <>
            <p className="muted">{t('examPage.startConfirm')}</p>
            <button
              type="button"
              className="button button-block"
              disabled={isStarting}
              onClick={() => void handleStart()}
            >
              {t('examPage.start')}
            </button>
            {startProblem && (
              <p className="form-error" role="alert">
                {startProblem}
              </p>
            )}
          </>
        )}
      </div>
      <Section id="attempts" title={t('examPage.history')}>
        {submitted.length === 0 ? (
          <p>{t('examPage.noAttempts')}</p>
        ) : (
          <ul className="list">
            {submitted.map((attempt) => (
              <li key={attempt.id}>
                <Link className="training-item-link" to={links.attempt(attempt.id)}>
                  {t('examPage.attemptOn', {
                    time: when(attempt.startedAt),
                  })}
                </Link>
                <AttemptStatus attempt={attempt} result={resultFor(attempt)} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
