import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fen } from '@/domain/money';
import type { PayPeriodInput } from '@/domain/pay/pay-input';
import { bandGap, whatIf } from '@/domain/pay/what-if';
import type { ProjectPolicy } from '@/domain/policy/project-policy';
import { fenToDecimalString, formatMoney, formatMonth, formatNumber } from '@/i18n/format';
import { Section } from '@/ui/page';
import {
  changesFrom,
  initialFields,
  readField,
  WHAT_IF_RULES,
  type WhatIfField,
} from './what-if-fields';

const FIELDS: WhatIfField[] = ['overtime', 'personal', 'sick', 'absence', 'score'];

/** "+CN¥200.00" / "-CN¥58.00": a change of pay with its sign, through Intl. */
function formatMoneyChange(amount: Fen, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    signDisplay: 'exceptZero',
  }).format(fenToDecimalString(amount) as unknown as number);
}

/**
 * "What if": the period's figures from the agent's records as editable numbers, and what changing
 * them does to net pay and to the grade band. Nothing is saved.
 */
export function WhatIfPanel({
  period,
  policy,
  input,
}: {
  period: string;
  policy: ProjectPolicy;
  input: PayPeriodInput;
}) {
  const { t, i18n } = useTranslation('pay');
  const language = i18n.language;
  const initial = useMemo(() => initialFields(input), [input]);
  const [fields, setFields] = useState(initial);

  const readings = FIELDS.map((field) => ({
    field,
    reading: readField(fields[field], WHAT_IF_RULES[field]),
  }));
  const values: Partial<Record<WhatIfField, number>> = {};
  for (const { field, reading } of readings) {
    // An untouched field keeps the exact figure of the records (the score is shown rounded).
    if ('value' in reading && fields[field] !== initial[field]) values[field] = reading.value;
  }
  const hasProblem = readings.some(
    ({ field, reading }) => 'problem' in reading && !(field === 'score' && fields.score === ''),
  );
  const result = whatIf(policy, input, changesFrom(values));
  const score = values.score ?? input.assessmentScore;
  const gap = score === null ? null : bandGap(score, policy.bonusBands);

  return (
    <Section id="what-if" title={t('whatIf.title')}>
      <p>{t('whatIf.intro', { month: formatMonth(period, language) })}</p>
      <div className="what-if-fields">
        {readings.map(({ field, reading }) => {
          const rule = WHAT_IF_RULES[field];
          const id = `what-if-${field}`;
          const isBad = 'problem' in reading && !(field === 'score' && fields.score === '');
          return (
            <div key={field}>
              <label htmlFor={id}>{t(`whatIf.${field}`)}</label>
              <input
                id={id}
                type="text"
                inputMode="decimal"
                value={fields[field]}
                aria-invalid={isBad}
                aria-describedby={isBad ? `${id}-error` : undefined}
                onChange={(event) => setFields({ ...fields, [field]: event.target.value })}
              />
              {isBad && (
                <p id={`${id}-error`} className="form-error">
                  {reading.problem === 'step'
                    ? t('whatIf.invalidStep', { step: formatNumber(rule.step, language, 2) })
                    : t('whatIf.invalidNumber', {
                        min: formatNumber(rule.min, language),
                        max: formatNumber(rule.max, language),
                      })}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div aria-live="polite" className="what-if-result">
        {hasProblem && <p className="notice-warning">{t('whatIf.ignored')}</p>}
        <p>
          <strong>{t('whatIf.net', { amount: formatMoney(result.after.net, language) })}</strong>
        </p>
        <p>
          {result.netChange === 0
            ? t('whatIf.noChange')
            : t('whatIf.change', { change: formatMoneyChange(result.netChange, language) })}
        </p>
        {result.bandAfter ? (
          <p>{t('whatIf.band', { grade: result.bandAfter.grade })}</p>
        ) : (
          score === null && <p>{t('whatIf.noScore')}</p>
        )}
        {score !== null &&
          (gap ? (
            <p>
              {t('whatIf.nextBand', {
                points: formatNumber(gap.pointsNeeded, language, 2),
                grade: gap.grade,
                bonus: formatMoneyChange(gap.bonusChange, language),
              })}
            </p>
          ) : (
            <p>{t('whatIf.topBand')}</p>
          ))}
      </div>
      <button type="button" className="button button-secondary" onClick={() => setFields(initial)}>
        {t('whatIf.reset')}
      </button>
    </Section>
  );
}
