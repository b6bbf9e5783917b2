import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { pickText } from '@/domain/localized-text';
import { formatDurationMinutes } from '@/i18n/format';
import { Page, Section } from '@/ui/page';
import type { ExamStanding } from '@/data/training-repository';
import type { TrainingLinks } from './training-links';
import './training.css';

/**
 * The project's modules in order: required or optional, estimated time, lessons read, and where
 * the module's exam stands; links to the agent's qualification and career path.
 */
export function TrainingPage({ links }: { links: TrainingLinks }) {
  const { t, i18n } = useTranslation('training');
  const repositories = useRepositories();
  const modules = useLiveQuery(() => repositories.training.listModules(), [repositories]);
  const language = i18n.language;
  return (
    <Page title={t('title')}>
      <ul className="training-links">
        <li>
          <Link to={links.qualification()}>{t('links.qualification')}</Link>
        </li>
        <li>
          <Link to={links.career()}>{t('links.career')}</Link>
        </li>
      </ul>
      {!modules && <p>{t('loading')}</p>}
      {modules && (
        <Section id="modules" title={t('modules')}>
          {modules.length === 0 && <p>{t('none')}</p>}
          <ul className="list">
            {modules.map(({ module, lessonCount, completedLessonIds, exam, examStanding }) => {
              const title = pickText(module.title, language);
              const completedCount = completedLessonIds.length;
              const standing = standingKey(examStanding);
              return (
                <li key={module.id}>
                  <Link className="training-item-link" to={links.module(module.id)}>
                    {title}
                  </Link>
                  <span className="training-badges">
                    <span className={`badge${module.isRequired ? ' badge-warning' : ''}`}>
                      {module.isRequired ? t('required') : t('optional')}
                    </span>
                    {exam && <span className="badge">{t(`exam.${exam.kind}`)}</span>}
                  </span>
                  <p className="muted">{pickText(module.summary, language)}</p>
                  <p className="muted">
                    {t('lessons', { count: lessonCount })} ·{' '}
                    {t('estimated', {
                      duration: formatDurationMinutes(module.estimatedMinutes, language),
                    })}
                  </p>
                  <progress
                    className="training-progress"
                    max={Math.max(1, lessonCount)}
                    value={completedCount}
                    aria-label={t('progress.label', { module: title })}
                  />
                  <p>
                    {t('progress.lessons', { done: completedCount, total: lessonCount })}
                    {standing && ` · ${t(standing)}`}
                  </p>
                </li>
              );
            })}
          </ul>
        </Section>
      )}
    </Page>
  );
}

/** Where the module's exam stands, in one phrase. */
function standingKey(standing: ExamStanding | undefined) {
  if (!standing) return undefined;
  if (standing.isPassed) return 'progress.passed' as const;
  if (standing.awaitingCount > 0) return 'progress.awaiting' as const;
  if (standing.hasDraft) return 'progress.inProgress' as const;
  if (standing.bestResult) return 'progress.notPassed' as const;
  return undefined;
}
