/**
 * Writes a pay line's formula out with its actual numbers, each through Intl in the active
 * language: "CN¥2,800.00 ÷ 21.75 ÷ 8 × 10 h × 150% = CN¥241.38". The operators are the
 * mathematical signs every language here reads the same way.
 */
import type { TFunction } from 'i18next';
import type { Fen } from '@/domain/money';
import type { FormulaOperand, FormulaStep } from '@/domain/pay/pay-line';
import { splitSign } from '@/domain/pay/pay-formula';
import { formatMoney, formatNumber, formatPercent } from '@/i18n/format';

const OPERATOR_SIGNS: Record<FormulaStep['operator'], string> = {
  start: '',
  times: '×',
  divide: '÷',
};

export function formatOperand(
  operand: FormulaOperand,
  language: string,
  t: TFunction<'pay'>,
): string {
  switch (operand.kind) {
    case 'money':
      return formatMoney(operand.amount, language);
    case 'factor':
      return formatNumber(operand.hundredths / 100, language, 2);
    case 'percent':
      return formatPercent(operand.percent / 100, language, 2);
    case 'hours':
      return t('formula.hours', { value: formatNumber(operand.minutes / 60, language, 2) });
    case 'days':
      return t('formula.days', { value: formatNumber(operand.days, language, 2) });
    case 'count':
      return formatNumber(operand.count, language, 2);
  }
}

/**
 * The formula as one line of text ending in "= amount"; just the amount when there are no steps.
 * A deduction's sign step is written as "−( … )" around its magnitude.
 */
export function formatFormula(
  formula: readonly FormulaStep[],
  amount: Fen,
  language: string,
  t: TFunction<'pay'>,
): string {
  const { negative, steps } = splitSign(formula);
  const terms = steps.map((step, index) => {
    const operand = formatOperand(step.operand, language, t);
    return index === 0 || step.operator === 'start'
      ? operand
      : `${OPERATOR_SIGNS[step.operator]} ${operand}`;
  });
  const result = formatMoney(amount, language);
  if (terms.length === 0) return result;
  const expression = negative ? `−(${terms.join(' ')})` : terms.join(' ');
  return `${expression} = ${result}`;
}
