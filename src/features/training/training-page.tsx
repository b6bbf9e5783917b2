import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '@/data/workspace-context';
import { pickText } from '@/domain/localized-text';
import { formatDurationMinutes } from '@/i18n/format';
import { Page, Section } from '@/ui/page';

export function TrainingPage() {
  const { t, i18n } = useTranslation('training');
  const repositories = useRepositories();
  const modules = useLiveQuery(() => repositories.training.listModules(), [repositories]);
  const language = i18n.language;
  return (
    <Page title={t('title')}>
      {modules && (
        <Section id="modules" title={t('modules')}>
          {modules.length === 0 && <p>{t('none')}</p>}
          <ul className="list">
            {modules.map(({ module, lessonCount, exam }) => (
              <li key={module.id}>
                <div className="row">
                  <strong>{pickText(module.title, language)}</strong>
                  <span className="badge">{module.isRequired ? t('required') : t('optional')}</span>
                </div>
                <p className="muted">{pickText(module.summary, language)}</p>
                <p className="muted">
                  {t('lessons', { count: lessonCount })} ·{' '}
                  {t('estimated', {
                    duration: formatDurationMinutes(module.estimatedMinutes, language),
                  })}
                  {exam && ` · ${t(`exam.${exam.kind}`)}`}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </Page>
  );
}
