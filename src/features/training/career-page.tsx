import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { careerProgress } from '@/domain/training/career-path';
import { useClock } from '@/ui/clock-context';
import { Page } from '@/ui/page';
import { CareerView } from './career-view';
import type { TrainingLinks } from './training-links';
import './training.css';

/** The project's career ladder and the agent's progress towards the next level. */
export function CareerPage({ links }: { links: TrainingLinks }) {
  const { t } = useTranslation('training');
  const repositories = useRepositories();
  const clock = useClock();
  const context = useLiveQuery(
    async () => (await repositories.training.careerContext(clock())) ?? null,
    [repositories, clock],
  );
  return (
    <Page title={t('career.title')}>
      <p>
        <Link className="back-link" to={links.training()}>
          {t('back')}
        </Link>
      </p>
      {context === undefined && <p>{t('loading')}</p>}
      {(context === null || context?.ladder.length === 0) && <p>{t('career.none')}</p>}
      {context && context.ladder.length > 0 && (
        <CareerView
          ladder={context.ladder}
          exams={context.exams}
          progress={careerProgress(
            context.ladder,
            context.currentLevelId,
            context.certificates,
            context.metricValues,
            context.day,
          )}
        />
      )}
    </Page>
  );
}
