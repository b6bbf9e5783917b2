import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { pickText } from '@/domain/localized-text';
import { qualificationFor } from '@/domain/training/qualification';
import { useClock } from '@/ui/clock-context';
import { Page } from '@/ui/page';
import { QualificationView } from './qualification-view';
import type { TrainingLinks } from './training-links';
import './training.css';

/** The agent's qualification for their project: certificates held, missing, expiring; what to study. */
export function QualificationPage({ links }: { links: TrainingLinks }) {
  const { t, i18n } = useTranslation('training');
  const repositories = useRepositories();
  const clock = useClock();
  const standing = useLiveQuery(async () => {
    const [mine, certificates, modules] = await Promise.all([
      repositories.training.myQualification(clock()),
      repositories.training.certificates(),
      repositories.training.listModules(),
    ]);
    if (!mine) return null;
    // The same reading for every exam the agent holds a certificate of, required or not.
    const held = qualificationFor(
      certificates.map((certificate) => certificate.examId),
      certificates,
      modules.flatMap(({ exam }) => (exam ? [exam] : [])),
      modules.map(({ module }) => module),
      mine.day,
    ).requirements;
    return { ...mine, held };
  }, [repositories, clock]);
  return (
    <Page title={t('qualification.title')}>
      <p>
        <Link className="back-link" to={links.training()}>
          {t('back')}
        </Link>
      </p>
      {standing === undefined && <p>{t('loading')}</p>}
      {standing === null && <p>{t('qualification.noProject')}</p>}
      {standing && (
        <QualificationView
          qualification={standing.qualification}
          held={standing.held}
          projectName={
            standing.project ? pickText(standing.project.name, i18n.language) : t('title')
          }
          links={links}
        />
      )}
    </Page>
  );
}
