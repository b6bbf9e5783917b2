import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRepositories } from '@/data/workspace-context';
import { pickText } from '@/domain/localized-text';
import type { Shift } from '@/domain/roster/shift';
import type { QualificationRequirement } from '@/domain/training/qualification';
import { Section } from '@/ui/page';

/**
 * Whether the agent is cleared to work the project of their next shift (the certificates it
 * requires, valid on the shift's day), what is missing, and certificates about to expire. Loads
 * after the first screen with the `training` strings; until then it shows nothing.
 */
export function QualificationCard({
  shift,
  qualificationPath,
}: {
  /** The shift under way or next; none: nothing to be cleared for. */
  shift: Shift | undefined;
  qualificationPath: string;
}) {
  const { t, i18n, ready } = useTranslation('training');
  const repositories = useRepositories();
  const standing = useLiveQuery(
    async () =>
      shift
        ? ((await repositories.training.qualificationForProject(shift.projectId, shift.day)) ??
          null)
        : null,
    [repositories, shift?.projectId, shift?.day],
  );
  if (!ready || standing === undefined) return null;
  const language = i18n.language;
  const examName = (requirement: QualificationRequirement) =>
    requirement.exam
      ? pickText(requirement.exam.title, language)
      : t('qualification.unknownExam', { id: requirement.examId });
  if (!shift || !standing) {
    return (
      <Section id="qualification" title={t('today.title')}>
        <p>{t('today.noShift')}</p>
      </Section>
    );
  }
  const { qualification, project } = standing;
  const projectName = project ? pickText(project.name, language) : shift.projectId;
  const missing = qualification.requirements.filter(
    (requirement) => requirement.status === 'missing' || requirement.status === 'expired',
  );
  const expiring = qualification.requirements.filter(
    (requirement) => requirement.status === 'expiring',
  );
  return (
    <Section id="qualification" title={t('today.title')}>
      {qualification.isCleared ? (
        <p>{t('today.cleared', { project: projectName })}</p>
      ) : (
        <>
          <p>{t('today.notCleared', { project: projectName })}</p>
          <ul>
            {missing.map((requirement) => (
              <li key={requirement.examId}>{examName(requirement)}</li>
            ))}
          </ul>
        </>
      )}
      {expiring.map((requirement) => (
        <p key={requirement.examId} className="notice notice-warning">
          {t('today.expiring', { exam: examName(requirement), count: requirement.daysLeft ?? 0 })}
        </p>
      ))}
      {(!qualification.isCleared || expiring.length > 0) && (
        <Link className="evidence-link" to={qualificationPath}>
          {t('today.link')}
        </Link>
      )}
    </Section>
  );
}
