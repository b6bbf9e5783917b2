import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '@/domain/localized-text';
import type { Qualification, QualificationRequirement } from '@/domain/training/qualification';
import { formatDay } from '@/i18n/format';
import { Section } from '@/ui/page';
import type { TrainingLinks } from './training-links';

/** The exam's title in the interface language, or its id while the exam is not on the device. */
function useExamName() {
  const { t, i18n } = useTranslation('training');
  return (requirement: QualificationRequirement) =>
    requirement.exam
      ? pickText(requirement.exam.title, i18n.language)
      : t('qualification.unknownExam', { id: requirement.examId });
}

/** The standing of one held certificate: valid until, expiring soon (a warning), or expired. */
export function CertificateStandingText({
  requirement,
}: {
  requirement: Pick<QualificationRequirement, 'certificate' | 'status' | 'daysLeft'>;
}) {
  const { t, i18n } = useTranslation('training');
  const { certificate, status, daysLeft } = requirement;
  if (!certificate) return null;
  const expiresOn = certificate.expiresOn;
  if (status === 'expired' && expiresOn) {
    return (
      <span className="badge badge-warning">
        {t('qualification.expired', { day: formatDay(expiresOn, i18n.language) })}
      </span>
    );
  }
  if (status === 'expiring' && expiresOn && daysLeft !== null) {
    return (
      <span className="badge badge-warning">
        {t('qualification.expiring', {
          count: daysLeft,
          day: formatDay(expiresOn, i18n.language),
        })}
      </span>
    );
  }
  return (
    <span className="muted">
      {expiresOn
        ? t('qualification.validUntil', { day: formatDay(expiresOn, i18n.language) })
        : t('qualification.neverExpires')}
    </span>
  );
}

/**
 * Whether the agent is cleared for their project, every certificate they hold (with expiry
 * warnings; those the project requires marked), and for each required one missing or expired,
 * the module to study.
 */
export function QualificationView({
  qualification,
  projectName,
  held,
  links,
}: {
  qualification: Qualification;
  projectName: string;
  /** Every certificate the agent holds, required or not, with its standing. */
  held: QualificationRequirement[];
  links: TrainingLinks;
}) {
  const { t, i18n } = useTranslation('training');
  const examName = useExamName();
  const language = i18n.language;
  const required = new Set(qualification.requirements.map((requirement) => requirement.examId));
  const missing = qualification.requirements.filter(
    (requirement) => requirement.status === 'missing' || requirement.status === 'expired',
  );
  return (
    <>
      <Section
        id="qualification-status"
        title={t('qualification.project', { project: projectName })}
      >
        <p role="status">
          {qualification.requirements.length === 0
            ? t('qualification.noRequirement')
            : qualification.isCleared
              ? t('qualification.cleared')
              : t('qualification.notCleared')}
        </p>
      </Section>
      <Section id="certificates-held" title={t('qualification.held')}>
        {held.length === 0 ? (
          <p>{t('qualification.noneHeld')}</p>
        ) : (
          <ul className="list">
            {held.map((requirement) => (
              <li key={requirement.examId}>
                <strong>{examName(requirement)}</strong>
                {required.has(requirement.examId) && (
                  <p className="training-badges">
                    <span className="badge">{t('qualification.required')}</span>
                  </p>
                )}
                {requirement.certificate && (
                  <p className="muted">
                    {t('qualification.issuedOn', {
                      day: formatDay(requirement.certificate.issuedOn, language),
                    })}
                  </p>
                )}
                <p>
                  <CertificateStandingText requirement={requirement} />
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {missing.length > 0 && (
        <Section id="certificates-missing" title={t('qualification.study')}>
          <ul className="list">
            {missing.map((requirement) => (
              <li key={requirement.examId}>
                <strong>{examName(requirement)}</strong>
                <p>
                  {requirement.certificate ? (
                    <CertificateStandingText requirement={requirement} />
                  ) : (
                    <span className="badge badge-warning">{t('qualification.missing')}</span>
                  )}
                </p>
                {requirement.module && requirement.exam && (
                  <p>
                    <Link className="training-item-link" to={links.module(requirement.module.id)}>
                      {t('qualification.studyModule', {
                        module: pickText(requirement.module.title, language),
                        exam: pickText(requirement.exam.title, language),
                      })}
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
