import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/ui/page';
import type { TrainingLinks } from './training-links';

/** A module, lesson, exam or attempt that is not on this device: say so, and the way back. */
export function NotFoundNotice({ links }: { links: TrainingLinks }) {
  const { t } = useTranslation('training');
  return (
    <Page title={t('notFound')}>
      <Link to={links.training()}>{t('back')}</Link>
    </Page>
  );
}
