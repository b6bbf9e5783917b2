import { useTranslation } from 'react-i18next';
import { pickText } from '@/domain/localized-text';
import type { CareerLevel, KpiTarget } from '@/domain/policy/project-policy';
import type { CareerProgress, CareerRequirement } from '@/domain/training/career-path';
import type { Exam } from '@/domain/training/training';
import { definitionOf } from '@/domain/kpi/kpi-catalog';
import { formatNumber, formatPercent } from '@/i18n/format';
import { Section } from '@/ui/page';

/** Exams first, then metrics. */
const REQUIREMENT_KINDS: CareerRequirement['kind'][] = ['exam', 'metric'];

/** A metric's value as its unit reads: rates as percentages, the rest as plain numbers. */
function metricText(metric: KpiTarget['metric'], value: number, language: string): string {
  return definitionOf(metric).unit === 'percent'
    ? formatPercent(value / 100, language, 1)
    : formatNumber(value, language, 1);
}

/** A target's closed range in words: "≥ 90%", "≤ 5", "80%–95%". */
function rangeText({ metric, min, max }: KpiTarget, language: string): string {
  const number = (value: number) => metricText(metric, value, language);
  if (min !== null && max !== null) return `${number(min)}–${number(max)}`;
  if (min !== null) return `≥ ${number(min)}`;
  if (max !== null) return `≤ ${number(max)}`;
  return '—';
}

/**
 * The career ladder, lowest rung first, with the agent's rung marked, and for the next rung each
 * exam and metric it requires, met or not, with the share met as a progress bar.
 */
export function CareerView({
  ladder,
  progress,
  exams,
}: {
  ladder: readonly CareerLevel[];
  progress: CareerProgress;
  exams: readonly Exam[];
}) {
  const { t, i18n } = useTranslation(['training', 'kpis']);
  const language = i18n.language;
  const examTitle = (examId: string) => {
    const exam = exams.find((candidate) => candidate.id === examId);
    return exam ? pickText(exam.title, language) : t('qualification.unknownExam', { id: examId });
  };
  const requirementText = (requirement: CareerRequirement) =>
    requirement.kind === 'exam'
      ? examTitle(requirement.examId)
      : t('career.target', {
          metric: t(`kpis:metric.${requirement.target.metric}.name`),
          range: rangeText(requirement.target, language),
          value:
            requirement.value === undefined
              ? t('career.noData')
              : metricText(requirement.target.metric, requirement.value, language),
        });
  const met = progress.requirements.filter((requirement) => requirement.isMet).length;
  const next = progress.next;
  return (
    <>
      <Section id="career-ladder" title={t('career.ladder')}>
        <ol className="list">
          {ladder.map((level, index) => (
            <li key={level.id} aria-current={index === progress.currentIndex ? 'step' : undefined}>
              <strong>
                {t('career.level', { number: index + 1, level: pickText(level.title, language) })}
              </strong>{' '}
              {index === progress.currentIndex && (
                <span className="badge badge-ok">{t('career.current')}</span>
              )}
              {index < progress.currentIndex && (
                <span className="badge">{t('career.reached')}</span>
              )}
              {level === next && <span className="badge badge-warning">{t('career.next')}</span>}
            </li>
          ))}
        </ol>
      </Section>
      {next && (
        <Section id="career-next" title={`${t('career.next')}: ${pickText(next.title, language)}`}>
          <p>{t('career.progress', { done: met, total: progress.requirements.length })}</p>
          <progress
            className="training-progress"
            max={100}
            value={progress.percent}
            aria-label={t('career.progressLabel', { level: pickText(next.title, language) })}
          />
          {progress.requirements.length === 0 ? (
            <p>{t('career.noRequirements')}</p>
          ) : (
            <>
              {REQUIREMENT_KINDS.map((kind) => {
                const items = progress.requirements.filter((item) => item.kind === kind);
                if (items.length === 0) return null;
                return (
                  <div key={kind}>
                    <h3>{t(kind === 'exam' ? 'career.exams' : 'career.metrics')}</h3>
                    <ul className="list">
                      {items.map((requirement, index) => (
                        <li key={index} className="row">
                          <span>{requirementText(requirement)}</span>
                          <span
                            className={`badge ${requirement.isMet ? 'badge-ok' : 'badge-warning'}`}
                          >
                            {requirement.isMet ? t('career.met') : t('career.notMet')}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </>
          )}
        </Section>
      )}
    </>
  );
}
