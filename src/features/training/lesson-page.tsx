import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { pickText } from '@/domain/localized-text';
import { formatDate, deviceTimeZone } from '@/i18n/format';
import { useClock } from '@/ui/clock-context';
import { Markdown } from '@/ui/markdown';
import { Page } from '@/ui/page';
import { NotFoundNotice } from './not-found-notice';
import type { TrainingLinks } from './training-links';
import { useReadingPosition } from './use-reading-position';
import './training.css';

/**
 * A lesson, rendered from Markdown sanitised (a lesson cannot run script), opened where the agent
 * left off reading; "mark as read" saves the completion with its queued mutation.
 */
export function LessonPage({ links }: { links: TrainingLinks }) {
  const { t, i18n } = useTranslation('training');
  const { lessonId = '' } = useParams();
  const repositories = useRepositories();
  const clock = useClock();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const detail = useLiveQuery(
    async () => (await repositories.training.lessonDetail(lessonId)) ?? null,
    [repositories, lessonId],
  );
  const isResumed = useReadingPosition(
    lessonId,
    detail ? detail.readingPosition : undefined,
    (fraction) => repositories.training.saveReadingPosition(lessonId, fraction),
  );
  const language = i18n.language;
  if (detail === undefined) return <Page title={t('title')}>{<p>{t('loading')}</p>}</Page>;
  if (detail === null) return <NotFoundNotice links={links} />;
  const { lesson, module, lessons, completion } = detail;
  const index = lessons.findIndex((candidate) => candidate.id === lesson.id);
  const previous = index > 0 ? lessons[index - 1] : undefined;
  const next = index >= 0 ? lessons[index + 1] : undefined;

  async function handleComplete() {
    setSaving(true);
    setMessage(null);
    try {
      await repositories.training.completeLesson(lessonId, clock());
      setMessage({ ok: true, text: t('lesson.saved') });
    } catch {
      setMessage({ ok: false, text: t('lesson.saveFailed') });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Page title={pickText(lesson.title, language)}>
      <p className="muted">
        {t('lesson.of', {
          number: index + 1,
          count: lessons.length,
          module: module ? pickText(module.title, language) : '',
        })}
      </p>
      {isResumed && (
        <p className="notice" role="status">
          {t('lesson.resumed')}
        </p>
      )}
      <article className="card lesson-body" lang={lessonLanguage(lesson.body, language)}>
        <Markdown source={pickText(lesson.body, language)} />
      </article>
      <div className="lesson-actions">
        {completion ? (
          <p>
            <span className="badge badge-ok">
              {t('lesson.completed', {
                day: formatDate(completion.completedAt, language, deviceTimeZone()),
              })}
            </span>
          </p>
        ) : (
          <button
            type="button"
            className="button button-block"
            disabled={isSaving}
            onClick={() => void handleComplete()}
          >
            {t('lesson.complete')}
          </button>
        )}
        {message && (
          <p
            className={message.ok ? undefined : 'form-error'}
            role={message.ok ? 'status' : 'alert'}
          >
            {message.text}
          </p>
        )}
        {next && (
          <Link className="button button-secondary button-block" to={links.lesson(next.id)}>
            {t('lesson.next', { lesson: pickText(next.title, language) })}
          </Link>
        )}
        {previous && (
          <Link to={links.lesson(previous.id)}>
            {t('lesson.previous', { lesson: pickText(previous.title, language) })}
          </Link>
        )}
        <Link to={module ? links.module(module.id) : links.training()}>{t('lesson.toModule')}</Link>
      </div>
    </Page>
  );
}

/** The language the lesson text is actually in (content falls back to another language). */
function lessonLanguage(body: Record<string, string | undefined>, language: string): string {
  if (language === 'zh-TW') return body['zh-TW'] ? 'zh-TW' : body['zh-CN'] ? 'zh-CN' : 'en';
  if (language.startsWith('zh')) return body['zh-CN'] ? 'zh-CN' : body['zh-TW'] ? 'zh-TW' : 'en';
  return 'en';
}
