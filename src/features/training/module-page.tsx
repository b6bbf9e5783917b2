import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { pickText } from '@/domain/localized-text';
import { formatDurationMinutes } from '@/i18n/format';
import { Page, Section } from '@/ui/page';
import { NotFoundNotice } from './not-found-notice';
import type { TrainingLinks } from './training-links';
import './training.css';

/** One module: its lessons with what is read, where to continue, and its exam. */
export function ModulePage({ links }: { links: TrainingLinks }) {
  const { t, i18n } = useTranslation('training');
  const { moduleId = '' } = useParams();
  const repositories = useRepositories();
  const detail = useLiveQuery(
    async () => (await repositories.training.moduleDetail(moduleId)) ?? null,
    [repositories, moduleId],
  );
  const language = i18n.language;
  if (detail === undefined) return <Page title={t('title')}>{<p>{t('loading')}</p>}</Page>;
  if (detail === null) return <NotFoundNotice links={links} />;
  const { module, lessons, completions, exam, resumeLessonId } = detail;
  const done = new Set(completions.map((completion) => completion.lessonId));
  const resume = lessons.find((lesson) => lesson.id === resumeLessonId);
  const hasStarted = done.size > 0;
  return (
    <Page title={pickText(module.title, language)}>
      <p>
        <Link className="back-link" to={links.training()}>
          {t('back')}
        </Link>
      </p>
      <p className="muted">{pickText(module.summary, language)}</p>
      <p className="training-badges">
        <span className={`badge${module.isRequired ? ' badge-warning' : ''}`}>
          {module.isRequired ? t('required') : t('optional')}
        </span>
        <span className="badge">
          {t('estimated', { duration: formatDurationMinutes(module.estimatedMinutes, language) })}
        </span>
      </p>
      {resume ? (
        <Link className="button button-block" to={links.lesson(resume.id)}>
          {t(hasStarted ? 'module.resume' : 'module.start', {
            lesson: pickText(resume.title, language),
          })}
        </Link>
      ) : (
        lessons.length > 0 && <p>{t('module.allDone')}</p>
      )}
      <Section id="lessons" title={t('module.lessons')}>
        <progress
          className="training-progress"
          max={Math.max(1, lessons.length)}
          value={done.size}
          aria-label={t('progress.label', { module: pickText(module.title, language) })}
        />
        <p>{t('progress.lessons', { done: done.size, total: lessons.length })}</p>
        <ol className="list">
          {lessons.map((lesson) => (
            <li key={lesson.id} className="row">
              <Link className="training-item-link" to={links.lesson(lesson.id)}>
                {pickText(lesson.title, language)}
              </Link>
              <span className={done.has(lesson.id) ? 'badge badge-ok' : 'muted'}>
                {done.has(lesson.id) ? t('module.done') : t('module.notDone')}
              </span>
            </li>
          ))}
        </ol>
      </Section>
      {exam && (
        <Link className="button button-secondary button-block" to={links.exam(exam.id)}>
          {t('module.examLink', { exam: pickText(exam.title, language) })}
        </Link>
      )}
    </Page>
  );
}
