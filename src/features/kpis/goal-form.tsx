import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { definitionOf } from '@/domain/kpi/kpi-catalog';
import {
  suggestedDirection,
  validateGoal,
  type GoalDraft,
  type GoalIssue,
} from '@/domain/kpi/kpi-goals';
import type { KpiGoal } from '@/domain/kpi/kpi-records';
import type { KpiMetric } from '@/domain/policy/project-policy';
import { Section } from '@/ui/page';
import { goalIssueText } from './tally-issue-text';

const DIRECTIONS: readonly KpiGoal['direction'][] = ['at-least', 'at-most'];

/** A number as typed, NaN when it is not one (the goal's check then names the problem). */
function readTarget(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Sets a personal goal on one metric; bad input is listed in words and nothing is stored. */
export function GoalForm({
  today,
  metrics,
  onSave,
}: {
  today: string;
  metrics: readonly KpiMetric[];
  onSave: (draft: GoalDraft) => Promise<GoalIssue[]>;
}) {
  const { t } = useTranslation('kpis');
  const [metric, setMetric] = useState<KpiMetric>(metrics[0]!);
  const [direction, setDirection] = useState(suggestedDirection(metrics[0]!));
  const [target, setTarget] = useState('');
  const [dueDay, setDueDay] = useState('');
  const [issues, setIssues] = useState<GoalIssue[]>([]);
  const [isSaving, setIsSaving] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const problemsRef = useRef<HTMLDivElement>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSavedCount(0);
    const draft: GoalDraft = {
      metric,
      direction,
      target: readTarget(target),
      dueDay: dueDay === '' ? null : dueDay,
    };
    const found = validateGoal(draft, today);
    const refused = found.length > 0 ? found : await save(draft);
    setIssues(refused);
    if (refused.length > 0) {
      problemsRef.current?.focus();
      return;
    }
    setTarget('');
    setDueDay('');
    setSavedCount((count) => count + 1);
  }

  async function save(draft: GoalDraft): Promise<GoalIssue[]> {
    setIsSaving(true);
    try {
      return await onSave(draft);
    } finally {
      setIsSaving(false);
    }
  }

  const isTargetBad = issues.some(
    (issue) => issue.code.includes('target') || issue.code.includes('100'),
  );
  return (
    <Section id="kpi-goal-form" title={t('goals.formTitle')}>
      <form className="kpi-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div className="field">
          <label htmlFor="kpi-goal-metric">{t('goals.metric')}</label>
          <select
            id="kpi-goal-metric"
            value={metric}
            onChange={(event) => {
              const next = event.target.value as KpiMetric;
              setMetric(next);
              setDirection(suggestedDirection(next));
            }}
          >
            {metrics.map((option) => (
              <option key={option} value={option}>
                {t(`metric.${option}.name`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('goals.direction.label')}</legend>
          {DIRECTIONS.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="kpi-goal-direction"
                value={option}
                checked={direction === option}
                onChange={() => setDirection(option)}
              />
              {t(`goals.direction.${option}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="kpi-goal-target">
            {t('goals.target', { unit: t(`unit.${definitionOf(metric).unit}`) })}
          </label>
          <input
            id="kpi-goal-target"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={target}
            aria-invalid={isTargetBad}
            onChange={(event) => setTarget(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="kpi-goal-due">{t('goals.dueDay')}</label>
          <input
            id="kpi-goal-due"
            type="date"
            min={today}
            value={dueDay}
            aria-invalid={issues.some((issue) => issue.code.includes('due-day'))}
            onChange={(event) => setDueDay(event.target.value)}
          />
        </div>
        <div ref={problemsRef} tabIndex={-1} role="alert">
          {issues.length > 0 && (
            <>
              <p className="form-error">{t('goals.notSaved')}</p>
              <ul>
                {issues.map((issue) => (
                  <li key={issue.code} className="form-error">
                    {goalIssueText(issue, t)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <button type="submit" className="button button-block" disabled={isSaving}>
          {t('goals.save')}
        </button>
        <p role="status">{savedCount > 0 && t('goals.saved')}</p>
      </form>
    </Section>
  );
}
