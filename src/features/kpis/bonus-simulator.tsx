import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { definitionOf } from '@/domain/kpi/kpi-catalog';
import type { KpiValues } from '@/domain/kpi/kpi-score';
import { simulateMetric, simulateScore, type BonusSimulation } from '@/domain/kpi/kpi-simulator';
import type { KpiMetric, ProjectPolicy } from '@/domain/policy/project-policy';
import { Section } from '@/ui/page';
import { formatMetricValue } from './metric-text';
import { formatMoneyChange, formatScore } from './money-change';

type Choice = 'score' | KpiMetric;

const ROUGH_MAXIMUM = 100_000;

/** The text as a number in [0, max], or `null`; a comma is read as the decimal point. */
function readNumber(text: string, max: number): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value <= max ? value : null;
}

function startingText(value: number | undefined): string {
  return value === undefined ? '' : String(Math.round(value * 10) / 10);
}

/**
 * "If QA rises from 85 to 90 your bonus changes by +100": the month's score, or one metric the
 * score is built from, changed to a value the agent types, and what it does to grade and bonus.
 * Nothing is saved.
 */
export function BonusSimulator({
  score,
  values,
  metrics,
  policy,
}: {
  /** The month's score the simulation starts from. */
  score: number;
  /** The month's measured values. */
  values: KpiValues;
  /** Metrics the score is built from. */
  metrics: readonly KpiMetric[];
  policy: ProjectPolicy;
}) {
  const { t, i18n } = useTranslation('kpis');
  const language = i18n.language;
  const [choice, setChoice] = useState<Choice>('score');
  const [text, setText] = useState(() => startingText(score));

  const unit = choice === 'score' ? 'percent' : definitionOf(choice).unit;
  const max = unit === 'percent' ? 100 : ROUGH_MAXIMUM;
  const entered = readNumber(text, max);
  const simulation: BonusSimulation | null =
    entered === null
      ? null
      : choice === 'score'
        ? simulateScore(score, entered, policy.bonusBands)
        : simulateMetric(values, policy, choice, entered);
  const grade = (result: BonusSimulation['before']) =>
    result.band ? result.band.grade : t('simulator.bandNone');

  function choose(next: Choice) {
    setChoice(next);
    setText(startingText(next === 'score' ? score : values[next]));
  }

  return (
    <Section id="kpi-simulator" title={t('simulator.title')}>
      <p>{t('simulator.intro')}</p>
      <div className="field">
        <label htmlFor="kpi-simulator-choice">{t('simulator.change')}</label>
        <select
          id="kpi-simulator-choice"
          value={choice}
          onChange={(event) => choose(event.target.value as Choice)}
        >
          <option value="score">{t('simulator.score')}</option>
          {metrics.map((metric) => (
            <option key={metric} value={metric}>
              {t(`metric.${metric}.name`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="kpi-simulator-value">
          {choice === 'score'
            ? t('simulator.newScore')
            : t('simulator.newValue', { unit: t(`unit.${unit}`) })}
        </label>
        <input
          id="kpi-simulator-value"
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={entered === null}
          aria-describedby={entered === null ? 'kpi-simulator-error' : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        {entered === null && (
          <p id="kpi-simulator-error" className="form-error">
            {t('simulator.invalid', { max: new Intl.NumberFormat(language).format(max) })}
          </p>
        )}
      </div>
      {choice !== 'score' && values[choice] === undefined && (
        <p className="muted">{t('simulator.noValue')}</p>
      )}
      <div aria-live="polite" className="kpi-simulation">
        {simulation && choice === 'score' && (
          <p>
            {t('simulator.resultScore', {
              from: formatScore(simulation.scoreBefore, language),
              to: formatScore(simulation.scoreAfter, language),
              change: formatMoneyChange(simulation.bonusChange, language),
              gradeFrom: grade(simulation.before),
              gradeTo: grade(simulation.after),
            })}
          </p>
        )}
        {simulation && choice !== 'score' && (
          <p>
            {t('simulator.resultMetric', {
              metric: t(`metric.${choice}.name`),
              from: formatMetricValue(choice, values[choice], t, language),
              to: formatMetricValue(choice, entered ?? undefined, t, language),
              scoreFrom: formatScore(simulation.scoreBefore, language),
              scoreTo: formatScore(simulation.scoreAfter, language),
              change: formatMoneyChange(simulation.bonusChange, language),
            })}
          </p>
        )}
      </div>
    </Section>
  );
}
