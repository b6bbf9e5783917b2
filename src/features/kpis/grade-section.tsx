import { useTranslation } from 'react-i18next';
import type { GradeResult } from '@/domain/kpi/kpi-grade';
import { formatMonth, formatNumber } from '@/i18n/format';
import { MoneyText } from '@/ui/money-text';
import { Section } from '@/ui/page';
import { formatMoneyChange, formatScore } from './money-change';

/**
 * The month's score (the employer's when a statement carries it, else projected from the month's
 * records so far), its grade band, the bonus it earns and the gap to the next band.
 */
export function GradeSection({
  month,
  grade,
  isEmployerScore,
  children,
}: {
  month: string;
  grade: GradeResult | null;
  isEmployerScore: boolean;
  children?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation('kpis');
  const language = i18n.language;
  return (
    <Section id="kpi-grade" title={t('grade.title', { month: formatMonth(month, language) })}>
      {!grade ? (
        <p>{t('grade.noScore')}</p>
      ) : (
        <>
          <p className="muted">{t(isEmployerScore ? 'grade.employer' : 'grade.projected')}</p>
          <dl className="stat-grid">
            <div>
              <dt>{t('grade.score')}</dt>
              <dd>{formatScore(grade.score, language)}</dd>
            </div>
            <div>
              <dt>{t('grade.grade')}</dt>
              <dd>{grade.band ? grade.band.grade : t('grade.noBand')}</dd>
            </div>
            <div>
              <dt>{t('grade.bonus')}</dt>
              <dd>
                <MoneyText amount={grade.bonus} />
              </dd>
            </div>
          </dl>
          <p className="kpi-gap">
            {grade.gap
              ? t('grade.gap', {
                  points: formatNumber(grade.gap.pointsNeeded, language, 2),
                  grade: grade.gap.grade,
                  change: formatMoneyChange(grade.gap.bonusChange, language),
                })
              : t('grade.top')}
          </p>
        </>
      )}
      {children}
    </Section>
  );
}
