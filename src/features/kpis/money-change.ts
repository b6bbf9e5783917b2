import type { Fen } from '@/domain/money';
import { fenToDecimalString } from '@/i18n/format';

/** "+CN¥100.00" / "-CN¥200.00": a change of bonus with its sign, through Intl. */
export function formatMoneyChange(amount: Fen, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    signDisplay: 'exceptZero',
  }).format(fenToDecimalString(amount) as unknown as number);
}

/** A score in percent with at most one decimal ("92.9 %"). */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    score / 100,
  );
}
